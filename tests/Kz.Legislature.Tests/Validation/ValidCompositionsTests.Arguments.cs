using Kz.Legislature.Testing;
using Kz.Legislature.Tests.Support;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

public sealed partial class ValidCompositionsTests
{
    [Fact]
    public void the_builders_need_a_history()
    {
        var date = Date("2024-01-01");

        FluentActions.Invoking(() => ValidCompositions.ParliamentOn(date, null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");
        FluentActions.Invoking(() => ValidCompositions.SenateOn(date, null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");
        FluentActions.Invoking(() => ValidCompositions.MazhilisOn(date, null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");
    }

    [Fact]
    public void a_legislature_before_the_coverage_is_refused_naming_both_dates()
    {
        var history = SessionHistory.Current;
        var before = history.CoverageStart.PlusDays(-1);

        FluentActions.Invoking(() => ValidCompositions.ParliamentOn(before, history)).Should().Throw<ArgumentException>()
            .WithParameterName("date").Which.Message.Should().Be($"{Iso(before)} is before {Iso(history.CoverageStart)}, the earliest date the history covers.");
        FluentActions.Invoking(() => ValidCompositions.SupremeCouncilOn(before, history)).Should().Throw<ArgumentException>()
            .WithParameterName("date").Which.Message.Should().Be($"{Iso(before)} is before {Iso(history.CoverageStart)}, the earliest date the history covers.");
    }
}

using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

/// <summary>What <see cref="ChamberResolution"/> resolves a chamber to before the coverage, where it exists and where it does not.</summary>
public sealed class ChamberResolutionTests
{
    [Theory]
    [InlineData(ChamberKind.SupremeCouncil)]
    [InlineData(ChamberKind.Senate)]
    [InlineData(ChamberKind.Kurultai)]
    public void a_date_before_the_coverage_resolves_to_before_coverage_with_no_rules(ChamberKind kind)
    {
        var before = SessionHistory.Current.CoverageStart.PlusDays(-1);

        var resolution = ChamberResolution.Resolve(SessionHistory.Current, kind, before);

        resolution.Should().Be(new ChamberResolution(kind, before, ResolutionStatus.BeforeCoverage, null, null, null));
    }

    [Fact]
    public void the_first_covered_day_resolves_the_sitting_supreme_council_and_a_senate_not_existing()
    {
        var start = SessionHistory.Current.CoverageStart;

        var council = ChamberResolution.Resolve(SessionHistory.Current, ChamberKind.SupremeCouncil, start);
        council.Status.Should().Be(ResolutionStatus.Applies);
        council.Rules.Should().NotBeNull();
        council.Sitting.Should().NotBeNull();

        var senate = ChamberResolution.Resolve(SessionHistory.Current, ChamberKind.Senate, start);
        senate.Status.Should().Be(ResolutionStatus.NotExisting);
        senate.Rules.Should().BeNull();
    }

    [Fact]
    public void the_senate_of_2024_resolves_with_the_end_of_its_powers_on_1_july_2026()
    {
        var resolution = ChamberResolution.Resolve(SessionHistory.Current, ChamberKind.Senate, Date("2024-01-01"));

        resolution.Status.Should().Be(ResolutionStatus.Applies);
        resolution.Lifetime.Should().NotBeNull();
        resolution.Lifetime!.Value.End.Should().Be(Date("2026-07-01"));
    }
}

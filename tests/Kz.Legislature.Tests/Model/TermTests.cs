using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Model;

public partial class TermTests
{
    private static readonly LocalDate Start = new(2023, 1, 25);

    [Fact]
    public void A_six_year_term_from_25_January_2023_ends_on_25_January_2029()
    {
        var term = Term.FromStartAndLength(Start, Period.FromYears(6));
        term.End.Should().Be(new LocalDate(2029, 1, 25));
        term.Length.Should().Be(Period.FromYears(6));
    }

    [Fact]
    public void Terms_are_half_open()
    {
        var term = new Term(Start, new LocalDate(2023, 2, 1));
        term.Contains(Start).Should().BeTrue();
        term.Contains(new LocalDate(2023, 1, 31)).Should().BeTrue();
        term.Contains(new LocalDate(2023, 2, 1)).Should().BeFalse();
        term.Contains(new LocalDate(2023, 1, 24)).Should().BeFalse();
    }

    [Fact]
    public void An_open_ended_term_contains_every_later_date_and_has_no_length()
    {
        var term = Term.OpenEnded(Start);
        term.IsOpenEnded.Should().BeTrue();
        term.Length.Should().BeNull();
        term.Contains(new LocalDate(9999, 12, 31)).Should().BeTrue();
        term.ToString().Should().Be("[2023-01-25, …)");
    }

    [Fact]
    public void The_end_must_be_after_the_start()
    {
        var act = () => new Term(Start, Start);
        act.Should().Throw<ArgumentException>().WithParameterName("end").WithMessage("*must be after the start*");
    }

    [Fact]
    public void A_non_positive_length_is_rejected()
    {
        var act = () => Term.FromStartAndLength(Start, Period.FromYears(-1));
        act.Should().Throw<ArgumentException>().WithParameterName("length");
        var zero = () => Term.FromStartAndLength(Start, Period.Zero);
        zero.Should().Throw<ArgumentException>().WithParameterName("length");
    }

    [Fact]
    public void Overlap_and_abutting_follow_the_half_open_convention()
    {
        var a = new Term(new LocalDate(2020, 1, 1), new LocalDate(2021, 1, 1));
        var b = new Term(new LocalDate(2021, 1, 1), new LocalDate(2022, 1, 1));
        var c = new Term(new LocalDate(2020, 6, 1), null);
        a.Overlaps(b).Should().BeFalse();
        a.IsFollowedBy(b).Should().BeTrue();
        a.Overlaps(c).Should().BeTrue();
        c.Overlaps(b).Should().BeTrue();
    }

    [Fact]
    public void Converts_to_and_from_an_inclusive_DateInterval()
    {
        var term = new Term(Start, new LocalDate(2023, 2, 1));
        var interval = term.ToDateInterval();
        interval.Start.Should().Be(Start);
        interval.End.Should().Be(new LocalDate(2023, 1, 31));
        Term.FromDateInterval(interval).Should().Be(term);
        var open = () => Term.OpenEnded(Start).ToDateInterval();
        open.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Equality_is_by_value()
    {
        EqualityContract.Holds(
            new Term(Start, new LocalDate(2029, 1, 25)),
            new Term(Start, new LocalDate(2029, 1, 25)),
            new Term(Start, null),
            new Term(Start.PlusDays(1), new LocalDate(2029, 1, 25)));
    }

    [Fact]
    public void ToString_is_interval_notation()
    {
        new Term(Start, new LocalDate(2029, 1, 25)).ToString().Should().Be("[2023-01-25, 2029-01-25)");
    }

    [Fact]
    public void WithEnd_checks_the_structure_again()
    {
        var term = new Term(Start, new LocalDate(2029, 1, 25));
        term.WithEnd(new LocalDate(2024, 1, 1)).End.Should().Be(new LocalDate(2024, 1, 1));
        var act = () => term.WithEnd(Start.PlusDays(-1));
        act.Should().Throw<ArgumentException>();
    }
}

using Kz.Legislature.History;

namespace Kz.Legislature.Tests.History;

public sealed class RenewalRuleTests
{
    /// <summary>The renewed share is between one and the whole, at its bounds exactly, and reads as a fraction of the seat source.</summary>
    [Fact]
    public void the_renewed_share_holds_at_its_bounds()
    {
        FluentActions.Invoking(() => new RenewalRule(SeatSource.ElectedByMaslikhats, 0, 2, Period.FromYears(3))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator");
        FluentActions.Invoking(() => new RenewalRule(SeatSource.ElectedByMaslikhats, 3, 2, Period.FromYears(3))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator");
        new RenewalRule(SeatSource.ElectedByMaslikhats, 2, 2, Period.FromYears(3)).ToString().Should().Be("2/2 of \"Elected by maslikhat deputies\" every 3 years");
    }

    /// <summary>A yearly interval reads as "every year"; an interval that is not whole years reads as its ISO period.</summary>
    [Fact]
    public void the_interval_reads_as_a_year_years_or_an_iso_period()
    {
        new RenewalRule(SeatSource.ElectedByMaslikhats, 1, 3, Period.FromYears(1)).ToString().Should().Be("1/3 of \"Elected by maslikhat deputies\" every year");
        new RenewalRule(SeatSource.ElectedByMaslikhats, 1, 2, Period.FromMonths(18)).ToString().Should().Be("1/2 of \"Elected by maslikhat deputies\" every P18M");
    }
}

using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

/// <summary>The whole years between two dates and the safe addition of <see cref="Failures"/>.</summary>
public sealed class FailuresTests
{
    [Theory]
    [InlineData("1990-01-01", "2000-01-01", 10)]
    [InlineData("1990-06-01", "2000-01-01", 9)]
    [InlineData("1990-01-01", "2000-06-01", 10)]
    [InlineData("2000-01-01", "1990-01-01", -10)]
    [InlineData("2000-06-01", "1990-01-01", -10)]
    [InlineData("2000-01-01", "1990-06-01", -9)]
    [InlineData("2000-06-01", "2000-06-01", 0)]
    [InlineData("2000-06-02", "2000-06-01", 0)]
    [InlineData("2001-06-01", "2000-06-02", 0)]
    [InlineData("2001-06-01", "2000-06-01", -1)]
    public void years_between_counts_whole_years_forwards_and_backwards(string start, string end, int years)
    {
        Failures.YearsBetween(Date(start), Date(end)).Should().Be(years);
        Period.Between(Date(start), Date(end), PeriodUnits.Years).Years.Should().Be(years);
    }

    [Fact]
    public void years_between_agrees_with_nodatime_around_29_february_both_ways()
    {
        var days = new[] { Date("1996-02-28"), Date("1996-02-29"), Date("1996-03-01"), Date("1999-02-28"), Date("1999-03-01"), Date("2000-02-29"), Date("2004-02-28"), Date("2004-02-29") };
        foreach (var a in days)
        {
            foreach (var b in days)
            {
                Failures.YearsBetween(a, b).Should().Be(Period.Between(a, b, PeriodUnits.Years).Years, $"from {Iso(a)} to {Iso(b)}");
            }
        }
    }

    [Fact]
    public void safe_plus_adds_or_gives_null_outside_the_calendar()
    {
        Failures.SafePlus(Date("2023-01-24"), Period.FromYears(6)).Should().Be(Date("2029-01-24"));
        Failures.SafePlus(new LocalDate(9999, 12, 31), Period.FromDays(1)).Should().BeNull();
        Failures.SafePlus(new LocalDate(9999, 6, 1), Period.FromYears(1)).Should().BeNull();
        Failures.SafePlus(new LocalDate(9999, 6, 1), Period.FromMonths(12)).Should().BeNull();
    }
}

using CsCheck;
using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Quality;

/// <summary>Properties of the history over the whole covered range.</summary>
public class HistoryPropertyTests
{
    private static LegislativeHistory History => SessionHistory.Current;

    private static readonly Gen<LocalDate> CoveredDate =
        Gen.Int[0, 14_000].Select(days => History.CoverageStart.PlusDays(days));

    [Fact]
    public void RulesOn_is_total_over_the_covered_range_and_its_period_contains_the_date()
    {
        CoveredDate.Sample(date =>
        {
            var rules = History.RulesOn(date);
            rules.Period.Contains(date).Should().BeTrue();
            rules.RuleSetPeriod.Contains(date).Should().BeTrue();
            rules.Chambers.Count.Should().Be(rules.Form switch { LegislatureForm.None => 0, LegislatureForm.Unicameral => 1, _ => 2 });
            foreach (var chamber in rules.Chambers)
            {
                chamber.StatutorySeats.Should().Be(chamber.SeatPlan.Sum(s => s.Seats));
                if (chamber.AllotmentFor(SeatSource.ElectedByMaslikhats) is { SeatsPerRegion: { } perRegion } elected)
                {
                    elected.Seats.Should().Be(perRegion * History.RegionsOn(date).Count);
                }
            }
        }, iter: PropertyRuns.Cap(2_000));
    }

    [Fact]
    public void The_day_before_a_period_starts_belongs_to_the_previous_period_which_abuts_it()
    {
        CoveredDate.Where(d => d > History.CoverageStart).Sample(date =>
        {
            var rules = History.RulesOn(date);
            if (rules.Period.Start > History.CoverageStart)
            {
                var previous = History.RulesOn(rules.Period.Start.PlusDays(-1));
                previous.Period.End.Should().Be(rules.Period.Start);
            }
        }, iter: PropertyRuns.Cap(2_000));
    }

    [Fact]
    public void SittingOn_never_throws_inside_the_covered_range_and_a_sitting_chamber_exists_in_the_rules_or_sat_under_transitional_rules()
    {
        CoveredDate.Sample(date =>
        {
            var sitting = History.SittingOn(date);
            sitting.Date.Should().Be(date);
            if (sitting.IsSitting)
            {
                sitting.Chambers.Should().OnlyContain(c => c.Sitting.Period.Contains(date));
                sitting.Reason.Should().BeNull();
            }
            else
            {
                sitting.Chambers.Should().BeEmpty();
            }
        }, iter: PropertyRuns.Cap(1_000));
    }
}

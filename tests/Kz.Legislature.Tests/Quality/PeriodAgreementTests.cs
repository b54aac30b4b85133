using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Quality;

/// <summary>
/// Every record the history hands out with a period holds every one of its values on every day of that period: checked
/// day by day over the whole coverage, from <see cref="LegislativeHistory.CoverageStart"/> to
/// <see cref="LegislativeHistory.VerifiedThrough"/> (and a year beyond it).
/// </summary>
public class PeriodAgreementTests
{
    private static LegislativeHistory History => SessionHistory.Current;

    private static LocalDate LastDay => History.VerifiedThrough.PlusYears(1);

    private static IEnumerable<LocalDate> CoveredDays(Term period)
    {
        var day = period.Start < History.CoverageStart ? History.CoverageStart : period.Start;
        var end = period.End is { } e && e <= LastDay ? e : LastDay.PlusDays(1);
        for (; day < end; day = day.PlusDays(1))
        {
            yield return day;
        }
    }

    private static IEnumerable<LocalDate> EveryDay() => CoveredDays(new Term(History.CoverageStart, null));

    /// <summary>The values of one day's rules, apart from the period they are reported for.</summary>
    /// <remarks>The reasons are format strings with arguments, formatted only when an assertion fails: these run on every day.</remarks>
    private static void ShouldHoldTheSameValues(LegislatureRules record, LegislatureRules onDay, LocalDate day, string what)
    {
        const string because = "{0} {1} {2} must hold on {3:uuuu-MM-dd} ({4})";
        object[] args = [what, record.RuleSetId, record.Period, day, onDay];
        onDay.RuleSetId.Should().Be(record.RuleSetId, because, args);
        onDay.RuleSetPeriod.Should().Be(record.RuleSetPeriod, because, args);
        onDay.Instrument.Should().Be(record.Instrument, because, args);
        onDay.Form.Should().Be(record.Form, because, args);
        onDay.Chambers.Should().Equal(record.Chambers, because, args);
    }

    /// <summary>Seat counts recomputed for the day from the regions in existence, independent of the precomputed segments.</summary>
    private static void SeatsShouldMatchTheRegionsOf(LegislatureRules record, LocalDate day)
    {
        var regions = History.RegionsOn(day).Count;
        foreach (var chamber in record.Chambers)
        {
            foreach (var allotment in chamber.SeatPlan.Where(a => a.SeatsPerRegion is not null))
            {
                allotment.Seats.Should().Be(allotment.SeatsPerRegion!.Value * regions, "{0} on {1:uuuu-MM-dd}: {2} {3} with {4} regions", record, day, chamber.Kind, allotment.Source, regions);
            }

            chamber.StatutorySeats.Should().Be(chamber.SeatPlan.Sum(a => a.Seats));
        }
    }

    [Fact]
    public void Every_rule_set_record_holds_every_value_on_every_day_of_its_period()
    {
        History.RuleSets.Should().NotBeEmpty();
        foreach (var record in History.RuleSets)
        {
            foreach (var day in CoveredDays(record.Period))
            {
                ShouldHoldTheSameValues(record, History.RulesOn(day), day, "RuleSets");
                SeatsShouldMatchTheRegionsOf(record, day);
            }
        }
    }

    [Fact]
    public void The_rule_set_records_abut_and_cover_every_day_from_the_coverage_start()
    {
        var records = History.RuleSets;
        records[0].Period.Start.Should().Be(History.CoverageStart);
        for (var i = 1; i < records.Count; i++)
        {
            records[i - 1].Period.End.Should().Be(records[i].Period.Start, $"{records[i - 1]} must end where {records[i]} starts");
        }

        records[^1].Period.End.Should().BeNull();
    }

    [Fact]
    public void RulesOn_holds_every_value_on_every_day_of_the_period_it_reports()
    {
        foreach (var day in EveryDay())
        {
            var rules = History.RulesOn(day);
            rules.Period.Contains(day).Should().BeTrue();
            rules.RuleSetPeriod.Contains(day).Should().BeTrue();
            History.RuleSets.Should().Contain(rules);
            SeatsShouldMatchTheRegionsOf(rules, day);
        }
    }

    [Fact]
    public void RuleSetAppliedOn_holds_every_value_on_every_day_of_the_period_it_reports_and_is_the_rules_in_force_inside_its_rule_set()
    {
        var ids = History.RuleSets.Select(r => r.RuleSetId).Distinct().ToList();
        foreach (var id in ids)
        {
            var checkedPeriods = new HashSet<Term>();
            foreach (var day in EveryDay())
            {
                var applied = History.RuleSetAppliedOn(id, day)!;
                applied.RuleSetId.Should().Be(id);
                applied.Period.Contains(day).Should().BeTrue("{0} is the answer for {1:uuuu-MM-dd}", applied, day);
                if (applied.RuleSetPeriod.Contains(day))
                {
                    ShouldHoldTheSameValues(History.RulesOn(day), applied, day, "RulesOn");
                }

                if (checkedPeriods.Add(applied.Period))
                {
                    foreach (var other in CoveredDays(applied.Period))
                    {
                        ShouldHoldTheSameValues(applied, History.RuleSetAppliedOn(id, other)!, other, "RuleSetAppliedOn");
                        SeatsShouldMatchTheRegionsOf(applied, other);
                    }
                }
            }
        }
    }

    [Fact]
    public void Every_electoral_system_and_list_quota_a_record_carries_is_the_one_in_force_on_each_of_its_days_inside_the_record()
    {
        foreach (var record in History.RuleSets)
        {
            foreach (var chamber in record.Chambers)
            {
                if (chamber.PartyListSystem is { } system)
                {
                    foreach (var day in CoveredDays(record.Period))
                    {
                        system.Period.Contains(day).Should().BeTrue("{0} {1} {2} is reported for {3}", chamber.Kind, system, system.Period, record.Period);
                    }
                }

                if (chamber.ListQuota is { } quota)
                {
                    foreach (var day in CoveredDays(record.Period))
                    {
                        quota.Period.Contains(day).Should().BeTrue("{0} {1} {2} is reported for {3}", chamber.Kind, quota, quota.Period, record.Period);
                    }
                }
            }
        }
    }

    [Fact]
    public void A_sitting_chamber_is_held_to_the_applied_rules_of_its_rule_set_and_sits_on_every_day_of_its_period()
    {
        // Plain comparisons, each failure written down: assertions with a reason built for each of ~13,000 days were most of
        // this test's time.
        var problems = new List<string>();
        foreach (var day in EveryDay())
        {
            var sitting = History.SittingOn(day);
            if (!ReferenceEquals(sitting.RulesInForce, History.RulesOn(day)))
            {
                problems.Add($"{day:uuuu-MM-dd}: the sitting's rules in force {sitting.RulesInForce} are not the rules on the day {History.RulesOn(day)}");
            }

            foreach (var chamber in sitting.Chambers)
            {
                if (!chamber.Sitting.Period.Contains(day))
                {
                    problems.Add($"{chamber} on {day:uuuu-MM-dd}: its sitting's period {chamber.Sitting.Period} does not contain the day");
                }

                var heldTo = History.RuleSetAppliedOn(chamber.Sitting.HeldToRuleSetId, day)!.Chamber(chamber.Kind);
                if (!Equals(chamber.HeldTo, heldTo))
                {
                    problems.Add($"{chamber} on {day:uuuu-MM-dd}: held to {chamber.HeldTo}, expected {heldTo}");
                }
            }

            var containing = History.Sittings.Where(s => s.Period.Contains(day)).Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
            var listed = sitting.Chambers.Select(c => c.Sitting.Id).Order(StringComparer.Ordinal).ToList();
            if (!containing.SequenceEqual(listed, StringComparer.Ordinal))
            {
                problems.Add($"{day:uuuu-MM-dd}: the sittings whose period contains the day are [{string.Join(", ", containing)}], the chambers sitting are of [{string.Join(", ", listed)}]");
            }

            if (problems.Count > 20)
            {
                break;
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void A_region_is_listed_on_every_day_of_its_period_and_on_no_other()
    {
        foreach (var day in EveryDay())
        {
            var ids = History.RegionsOn(day).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var region in History.Regions)
            {
                ids.Contains(region.Id).Should().Be(region.Period.Contains(day), "{0} {1} on {2:uuuu-MM-dd}", region.Id, region.Period, day);
            }
        }
    }

    [Theory]
    [InlineData("amendments-2022", 2024, 1, 1, 50)] // 2 x 20 regions + 10 appointed, from 8 Jun 2022 (Kazinform; Astana Times 24 Jan 2023)
    [InlineData("amendments-2007", 2019, 1, 1, 49)] // 2 x 17 + 15 from 19 Jun 2018 with Shymkent (Decree No. 702)
    [InlineData("amendments-2007", 2010, 1, 1, 47)] // 2 x 16 + 15 (IPU PARLINE 2007)
    [InlineData("rules-1995", 1996, 1, 30, 47)] // 2 x 20 + 7 (Jamestown, Dec 1995)
    public void Listing_the_rule_sets_with_their_Senate_seats_gives_the_seats_of_every_day_listed(string id, int y, int m, int d, int seats)
    {
        var day = new LocalDate(y, m, d);
        var record = History.RuleSets.Single(r => r.RuleSetId == id && r.Period.Contains(day));
        record.Chamber(ChamberKind.Senate).StatutorySeats.Should().Be(seats);
        record.Should().Be(History.RulesOn(day));
    }
}

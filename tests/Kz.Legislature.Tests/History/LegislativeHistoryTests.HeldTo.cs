using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.History;

/// <summary><see cref="LegislativeHistory.HeldTo(ChamberKind, LocalDate)"/>: the rules a chamber of a date is held to, offered once by the history.</summary>
public sealed partial class LegislativeHistoryTests
{
    private static LegislativeHistory Current => SessionHistory.Current;

    /// <summary>The first day, a middle day and the last day of every rule set and every sitting, and the day after each.</summary>
    private static IEnumerable<LocalDate> Dates()
    {
        var periods = Current.RuleSets.Select(r => r.RuleSetPeriod).Concat(Current.Sittings.Select(s => s.Period));
        var dates = new SortedSet<LocalDate>();
        foreach (var p in periods)
        {
            var end = p.End ?? p.Start.PlusYears(3);
            dates.Add(p.Start);
            dates.Add(p.Start.PlusDays(Period.Between(p.Start, end, PeriodUnits.Days).Days / 2));
            dates.Add(end.PlusDays(-1));
            dates.Add(end);
        }

        return dates;
    }

    [Fact]
    public void the_answer_is_the_sitting_chambers_rules_or_the_rules_in_force_on_every_boundary()
    {
        var checkedDays = 0;
        foreach (var date in Dates())
        {
            var sitting = Current.SittingOn(date);
            foreach (var kind in Enum.GetValues<ChamberKind>())
            {
                var held = Current.HeldTo(kind, date);
                var cs = sitting.Chamber(kind);
                var expected = cs?.HeldTo ?? sitting.RulesInForce.TryGetChamber(kind);

                held.Chamber.Should().Be(kind);
                held.Date.Should().Be(date);
                held.Rules.Should().Be(expected, $"{kind} on {Iso(date)}");
                held.Exists.Should().Be(expected is not null);
                held.Sitting.Should().Be(cs);
                held.Legislature.Should().Be(cs is null ? sitting.RulesInForce : Current.RuleSetAppliedOn(cs.Sitting.HeldToRuleSetId, date));
                held.Instrument.Should().Be(held.Legislature.Instrument);
                if (held.Exists)
                {
                    held.Legislature.TryGetChamber(kind).Should().Be(held.Rules);
                }

                checkedDays++;
            }
        }

        checkedDays.Should().BeGreaterThan(50);
    }

    [Fact]
    public void a_chambers_existence_ends_on_the_day_it_no_longer_exists_and_starts_from_an_election_or_sitting()
    {
        var ends = 0;
        foreach (var date in Dates())
        {
            foreach (var kind in Enum.GetValues<ChamberKind>())
            {
                var held = Current.HeldTo(kind, date);
                if (!held.Exists)
                {
                    held.EndsOn.Should().BeNull();
                    held.EndedBy.Should().BeNull();
                    held.FormedOn.Should().BeNull();
                    continue;
                }

                if (held.EndsOn is { } end)
                {
                    end.Should().BeGreaterThan(date);
                    Current.HeldTo(kind, end).Exists.Should().BeFalse($"{kind} from {Iso(date)} ends on {Iso(end)}");
                    Current.HeldTo(kind, end.PlusDays(-1)).Exists.Should().BeTrue();
                    held.EndedBy!.HasChamber(kind).Should().BeFalse();
                    ends++;
                }

                if (held.FormedOn is { } formed)
                {
                    var electedOrSat = Current.Elections.Any(e => e.Chamber == kind && e.Dates.Contains(formed))
                                       || Current.Sittings.Any(s => s.Chamber == kind && s.Period.Start == formed);
                    electedOrSat.Should().BeTrue($"{kind} formed on {Iso(formed)}");
                }
            }
        }

        ends.Should().BeGreaterThan(0);
    }

    [Fact]
    public void the_answer_is_computed_once_per_chamber_and_date()
    {
        // A history of its own: the memo tables are bounded (10,000 entries), and the suite's shared history may have filled
        // them with the tests that walk every day since 1990 before this one runs.
        var history = Load(Document());
        var date = Date("2024-01-01");

        history.HeldTo(ChamberKind.Senate, date).Should().BeSameAs(history.HeldTo(ChamberKind.Senate, date));
        history.HeldTo(ChamberKind.Senate, date).Should().NotBeSameAs(history.HeldTo(ChamberKind.Mazhilis, date));
    }

    [Fact]
    public void a_date_before_the_coverage_or_an_undefined_chamber_is_rejected_clearly()
    {
        var early = () => Current.HeldTo(ChamberKind.Senate, Current.CoverageStart.PlusDays(-1));
        var undefined = () => Current.HeldTo((ChamberKind)99, Date("2024-01-01"));

        early.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Contain("is before it").And.NotContain("Parameter");
        undefined.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Be("99 is not a chamber; the chambers are " + string.Join(", ", Enum.GetNames<ChamberKind>()) + ".");
    }

    [Fact]
    public void the_text_names_the_chamber_the_date_and_the_instrument()
    {
        var date = Date("2024-01-01");
        var held = Current.HeldTo(ChamberKind.Senate, date);
        var gone = Current.HeldTo(ChamberKind.Senate, Date("2026-07-01"));

        held.ToString().Should().Be($"Senate on 2024-01-01: held to the rules of {held.Instrument.Name.English}");
        gone.ToString().Should().Be($"Senate on 2026-07-01: does not exist under {gone.Instrument.Name.English}");
    }
}

using System.Text.Json.Nodes;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.History;

/// <summary>The sentences on the days no legislature sits, and the stretches of rules when many days cut a rule set.</summary>
public partial class LegislativeHistoryTests
{
    private static JsonObject SittingOf(JsonObject doc, string id) =>
        doc["sittings"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == id)!.AsObject();

    [Fact]
    public void Chambers_that_ended_the_same_day_for_different_reasons_are_each_named_with_theirs()
    {
        // Both chambers ended on 1 Jul 2026 (the embedded dataset); here the Senate's reason is removed from the data.
        var history = Load(d => SittingOf(d, "senate-2023-2026")["endReason"] = null);

        history.SittingOn(new LocalDate(2026, 7, 15)).Explanation
            .Should().EndWith(" The last sitting chambers (Senate and Mazhilis) ended on 2026-07-01 (Senate: end; Mazhilis: powers ended by the constitution).");
    }

    [Fact]
    public void Chambers_that_ended_without_a_recorded_reason_ended_by_an_end()
    {
        var history = Load(d =>
        {
            SittingOf(d, "senate-2023-2026")["endReason"] = null;
            SittingOf(d, "mazhilis-viii")["endReason"] = null;
        });

        history.SittingOn(new LocalDate(2026, 7, 15)).Explanation
            .Should().EndWith(" The last sitting chambers (Senate and Mazhilis) ended on 2026-07-01 (end).");
    }

    [Fact]
    public void Before_the_first_sitting_nothing_has_ended_and_the_sentence_says_only_what_is_awaited()
    {
        // The coverage is moved three weeks earlier, before the Supreme Soviet election of 25 Mar 1990; the chair term that
        // began before the coverage is left out, as no sitting covers those days.
        var history = Load(d =>
        {
            d["coverageStart"] = "1990-03-01";
            d["ruleSets"]![0]!["validFrom"] = "1990-03-01";
            d["offices"]!.AsArray().RemoveAt(0);
        });

        var sitting = history.SittingOn(new LocalDate(1990, 3, 10));

        sitting.LastEnded.Should().BeNull();
        sitting.Reason.Should().Be(NoSittingReason.NotYetFormed);
        sitting.Explanation.Should().Be("No legislature sat: the Supreme Council provided for by Constitution of the Kazakh SSR (1978) had not sat yet. The Supreme Council election was set for 1990-03-25.");
    }

    [Fact]
    public void A_rule_set_cut_by_more_days_than_the_first_allocation_holds_keeps_every_stretch()
    {
        // Twenty made-up regions, each existing for one day of 1991 (no per-region seats then), cut the 1990 rules into
        // stretches one day long; the day-set that collects the cuts must grow past its first 16 days.
        var history = Load(d =>
        {
            var regions = d["regions"]!.AsArray();
            for (var i = 0; i < 20; i++)
            {
                var from = new LocalDate(1991, 1, 1).PlusDays(2 * i);
                var region = regions[0]!.DeepClone().AsObject();
                region["id"] = $"synthetic-{i}";
                region["ocdId"] = $"ocd-division/country:kz/oblast:synthetic-{i}";
                region["validFrom"] = NodaTime.Text.LocalDatePattern.Iso.Format(from);
                region["validUntil"] = NodaTime.Text.LocalDatePattern.Iso.Format(from.PlusDays(1));
                region["kinds"]![0]!["validFrom"] = region["validFrom"]!.DeepClone();
                region["kinds"]![0]!["validUntil"] = region["validUntil"]!.DeepClone();
                region["names"]![0]!["validFrom"] = region["validFrom"]!.DeepClone();
                region["names"]![0]!["validUntil"] = region["validUntil"]!.DeepClone();
                regions.Add(region);
            }
        });

        history.RuleSets.Should().HaveCount(History.RuleSets.Count + 40);
        var first = history.RulesOn(new LocalDate(1991, 1, 1));
        first.Period.Should().Be(new Term(new LocalDate(1991, 1, 1), new LocalDate(1991, 1, 2)));
        history.RulesOn(new LocalDate(1991, 1, 2)).Period.Should().Be(new Term(new LocalDate(1991, 1, 2), new LocalDate(1991, 1, 3)));
        history.RulesOn(new LocalDate(1990, 3, 25)).Period.Should().Be(new Term(new LocalDate(1990, 3, 25), new LocalDate(1991, 1, 1)));
        history.RulesOn(new LocalDate(1991, 2, 9)).Period.Should().Be(new Term(new LocalDate(1991, 2, 9), new LocalDate(1993, 1, 28)));
        history.RuleSetAppliedOn("rules-1995", new LocalDate(1991, 1, 1))!.Period.Should().Be(new Term(new LocalDate(1991, 1, 1), new LocalDate(1991, 1, 2)));
    }

    [Fact]
    public void A_region_that_ended_before_the_coverage_does_not_cut_the_rules_applied_in_the_covered_range()
    {
        // A made-up region that existed only in 1989, before the history starts.
        var history = Load(d =>
        {
            var region = d["regions"]![0]!.DeepClone().AsObject();
            region["id"] = "synthetic-1989";
            region["ocdId"] = "ocd-division/country:kz/oblast:synthetic-1989";
            region["validFrom"] = "1989-01-01";
            region["validUntil"] = "1989-06-01";
            region["kinds"]![0]!["validFrom"] = "1989-01-01";
            region["kinds"]![0]!["validUntil"] = "1989-06-01";
            region["names"]![0]!["validFrom"] = "1989-01-01";
            region["names"]![0]!["validUntil"] = "1989-06-01";
            d["regions"]!.AsArray().Add(region);
        });

        var applied = history.RuleSetAppliedOn("rules-1990", new LocalDate(1990, 3, 25))!;

        applied.Period.Start.Should().Be(new LocalDate(1990, 3, 25));
        history.RuleSetAppliedOn("rules-1995", new LocalDate(1990, 3, 25))!.Period.Start.Should().Be(new LocalDate(1990, 3, 25));
    }
}

using System.Text.Json.Nodes;
using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

/// <summary>
/// The full change lists between rule sets, the texts that explain whether a legislature sat, and the rules a
/// sitting chamber is held to on a date (seats following the regions of the date, the electoral system clamped
/// into the rule set's own period).
/// </summary>
public sealed partial class LegislativeHistoryTests
{
    private static LegislativeHistory ChangesAndSittingsLoad(Action<JsonObject> change) => LegislativeHistoryTests.Load(change);

    private static IEnumerable<string> Changes(LocalDate from, LocalDate to) => History.ChangesBetween(from, to).Select(c => c.ToString());

    /// <summary>The 1998 amendments lengthen both terms, slow the Senate's renewal and add ten party-list seats with a 7% threshold.</summary>
    [Fact]
    public void the_1998_amendments_change_terms_renewal_and_the_party_list_system()
    {
        Changes(new LocalDate(1998, 10, 6), new LocalDate(1998, 10, 7)).Should().Equal(
            "Instrument in force Constitution of the Republic of Kazakhstan (1995) → Law No. 284-I of 7 October 1998 amending the Constitution",
            "Senate term 4 years → 6 years",
            "Senate renewal 1/2 of \"Elected by maslikhat deputies\" every 2 years → 1/2 of \"Elected by maslikhat deputies\" every 3 years",
            "Mazhilis seats 67 → 77",
            "Mazhilis seats \"Party list\" 0 → 10",
            "Mazhilis term 4 years → 5 years",
            "Mazhilis party-list system none → method unknown; 7% of an unknown base");
    }

    /// <summary>A change carries its kind, chamber and the raw before and after values.</summary>
    [Fact]
    public void a_term_change_carries_its_raw_values()
    {
        var term = History.ChangesBetween(new LocalDate(1998, 10, 6), new LocalDate(1998, 10, 7)).Single(c => c.Kind == ChangeKind.TermLength && c.Chamber == ChamberKind.Senate);
        term.Before.Should().Be("4 years");
        term.After.Should().Be("6 years");
        term.Source.Should().BeNull();
    }

    /// <summary>The 1995 Constitution replaces the unicameral Supreme Council by a Senate and a Mazhilis.</summary>
    [Fact]
    public void the_1995_constitution_changes_the_form_and_the_chambers()
    {
        Changes(new LocalDate(1995, 9, 4), new LocalDate(1995, 9, 5)).Should().Equal(
            "Instrument in force Constitution of the Republic of Kazakhstan (1993) → Constitution of the Republic of Kazakhstan (1995)",
            "Form Unicameral → Bicameral",
            "Supreme Council abolished (177)",
            "Senate created (47)",
            "Mazhilis created (67)");
    }

    /// <summary>Within one rule set, the 2009 runner-up rule and the 2020 list quota are changes too.</summary>
    [Fact]
    public void electoral_system_and_quota_changes_within_a_rule_set_are_listed()
    {
        Changes(new LocalDate(2009, 1, 14), new LocalDate(2009, 1, 15)).Should().Equal(
            "Mazhilis party-list system Hare quota, largest remainders; 7% of the valid list votes → Hare quota, largest remainders; 7% of the valid list votes; runner-up admitted");
        Changes(new LocalDate(2020, 5, 24), new LocalDate(2020, 5, 25)).Should().Equal("Mazhilis list quota none → 30% women+youth");
    }

    /// <summary>The same date twice is no change at all, not an error.</summary>
    [Fact]
    public void changes_between_a_date_and_itself_are_empty()
    {
        History.ChangesBetween(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 1)).Should().BeEmpty();
    }

    /// <summary>Each kind of change is worded on its own.</summary>
    [Theory]
    [InlineData(ChangeKind.Form, null, "Unicameral", "Bicameral", "Form Unicameral → Bicameral")]
    [InlineData(ChangeKind.ChamberAdded, ChamberKind.Kurultai, null, "145", "Kurultai created (145)")]
    [InlineData(ChangeKind.ChamberAdded, ChamberKind.Kurultai, "1", "145", "Kurultai created (145)")]
    [InlineData(ChangeKind.ChamberAdded, ChamberKind.Kurultai, null, null, "Kurultai created")]
    [InlineData(ChangeKind.ChamberRemoved, ChamberKind.Senate, "50", null, "Senate abolished (50)")]
    [InlineData(ChangeKind.TermLength, ChamberKind.Mazhilis, "4 years", "5 years", "Mazhilis term 4 years → 5 years")]
    [InlineData(ChangeKind.Renewal, ChamberKind.Senate, "a", null, "Senate renewal a → none")]
    [InlineData(ChangeKind.MinimumAge, ChamberKind.Senate, "25", "30", "Senate minimum age 25 → 30")]
    [InlineData(ChangeKind.ListQuota, ChamberKind.Mazhilis, null, "30% women", "Mazhilis list quota none → 30% women")]
    public void each_change_kind_has_its_wording(ChangeKind kind, ChamberKind? chamber, string? before, string? after, string expected)
    {
        var rules = History.RulesOn(new LocalDate(2024, 1, 1));
        new LegislativeChange(kind, chamber, null, before, after, rules, rules).ToString().Should().Be(expected);
    }

    /// <summary>
    /// A change carries the typed rules of both sides, so a caller reads the values (a quota, a term) instead of parsing the
    /// English text, and its citation is that of the side that states the value.
    /// </summary>
    [Fact]
    public void a_change_carries_the_typed_rules_of_both_sides_and_its_citation()
    {
        var from = new LocalDate(2020, 5, 24);
        var to = new LocalDate(2020, 5, 25);
        var quota = History.ChangesBetween(from, to).Should().ContainSingle().Subject;
        quota.Kind.Should().Be(ChangeKind.ListQuota);
        quota.RulesBefore.Should().BeSameAs(History.RulesOn(from));
        quota.RulesAfter.Should().BeSameAs(History.RulesOn(to));
        quota.ChamberBefore!.ListQuota.Should().BeNull();
        quota.ChamberAfter!.ListQuota!.MinimumPercent.Should().Be(30);
        quota.Citation.Should().Be(History.RulesOn(to).CitationFor(quota)).And.NotBeNull();

        // A chamber abolished: no rules of it after, the rules before still there; cited under the rules after.
        var abolished = History.ChangesBetween(new LocalDate(2026, 6, 30), new LocalDate(2026, 7, 1)).First(c => c.Kind == ChangeKind.ChamberRemoved);
        abolished.ChamberAfter.Should().BeNull();
        abolished.ChamberBefore!.StatutorySeats.Should().Be(int.Parse(abolished.Before!, System.Globalization.CultureInfo.InvariantCulture));
        abolished.Citation.Should().Be(abolished.RulesAfter.CitationFor(abolished));

        // A change of the whole legislature has no chamber rules on either side.
        var form = History.ChangesBetween(new LocalDate(2026, 6, 30), new LocalDate(2026, 7, 1)).First(c => c.Kind == ChangeKind.Form);
        form.ChamberBefore.Should().BeNull();
        form.ChamberAfter.Should().BeNull();
        form.RulesAfter.Form.ToString().Should().Be(form.After);
    }

    /// <summary>A legislature that dissolved itself (the Supreme Council, December 1993) is explained as such.</summary>
    [Fact]
    public void a_self_dissolved_legislature_is_explained()
    {
        var s = History.SittingOn(new LocalDate(1993, 12, 20));
        s.Reason.Should().Be(NoSittingReason.SelfDissolved);
        s.Explanation.Should().Be("No legislature sat: the last one dissolved itself and its successor had not been elected. The Supreme Council election was set for 1994-03-07. The last sitting chamber (Supreme Council) ended on 1993-12-13 (self-dissolution).");
    }

    /// <summary>Between the 1995 Constitution and the first Parliament the new chambers had not sat yet.</summary>
    [Fact]
    public void chambers_not_yet_formed_are_explained()
    {
        var s = History.SittingOn(new LocalDate(1995, 9, 10));
        s.Reason.Should().Be(NoSittingReason.NotYetFormed);
        s.Explanation.Should().Be("No legislature sat: the Senate and Mazhilis provided for by Constitution of the Republic of Kazakhstan (1995) had not sat yet. The Senate election was set for 1995-12-05. The last sitting chamber (Supreme Council) ended on 1995-03-11 (dissolution by decree).");
    }

    /// <summary>On the day one Mazhilis succeeds another, the one ending that day is the last ended, and the convocation is named.</summary>
    [Fact]
    public void a_sitting_ending_on_the_date_is_the_last_ended()
    {
        var s = History.SittingOn(new LocalDate(1999, 12, 1));
        s.LastEnded!.Id.Should().Be("mazhilis-i");
        s.Explanation.Should().Be("Senate since 1999-09-17, held to 39; Mazhilis (Parliament II) since 1999-12-01, held to 77");
    }

    /// <summary>A sitting after the verified date says so; one before it does not.</summary>
    [Fact]
    public void a_sitting_beyond_the_verified_date_is_marked()
    {
        var history = ChangesAndSittingsLoad(d => d["verifiedThrough"] = "2024-01-01");

        history.SittingOn(new LocalDate(2025, 1, 1)).Explanation.Should().EndWith(", held to 98 (the data is verified through 2024-01-01)");
        history.SittingOn(new LocalDate(2024, 1, 1)).Explanation.Should().NotContain("verified");
        history.ToString().Should().Be($"Kazakhstan legislature dataset {history.DataVersion} (1990-03-25 – verified through 2024-01-01)");
    }

    /// <summary>A constitution that provides for no legislature is explained as such.</summary>
    [Fact]
    public void a_constitution_without_a_legislature_is_explained()
    {
        var history = ChangesAndSittingsLoad(d =>
        {
            var last = d["ruleSets"]!.AsArray()[^1]!;
            last["form"] = "none";
            last["chambers"] = new JsonArray();
            // A constitution without a legislature has no decisions either (the loader rejects a Kurultai vote under it).
            var decisions = d["decisionRules"]!.AsArray();
            decisions.RemoveAt(decisions.IndexOf(decisions.Single(s => s!["ruleSet"]!.GetValue<string>() == last["id"]!.GetValue<string>())));
        });

        var s = history.SittingOn(new LocalDate(2026, 7, 2));
        s.Status.Should().Be(SittingStatus.NotSitting);
        s.Reason.Should().Be(NoSittingReason.NoneProvided);
        s.Explanation.Should().Be("The constitution in force provides for no legislature. The last sitting chambers (Senate and Mazhilis) ended on 2026-07-01 (powers ended by the constitution).");
    }

    /// <summary>A rule set applied after its own end keeps its last electoral system (the 2009 runner-up rule for the Mazhilis sitting until 2023).</summary>
    [Fact]
    public void a_rule_set_applied_after_its_end_keeps_its_last_electoral_system()
    {
        var rules = History.RuleSetAppliedOn("amendments-2007", new LocalDate(2022, 7, 1))!;
        rules.Period.Should().Be(new Term(new LocalDate(2022, 6, 8), null));
        var mazhilis = rules.Chamber(ChamberKind.Mazhilis);
        mazhilis.PartyListSystem!.RunnerUpAdmission.Should().BeTrue();
        mazhilis.PartyListSystem.Period.Start.Should().Be(new LocalDate(2009, 1, 15));
        rules.Chamber(ChamberKind.Senate).StatutorySeats.Should().Be(55);
    }

    /// <summary>A rule set applied before its start takes its first electoral system and the regions of the date.</summary>
    [Fact]
    public void a_rule_set_applied_before_its_start_takes_its_first_electoral_system()
    {
        var rules = History.RuleSetAppliedOn("amendments-2007", new LocalDate(2000, 1, 1))!;
        rules.Period.Should().Be(new Term(new LocalDate(1997, 12, 10), new LocalDate(2007, 5, 21)));
        rules.Chamber(ChamberKind.Mazhilis).PartyListSystem!.RunnerUpAdmission.Should().BeFalse();
        rules.Chamber(ChamberKind.Senate).StatutorySeats.Should().Be(47);
        rules.Chamber(ChamberKind.Senate).RegionCount.Should().Be(16);
    }

    /// <summary>The applied segments are cut where the rule set ends, even when no region changes that day.</summary>
    [Fact]
    public void applied_segments_are_cut_at_the_rule_set_end()
    {
        var rules = History.RuleSetAppliedOn("rules-1995", new LocalDate(1999, 1, 1))!;
        rules.Period.Should().Be(new Term(new LocalDate(1998, 10, 7), new LocalDate(2018, 6, 19)));
        rules.RuleSetPeriod.Should().Be(new Term(new LocalDate(1995, 9, 5), new LocalDate(1998, 10, 7)));
        rules.Chamber(ChamberKind.Senate).StatutorySeats.Should().Be(39);
    }

    /// <summary>Before coverage a rule set is applied to that one day.</summary>
    [Fact]
    public void a_rule_set_applied_before_coverage_covers_that_day()
    {
        var rules = History.RuleSetAppliedOn("rules-1990", new LocalDate(1990, 1, 1))!;
        rules.Period.Should().Be(new Term(new LocalDate(1990, 1, 1), new LocalDate(1990, 1, 2)));
        rules.Chamber(ChamberKind.SupremeCouncil).StatutorySeats.Should().Be(360);
    }

    /// <summary>The rules in force are cut where a region ends (April 1997) and where a list quota begins (May 2020).</summary>
    [Fact]
    public void rule_segments_are_cut_at_region_ends_and_quota_starts()
    {
        History.RulesOn(new LocalDate(1996, 1, 1)).Period.Should().Be(new Term(new LocalDate(1995, 9, 5), new LocalDate(1997, 4, 22)));
        var rules2021 = History.RulesOn(new LocalDate(2021, 1, 1));
        rules2021.Period.Should().Be(new Term(new LocalDate(2020, 5, 25), new LocalDate(2022, 2, 7)));
        rules2021.Chamber(ChamberKind.Mazhilis).ListQuota!.ToString().Should().Be("30% women+youth");
        History.RulesOn(new LocalDate(2019, 1, 1)).Chamber(ChamberKind.Mazhilis).ListQuota.Should().BeNull();
    }
}

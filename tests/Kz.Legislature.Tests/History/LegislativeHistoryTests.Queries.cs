using System.Text.Json.Nodes;
using Kz.Legislature.History;
using Kz.Legislature.Procedure;

namespace Kz.Legislature.Tests.History;

/// <summary>The history's queries: their argument checks, their exact messages, and their answers where the data has a gap.</summary>
public partial class LegislativeHistoryTests
{
    [Fact]
    public void CompositionAtFormation_rejects_a_null_sitting()
    {
        FluentActions.Invoking(() => History.CompositionAtFormation(null!)).Should().Throw<ArgumentNullException>().WithParameterName("sitting");
    }

    [Fact]
    public void A_sitting_the_data_has_no_composition_for_has_none_at_formation()
    {
        var history = Load(d =>
        {
            var compositions = d["compositions"]!.AsArray();
            compositions.RemoveAt(compositions.IndexOf(compositions.Single(c => c!["sitting"]!.GetValue<string>() == "senate-2023-2026")));
        });

        var senate = history.Sittings.Single(s => s.Id == "senate-2023-2026");
        history.CompositionAtFormation(senate).Should().BeNull();
        history.Compositions.Should().HaveCount(history.Sittings.Count - 1);
        history.CompositionAtFormation(history.Sittings.Single(s => s.Id == "mazhilis-viii"))!.Total.Should().Be(98);
    }

    [Fact]
    public void A_bill_under_rules_without_a_veto_override_has_no_override_rule()
    {
        // The 1978 Constitution's rules record a law and a constitutional amendment only (the embedded dataset's decisionRules).
        var date = new LocalDate(1991, 1, 1);
        History.RulesOn(date).TryGetDecision(DecisionKind.VetoOverride).Should().BeNull();

        var bill = History.BillOn(date);

        bill.OverrideRule.Should().BeNull();
        History.BillOn(new LocalDate(2024, 1, 1)).OverrideRule!.Kind.Should().Be(DecisionKind.VetoOverride);
    }

    [Fact]
    public void ChangesBetween_dates_in_the_wrong_order_names_both_dates()
    {
        var reversed = () => History.ChangesBetween(new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 1));

        reversed.Should().Throw<ArgumentException>().WithParameterName("to").Which.Message
            .Should().Be("The second date (2024-01-01) is before the first (2024-01-02).");
    }

    [Fact]
    public void An_unrecorded_chair_after_the_verified_date_says_both_what_is_known_and_that_the_data_ends()
    {
        // Asanbayev is first known in office on 15 Oct 1990 (the embedded dataset); the verified date is moved before that.
        var history = Load(d => d["verifiedThrough"] = "1990-05-01");

        var status = history.ChairStatusOn(ChamberKind.SupremeCouncil, new LocalDate(1990, 6, 1));

        status.Reason.Should().Be(NoChairReason.Unknown);
        status.Explanation.Should().Be(
            "The data does not record who chaired the Supreme Council on 1990-06-01. Yerik Asanbayev is known to have been in office from 1990-10-15; "
            + "when they took office is not known. The data is verified through 1990-05-01.");
    }
}

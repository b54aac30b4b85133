using Kz.Legislature.History;
using Kz.Legislature.Procedure;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

/// <summary>The rules in force cite each changed value where they can, and find the decision rule of a subject.</summary>
public sealed class LegislatureRulesTests
{
    private static LegislativeHistory History => SessionHistory.Current;

    private static readonly Term Open = new(new LocalDate(2024, 1, 1), null);

    private static LegislatureRules HandBuilt(ChamberRules chamber, Citation? formCitation) =>
        new("r", Open, Open, History.Instruments[0], LegislatureForm.Unicameral, [chamber], Synthetic.OneSource, formCitation);

    private static ChamberRules Mazhilis(ElectoralSystem? system) =>
        new(ChamberKind.Mazhilis, [new SeatAllotment(SeatSource.PartyList, 98)], null, null, EligibilityRules.Unknown, [], system, null, null, Synthetic.OneSource);

    [Fact]
    public void CitationFor_rejects_a_null_change()
    {
        FluentActions.Invoking(() => History.RulesOn(new LocalDate(2024, 1, 1)).CitationFor(null!)).Should().Throw<ArgumentNullException>().WithParameterName("change");
    }

    [Fact]
    public void a_chamber_added_without_a_citation_of_its_own_is_cited_by_the_form()
    {
        // Rules built by hand: the chamber has no citations, the rule set's form has one (the dataset's 2026 form citation).
        var form = History.RulesOn(new LocalDate(2026, 7, 1)).FormCitation!;
        var rules = HandBuilt(Mazhilis(null), form);
        var added = new LegislativeChange(ChangeKind.ChamberAdded, ChamberKind.Mazhilis, null, null, "98", rules, rules);

        rules.CitationFor(added).Should().BeSameAs(form);
    }

    [Fact]
    public void an_electoral_system_change_is_cited_by_the_method_when_no_threshold_is_cited()
    {
        var method = History.RulesOn(new LocalDate(2024, 1, 1)).Chamber(ChamberKind.Mazhilis).CitationFor(RuleAspect.Method)!;
        var system = new ElectoralSystem(SeatSource.PartyList, Open, null, null, AllocationMethod.HareLargestRemainder, null, null, Synthetic.OneSource, [new(RuleAspect.Method, method)]);
        var rules = HandBuilt(Mazhilis(system), null);
        var change = new LegislativeChange(ChangeKind.ElectoralSystem, ChamberKind.Mazhilis, null, "none", "Hare", rules, rules);

        rules.CitationFor(change).Should().BeSameAs(method);
        change.Citation.Should().BeSameAs(method);
    }

    [Theory]
    [InlineData(DecisionSubject.PrimeMinister)]
    [InlineData(DecisionSubject.VicePresident)]
    [InlineData(DecisionSubject.SupremeCourt)]
    [InlineData(DecisionSubject.NationalBank)]
    [InlineData(DecisionSubject.ProsecutorGeneral)]
    [InlineData(DecisionSubject.NationalSecurityCommittee)]
    [InlineData(DecisionSubject.ChairOfSenate)]
    [InlineData(DecisionSubject.ChairOfMazhilis)]
    [InlineData(DecisionSubject.ChairOfKurultai)]
    public void an_office_is_not_a_subject_of_the_general_rule_of_a_kind(DecisionSubject office)
    {
        // The 2022 amendments give a general law rule with no subjects (the embedded dataset's decisionRules).
        var rules = History.RulesOn(new LocalDate(2024, 1, 1));
        rules.TryGetDecision(DecisionKind.Law).Should().NotBeNull();

        rules.TryGetDecision(DecisionKind.Law, office).Should().BeNull();
        rules.TryGetDecision(DecisionKind.Law, DecisionSubject.Budget).Should().BeSameAs(rules.TryGetDecision(DecisionKind.Law));
    }
}

using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

/// <summary>A change cites the rules that state the changed value and reads as its subject, before and after.</summary>
public sealed class LegislativeChangeTests
{
    private static LegislativeHistory History => SessionHistory.Current;

    [Fact]
    public void a_value_that_no_longer_exists_is_cited_under_the_rules_before_the_change()
    {
        // The Mazhilis list quota of the 2022 amendments (the embedded dataset) and the 2026 rules, which have no Mazhilis.
        var before = History.RulesOn(new LocalDate(2024, 1, 1));
        var after = History.RulesOn(new LocalDate(2026, 7, 1));
        var quotaCitation = before.Chamber(ChamberKind.Mazhilis).CitationFor(RuleAspect.ListQuota);
        quotaCitation.Should().NotBeNull();

        var removed = new LegislativeChange(ChangeKind.ListQuota, ChamberKind.Mazhilis, null, "30%", null, before, after);

        removed.Citation.Should().Be(quotaCitation);
        after.CitationFor(removed).Should().BeNull("the rules after the change state no Mazhilis quota");
    }

    [Fact]
    public void a_change_without_a_chamber_or_a_source_reads_without_them()
    {
        var rules = History.RulesOn(new LocalDate(2024, 1, 1));

        new LegislativeChange(ChangeKind.StatutorySeats, null, null, "1", "2", rules, rules).ToString().Should().Be(" seats 1 → 2");
        new LegislativeChange(ChangeKind.SeatsBySource, ChamberKind.Senate, null, "15", "5", rules, rules).ToString().Should().Be("Senate seats \"?\" 15 → 5");
    }
}

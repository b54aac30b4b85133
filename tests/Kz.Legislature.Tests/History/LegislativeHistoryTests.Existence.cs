using Kz.Legislature.History;

namespace Kz.Legislature.Tests.History;

/// <summary>When a chamber stops existing: the first rule set after a date that does not provide for it, extended by a sitting that outlives it.</summary>
public partial class LegislativeHistoryTests
{
    [Fact]
    public void A_chamber_ends_with_the_first_rules_after_the_date_that_do_not_provide_for_it()
    {
        // The 2026 Constitution, in force 1 Jul 2026, provides for no Senate (the embedded dataset).
        var end = ChamberExistence.EndAfter(History, ChamberKind.Senate, new LocalDate(2026, 6, 30))!.Value;
        end.End.Should().Be(new LocalDate(2026, 7, 1));
        end.EndedBy.RuleSetId.Should().Be("rules-2026");

        ChamberExistence.EndAfter(History, ChamberKind.Senate, new LocalDate(2026, 7, 1)).Should().BeNull("no rules starting after that day end the Senate again");
    }

    [Fact]
    public void A_sitting_of_the_chamber_that_outlives_its_constitution_by_a_day_extends_its_existence_but_not_another_s()
    {
        // Made-up: the VIII Mazhilis sits one day past 1 Jul 2026, when its constitution ceased to provide for it.
        var history = Load(d => d["sittings"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == "mazhilis-viii")!["until"] = "2026-07-02");

        ChamberExistence.EndAfter(history, ChamberKind.Mazhilis, new LocalDate(2024, 1, 1))!.Value.End.Should().Be(new LocalDate(2026, 7, 2));
        ChamberExistence.EndAfter(history, ChamberKind.Senate, new LocalDate(2024, 1, 1))!.Value.End.Should().Be(new LocalDate(2026, 7, 1));
    }
}

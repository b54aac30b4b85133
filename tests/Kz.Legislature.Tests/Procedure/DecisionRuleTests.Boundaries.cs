using Kz.Legislature.History;
using Kz.Legislature.Procedure;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Procedure;

/// <summary>Every decision of every rule set on the day its rule set starts, and what applied the day before.</summary>
public partial class DecisionRuleTests
{
    [Fact]
    public void Every_decision_of_every_rule_set_applies_from_its_first_day_and_the_previous_rule_set_the_day_before()
    {
        var starts = History.RuleSets.GroupBy(r => r.RuleSetId).Select(g => (Id: g.Key, Start: g.First().RuleSetPeriod.Start)).ToList();
        starts.Should().HaveCount(7);
        for (var i = 0; i < starts.Count; i++)
        {
            var (id, start) = starts[i];
            var rules = History.RulesOn(start);
            rules.Decisions.Should().NotBeEmpty();
            foreach (var d in rules.Decisions)
            {
                d.RuleSetId.Should().Be(id);
                d.Period!.Start.Should().Be(start);
                var subject = d.Subjects.Count == 0 ? DecisionSubject.None : d.Subjects[0];
                rules.Decision(d.Kind, subject).Should().BeSameAs(d);
                History.DecisionOn(start, d.Kind, subject).Stages.Should().Equal(d.Stages);
                if (i > 0)
                {
                    var before = History.RulesOn(start.PlusDays(-1)).TryGetDecision(d.Kind, subject);
                    before?.RuleSetId.Should().Be(starts[i - 1].Id, $"{d} the day before {start}");
                }
            }
        }
    }

    public static TheoryData<string, string, DecisionSubject, string, string> Changes() => new()
    {
        { "1993-01-28", "Law", DecisionSubject.None, "Supreme Council: majority unknown", "Supreme Council: majority unknown" },
        { "1995-09-05", "Law", DecisionSubject.None, "Mazhilis: more than 1/2 of the total number of deputies; Senate: more than 1/2 of the total number of deputies", "Supreme Council: majority unknown" },
        { "1995-09-05", "ConstitutionalAmendment", DecisionSubject.None, "Joint sitting (each chamber): at least 3/4 of the total number of deputies", "Supreme Council: majority unknown" },
        { "1995-09-05", "VetoOverride", DecisionSubject.None, "Mazhilis: at least 2/3 of the total number of deputies; Senate: at least 2/3 of the total number of deputies", "none" },
        { "1998-10-07", "DelegationOfPowers", DecisionSubject.None, "Joint sitting (each chamber): at least 2/3 of the total number of deputies", "Joint sitting (each chamber): at least 2/3 of the total number of deputies" },
        { "2007-05-21", "NoConfidence", DecisionSubject.None, "Mazhilis: more than 1/2 of the total number of deputies", "Joint sitting: majority unknown" },
        { "2007-05-21", "ConsentToAppointment", DecisionSubject.PrimeMinister, "Mazhilis: more than 1/2 of the total number of deputies", "Joint sitting: majority unknown" },
        { "2007-05-21", "ConsentToAppointment", DecisionSubject.NationalBank, "Senate: more than 1/2 of the total number of deputies", "none" },
        { "2022-06-07", "ConstitutionalLaw", DecisionSubject.None, "Joint sitting (each chamber): at least 2/3 of the total number of deputies", "Mazhilis: at least 2/3 of the total number of deputies; Senate: at least 2/3 of the total number of deputies" },
        { "2026-07-01", "Law", DecisionSubject.None, "Kurultai: majority unknown", "Mazhilis: more than 1/2 of the total number of deputies; Senate: more than 1/2 of the total number of deputies" },
        { "2026-07-01", "DelegationOfPowers", DecisionSubject.None, "none", "Joint sitting (each chamber): at least 2/3 of the total number of deputies" },
        { "2026-07-01", "ConsentToAppointment", DecisionSubject.VicePresident, "Kurultai: majority unknown", "none" },
        { "2026-07-01", "ElectionOfChair", DecisionSubject.ChairOfMazhilis, "none", "Mazhilis: more than 1/2 of the total number of deputies" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_decision_changes_on_the_day_its_rule_set_starts(string day, string kind, DecisionSubject subject, string on, string dayBefore)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;
        var k = Enum.Parse<DecisionKind>(kind);

        Stages(date, k, subject).Should().Be(on);
        Stages(date.PlusDays(-1), k, subject).Should().Be(dayBefore);
    }

    private static string Stages(LocalDate date, DecisionKind kind, DecisionSubject subject) =>
        History.RulesOn(date).TryGetDecision(kind, subject) is { } d ? string.Join("; ", d.Stages) : "none";
}

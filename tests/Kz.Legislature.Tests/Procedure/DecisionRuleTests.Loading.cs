using System.Text.Json.Nodes;
using Kz.Legislature.History;
using Kz.Legislature.Procedure;
using Kz.Legislature.Tests.History;

namespace Kz.Legislature.Tests.Procedure;

/// <summary>The loader reads $.decisionRules strictly: each defect is rejected with its JSON path and what would be accepted.</summary>
public partial class DecisionRuleTests
{
    private const string Stage = "$.decisionRules[4].decisions[0].stages[0]";

    private static JsonObject Set(JsonObject doc, int index) => doc["decisionRules"]![index]!.AsObject();

    private static JsonObject FirstStage(JsonObject doc) => Set(doc, 4)["decisions"]![0]!["stages"]![0]!.AsObject();

    public static TheoryData<string, string, string> Defects() => new()
    {
        { "an unknown property on a stage", Stage + ".bogus", "Unknown property 'bogus'. Allowed here: body, counting, majority, quorum, readings, citations, note." },
        { "an unknown rule set", "$.decisionRules[4].ruleSet", "The rule set 'rules-1999' is not defined in $.ruleSets." },
        { "two sets for one rule set", "$.decisionRules[4].ruleSet", "The rule set 'amendments-1998' has two decision sets; give one entry per rule set." },
        { "an unknown instrument", Stage + ".citations.majority.instrument", "The instrument 'constitution-1999' is not defined in $.instruments." },
        { "an unknown body", Stage + ".body", "Unknown value 'parliament'. Expected one of: supremeCouncil, senate, mazhilis, kurultai, jointSitting." },
        { "a chamber the rule set does not have", Stage + ".body", "The rule set 'amendments-2007' has no Kurultai, so 'kurultai' cannot vote under it; its chambers are: Senate and Mazhilis." },
        { "a known majority without its citation", Stage + ".citations", "The required citation 'majority' is missing: a known majority must cite the instrument, the article (or null with a note) and the sources that state it." },
        { "an unknown majority without a note", Stage + ".majority", "The majority is null, so a 'note' on the stage must say why (for example that no source gives it)." },
        { "a fraction above one", Stage + ".majority", "A majority is a fraction from 1/d to d/d with whole numbers; 4/3 is not." },
        { "a numerator that is not a number", Stage + ".majority.numerator", "Expected an integer, found a string." },
        { "a missing readings property", Stage, "The required property 'readings' is missing." },
        { "a law subject on a no-confidence vote", "$.decisionRules[4].decisions[5].subjects[0]", "'budget' is not a subject of a noConfidence decision; this kind takes no subjects." },
        { "two general rules of one kind", "$.decisionRules[4].decisions[1]", "Decisions 0 and 1 are both Law for the general rule; each kind and subject may have one rule." },
        { "a rejection that returns to a later stage", "$.decisionRules[4].decisions[0].rejection.returnsTo", "A rejected bill returns to an earlier stage (0 to 0); found 1." },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void A_defect_is_rejected_with_its_path_and_reason(string defect, string path, string reason)
    {
        var act = () => LegislativeHistoryTests.Load(doc =>
        {
            var stage = FirstStage(doc);
            switch (defect)
            {
                case "an unknown property on a stage": stage["bogus"] = 1; break;
                case "an unknown rule set": Set(doc, 4)["ruleSet"] = "rules-1999"; break;
                case "two sets for one rule set": Set(doc, 4)["ruleSet"] = "amendments-1998"; break;
                case "an unknown instrument": stage["citations"]!["majority"]!["instrument"] = "constitution-1999"; break;
                case "an unknown body": stage["body"] = "parliament"; break;
                case "a chamber the rule set does not have": stage["body"] = "kurultai"; break;
                case "a known majority without its citation": stage["citations"]!.AsObject().Remove("majority"); break;
                case "an unknown majority without a note":
                    stage["majority"] = null;
                    stage["citations"]!.AsObject().Remove("majority");
                    stage.Remove("note");
                    break;
                case "a fraction above one": stage["majority"]!["numerator"] = 4; stage["majority"]!["denominator"] = 3; break;
                case "a numerator that is not a number": stage["majority"]!["numerator"] = "two"; break;
                case "a missing readings property": stage.Remove("readings"); break;
                case "a law subject on a no-confidence vote": Set(doc, 4)["decisions"]![5]!["subjects"] = new JsonArray("budget"); break;
                case "two general rules of one kind": Set(doc, 4)["decisions"]![1]!["kind"] = "law"; break;
                default: Set(doc, 4)["decisions"]![0]!["rejection"]!["returnsTo"] = 1; break;
            }
        });

        var ex = act.Should().Throw<LegislativeDataException>().Which;
        ex.JsonPath.Should().Be(path);
        ex.Reason.Should().Be(reason);
        ex.Message.Should().NotContainAny("Dto", "System.", "Parameter");
    }

    [Fact]
    public void A_dataset_without_decision_rules_loads_with_no_decisions()
    {
        var history = LegislativeHistoryTests.Load(doc => doc.Remove("decisionRules"));

        history.RulesOn(new LocalDate(2024, 1, 1)).Decisions.Should().BeEmpty();
        var act = () => history.RulesOn(new LocalDate(2024, 1, 1)).Decision(DecisionKind.Law);
        act.Should().Throw<InvalidOperationException>().WithMessage("*no decisions are recorded for these rules.");
    }

    [Fact]
    public void A_changed_majority_in_the_data_changes_the_answer_no_constant_in_code()
    {
        var history = LegislativeHistoryTests.Load(doc =>
        {
            var set = doc["decisionRules"]!.AsArray().Single(s => s!["ruleSet"]!.GetValue<string>() == "amendments-2022")!;
            var cl = set["decisions"]!.AsArray().Single(d => d!["kind"]!.GetValue<string>() == "constitutionalLaw")!;
            cl["stages"]![0]!["majority"]!["numerator"] = 3;
            cl["stages"]![0]!["majority"]!["denominator"] = 5;
        });

        var outcome = history.RulesOn(new LocalDate(2024, 1, 1)).Decision(DecisionKind.ConstitutionalLaw)
            .Decide([new ChamberVote(ChamberKind.Mazhilis, 59, 0, present: 70), new ChamberVote(ChamberKind.Senate, 30, 0, present: 40)]);

        outcome.Passed.Should().BeTrue();
        outcome.Stages.Select(s => s.RequiredYes).Should().Equal(30, 59);
    }
}

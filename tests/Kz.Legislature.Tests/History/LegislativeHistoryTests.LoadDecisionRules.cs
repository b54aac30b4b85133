using System.Text.Json.Nodes;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.History;

/// <summary>The loader's reasons for defects of $.decisionRules, each asserted with its exact JSON path and text.</summary>
public partial class LegislativeHistoryTests
{
    private const string DecisionSetPath = "$.decisionRules[4]";

    private static JsonObject DecisionOfSet(JsonObject doc, int decision) => doc["decisionRules"]![4]!["decisions"]![decision]!.AsObject();

    private static JsonObject StageOfSet(JsonObject doc, int decision) => DecisionOfSet(doc, decision)["stages"]![0]!.AsObject();

    private static LegislativeDataException DecisionRulesReject(Action<JsonObject> mutate)
    {
        var act = () => LegislativeHistoryTests.Load(mutate);
        return act.Should().Throw<LegislativeDataException>().Which;
    }

    public static TheoryData<string, string, string> DecisionRuleDefects() => new()
    {
        { "a counting on a single chamber", DecisionSetPath + ".decisions[0].stages[0].counting", "Only a joint sitting has a counting; remove it for a single chamber." },
        { "no readings", DecisionSetPath + ".decisions[2].stages[0].readings", "The number of readings is 1 or more (or null where unknown); found 0." },
        { "a quorum of those present", DecisionSetPath + ".decisions[2].stages[0].quorum.base", "A quorum is a fraction of the total number of deputies: its base must be 'totalDeputies'." },
        { "a citation of a null quorum", DecisionSetPath + ".decisions[0].stages[0].citations.quorum", "The quorum is null, so there is nothing to cite; remove this citation or give the value." },
        { "a known readings without its citation", DecisionSetPath + ".decisions[2].stages[0].citations", "The required citation 'readings' is missing: a known readings must cite the instrument, the article (or null with a note) and the sources that state it." },
        { "a known quorum without its citation", DecisionSetPath + ".decisions[2].stages[0].citations", "The required citation 'quorum' is missing: a known quorum must cite the instrument, the article (or null with a note) and the sources that state it." },
        { "a zero numerator", DecisionSetPath + ".decisions[0].stages[0].majority", "A majority is a fraction from 1/d to d/d with whole numbers; 0/2 is not." },
        { "a strict unanimity", DecisionSetPath + ".decisions[0].stages[0].majority.strict", "No count is more than the whole of its base; use strict: false for unanimity." },
        { "a decision without stages", DecisionSetPath + ".decisions[5].stages", "A decision has at least one stage." },
        { "a null stage", DecisionSetPath + ".decisions[5].stages[0]", "Expected an object, found null." },
        { "a null decision", DecisionSetPath + ".decisions[5]", "Expected an object, found null." },
        { "a null decision set", DecisionSetPath, "Expected an object, found null." },
        { "a null subject", DecisionSetPath + ".decisions[7].subjects[0]", "Expected a string, found null." },
        { "a subject listed twice", DecisionSetPath + ".decisions[7].subjects[4]", "The subject 'supremeCourt' is listed twice." },
        { "a rejection at the first stage", DecisionSetPath + ".decisions[0].rejection.stage", "The rejecting stage must be one of the decision's later stages (1 to 1); found 0." },
        { "a rejection after the last stage", DecisionSetPath + ".decisions[0].rejection.stage", "The rejecting stage must be one of the decision's later stages (1 to 1); found 2." },
    };

    [Theory]
    [MemberData(nameof(DecisionRuleDefects))]
    public void A_decision_rule_defect_is_rejected_with_its_exact_path_and_reason(string defect, string path, string reason)
    {
        var ex = DecisionRulesReject(doc =>
        {
            switch (defect)
            {
                case "a counting on a single chamber": StageOfSet(doc, 0)["counting"] = "eachChamber"; break;
                case "no readings": StageOfSet(doc, 2)["readings"] = 0; break;
                case "a quorum of those present": StageOfSet(doc, 2)["quorum"]!["base"] = "present"; break;
                case "a citation of a null quorum":
                    var citations = StageOfSet(doc, 0)["citations"]!.AsObject();
                    citations["quorum"] = citations["body"]!.DeepClone();
                    break;
                case "a known readings without its citation": StageOfSet(doc, 2)["citations"]!.AsObject().Remove("readings"); break;
                case "a known quorum without its citation": StageOfSet(doc, 2)["citations"]!.AsObject().Remove("quorum"); break;
                case "a zero numerator": StageOfSet(doc, 0)["majority"]!["numerator"] = 0; break;
                case "a strict unanimity": StageOfSet(doc, 0)["majority"]!["numerator"] = 2; break;
                case "a decision without stages": DecisionOfSet(doc, 5)["stages"] = new JsonArray(); break;
                case "a null stage": DecisionOfSet(doc, 5)["stages"]![0] = null; break;
                case "a null decision": doc["decisionRules"]![4]!["decisions"]![5] = null; break;
                case "a null decision set": doc["decisionRules"]![4] = null; break;
                case "a null subject": DecisionOfSet(doc, 7)["subjects"]![0] = null; break;
                case "a subject listed twice": DecisionOfSet(doc, 7)["subjects"]!.AsArray().Add("supremeCourt"); break;
                case "a rejection at the first stage": DecisionOfSet(doc, 0)["rejection"]!["stage"] = 0; break;
                default: DecisionOfSet(doc, 0)["rejection"]!["stage"] = 2; break;
            }
        });

        ex.JsonPath.Should().Be(path);
        ex.Reason.Should().Be(reason);
    }
}

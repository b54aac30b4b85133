using System.Text.Json.Nodes;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.History;

/// <summary>
/// Data that is well-formed JSON of the right types but inconsistent is rejected too, each case with its own reason and
/// the JSON path of the offending value: the loader never builds a history from contradictory data.
/// </summary>
public sealed partial class LegislativeHistoryTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "verified before coverage", "$.verifiedThrough", "verifiedThrough is before coverageStart." },
        { "unknown instrument", "$.ruleSets[0].instrument", "The instrument 'no-such-instrument' is not defined in $.instruments." },
        { "chamber twice", "$.ruleSets[3].chambers[1].chamber", "The chamber 'Senate' appears twice in one rule set." },
        { "bicameral with one chamber", "$.ruleSets[3].chambers", "A Bicameral legislature has 2 chamber(s), but 1 are given." },
        { "implausible seats", "$.ruleSets[3].chambers[0].seatPlan[1]", "A seat count above 10000 is not plausible for a chamber." },
        { "source twice", "$.ruleSets[3].chambers[0].seatPlan[1].source", "The seat source 'ElectedByMaslikhats' appears twice in one seat plan." },
        { "fractional quota", "minimumPercent", "A quota percentage is a whole number." },
        { "no rule sets", "$.ruleSets", "At least one rule set is required." },
        { "first rule set late", "$.ruleSets[0].validFrom", "The first rule set must start on coverageStart (1990-03-25)." },
        { "open-ended in the middle", "$.ruleSets[0]", "Only the last rule set may be open-ended." },
        { "convocation zero", "$.convocations[0].number", "A convocation number is positive." },
        { "unknown convocation", "$.sittings[0].convocation", "The convocation 'no-such-convocation' is not defined in $.convocations." },
        { "held-to seat plan", "$.sittings[0].heldToSeatPlan", "'heldToSeatPlan' is reserved and must be null." },
        { "unknown party", "party", "The party 'no-such-party' is not defined in $.parties." },
        { "unknown related id", "$.events[0].related[0]", "The related id 'no-such-id' is not defined anywhere in the dataset." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void inconsistent_data_is_rejected_with_its_reason_and_path(string @case, string path, string reason)
    {
        var doc = LegislativeHistoryTests.Document();
        Break(doc, @case);

        var act = () => LegislativeHistoryTests.Load(doc);

        var ex = act.Should().Throw<LegislativeDataException>().Which;
        ex.Reason.Should().Be(reason);
        ex.FileName.Should().Be("custom.json");
        if (path.StartsWith('$'))
        {
            ex.JsonPath.Should().Be(path);
        }
        else
        {
            ex.JsonPath.Should().EndWith(path);
        }
    }

    internal static void Break(JsonObject d, string @case)
    {
        var ruleSets = d["ruleSets"]!.AsArray();
        var bicameral = ruleSets[3]!["chambers"]!.AsArray();
        switch (@case)
        {
            case "verified before coverage":
                d["verifiedThrough"] = "1990-01-01";
                break;
            case "unknown instrument":
                ruleSets[0]!["instrument"] = "no-such-instrument";
                break;
            case "chamber twice":
                bicameral[1]!["chamber"] = "senate";
                break;
            case "bicameral with one chamber":
                bicameral.RemoveAt(1);
                break;
            case "implausible seats":
                bicameral[0]!["seatPlan"]![1]!["seats"] = 20000;
                break;
            case "source twice":
                bicameral[0]!["seatPlan"]![1]!["source"] = "electedByMaslikhats";
                bicameral[0]!["seatPlan"]![1]!.AsObject().Remove("seats");
                bicameral[0]!["seatPlan"]![1]!["perRegion"] = 1;
                break;
            case "fractional quota":
                var quota = ruleSets.SelectMany(r => r!["chambers"] is JsonArray cs ? cs : []).First(c => c!["listQuota"] is JsonObject)!["listQuota"]!;
                quota["minimumPercent"] = "30.5";
                break;
            case "no rule sets":
                ruleSets.Clear();
                break;
            case "first rule set late":
                ruleSets[0]!["validFrom"] = "1990-03-26";
                break;
            case "open-ended in the middle":
                ruleSets[0]!["validUntil"] = null;
                break;
            case "convocation zero":
                d["convocations"]![0]!["number"] = 0;
                break;
            case "unknown convocation":
                d["sittings"]![0]!["convocation"] = "no-such-convocation";
                break;
            case "held-to seat plan":
                d["sittings"]![0]!["heldToSeatPlan"] = new JsonObject();
                break;
            case "unknown party":
                d["elections"]!.AsArray().First(e => e!["results"]!.AsArray().Count > 0)!["results"]![0]!["party"] = "no-such-party";
                break;
            case "unknown related id":
                d["events"]![0]!["related"] = new JsonArray("no-such-id");
                break;
        }
    }
}

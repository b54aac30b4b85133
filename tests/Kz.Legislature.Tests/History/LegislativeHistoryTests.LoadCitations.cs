using System.Text.Json.Nodes;
using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

/// <summary>
/// Every legal value in a rule set carries its own citation, and the loader rejects a value without one, naming the JSON
/// path and what would be accepted.
/// </summary>
public sealed partial class LegislativeHistoryTests
{
    /// <summary>Where a citation is removed, and the path and words of the error.</summary>
    public static TheoryData<string, string, string> Missing => new()
    {
        { "seat allotment", "$.ruleSets[2].chambers[0].seatPlan[1]", "'citation' is missing: the AppointedByPresident seats must cite" },
        { "term", "$.ruleSets[3].chambers[0].citations", "'termYears' is missing: the term of office must cite" },
        { "renewal", "$.ruleSets[3].chambers[0].citations", "'renewal' is missing: the renewal rule must cite" },
        { "minimum age", "$.ruleSets[5].chambers[1].eligibility.citations", "'minimumAge' is missing: the eligibility value 'minimumAge' must cite" },
        { "existence", "$.ruleSets[6].chambers[0].citations", "'chamber' is missing: the chamber's existence must cite" },
        { "form", "$.ruleSets[6].citations", "'form' is missing: the form of the legislature (which chambers exist) must cite" },
        { "threshold", "$.ruleSets[5].chambers[1].electoralSystems[0].citations", "'thresholdPercent' is missing" },
        { "list quota", "$.ruleSets[5].chambers[1].listQuota", "'citation' is missing: the list quota (the law that set it) must cite" },
        { "incompatibility", "$.ruleSets[2].chambers[0].incompatibilities[4]", "'citation' is missing: this incompatibility must cite" },
    };

    /// <summary>A legal value without a citation is rejected at its path.</summary>
    [Theory]
    [MemberData(nameof(Missing))]
    public void a_legal_value_without_a_citation_is_rejected_with_its_path(string @case, string path, string words)
    {
        var ex = LoadCitationsReject(doc => Remove(doc, @case));

        ex.JsonPath.Should().Be(path);
        ex.FileName.Should().Be("custom.json");
        ex.Reason.Should().Contain(words);
        ex.Message.Should().NotContain("Nullable").And.NotContain("(Parameter");
    }

    /// <summary>A null article needs a note saying why.</summary>
    [Fact]
    public void a_null_article_without_a_note_is_rejected()
    {
        var ex = LoadCitationsReject(doc =>
        {
            var c = Chamber(doc, 2, 0)["citations"]!["termYears"]!.AsObject();
            c.Remove("note");
            c["article"] = null;
        });

        ex.JsonPath.Should().Be("$.ruleSets[2].chambers[0].citations.termYears.article");
        ex.Reason.Should().Contain("a 'note' must say why");
    }

    /// <summary>A citation names an instrument of the dataset, and cites only a value that is given.</summary>
    [Fact]
    public void a_citation_names_a_defined_instrument_and_a_given_value()
    {
        LoadCitationsReject(doc => Chamber(doc, 5, 0)["seatPlan"]![0]!["citation"]!["instrument"] = "no-such-law")
            .Reason.Should().Be("The instrument 'no-such-law' is not defined in $.instruments.");

        var stray = LoadCitationsReject(doc => Chamber(doc, 6, 0)["citations"]!["renewal"] = Chamber(doc, 6, 0)["citations"]!["termYears"]!.DeepClone());
        stray.JsonPath.Should().Be("$.ruleSets[6].chambers[0].citations.renewal");
        stray.Reason.Should().Contain("nothing to cite");
    }

    /// <summary>An incompatibility is an object with its citation; a bare string is rejected with what to write instead.</summary>
    [Fact]
    public void an_incompatibility_must_be_an_object_with_a_citation()
    {
        var ex = LoadCitationsReject(doc => Chamber(doc, 2, 0)["incompatibilities"]![0] = "A deputy may not engage in business activity.");

        ex.JsonPath.Should().Be("$.ruleSets[2].chambers[0].incompatibilities[0]");
        ex.Reason.Should().Contain("'text', an optional 'kind' and a 'citation'");
    }

    /// <summary>A quota group the library does not know is rejected, naming the groups allowed.</summary>
    [Fact]
    public void an_unknown_quota_group_is_rejected()
    {
        var ex = LoadCitationsReject(doc => Chamber(doc, 5, 1)["listQuota"]!["groups"]![1] = "veterans");

        ex.JsonPath.Should().Be("$.ruleSets[5].chambers[1].listQuota.groups[1]");
        ex.Reason.Should().Be("Unknown quota group 'veterans'. Allowed: women, youth, disabilities.");
    }

    /// <summary>The optional verifiedOn and confidence of a citation are read; a citation without confidence takes its value's.</summary>
    [Fact]
    public void verified_on_and_confidence_are_read_and_inherited()
    {
        var history = SessionHistory.Current;
        var mazhilis2023 = history.RulesOn(new LocalDate(2023, 3, 19)).Chamber(ChamberKind.Mazhilis);
        var method = mazhilis2023.CitationFor(RuleAspect.Method)!;
        method.Article.Should().Be("Art. 97-1");
        method.VerifiedOn.Should().Be(new LocalDate(2026, 12, 1));
        method.Confidence.Should().Be(mazhilis2023.PartyListSystem!.Provenance.Confidence);
        mazhilis2023.CitationFor(RuleAspect.ThresholdBase)!.Confidence.Should().Be(Confidence.Low);
        mazhilis2023.CitationFor(RuleAspect.RunnerUpAdmission).Should().BeNull("the runner-up rule of 2022 is unknown, so nothing states it");
    }

    private static void Remove(JsonObject doc, string @case)
    {
        switch (@case)
        {
            case "seat allotment": Chamber(doc, 2, 0)["seatPlan"]![1]!.AsObject().Remove("citation"); break;
            case "term": Chamber(doc, 3, 0)["citations"]!.AsObject().Remove("termYears"); break;
            case "renewal": Chamber(doc, 3, 0)["citations"]!.AsObject().Remove("renewal"); break;
            case "minimum age": Chamber(doc, 5, 1)["eligibility"]!["citations"]!.AsObject().Remove("minimumAge"); break;
            case "existence": Chamber(doc, 6, 0)["citations"]!.AsObject().Remove("chamber"); break;
            case "form": doc["ruleSets"]![6]!["citations"]!.AsObject().Remove("form"); break;
            case "threshold": Chamber(doc, 5, 1)["electoralSystems"]![0]!["citations"]!.AsObject().Remove("thresholdPercent"); break;
            case "list quota": Chamber(doc, 5, 1)["listQuota"]!.AsObject().Remove("citation"); break;
            default: Chamber(doc, 2, 0)["incompatibilities"]![4]!.AsObject().Remove("citation"); break;
        }
    }

    private static JsonObject Chamber(JsonObject doc, int ruleSet, int chamber) => doc["ruleSets"]![ruleSet]!["chambers"]![chamber]!.AsObject();

    private static LegislativeDataException LoadCitationsReject(Action<JsonObject> change)
    {
        var act = () => LegislativeHistoryTests.Load(change);
        return act.Should().Throw<LegislativeDataException>().Which;
    }
}

using System.Text.Json.Nodes;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.History;

/// <summary>
/// Every kind of object in the dataset accepts only its own properties: a misspelt or invented property anywhere is
/// rejected with its JSON path and the exact list of the properties allowed at that place.
/// </summary>
public sealed partial class LegislativeHistoryTests
{
    public static TheoryData<string, string, string> LoadUnknownPropertiesCases => new()
    {
        { "root", "$.bogus", "$schema, dataVersion, coverageStart, verifiedThrough, parties, regions, instruments, ruleSets, sittings, convocations, elections, events, people, offices, compositions, decisionRules" },
        { "source", "$.parties[0].sources[0].bogus", "url, title" },
        { "names", "$.parties[0].names.bogus", "en, ru, kk, kkLatn, alternatives" },
        { "party", "$.parties[0].bogus", "id, names, wikidata, validFrom, validUntil, formerNames, sources, confidence, note" },
        { "former party name", "$.parties[0].formerNames[0].bogus", "names, until, sources, confidence, note" },
        { "region", "$.regions[0].bogus", "id, ocdId, wikidata, validFrom, validUntil, kinds, names, sources, confidence, note" },
        { "region kind", "$.regions[0].kinds[0].bogus", "kind, validFrom, validUntil" },
        { "region name", "$.regions[0].names[0].bogus", "names, validFrom, validUntil" },
        { "instrument", "$.instruments[0].bogus", "id, kind, names, number, adoptedOn, signedOn, inForceFrom, inForceFromAlternatives, legislativeChanges, referendum, sources, confidence, note" },
        { "referendum", "$.instruments[5].referendum.bogus", "heldOn, registeredVoters, ballotsCast, turnoutPercent, yesVotes, yesPercent, noVotes, invalidVotes, approved, alternatives" },
        { "rule set", "$.ruleSets[0].bogus", "id, instrument, validFrom, validUntil, form, chambers, citations, sources, confidence, note" },
        { "chamber rules", "$.ruleSets[0].chambers[0].bogus", "chamber, seatPlan, seatCountBasis, termYears, renewal, eligibility, incompatibilities, electoralSystems, listQuota, citations, sources, confidence, note" },
        { "seat plan", "$.ruleSets[0].chambers[0].seatPlan[0].bogus", "source, seats, perRegion, citation, note" },
        { "renewal", "$.ruleSets[2].chambers[0].renewal.bogus", "fractionNumerator, fractionDenominator, everyYears, source" },
        { "eligibility", "$.ruleSets[2].chambers[0].eligibility.bogus", "minimumAge, residenceYears, regionResidenceYears, higherEducation, workExperienceYears, citizenship, citations" },
        { "electoral system", "$.ruleSets[3].chambers[1].electoralSystems[0].bogus", "source, validFrom, validUntil, thresholdPercent, thresholdBase, method, runnerUpAdmission, tiePolicy, citations, sources, confidence, note" },
        { "list quota", "$.ruleSets[4].chambers[1].listQuota.bogus", "validFrom, validUntil, minimumPercent, groups, youthMaximumAge, appliesToSeats, citation, sources, confidence, note" },
        { "convocation", "$.convocations[0].bogus", "id, body, number, firstSitting, firstSittingAlternatives, until, untilAlternatives, electedOn, sources, confidence, note" },
        { "sitting", "$.sittings[0].bogus", "id, chamber, convocation, from, fromAlternatives, fromBasis, until, untilAlternatives, endReason, heldToRuleSet, heldToSeatPlan, sources, confidence, note" },
        { "election", "$.elections[0].bogus", "id, chamber, kind, dates, regions, seatsContested, turnoutPercent, results, againstAllPercent, listOrAgainstAllVotes, againstAllVotes, ballotsReceived, registeredVoters, sources, confidence, note" },
        { "result", "$.elections[1].results[0].bogus", "party, label, voteSharePercent, votes, seats, listSeats, districtSeats, note" },
        { "event", "$.events[0].bogus", "id, date, kind, names, related, sources, confidence, note" },
        { "person", "$.people[0].bogus", "id, names, wikidata, birthDate, sources, confidence, note" },
        { "person names", "$.people[0].names.bogus", "en, ru, kk, kkLatn, alternatives" },
        { "person source", "$.people[0].sources[0].bogus", "url, title" },
        { "office", "$.offices[0].bogus", "id, person, chamber, role, from, fromBasis, until, endReason, accession, sources, confidence, note" },
        { "accession", "$.offices[0].accession.bogus", "method, nominatedBy, ballotsIssued, votesFor, votesAgainst, citation, note" },
        { "office citation", "$.offices[0].accession.citation.bogus", "instrument, article, sources, confidence, verifiedOn, note" },
        { "decision set", "$.decisionRules[4].bogus", "ruleSet, decisions, sources, confidence, note" },
        { "decision", "$.decisionRules[4].decisions[0].bogus", "kind, subjects, stages, rejection, note" },
        { "stage", "$.decisionRules[4].decisions[0].stages[0].bogus", "body, counting, majority, quorum, readings, citations, note" },
        { "majority", "$.decisionRules[4].decisions[0].stages[0].majority.bogus", "numerator, denominator, strict, base" },
        { "stage citations", "$.decisionRules[4].decisions[0].stages[0].citations.bogus", "body, majority, quorum, readings" },
        { "stage citation", "$.decisionRules[4].decisions[0].stages[0].citations.body.bogus", "instrument, article, sources, confidence, verifiedOn, note" },
        { "rejection", "$.decisionRules[4].decisions[0].rejection.bogus", "stage, returnsTo, reapproval, citation, note" },
        { "reapproval", "$.decisionRules[4].decisions[0].rejection.reapproval.bogus", "numerator, denominator, strict, base" },
        { "composition", "$.compositions[0].bogus", "sitting, seats, vacantSeats, sources, confidence, note" },
        { "composition row", "$.compositions[0].seats[0].bogus", "holder, party, label, source, seats, election, note" },
        { "composition source", "$.compositions[0].sources[0].bogus", "url, title" },
    };

    /// <summary>An invented property is rejected at its own path, listing exactly what is allowed there.</summary>
    [Theory]
    [MemberData(nameof(LoadUnknownPropertiesCases))]
    public void an_unknown_property_is_rejected_with_its_path_and_the_allowed_names(string @case, string path, string allowed)
    {
        var doc = LegislativeHistoryTests.Document();
        Target(doc, @case)["bogus"] = 1;

        var act = () => LegislativeHistoryTests.Load(doc);

        var ex = act.Should().Throw<LegislativeDataException>().Which;
        ex.JsonPath.Should().Be(path);
        ex.Reason.Should().Be($"Unknown property 'bogus'. Allowed here: {allowed}.");
    }

    /// <summary>Every allowed property really is accepted: optional notes on a seat-plan entry, wikidata on a party and a region.</summary>
    [Fact]
    public void the_allowed_optional_properties_are_accepted()
    {
        var doc = LegislativeHistoryTests.Document();
        doc["$schema"] = "kazakhstan.schema.json";
        doc["ruleSets"]![0]!["chambers"]![0]!["seatPlan"]![0]!["note"] = "a note";
        // Illustrative identifiers: only their shape is checked.
        doc["parties"]![0]!["wikidata"] = "Q1044226";
        doc["regions"]![0]!["wikidata"] = "Q169047";
        doc["elections"]![1]!["results"]![0]!["note"] = "a note";

        var history = LegislativeHistoryTests.Load(doc);

        history.Parties[0].WikidataId.Should().Be("Q1044226");
        history.Regions[0].WikidataId.Should().Be("Q169047");
    }

    internal static JsonObject Target(JsonObject d, string @case) => @case switch
    {
        "root" => d,
        "source" => d["parties"]![0]!["sources"]![0]!.AsObject(),
        "names" => d["parties"]![0]!["names"]!.AsObject(),
        "party" => d["parties"]![0]!.AsObject(),
        "former party name" => d["parties"]![0]!["formerNames"]![0]!.AsObject(),
        "region" => d["regions"]![0]!.AsObject(),
        "region kind" => d["regions"]![0]!["kinds"]![0]!.AsObject(),
        "region name" => d["regions"]![0]!["names"]![0]!.AsObject(),
        "instrument" => d["instruments"]![0]!.AsObject(),
        "referendum" => d["instruments"]![5]!["referendum"]!.AsObject(),
        "rule set" => d["ruleSets"]![0]!.AsObject(),
        "chamber rules" => d["ruleSets"]![0]!["chambers"]![0]!.AsObject(),
        "seat plan" => d["ruleSets"]![0]!["chambers"]![0]!["seatPlan"]![0]!.AsObject(),
        "renewal" => d["ruleSets"]![2]!["chambers"]![0]!["renewal"]!.AsObject(),
        "eligibility" => d["ruleSets"]![2]!["chambers"]![0]!["eligibility"]!.AsObject(),
        "electoral system" => d["ruleSets"]![3]!["chambers"]![1]!["electoralSystems"]![0]!.AsObject(),
        "list quota" => d["ruleSets"]![4]!["chambers"]![1]!["listQuota"]!.AsObject(),
        "convocation" => d["convocations"]![0]!.AsObject(),
        "sitting" => d["sittings"]![0]!.AsObject(),
        "election" => d["elections"]![0]!.AsObject(),
        "result" => d["elections"]![1]!["results"]![0]!.AsObject(),
        "event" => d["events"]![0]!.AsObject(),
        "person" => d["people"]![0]!.AsObject(),
        "person names" => d["people"]![0]!["names"]!.AsObject(),
        "person source" => d["people"]![0]!["sources"]![0]!.AsObject(),
        "office" => d["offices"]![0]!.AsObject(),
        "accession" => d["offices"]![0]!["accession"]!.AsObject(),
        "office citation" => d["offices"]![0]!["accession"]!["citation"]!.AsObject(),
        "decision set" => d["decisionRules"]![4]!.AsObject(),
        "decision" => d["decisionRules"]![4]!["decisions"]![0]!.AsObject(),
        "stage" => d["decisionRules"]![4]!["decisions"]![0]!["stages"]![0]!.AsObject(),
        "majority" => d["decisionRules"]![4]!["decisions"]![0]!["stages"]![0]!["majority"]!.AsObject(),
        "stage citations" => d["decisionRules"]![4]!["decisions"]![0]!["stages"]![0]!["citations"]!.AsObject(),
        "stage citation" => d["decisionRules"]![4]!["decisions"]![0]!["stages"]![0]!["citations"]!["body"]!.AsObject(),
        "rejection" => d["decisionRules"]![4]!["decisions"]![0]!["rejection"]!.AsObject(),
        "reapproval" => d["decisionRules"]![4]!["decisions"]![0]!["rejection"]!["reapproval"]!.AsObject(),
        "composition" => d["compositions"]![0]!.AsObject(),
        "composition row" => d["compositions"]![0]!["seats"]![0]!.AsObject(),
        "composition source" => d["compositions"]![0]!["sources"]![0]!.AsObject(),
        _ => throw new ArgumentOutOfRangeException(nameof(@case), @case, "Unknown case."),
    };
}

using System.Text.Json.Nodes;
using Kz.Legislature.History;
using Kz.Legislature.Procedure;

namespace Kz.Legislature.Tests.History;

/// <summary>
/// More of the loader's checks, each with its exact path and reason: required values given as null, null items of lists,
/// citations and their articles, the order of rule sets, sittings, compositions, decisions and presiding terms.
/// </summary>
public partial class LegislativeHistoryTests
{
    private static LegislativeDataException LoadChecksReject(Action<JsonObject> change)
    {
        var act = () => Load(change);
        return act.Should().Throw<LegislativeDataException>().Which;
    }

    private static JsonObject LoadChecksCitation(JsonObject d) => Chamber(d, 2, 0)["citations"]!["termYears"]!.AsObject();

    private static JsonObject LoadChecksOffice(JsonObject d, string id) => d["offices"]!.AsArray().Single(o => o!["id"]!.GetValue<string>() == id)!.AsObject();

    /// <summary>A made-up person, with the sources of the first person of the dataset.</summary>
    private static JsonObject LoadChecksPerson(JsonObject d, string id, string? wikidata)
    {
        var person = d["people"]![0]!.DeepClone().AsObject();
        person["id"] = id;
        person["names"] = new JsonObject { ["en"] = "Synthetic Person" };
        person["wikidata"] = wikidata;
        d["people"]!.AsArray().Add(person);
        return person;
    }

    public static TheoryData<string, string, string> RequiredNulls => new()
    {
        { "coverageStart", "$.coverageStart", "Expected an ISO date (yyyy-MM-dd), found null." },
        { "referendum approved", "$.instruments[5].referendum.approved", "Expected true or false, found null." },
        { "renewal numerator", "$.ruleSets[3].chambers[0].renewal.fractionNumerator", "Expected an integer, found null." },
        { "renewal interval", "$.ruleSets[3].chambers[0].renewal.everyYears", "Expected a number that is not negative, found null." },
        { "quota percent", "$.ruleSets[5].chambers[1].listQuota.minimumPercent", "Expected a percentage as a decimal string, found null." },
        { "party confidence", "$.parties[0].confidence", "Expected one of: high, medium, low, found null." },
    };

    /// <summary>A required value given as null is refused at its path, naming what its converter accepts.</summary>
    [Theory]
    [MemberData(nameof(RequiredNulls))]
    public void a_required_value_given_as_null_names_what_is_expected(string @case, string path, string reason)
    {
        var ex = LoadChecksReject(d =>
        {
            switch (@case)
            {
                case "coverageStart": d["coverageStart"] = null; break;
                case "referendum approved": d["instruments"]![5]!["referendum"]!["approved"] = null; break;
                case "renewal numerator": Chamber(d, 3, 0)["renewal"]!["fractionNumerator"] = null; break;
                case "renewal interval": Chamber(d, 3, 0)["renewal"]!["everyYears"] = null; break;
                case "quota percent": Chamber(d, 5, 1)["listQuota"]!["minimumPercent"] = null; break;
                default: d["parties"]![0]!["confidence"] = null; break;
            }
        });

        ex.JsonPath.Should().Be(path);
        ex.Reason.Should().Be(reason);
    }

    public static TheoryData<string, string, string> NullItems => new()
    {
        { "election result", "$.elections[1].results[0]", "Expected an object, found null." },
        { "region kind", "$.regions[0].kinds[0]", "Expected an object, found null." },
        { "related id", "$.events[0].related[0]", "Expected a string, found null." },
        { "party alternative name", "$.parties[0].names.alternatives[0]", "Expected a string, found null." },
        { "region alternative name", "$.regions[0].names[0].names.alternatives[0]", "Expected a string, found null." },
        { "instrument alternative name", "$.instruments[0].names.alternatives[0]", "Expected a string, found null." },
    };

    /// <summary>A null item of a list of objects or strings is refused at its index.</summary>
    [Theory]
    [MemberData(nameof(NullItems))]
    public void a_null_item_of_a_list_is_refused_at_its_index(string @case, string path, string reason)
    {
        var ex = LoadChecksReject(d =>
        {
            switch (@case)
            {
                case "election result": d["elections"]![1]!["results"]![0] = null; break;
                case "region kind": d["regions"]![0]!["kinds"]![0] = null; break;
                case "related id": d["events"]![0]!["related"] = new JsonArray((JsonNode?)null); break;
                case "party alternative name": d["parties"]![0]!["names"]!["alternatives"]![0] = null; break;
                case "region alternative name": d["regions"]![0]!["names"]![0]!["names"]!["alternatives"]![0] = null; break;
                default: d["instruments"]![0]!["names"]!["alternatives"]![0] = null; break;
            }
        });

        ex.Problems[0].Should().Be(new DataProblem(path, reason));
    }

    [Fact]
    public void known_eligibility_values_without_citations_are_refused_at_the_eligibility()
    {
        var ex = LoadChecksReject(d => Chamber(d, 5, 1)["eligibility"]!.AsObject().Remove("citations"));

        ex.Problems.Should().Equal(new DataProblem(
            "$.ruleSets[5].chambers[1].eligibility",
            "The required property 'citations' is missing: each eligibility value must cite the instrument, the article (or null with a note) and the sources that state it."));
    }

    [Fact]
    public void eligibility_citations_without_any_value_are_refused_as_stray()
    {
        var ex = LoadChecksReject(d =>
        {
            var eligibility = Chamber(d, 5, 1)["eligibility"]!.AsObject();
            Chamber(d, 5, 1)["eligibility"] = new JsonObject { ["citations"] = eligibility["citations"]!.DeepClone() };
        });

        ex.Problems.Should().Equal(new DataProblem("$.ruleSets[5].chambers[1].eligibility.citations", "Every eligibility value is null, so there is nothing to cite; remove 'citations'."));
    }

    public static TheoryData<string, string, string> BadArticles => new()
    {
        { "missing", "$.ruleSets[2].chambers[0].citations.termYears", "The required property 'article' is missing." },
        { "blank", "$.ruleSets[2].chambers[0].citations.termYears.article", "Expected a non-empty string." },
        { "number", "$.ruleSets[2].chambers[0].citations.termYears.article", "Expected a string or null, found a number." },
        { "no sources", "$.ruleSets[2].chambers[0].citations.termYears.sources", "At least one source is required: no fact without a source." },
    };

    /// <summary>A citation gives its article as a non-empty string (or null with a note) and at least one source.</summary>
    [Theory]
    [MemberData(nameof(BadArticles))]
    public void a_citation_s_article_and_sources_are_checked(string @case, string path, string reason)
    {
        var ex = LoadChecksReject(d =>
        {
            var citation = LoadChecksCitation(d);
            switch (@case)
            {
                case "missing": citation.Remove("article"); break;
                case "blank": citation["article"] = " "; break;
                case "number": citation["article"] = 5; break;
                default: citation["sources"] = new JsonArray(); break;
            }
        });

        ex.Problems.Should().Equal(new DataProblem(path, reason));
    }

    [Fact]
    public void rule_sets_out_of_order_are_reported_once_against_their_predecessor()
    {
        // The 2007 amendments moved before the 1998 amendments.
        var ex = LoadChecksReject(d =>
        {
            var ruleSets = d["ruleSets"]!.AsArray();
            var amendments2007 = ruleSets[4]!;
            ruleSets.RemoveAt(4);
            ruleSets.Insert(3, amendments2007);
        });

        ex.Problems.Where(p => p.JsonPath.StartsWith("$.ruleSets", StringComparison.Ordinal))
            .Should().Equal(new DataProblem("$.ruleSets[4].validFrom", "Rule sets must be sorted by validFrom: 1998-10-07 comes after 2007-05-21."));
    }

    [Fact]
    public void a_sitting_whose_period_is_reversed_is_reported_once()
    {
        var ex = LoadChecksReject(d => d["sittings"]![13]!["until"] = "2023-01-01");

        ex.Problems.Where(p => p.JsonPath.StartsWith("$.sittings[13]", StringComparison.Ordinal)).Should().Equal(
            new DataProblem("$.sittings[13].until", "The period ends (2023-01-01) on or before it starts (2023-01-24); periods are half-open [from, until)."));
    }

    [Fact]
    public void a_sitting_that_overlaps_two_earlier_ones_is_reported_once_against_the_first()
    {
        var ex = LoadChecksReject(d => d["sittings"]![13]!["from"] = "2000-01-01");

        ex.Problems.Where(p => p.JsonPath == "$.sittings[13].from").Should().Equal(
            new DataProblem("$.sittings[13].from", "This Senate sitting [2000-01-01, 2026-07-01) overlaps 'senate-1999-2007' [1999-09-17, 2007-05-21)."));
    }

    [Fact]
    public void a_refused_composition_row_is_not_also_checked_against_the_election()
    {
        var ex = LoadChecksReject(d => CompositionRowsOf(d, "mazhilis-viii")[0]!["seats"] = 0);

        ex.Problems.Should().Equal(new DataProblem(CompositionPathOf("mazhilis-viii") + ".seats[0].seats", "seats must be 1 or more, found 0; leave out a row with no seats."));
    }

    [Fact]
    public void a_general_rule_and_a_rule_for_subjects_of_the_same_kind_do_not_clash()
    {
        // A made-up general consent rule beside the 2022 amendments' consent rules for named offices.
        var history = Load(d =>
        {
            var decisions = d["decisionRules"]![5]!["decisions"]!.AsArray();
            var general = decisions[6]!.DeepClone();
            general["subjects"] = new JsonArray();
            decisions.Add(general);
        });

        var rules = history.RulesOn(new LocalDate(2024, 1, 1));
        rules.TryGetDecision(DecisionKind.ConsentToAppointment)!.Subjects.Should().BeEmpty();
        rules.TryGetDecision(DecisionKind.ConsentToAppointment, DecisionSubject.PrimeMinister)!.Subjects.Should().Equal(DecisionSubject.PrimeMinister);
    }

    [Fact]
    public void two_rules_of_one_kind_sharing_subjects_name_the_subjects_they_share()
    {
        var ex = LoadChecksReject(d =>
        {
            var subjects = d["decisionRules"]![5]!["decisions"]![6]!["subjects"]!.AsArray();
            subjects.Add("prosecutorGeneral");
            subjects.Add("supremeCourt");
        });

        ex.Problems.Should().Equal(new DataProblem(
            "$.decisionRules[5].decisions[7]",
            "Decisions 6 and 7 are both ConsentToAppointment for ProsecutorGeneral, SupremeCourt; each kind and subject may have one rule."));
    }

    [Fact]
    public void a_stage_s_body_citation_is_checked_at_its_own_path()
    {
        var ex = LoadChecksReject(d => d["decisionRules"]![4]!["decisions"]![0]!["stages"]![0]!["citations"]!["body"]!["instrument"] = "no-such-law");

        ex.Problems.Should().Equal(new DataProblem("$.decisionRules[4].decisions[0].stages[0].citations.body.instrument", "The instrument 'no-such-law' is not defined in $.instruments."));
    }

    [Fact]
    public void a_wikidata_id_may_hold_any_digit()
    {
        var history = Load(d => LoadChecksPerson(d, "synthetic-person", "Q19"));

        history.People.Single(p => p.Id == "synthetic-person").WikidataId.Should().Be("Q19");
    }

    [Fact]
    public void a_presiding_term_that_ended_before_the_coverage_is_kept_unchecked()
    {
        // A made-up chair of the Supreme Council whose term ends before the history starts, where no sitting is recorded.
        var history = Load(d =>
        {
            LoadChecksPerson(d, "synthetic-person", null);
            var term = d["offices"]![0]!.DeepClone().AsObject();
            term["id"] = "synthetic-chair-1989";
            term["person"] = "synthetic-person";
            term["from"] = "1989-01-01";
            term["until"] = "1990-02-22";
            d["offices"]!.AsArray().Insert(0, term);
        });

        var chair = history.Offices.Single(o => o.Id == "synthetic-chair-1989");
        chair.Term.Should().Be(new Term(new LocalDate(1989, 1, 1), new LocalDate(1990, 2, 22)));
        history.ChairOn(ChamberKind.SupremeCouncil, new LocalDate(1989, 6, 1)).Should().BeSameAs(chair);
    }

    [Fact]
    public void a_presiding_term_that_starts_on_a_day_the_chamber_did_not_sit_is_refused_at_its_start()
    {
        // Izmukhambetov's term moved to 20 Mar 2016, the election day, five days before the VI Mazhilis first sat.
        var index = Document()["offices"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()).ToList().IndexOf("chair-mazhilis-2016-izmukhambetov");
        var ex = LoadChecksReject(d => LoadChecksOffice(d, "chair-mazhilis-2016-izmukhambetov")["from"] = "2016-03-20");

        ex.Problems.Should().Equal(new DataProblem(
            $"$.offices[{index}].from",
            "The Mazhilis did not sit on 2016-03-20 (no entry of $.sittings covers it), but this Chair term [2016-03-20, 2016-06-22) includes that day; a presiding officer holds office only while the chamber sits."));
    }

    [Fact]
    public void a_list_given_as_a_string_inside_a_one_object_list_quota_names_the_list()
    {
        var ex = LoadChecksReject(d => Chamber(d, 5, 1)["listQuota"]!["groups"] = "women");

        ex.JsonPath.Should().Be("$.ruleSets[5].chambers[1].listQuota.groups");
        ex.Reason.Should().Be("Expected an array, found a string.");
    }
}

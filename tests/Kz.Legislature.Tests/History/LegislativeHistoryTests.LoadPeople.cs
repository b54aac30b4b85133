using System.Text;
using System.Text.Json.Nodes;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.History;

/// <summary>The loader rejects bad "people" and "offices" data with the file, the JSON path and what would be accepted.</summary>
public partial class LegislativeHistoryTests
{
    private static LegislativeDataException LoadPeopleReject(Action<JsonObject> mutate)
    {
        var doc = LegislativeHistoryTests.Document();
        mutate(doc);
        var act = () => LegislativeHistory.Load(new MemoryStream(Encoding.UTF8.GetBytes(doc.ToJsonString())), "custom.json");
        var ex = act.Should().Throw<LegislativeDataException>().Which;
        ex.FileName.Should().Be("custom.json");
        ex.Reason.Should().NotContain("Kz.Legislature").And.NotContain("System.").And.NotContain("Dto").And.NotContain("`1");
        return ex;
    }

    private static JsonObject Office(JsonObject doc, string id) =>
        doc["offices"]!.AsArray().Single(o => o!["id"]!.GetValue<string>() == id)!.AsObject();

    private static int IndexOf(JsonObject doc, string section, string id) =>
        doc[section]!.AsArray().Select((o, i) => (o, i)).Single(x => x.o!["id"]!.GetValue<string>() == id).i;

    [Fact]
    public void A_dataset_without_people_and_offices_loads_with_none()
    {
        var doc = LegislativeHistoryTests.Document();
        doc.Remove("people");
        doc.Remove("offices");
        var history = LegislativeHistoryTests.Load(doc);
        history.People.Should().BeEmpty();
        history.Offices.Should().BeEmpty();
        var status = history.ChairStatusOn(ChamberKind.Senate, new LocalDate(2010, 1, 1));
        status.Reason.Should().Be(NoChairReason.Unknown);
        history.SittingOn(new LocalDate(2010, 1, 1)).Chamber(ChamberKind.Senate)!.Chair.Should().BeNull();
    }

    [Fact]
    public void An_office_of_an_undefined_person_is_rejected()
    {
        var ex = LoadPeopleReject(d => Office(d, "chair-senate-2011-mami")["person"] = "kairat-mamy");
        ex.JsonPath.Should().Be($"$.offices[{IndexOf(LegislativeHistoryTests.Document(), "offices", "chair-senate-2011-mami")}].person");
        ex.Reason.Should().Be("The person 'kairat-mamy' is not defined in $.people.");
    }

    [Fact]
    public void Overlapping_chairs_of_one_chamber_are_rejected_naming_both()
    {
        var ex = LoadPeopleReject(d => Office(d, "chair-mazhilis-2012-nigmatulin")["until"] = "2014-05-01");
        ex.JsonPath.Should().Be($"$.offices[{IndexOf(LegislativeHistoryTests.Document(), "offices", "chair-mazhilis-2014-dzhakupov")}].from");
        ex.Reason.Should().StartWith("Only one person presides over a chamber at a time").And.Contain("chair-mazhilis-2012-nigmatulin");
    }

    [Fact]
    public void An_acting_chair_overlapping_a_chair_is_rejected()
    {
        var ex = LoadPeopleReject(d =>
        {
            var copy = Office(d, "chair-senate-2011-mami").DeepClone().AsObject();
            copy["id"] = "acting-senate-2012";
            copy["role"] = "actingChair";
            copy["from"] = "2012-01-01";
            copy["until"] = "2012-02-01";
            d["offices"]!.AsArray().Add(copy);
        });
        ex.Reason.Should().StartWith("Only one person presides over a chamber at a time");
    }

    [Fact]
    public void A_chair_in_office_while_the_chamber_did_not_sit_is_rejected()
    {
        // The Mazhilis was dissolved on 20 Jun 2007 and the next one first sat on 2 Sep 2007.
        var ex = LoadPeopleReject(d => Office(d, "chair-mazhilis-2004-mukhamedzhanov")["until"] = "2007-07-01");
        ex.JsonPath.Should().EndWith(".until");
        ex.Reason.Should().Contain("did not sit on 2007-06-20");
    }

    [Fact]
    public void A_term_ending_before_it_starts_is_rejected()
    {
        var ex = LoadPeopleReject(d => Office(d, "chair-senate-2011-mami")["until"] = "2011-04-15");
        ex.JsonPath.Should().EndWith(".until");
        ex.Reason.Should().Contain("half-open");
    }

    [Fact]
    public void An_unknown_property_of_an_office_is_rejected_with_its_path_and_the_allowed_properties()
    {
        var ex = LoadPeopleReject(d => Office(d, "chair-senate-2011-mami")["speaker"] = true);
        ex.JsonPath.Should().Be($"$.offices[{IndexOf(LegislativeHistoryTests.Document(), "offices", "chair-senate-2011-mami")}].speaker");
        ex.Reason.Should().Be("Unknown property 'speaker'. Allowed here: id, person, chamber, role, from, fromBasis, until, endReason, accession, sources, confidence, note.");
        ex.LineNumber.Should().NotBeNull();
    }

    [Fact]
    public void A_missing_required_property_of_a_person_is_named()
    {
        var ex = LoadPeopleReject(d => d["people"]![0]!.AsObject().Remove("confidence"));
        ex.JsonPath.Should().Be("$.people[0]");
        ex.Reason.Should().Be("The required property 'confidence' is missing.");
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_rejected_in_the_datasets_words()
    {
        var ex = LoadPeopleReject(d => Office(d, "chair-senate-2023-ashimbayev")["accession"]!["votesFor"] = "fifty");
        ex.JsonPath.Should().EndWith(".accession.votesFor");
        ex.Reason.Should().Be("Expected an integer, found a string.");
    }

    [Fact]
    public void An_unknown_role_lists_the_accepted_roles()
    {
        var ex = LoadPeopleReject(d => Office(d, "chair-senate-2011-mami")["role"] = "speaker");
        ex.JsonPath.Should().EndWith(".role");
        ex.Reason.Should().Be("Unknown value 'speaker'. Expected one of: chair, deputyChair, actingChair.");
    }

    [Fact]
    public void A_citation_of_an_undefined_instrument_is_rejected()
    {
        var ex = LoadPeopleReject(d => Office(d, "chair-senate-2011-mami")["accession"]!["citation"]!["instrument"] = "constitution-1999");
        ex.JsonPath.Should().EndWith(".accession.citation.instrument");
        ex.Reason.Should().Be("The instrument 'constitution-1999' is not defined in $.instruments.");
    }

    [Fact]
    public void A_known_method_without_a_citation_is_rejected()
    {
        var ex = LoadPeopleReject(d => Office(d, "chair-senate-2011-mami")["accession"]!["citation"] = null);
        ex.JsonPath.Should().EndWith(".accession.citation");
        ex.Reason.Should().Contain("must cite the instrument");
    }

    [Fact]
    public void An_unknown_method_without_a_note_is_rejected()
    {
        var ex = LoadPeopleReject(d =>
        {
            var accession = Office(d, "chair-senate-2011-mami")["accession"]!.AsObject();
            accession["method"] = null;
            accession["citation"] = null;
        });
        ex.JsonPath.Should().EndWith(".accession.method");
        ex.Reason.Should().Contain("a 'note' must say why");
    }

    [Fact]
    public void More_votes_than_ballots_are_rejected()
    {
        var ex = LoadPeopleReject(d => Office(d, "chair-senate-2023-ashimbayev")["accession"]!["votesAgainst"] = 1);
        ex.JsonPath.Should().EndWith(".accession.votesFor");
        ex.Reason.Should().Contain("exceed the ballots issued (50)");
    }

    [Fact]
    public void A_duplicate_person_id_is_rejected()
    {
        var ex = LoadPeopleReject(d => d["people"]![1]!["id"] = d["people"]![0]!["id"]!.GetValue<string>());
        ex.JsonPath.Should().Be("$.people[1].id");
        ex.Reason.Should().Contain("is used twice");
    }

    [Fact]
    public void A_bad_birth_date_and_a_bad_wikidata_id_are_rejected()
    {
        LoadPeopleReject(d => d["people"]![0]!["birthDate"] = "6 July 1940").JsonPath.Should().Be("$.people[0].birthDate");
        LoadPeopleReject(d => d["people"]![0]!["wikidata"] = "7376").Reason.Should().StartWith("A Wikidata id is Q followed by digits");
    }

    [Fact]
    public void A_source_url_that_is_not_http_is_rejected()
    {
        var ex = LoadPeopleReject(d => d["people"]![0]!["sources"]![0]!["url"] = "ftp://example.org/x");
        ex.JsonPath.Should().Be("$.people[0].sources[0].url");
        ex.Reason.Should().StartWith("A source URL must be an absolute http(s) address");
    }

    [Fact]
    public void People_that_is_not_an_array_is_rejected()
    {
        var ex = LoadPeopleReject(d => d["people"] = "none");
        ex.JsonPath.Should().Be("$.people");
        ex.Reason.Should().Be("Expected an array, found a string.");
    }
}

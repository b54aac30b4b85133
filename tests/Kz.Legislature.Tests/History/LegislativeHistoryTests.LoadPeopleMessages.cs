using System.Text.Json.Nodes;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.History;

/// <summary>The loader's reasons for defects of $.people and $.offices, each asserted with its exact JSON path and text.</summary>
public partial class LegislativeHistoryTests
{
    [Theory]
    [InlineData("Q")]
    [InlineData("Q0")]
    [InlineData("Q01")]
    [InlineData("Q12a")]
    [InlineData("Qa1")]
    [InlineData("q1")]
    [InlineData("7376")]
    public void A_wikidata_id_that_is_not_Q_and_digits_is_rejected_with_the_exact_reason(string wikidata)
    {
        var ex = LoadPeopleReject(d => d["people"]![0]!["wikidata"] = wikidata);
        ex.JsonPath.Should().Be("$.people[0].wikidata");
        ex.Reason.Should().Be($"A Wikidata id is Q followed by digits (for example \"Q7376\"), found '{wikidata}'.");
    }

    [Theory]
    [InlineData("Q1")]
    [InlineData("Q10")]
    [InlineData("Q7376")]
    public void A_wikidata_id_of_Q_and_digits_is_accepted(string wikidata)
    {
        var doc = LegislativeHistoryTests.Document();
        doc["people"]![0]!["wikidata"] = wikidata;
        var id = doc["people"]![0]!["id"]!.GetValue<string>();
        LegislativeHistoryTests.Load(doc).People.Single(p => p.Id == id).WikidataId.Should().Be(wikidata);
    }

    [Fact]
    public void A_person_given_as_null_is_rejected()
    {
        var ex = LoadPeopleReject(d => d["people"]![0] = null);
        ex.JsonPath.Should().Be("$.people[0]");
        ex.Reason.Should().Be("Expected an object, found null.");
    }

    [Fact]
    public void An_office_given_as_null_is_rejected()
    {
        var ex = LoadPeopleReject(d => d["offices"]![0] = null);
        ex.JsonPath.Should().Be("$.offices[0]");
        ex.Reason.Should().Be("Expected an object, found null.");
    }

    [Fact]
    public void A_duplicate_person_id_is_rejected_with_the_exact_reason()
    {
        var doc = LegislativeHistoryTests.Document();
        var id = doc["people"]![0]!["id"]!.GetValue<string>();
        var ex = LoadPeopleReject(d => d["people"]![1]!["id"] = id);
        ex.JsonPath.Should().Be("$.people[1].id");
        ex.Reason.Should().Be($"The id '{id}' is used twice in $.people.");
    }

    [Fact]
    public void A_duplicate_office_id_is_rejected_with_the_exact_reason()
    {
        var ex = LoadPeopleReject(d => d["offices"]![1]!["id"] = "chair-supreme-council-1990-nazarbayev");
        ex.JsonPath.Should().Be("$.offices[1].id");
        ex.Reason.Should().Be("The id 'chair-supreme-council-1990-nazarbayev' is used twice in $.offices.");
    }

    [Fact]
    public void Overlapping_deputy_chair_terms_of_one_person_are_rejected_naming_the_earlier()
    {
        var ex = LoadPeopleReject(d => AddTwoDeputyChairTerms(d, secondFrom: "2012-05-01"));
        ex.JsonPath.Should().Be($"$.offices[{LegislativeHistoryTests.Document()["offices"]!.AsArray().Count + 1}].from");
        ex.Reason.Should().Be("This term [2012-05-01, 2012-09-01) overlaps the same person's 'deputy-senate-2012-a' [2012-01-01, 2012-06-01) in the same office.");
    }

    [Fact]
    public void Adjacent_deputy_chair_terms_of_one_person_are_accepted()
    {
        var history = LegislativeHistoryTests.Load(d => AddTwoDeputyChairTerms(d, secondFrom: "2012-06-01"));
        history.Offices.Select(o => o.Id).Should().Contain(["deputy-senate-2012-a", "deputy-senate-2012-b"]);
    }

    /// <summary>Adds two deputy-chair terms of the Senate chair of 2011's person: [2012-01-01, 2012-06-01) and [<paramref name="secondFrom"/>, 2012-09-01).</summary>
    private static void AddTwoDeputyChairTerms(JsonObject d, string secondFrom)
    {
        var first = Office(d, "chair-senate-2011-mami").DeepClone().AsObject();
        first["id"] = "deputy-senate-2012-a";
        first["role"] = "deputyChair";
        first["from"] = "2012-01-01";
        first["until"] = "2012-06-01";
        var second = first.DeepClone().AsObject();
        second["id"] = "deputy-senate-2012-b";
        second["from"] = secondFrom;
        second["until"] = "2012-09-01";
        d["offices"]!.AsArray().Add(first);
        d["offices"]!.AsArray().Add(second);
    }

    [Fact]
    public void Overlapping_chairs_are_rejected_with_the_exact_reason()
    {
        var ex = LoadPeopleReject(d => Office(d, "chair-mazhilis-2012-nigmatulin")["until"] = "2014-05-01");
        ex.JsonPath.Should().Be($"$.offices[{IndexOf(LegislativeHistoryTests.Document(), "offices", "chair-mazhilis-2014-dzhakupov")}].from");
        var dzhakupov = Office(LegislativeHistoryTests.Document(), "chair-mazhilis-2014-dzhakupov");
        var nigmatulin = Office(LegislativeHistoryTests.Document(), "chair-mazhilis-2012-nigmatulin");
        var name = LegislativeHistoryTests.Load(LegislativeHistoryTests.Document()).People.Single(p => p.Id == nigmatulin["person"]!.GetValue<string>()).Name.English;
        var term = $"[{dzhakupov["from"]!.GetValue<string>()}, {dzhakupov["until"]!.GetValue<string>()})";
        ex.Reason.Should().Be($"Only one person presides over a chamber at a time: this Chair term {term} of the Mazhilis overlaps 'chair-mazhilis-2012-nigmatulin' [{nigmatulin["from"]!.GetValue<string>()}, 2014-05-01) ({name}, Chair).");
    }

    [Fact]
    public void A_term_ending_before_it_starts_is_rejected_with_the_exact_reason()
    {
        var ex = LoadPeopleReject(d => Office(d, "chair-senate-2011-mami")["until"] = "2011-04-15");
        ex.JsonPath.Should().Be($"$.offices[{IndexOf(LegislativeHistoryTests.Document(), "offices", "chair-senate-2011-mami")}].until");
        var from = Office(LegislativeHistoryTests.Document(), "chair-senate-2011-mami")["from"]!.GetValue<string>();
        ex.Reason.Should().Be($"The term ends (2011-04-15) on or before it starts ({from}); terms are half-open [from, until).");
    }

    [Fact]
    public void A_term_ending_on_the_day_it_starts_is_rejected()
    {
        var from = Office(LegislativeHistoryTests.Document(), "chair-senate-2011-mami")["from"]!.GetValue<string>();
        var ex = LoadPeopleReject(d => Office(d, "chair-senate-2011-mami")["until"] = from);
        ex.JsonPath.Should().Be($"$.offices[{IndexOf(LegislativeHistoryTests.Document(), "offices", "chair-senate-2011-mami")}].until");
        ex.Reason.Should().Be($"The term ends ({from}) on or before it starts ({from}); terms are half-open [from, until).");
    }

    [Fact]
    public void An_end_reason_of_an_open_term_is_rejected()
    {
        var ex = LoadPeopleReject(d => Office(d, "chair-senate-2023-ashimbayev")["until"] = null);
        ex.JsonPath.Should().Be($"$.offices[{IndexOf(LegislativeHistoryTests.Document(), "offices", "chair-senate-2023-ashimbayev")}].endReason");
        ex.Reason.Should().Be("The term has no end ('until' is null), so it has no end reason; remove 'endReason' or give 'until'.");
    }

    [Theory]
    [InlineData("ballotsIssued")]
    [InlineData("votesFor")]
    [InlineData("votesAgainst")]
    public void A_negative_vote_count_is_rejected(string property)
    {
        var ex = LoadPeopleReject(d => Office(d, "chair-senate-2023-ashimbayev")["accession"]![property] = -1);
        ex.JsonPath.Should().Be($"$.offices[{IndexOf(LegislativeHistoryTests.Document(), "offices", "chair-senate-2023-ashimbayev")}].accession.{property}");
        ex.Reason.Should().Be("A vote count is 0 or more, found -1.");
    }

    [Fact]
    public void More_votes_than_ballots_are_rejected_with_the_exact_reason()
    {
        // The dataset's 2023 Senate election: 50 ballots, 50 for, 0 against; one vote against makes 51.
        var ex = LoadPeopleReject(d => Office(d, "chair-senate-2023-ashimbayev")["accession"]!["votesAgainst"] = 1);
        ex.JsonPath.Should().Be($"$.offices[{IndexOf(LegislativeHistoryTests.Document(), "offices", "chair-senate-2023-ashimbayev")}].accession.votesFor");
        ex.Reason.Should().Be("The votes for and against (51) exceed the ballots issued (50).");
    }

    [Fact]
    public void As_many_votes_as_ballots_are_accepted()
    {
        var history = LegislativeHistoryTests.Load(d =>
        {
            var accession = Office(d, "chair-senate-2023-ashimbayev")["accession"]!;
            accession["votesFor"] = 49;
            accession["votesAgainst"] = 1;
        });
        history.Offices.Single(o => o.Id == "chair-senate-2023-ashimbayev").Accession.VotesAgainst.Should().Be(1);
    }

    [Fact]
    public void A_citation_without_a_method_is_rejected_with_the_exact_reason()
    {
        var ex = LoadPeopleReject(d =>
        {
            var accession = Office(d, "chair-senate-2011-mami")["accession"]!.AsObject();
            accession["method"] = null;
            accession["note"] = "Not known.";
        });
        ex.JsonPath.Should().Be($"$.offices[{IndexOf(LegislativeHistoryTests.Document(), "offices", "chair-senate-2011-mami")}].accession.citation");
        ex.Reason.Should().Be("'method' is null (how the person took office is not known), so there is nothing to cite; set 'citation' to null or give the method.");
    }

    [Fact]
    public void An_unknown_method_without_a_note_is_rejected_with_the_exact_reason()
    {
        var ex = LoadPeopleReject(d =>
        {
            var accession = Office(d, "chair-senate-2011-mami")["accession"]!.AsObject();
            accession["method"] = null;
            accession["citation"] = null;
            accession.Remove("note");
        });
        ex.JsonPath.Should().Be($"$.offices[{IndexOf(LegislativeHistoryTests.Document(), "offices", "chair-senate-2011-mami")}].accession.method");
        ex.Reason.Should().Be("The method is null, so a 'note' must say why (for example that the sources do not say how the person took office).");
    }

    [Fact]
    public void A_known_method_without_a_citation_is_rejected_with_the_exact_reason()
    {
        var ex = LoadPeopleReject(d => Office(d, "chair-senate-2011-mami")["accession"]!["citation"] = null);
        ex.JsonPath.Should().Be($"$.offices[{IndexOf(LegislativeHistoryTests.Document(), "offices", "chair-senate-2011-mami")}].accession.citation");
        var method = Office(LegislativeHistoryTests.Document(), "chair-senate-2011-mami")["accession"]!["method"]!.GetValue<string>();
        ex.Reason.Should().Be($"The method '{method}' must cite the instrument, the article (or null with a note) and the sources that state it; 'citation' is null.");
    }
}

using Kz.Legislature.History;
using Kz.Legislature.Serialization;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Tests.History;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>
/// The Popolo importer's exact error reasons and JSON paths for wrongly typed arrays and objects, the values the model
/// rejects, and how it maps person ids, parties and legislative periods.
/// </summary>
public sealed partial class PopoloImporterTests
{
    private const string Chamber = "\"organization_id\": \"kz-legislature:chamber/senate\"";
    private const string Appointed = "\"post_id\": \"kz-legislature:post/senate/appointed-by-president/1\"";


    /// <summary>Rows: case name, document, exact reason, exact path.</summary>
    public static TheoryData<string, string, string, string> MappingErrors => new()
    {
        { "persons not an array", """{ "persons": {}, "memberships": [] }""", "Expected an array, found an object.", "$.persons" },
        { "areas not an array", """{ "areas": 5, "memberships": [] }""", "Expected an array, found a number.", "$.areas" },
        { "second person not an object", """{ "persons": [ { "id": "a", "name": "A" }, "b" ], "memberships": [] }""", "Expected an object, found a string.", "$.persons[1]" },
        { "area not an object", """{ "areas": [ 1 ], "memberships": [] }""", "Expected an object, found a number.", "$.areas[0]" },
        { "second membership not an object", """{ "memberships": [ { "organization_id": "elsewhere" }, 2 ] }""", "Expected an object, found a number.", "$.memberships[1]" },
        { "other names not an array", Member("""{ "id": "p", "name": "P", "other_names": {} }"""), "Expected an array, found an object.", "$.persons[0].other_names" },
        { "second other name not an object", Member("""{ "id": "p", "name": "P", "other_names": [ { "name": "П", "note": "ru" }, 3 ] }"""), "Expected an object, found a number.", "$.persons[0].other_names[1]" },
        { "identifiers not an array", Member("""{ "id": "p", "name": "P", "identifiers": "p" }"""), "Expected an array, found a string.", "$.persons[0].identifiers" },
        { "second identifier not an object", Member("""{ "id": "p", "name": "P", "identifiers": [ { "identifier": "x", "scheme": "other" }, [] ] }"""), "Expected an object, found an array.", "$.persons[0].identifiers[1]" },
        { "blank slug", Member("""{ "id": "p", "name": "P", "identifiers": [ { "identifier": " ", "scheme": "kz-legislature" } ] }"""), "Value must not be empty or white space.", "$.persons[0]" },
        { "blank name", Member("""{ "id": "p", "name": " " }"""), "Value must not be empty or white space.", "$.persons[0].name" },
        { "blank alternative name", Member("""{ "id": "p", "name": "P", "other_names": [ { "name": " ", "note": "alternative" } ] }"""), "Alternative spellings must not be empty.", "$.persons[0]" },
        {
            "area identifiers not an array",
            """{ "persons": [ { "id": "p", "name": "P" } ], "areas": [ { "id": "ocd-x", "identifiers": {} } ], "memberships": [ { "person_id": "p", "area_id": "ocd-x", """ + Appointed + ", " + Chamber + """, "start_date": "2023-01-01" } ] }""",
            "Expected an array, found an object.",
            "$.areas[0].identifiers"
        },
        { "end reason without end", Membership("\"end_reason\": \"death\""), "An end reason needs an end date.", "$.memberships[0].end_reason" },
        { "blank party", Membership("\"on_behalf_of_id\": \" \""), "Value must not be empty or white space.", "$.memberships[0].on_behalf_of_id" },
        {
            "blank region in the post",
            """{ "persons": [ { "id": "p", "name": "P" } ], "memberships": [ { "person_id": "p", "post_id": "kz-legislature:post/senate/elected-by-maslikhats/ /1", """ + Chamber + """, "start_date": "2023-01-01" } ] }""",
            "Value must not be empty or white space.",
            "$.memberships[0].area_id"
        },
        { "no person id", """{ "memberships": [ { """ + Appointed + ", " + Chamber + """, "start_date": "2023-01-01" } ] }""", "A membership of the chamber has no \"person_id\".", "$.memberships[0]" },
        { "no post id", """{ "persons": [ { "id": "p", "name": "P" } ], "memberships": [ { "person_id": "p", """ + Chamber + """, "start_date": "2023-01-01" } ] }""", "A membership of the chamber has no \"post_id\", so its seat source cannot be told; give the source of such memberships with PopoloImportOptions.WithDefaultSource.", "$.memberships[0]" },
        { "end on the start", Membership("\"end_date\": \"2023-01-01\""), "The end 2023-01-01 must be after the start 2023-01-01 (end_date is read as exclusive: the first day the membership no longer runs; for inclusive end dates, as EveryPolitician writes them, use PopoloImportOptions.WithInclusiveEndDates).", "$.memberships[0].end_date" },
    };

    /// <summary>Each broken document is rejected with exactly this reason at exactly this path.</summary>
    [Theory]
    [MemberData(nameof(MappingErrors))]
    public void a_broken_document_is_rejected_with_the_exact_reason_and_path(string name, string json, string reason, string path)
    {
        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, SessionHistory.Current)).Should().Throw<LegislatureJsonException>(name).Which;

        ex.Reason.Should().Be(reason, name);
        ex.JsonPath.Should().Be(path, name);
    }

    /// <summary>An escaped lone surrogate in a string value is reported at its property.</summary>
    [Fact]
    public void a_lone_surrogate_in_a_value_is_reported_at_its_property()
    {
        const string json = """{ "memberships": [ { "organization_id": "\uD800" } ] }""";

        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day)).Should().Throw<LegislatureJsonException>().Which;

        ex.Reason.Should().StartWith("The string is not valid text: it holds invalid UTF-16");
        ex.JsonPath.Should().Be("$.memberships[0].organization_id");
    }

    /// <summary>Bytes that are not UTF-8 are rejected with the offset of the first bad byte.</summary>
    [Fact]
    public void bytes_that_are_not_utf8_are_rejected_with_the_offset_of_the_first_bad_byte()
    {
        var prefix = System.Text.Encoding.UTF8.GetBytes("{ \"memberships\": [], \"x\": \"");
        var bytes = prefix.Concat(new byte[] { 0xFF }).Concat(System.Text.Encoding.UTF8.GetBytes("\" }")).ToArray();

        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(new MemoryStream(bytes), ChamberKind.Senate, Day, fileName: "bad.json")).Should().Throw<LegislatureJsonException>().Which;

        ex.Reason.Should().Be("The document is not valid UTF-8: a byte here is not part of any character; save the file as UTF-8.");
        ex.JsonPath.Should().Be("$");
        ex.LineNumber.Should().Be(0);
        ex.BytePositionInLine.Should().Be(prefix.Length);
        ex.FileName.Should().Be("bad.json");
    }

    /// <summary>An undefined chamber is rejected before the document is read.</summary>
    [Fact]
    public void an_undefined_chamber_is_rejected_before_the_document_is_read()
    {
        FluentActions.Invoking(() => PopoloImporter.ImportMemberships("{", (ChamberKind)99, Day))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("chamber");
    }

    /// <summary>A document starting with a byte order mark is read.</summary>
    [Fact]
    public void a_document_with_a_byte_order_mark_is_read()
    {
        var composition = PopoloImporter.ImportMemberships("\uFEFF" + Membership(string.Empty), ChamberKind.Senate, Day);

        composition.Mandates.Should().ContainSingle().Which.Deputy.Id.Should().Be("p");
    }

    /// <summary>A membership starting on the date runs on it; one ending on the date does not.</summary>
    [Fact]
    public void a_membership_runs_from_its_start_day_up_to_but_not_on_its_end_day()
    {
        PopoloImporter.ImportMemberships(Membership(string.Empty), ChamberKind.Senate, new LocalDate(2023, 1, 1)).Mandates.Should().ContainSingle();
        PopoloImporter.ImportMemberships(Membership(string.Empty), ChamberKind.Senate, new LocalDate(2022, 12, 31)).Mandates.Should().BeEmpty();
        PopoloImporter.ImportMemberships(Membership("\"end_date\": \"2023-01-02\""), ChamberKind.Senate, new LocalDate(2023, 1, 1)).Mandates.Should().ContainSingle();
        PopoloImporter.ImportMemberships(Membership("\"end_date\": \"2023-01-02\""), ChamberKind.Senate, new LocalDate(2023, 1, 2)).Mandates.Should().BeEmpty();
    }

    /// <summary>Without a kz-legislature identifier the deputy id is the person id, with exactly the kz-legislature:person/ prefix removed.</summary>
    [Theory]
    [InlineData("kz-legislature:person/abc", "abc")]
    [InlineData("abc", "abc")]
    [InlineData("kz-legislature:persons/abc", "kz-legislature:persons/abc")]
    [InlineData("https://example.org/person/abc", "https://example.org/person/abc")]
    public void the_deputy_id_is_the_person_id_without_the_person_prefix(string personId, string deputyId)
    {
        var json = """{ "persons": [ { "id": "ID", "name": "P" } ], "memberships": [ { "person_id": "ID", """.Replace("ID", personId, StringComparison.Ordinal)
            + Appointed + ", " + Chamber + """, "start_date": "2023-01-01" } ] }""";

        PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day).Mandates.Single().Deputy.Id.Should().Be(deputyId);
    }

    /// <summary>Only the exact kz-legislature:party/ prefix is removed from on_behalf_of_id.</summary>
    [Theory]
    [InlineData("kz-legislature:party/amanat", "amanat")]
    [InlineData("kz-legislature:event/amanat", "kz-legislature:event/amanat")]
    [InlineData("amanat", "amanat")]
    public void only_the_party_prefix_is_removed_from_the_party(string onBehalfOf, string partyId)
    {
        var composition = PopoloImporter.ImportMemberships(Membership($"\"on_behalf_of_id\": \"{onBehalfOf}\""), ChamberKind.Senate, Day);

        composition.Mandates.Single().PartyId.Should().Be(partyId);
    }

    /// <summary>A legislative period gives the convocation only when every membership names the same known convocation of the chamber's body.</summary>
    [Theory]
    [InlineData("kz-legislature:convocation/parliament-viii", "kz-legislature:convocation/parliament-viii", 8)]
    [InlineData("kz-legislature:convocation/parliament-vii", "kz-legislature:convocation/parliament-vii", 7)]
    [InlineData("kz-legislature:convocation/parliament-viii", "kz-legislature:convocation/parliament-vii", null)]
    [InlineData("kz-legislature:convocation/parliament-xx", "kz-legislature:convocation/parliament-xx", null)]
    [InlineData("kz-legislature:convocation/kurultai-1", "kz-legislature:convocation/kurultai-1", null)]
    [InlineData("kz-legislature:legislature/parliament-viii", "kz-legislature:legislature/parliament-viii", null)]
    public void the_convocation_comes_from_agreeing_legislative_periods(string first, string second, int? expected)
    {
        var json = $$"""
            { "persons": [ { "id": "p", "name": "P" }, { "id": "q", "name": "Q" } ],
              "memberships": [
                { "person_id": "p", {{Appointed}}, {{Chamber}}, "start_date": "2023-01-01", "legislative_period_id": "{{first}}" },
                { "person_id": "q", "post_id": "kz-legislature:post/senate/appointed-by-president/2", {{Chamber}}, "start_date": "2023-01-01", "legislative_period_id": "{{second}}" } ] }
            """;

        var composition = PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, SessionHistory.Current);

        composition.Mandates.Should().HaveCount(2);
        composition.Convocation.Should().Be(expected);
    }

    /// <summary>The legislative period is looked up in the history given; without one, in the embedded history.</summary>
    [Fact]
    public void the_convocation_is_looked_up_in_the_history_given()
    {
        var renamed = LegislativeHistoryTests.EmbeddedJson().Replace("\"parliament-viii\"", "\"parliament-eight\"", StringComparison.Ordinal);
        var history = LegislativeHistory.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(renamed)), "renamed.json");
        var document = Membership("\"legislative_period_id\": \"kz-legislature:convocation/parliament-eight\"");

        PopoloImporter.ImportMemberships(document, ChamberKind.Senate, Day, history).Convocation.Should().Be(8);
        PopoloImporter.ImportMemberships(document, ChamberKind.Senate, Day).Convocation.Should().BeNull("the embedded history has no such convocation");
    }

    private static string Member(string person) =>
        """{ "persons": [ """ + person + """ ], "memberships": [ { "person_id": "p", """ + Appointed + ", " + Chamber + """, "start_date": "2023-01-01" } ] }""";

    private static string Membership(string extra) =>
        """{ "persons": [ { "id": "p", "name": "P" } ], "memberships": [ { "person_id": "p", """ + Appointed + ", " + Chamber + """, "start_date": "2023-01-01" """ + (extra.Length == 0 ? string.Empty : ", " + extra) + " } ] }";
}

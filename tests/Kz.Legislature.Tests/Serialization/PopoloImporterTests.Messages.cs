using Kz.Legislature.Serialization;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>The Popolo importer's exact reasons, paths and lines for null items, repeated ids, unknown organizations and areas, and inclusive end dates.</summary>
public sealed partial class PopoloImporterTests
{
    private const string MessagesChamber = "\"organization_id\": \"kz-legislature:chamber/senate\"";
    private const string MessagesAppointed = "\"post_id\": \"kz-legislature:post/senate/appointed-by-president/1\"";

    /// <summary>Rows: case name, document, exact reason, exact path.</summary>
    public static TheoryData<string, string, string, string> NullAndRepeatedItems => new()
    {
        { "the document is null", "null", "Expected an object, found null.", "$" },
        { "memberships is null", """{ "memberships": null }""", "Expected an array, found null.", "$.memberships" },
        { "a membership is null", """{ "memberships": [ null ] }""", "Expected an object, found null.", "$.memberships[0]" },
        { "a person is null", """{ "persons": [ null ], "memberships": [] }""", "Expected an object, found null.", "$.persons[0]" },
        { "an area is null", """{ "areas": [ { "id": "a" }, null ], "memberships": [] }""", "Expected an object, found null.", "$.areas[1]" },
        { "an organization is null", """{ "organizations": [ null ], "memberships": [] }""", "Expected an object, found null.", "$.organizations[0]" },
        { "an area id used twice", """{ "areas": [ { "id": "a" }, { "id": "a" } ], "memberships": [] }""", "The id \"a\" is used twice in \"areas\".", "$.areas[1].id" },
        { "a person id used twice", """{ "persons": [ { "id": "p", "name": "P" }, { "id": "p", "name": "Q" } ], "memberships": [] }""", "The id \"p\" is used twice in \"persons\".", "$.persons[1].id" },
        { "an other name is null", MessagesMember("""{ "id": "p", "name": "P", "other_names": [ null ] }"""), "Expected an object, found null.", "$.persons[0].other_names[0]" },
        { "an identifier is null", MessagesMember("""{ "id": "p", "name": "P", "identifiers": [ { "identifier": "x", "scheme": "other" }, null ] }"""), "Expected an object, found null.", "$.persons[0].identifiers[1]" },
        { "an escaped lone surrogate as a property name", """{ "\uD800": 1, "memberships": [] }""", "A property name of this object is not valid text: it holds invalid UTF-16, an escaped unpaired surrogate (such as \\uD800) that stands for no character; write the character itself, or both halves of its surrogate pair.", "$" },
        { "no memberships", """{ "persons": [] }""", "The document has no \"memberships\".", "$" },
        { "memberships not an array", """{ "memberships": {} }""", "Expected an array, found an object.", "$.memberships" },
        { "organization id not a string", """{ "memberships": [ { "organization_id": 5 } ] }""", "Expected a string, found a number.", "$.memberships[0].organization_id" },
        { "not an object", "[]", "Expected an object, found an array.", "$" },
        { "reduced date", """{ "memberships": [ { "organization_id": "kz-legislature:chamber/senate", "start_date": "2023" } ] }""", "\"2023\" is not a full ISO-8601 calendar date (uuuu-MM-dd); reduced dates such as \"2023\" cannot be imported.", "$.memberships[0].start_date" },
        { "no start date", """{ "memberships": [ { "organization_id": "kz-legislature:chamber/senate" } ] }""", "A membership of the chamber has no \"start_date\"; every membership needs the first day it runs.", "$.memberships[0]" },
        { "unknown person", """{ "persons": [], "memberships": [ { "person_id": "p", "organization_id": "kz-legislature:chamber/senate", "start_date": "2023-01-01" } ] }""", "No person with id \"p\" is in \"persons\".", "$.memberships[0].person_id" },
        { "foreign post", """{ "persons": [ { "id": "p", "name": "P" } ], "memberships": [ { "person_id": "p", "post_id": "ocd-post/1", "organization_id": "kz-legislature:chamber/senate", "start_date": "2023-01-01" } ] }""", "The post \"ocd-post/1\" is not a post of the form kz-legislature:post/senate/{source}/…, so its seat source cannot be told; map it with PopoloImportOptions.WithPost, or give PopoloImportOptions.WithDefaultSource.", "$.memberships[0].post_id" },
        { "unknown end reason", """{ "persons": [ { "id": "p", "name": "P" } ], "memberships": [ { "person_id": "p", "post_id": "kz-legislature:post/senate/appointed-by-president/1", "organization_id": "kz-legislature:chamber/senate", "start_date": "2023-01-01", "end_date": "2025-01-01", "end_reason": "bored" } ] }""", "\"bored\" is not a known end reason.", "$.memberships[0].end_reason" },
        { "person without a name", """{ "persons": [ { "id": "p" } ], "memberships": [ { "person_id": "p", "post_id": "kz-legislature:post/senate/appointed-by-president/1", "organization_id": "kz-legislature:chamber/senate", "start_date": "2023-01-01" } ] }""", "A person has no \"name\".", "$.persons[0]" },
    };

    [Theory]
    [MemberData(nameof(NullAndRepeatedItems))]
    public void A_null_item_or_a_repeated_id_is_rejected_with_the_exact_reason_path_and_line(string name, string json, string reason, string path)
    {
        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, SessionHistory.Current, "popolo.json")).Should().Throw<LegislatureJsonException>(name).Which;

        ex.Reason.Should().Be(reason, name);
        ex.JsonPath.Should().Be(path, name);
        ex.FileName.Should().Be("popolo.json", name);
        ex.LineNumber.Should().Be(0, name);
    }

    [Fact]
    public void An_error_found_after_reading_is_placed_on_the_line_of_its_path()
    {
        const string json = "{\n  \"memberships\": [\n    {},\n    null\n  ]\n}";

        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, SessionHistory.Current)).Should().Throw<LegislatureJsonException>().Which;

        ex.JsonPath.Should().Be("$.memberships[1]");
        ex.Reason.Should().Be("Expected an object, found null.");
        ex.LineNumber.Should().Be(3);
        ex.BytePositionInLine.Should().Be(4);
    }

    [Fact]
    public void An_inclusive_end_before_the_start_is_rejected_with_both_days()
    {
        var json = MessagesMembership("\"start_date\": \"2023-01-02\", \"end_date\": \"2023-01-01\"");

        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, SessionHistory.Current, options: PopoloImportOptions.EveryPolitician)).Should().Throw<LegislatureJsonException>().Which;

        ex.Reason.Should().Be("The end 2023-01-01 is before the start 2023-01-02 (end_date is read as inclusive: the last day the membership runs).");
        ex.JsonPath.Should().Be("$.memberships[0].end_date");
    }

    [Fact]
    public void An_inclusive_end_on_the_start_is_a_one_day_membership()
    {
        var json = MessagesMembership("\"start_date\": \"2024-01-01\", \"end_date\": \"2024-01-01\"");

        var senate = PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, SessionHistory.Current, options: PopoloImportOptions.EveryPolitician);

        senate.Mandates.Should().ContainSingle().Which.End.Should().Be(new LocalDate(2024, 1, 2));
    }

    [Fact]
    public void An_inclusive_end_on_the_last_representable_day_is_rejected()
    {
        var json = MessagesMembership("\"start_date\": \"2023-01-01\", \"end_date\": \"9999-12-31\"");

        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, SessionHistory.Current, options: PopoloImportOptions.EveryPolitician)).Should().Throw<LegislatureJsonException>().Which;

        ex.Reason.Should().Be("The end 9999-12-31 is the last date a LocalDate can hold; the day after it cannot be represented.");
        ex.JsonPath.Should().Be("$.memberships[0].end_date");
    }

    [Fact]
    public void A_document_with_no_membership_of_the_chamber_names_the_organizations_it_has()
    {
        const string json = """{ "memberships": [ { "organization_id": "x" }, { "organization_id": "x" }, {}, { "organization_id": "x" }, { "organization_id": "x" } ] }""";
        var name = Kz.Legislature.Names.Of(ChamberKind.Senate);

        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, SessionHistory.Current)).Should().Throw<LegislatureJsonException>().Which;

        ex.JsonPath.Should().Be("$.memberships");
        ex.Reason.Should().Be(
            $"No membership is of the {name.English}: the memberships name the organizations \"x\" ($.memberships[0], $.memberships[1], $.memberships[3] and 1 more); \"(none)\" ($.memberships[2]), "
            + $"and none of them is \"kz-legislature:chamber/senate\" or an organization of \"organizations\" named {name.English}, {name.Russian} or {name.Kazakh}. "
            + "Map the chamber's organization id with PopoloImportOptions.WithOrganization (for example WithOrganization(\"x\", ChamberKind.Senate)).");
    }

    [Fact]
    public void A_document_with_more_than_ten_other_organizations_lists_ten_and_others()
    {
        var items = string.Join(", ", Enumerable.Range(0, 11).Select(i => $"{{ \"organization_id\": \"o{i}\" }}"));
        var json = $"{{ \"memberships\": [ {items} ] }}";

        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(json, ChamberKind.Mazhilis, Day, SessionHistory.Current)).Should().Throw<LegislatureJsonException>().Which;

        var listed = string.Join("; ", Enumerable.Range(0, 10).Select(i => $"\"o{i}\" ($.memberships[{i}])"));
        ex.Reason.Should().StartWith($"No membership is of the {Kz.Legislature.Names.Of(ChamberKind.Mazhilis).English}: the memberships name the organizations {listed} and others, and none of them is \"kz-legislature:chamber/mazhilis\" or ");
        ex.Reason.Should().EndWith("(for example WithOrganization(\"o0\", ChamberKind.Mazhilis)).");
        ex.Reason.Should().NotContain("o10");
    }

    [Fact]
    public void An_area_of_no_known_region_is_named_with_its_wikidata_identifier()
    {
        const string json = """{ "persons": [ { "id": "p", "name": "P" } ], "areas": [ { "id": "ar", "name": "Nowhere", "identifiers": [ { "scheme": "wikidata", "identifier": "Q0" } ] } ], "memberships": [ { "person_id": "p", "area_id": "ar", """ + MessagesAppointed + ", " + MessagesChamber + """, "start_date": "2023-01-01" } ] }""";

        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, SessionHistory.Current)).Should().Throw<LegislatureJsonException>().Which;

        ex.JsonPath.Should().Be("$.areas[0]");
        ex.Reason.Should().Be("The area \"ar\" (\"Nowhere\") is no known region: it has no kz-legislature identifier, its wikidata identifier Q0 is no region's, and its name is no region's name in en, ru or kk. Map it to a region id with PopoloImportOptions.WithArea.");
    }

    [Fact]
    public void An_area_with_no_name_and_no_identifiers_is_named_by_its_id()
    {
        const string json = """{ "persons": [ { "id": "p", "name": "P" } ], "areas": [ { "id": "ar" } ], "memberships": [ { "person_id": "p", "area_id": "ar", """ + MessagesAppointed + ", " + MessagesChamber + """, "start_date": "2023-01-01" } ] }""";

        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, SessionHistory.Current)).Should().Throw<LegislatureJsonException>().Which;

        ex.JsonPath.Should().Be("$.areas[0]");
        ex.Reason.Should().Be("The area \"ar\" is no known region: it has no kz-legislature identifier, no wikidata identifier, and its name is no region's name in en, ru or kk. Map it to a region id with PopoloImportOptions.WithArea.");
    }

    [Fact]
    public void An_undefined_chamber_is_refused_before_the_document_is_read()
    {
        var fromText = FluentActions.Invoking(() => PopoloImporter.ImportMemberships("{}", (ChamberKind)99, Day)).Should().Throw<ArgumentOutOfRangeException>().Which;
        var fromStream = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(new MemoryStream([0xFF]), (ChamberKind)99, Day)).Should().Throw<ArgumentOutOfRangeException>().Which;

        fromText.Message.Should().Be("99 is not a defined chamber.");
        fromText.ParamName.Should().Be("chamber");
        fromStream.Message.Should().Be("99 is not a defined chamber.");
    }

    [Fact]
    public void A_null_text_or_stream_is_refused_by_name()
    {
        FluentActions.Invoking(() => PopoloImporter.ImportMemberships((string)null!, ChamberKind.Senate, Day)).Should().Throw<ArgumentNullException>().WithParameterName("popoloJson");
        FluentActions.Invoking(() => PopoloImporter.ImportMemberships((Stream)null!, ChamberKind.Senate, Day)).Should().Throw<ArgumentNullException>().WithParameterName("popoloJson");
    }

    private static string MessagesMember(string person) =>
        """{ "persons": [ """ + person + """ ], "memberships": [ { "person_id": "p", """ + MessagesAppointed + ", " + MessagesChamber + """, "start_date": "2023-01-01" } ] }""";

    private static string MessagesMembership(string dates) =>
        """{ "persons": [ { "id": "p", "name": "P" } ], "memberships": [ { "person_id": "p", """ + MessagesAppointed + ", " + MessagesChamber + ", " + dates + " } ] }";
}

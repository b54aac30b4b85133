using System.Text;
using Kz.Legislature.Serialization;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>Malformed documents, each with the exact error it gets: the reason, the JSON path and the (zero-based) line.</summary>
public sealed partial class CompositionJsonTests
{
    // Line numbers below are zero-based, as LegislatureJsonException.LineNumber is.
    private const string Valid = """
        {
          "formatVersion": 1,
          "kind": "senate",
          "date": "2024-01-01",
          "mandates": [
            {
              "deputy": { "id": "d-1", "name": { "en": "Aigerim Test" } },
              "chamber": "senate",
              "source": "electedByMaslikhats",
              "start": "2023-01-25",
              "regionId": "astana"
            }
          ]
        }
        """;

    public static TheoryData<string, string, string, string, long?> Cases => new()
    {
        // name, document, reason fragment, path, line
        { "unknown property", Valid.Replace("\"regionId\": \"astana\"", "\"regionId\": \"astana\",\n      \"colour\": \"red\"", StringComparison.Ordinal), "\"colour\" is not a property of a mandate; a mandate has: deputy, chamber, source, start, end, endReason, regionId, district, partyId.", "$.mandates[0].colour", 11 },
        { "missing required property", Valid.Replace("\"start\": \"2023-01-25\",\n", string.Empty, StringComparison.Ordinal), "The mandate is missing required properties: 'start'", "$.mandates[0]", 10 },
        { "wrong type", Valid.Replace("\"regionId\": \"astana\"", "\"district\": \"five\"", StringComparison.Ordinal), "Expected a whole number from 0 to 2147483647 (the district number), found the string \"five\".", "$.mandates[0].district", 10 },
        { "bad date", Valid.Replace("2023-01-25", "2023-02-30", StringComparison.Ordinal), "\"2023-02-30\" is not an ISO-8601 calendar date", "$.mandates[0].start", 9 },
        { "date with a time", Valid.Replace("\"2024-01-01\"", "\"2024-01-01T00:00:00Z\"", StringComparison.Ordinal), "is not an ISO-8601 calendar date", "$.date", 3 },
        { "duplicate key", Valid.Replace("\"chamber\": \"senate\",", "\"chamber\": \"senate\",\n      \"chamber\": \"mazhilis\",", StringComparison.Ordinal), "The property \"chamber\" is given twice", "$.mandates[0].chamber", 8 },
        { "unknown enum name", Valid.Replace("electedByMaslikhats", "electedByMaslikhat", StringComparison.Ordinal), "\"electedByMaslikhat\" is not a known seat source; expected one of: electedByMaslikhats,", "$.mandates[0].source", 8 },
        { "enum in another casing", Valid.Replace("electedByMaslikhats", "ElectedByMaslikhats", StringComparison.Ordinal), "is not a known seat source", "$.mandates[0].source", 8 },
        { "enum as a number", Valid.Replace("\"electedByMaslikhats\"", "0", StringComparison.Ordinal), "Expected a seat source name as a string (electedByMaslikhats,", "$.mandates[0].source", 8 },
        { "end before start", Valid.Replace("\"regionId\": \"astana\"", "\"end\": \"2020-01-01\"", StringComparison.Ordinal), "The end 2020-01-01 must be after the start 2023-01-25", "$.mandates[0].end", 10 },
        { "end reason without end", Valid.Replace("\"regionId\": \"astana\"", "\"endReason\": \"death\"", StringComparison.Ordinal), "An end reason needs an end date", "$.mandates[0].endReason", 10 },
        { "negative district", Valid.Replace("\"regionId\": \"astana\"", "\"district\": -3", StringComparison.Ordinal), "Value must not be negative", "$.mandates[0].district", 10 },
        { "fractional district", Valid.Replace("\"regionId\": \"astana\"", "\"district\": 1.5", StringComparison.Ordinal), "Expected a whole number from 0 to 2147483647 (the district number), found the number 1.5.", "$.mandates[0].district", 10 },
        { "blank deputy id", Valid.Replace("\"id\": \"d-1\"", "\"id\": \"  \"", StringComparison.Ordinal), "must not be empty or white space", "$.mandates[0].deputy.id", 6 },
        { "null mandate", Valid[..Valid.IndexOf("    {", StringComparison.Ordinal)] + "    null\n  ]\n}", "A mandate is null", "$.mandates[0]", 5 },
        { "null required object", Valid.Replace("\"deputy\": { \"id\": \"d-1\", \"name\": { \"en\": \"Aigerim Test\" } }", "\"deputy\": null", StringComparison.Ordinal), "The value must not be null; expected a deputy (an object with id and name).", "$.mandates[0].deputy", 6 },
        { "unknown kind", Valid.Replace("\"senate\",\n  \"date\"", "\"senat\",\n  \"date\"", StringComparison.Ordinal), "\"senat\" is not a known kind", "$.kind", 2 },
        { "kind of another document", Valid.Replace("\"kind\": \"senate\"", "\"kind\": \"parliament\"", StringComparison.Ordinal), "use CompositionJson.ReadParliament", "$.kind", 2 },
        { "kind that is not a string", Valid.Replace("\"kind\": \"senate\"", "\"kind\": 1", StringComparison.Ordinal), "\"kind\" must be a string, found a number", "$.kind", 2 },
        { "no kind", Valid.Replace("  \"kind\": \"senate\",\n", string.Empty, StringComparison.Ordinal), "The document has no \"kind\"", "$", 0 },
        { "unsupported format version", Valid.Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal), "formatVersion 2 is not supported; this library reads formatVersion 1", "$.formatVersion", 1 },
        { "format version as a string", Valid.Replace("\"formatVersion\": 1", "\"formatVersion\": \"1\"", StringComparison.Ordinal), "\"formatVersion\" must be the number 1, found a string", "$.formatVersion", 1 },
        { "missing format version", Valid.Replace("  \"formatVersion\": 1,\n", string.Empty, StringComparison.Ordinal), "The composition is missing required properties: 'formatVersion'", "$", 12 },
        { "non-positive convocation", Valid.Replace("\"date\": \"2024-01-01\",", "\"date\": \"2024-01-01\",\n  \"convocation\": 0,", StringComparison.Ordinal), "A convocation number is positive; 0 was given.", "$.convocation", 4 },
        { "trailing garbage", Valid + "\n}", "is invalid after a single JSON value", "$", 14 },
        { "trailing comma", Valid.Replace("\"astana\"", "\"astana\",", StringComparison.Ordinal), "trailing comma", "$.mandates[0]", 11 },
        { "comment", Valid.Replace("\"date\"", "// a comment\n  \"date\"", StringComparison.Ordinal), "'/' is an invalid start of a property name", "$", 3 },
        { "empty document", string.Empty, "does not contain any JSON tokens", "$", 0 },
        { "not an object", "[1, 2]", "A document must be a JSON object, found an array", "$", 0 },
        { "truncated document", Valid[..120], "Expected start of a property name or value, but instead reached end of data", "$.mandates[0].deputy", 6 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_malformed_document_is_rejected_with_the_exact_reason_path_and_line(string name, string json, string reason, string path, long? line)
    {
        var ex = FluentActions.Invoking(() => CompositionJson.Read(json, "senate.json")).Should().Throw<LegislatureJsonException>(name).Which;

        ex.Reason.Should().Contain(reason, name);
        ex.JsonPath.Should().Be(path, name);
        ex.LineNumber.Should().Be(line, name);
        ex.FileName.Should().Be("senate.json");
        ex.Message.Should().StartWith("senate.json: " + path, name);
    }

    [Fact]
    public void A_document_nested_deeper_than_the_limit_is_rejected()
    {
        var deep = Valid.Replace("{\n  \"formatVersion\"", "{\n  \"nested\": " + new string('[', 40) + new string(']', 40) + ",\n  \"formatVersion\"", StringComparison.Ordinal);

        var ex = FluentActions.Invoking(() => CompositionJson.Read(deep)).Should().Throw<LegislatureJsonException>().Which;

        ex.Reason.Should().Contain("maximum depth of 32 has been exceeded");
        ex.JsonPath.Should().Be("$");
        ex.LineNumber.Should().Be(1);
    }

    [Fact]
    public void A_document_nested_exactly_to_the_limit_is_not_rejected_for_its_depth()
    {
        // 30 arrays inside the root object are 31 levels: within the limit, so the error is the unknown property instead.
        var deep = Valid.Replace("{\n  \"formatVersion\"", "{\n  \"nested\": " + new string('[', 30) + new string(']', 30) + ",\n  \"formatVersion\"", StringComparison.Ordinal);

        var ex = FluentActions.Invoking(() => CompositionJson.Read(deep)).Should().Throw<LegislatureJsonException>().Which;

        ex.Reason.Should().Contain("\"nested\" is not a property of a composition");
        ex.JsonPath.Should().Be("$.nested");
    }

    [Fact]
    public void A_document_larger_than_four_mebibytes_is_rejected_before_it_is_parsed()
    {
        var big = Valid.Replace("Aigerim Test", new string('a', CompositionJson.MaxDocumentBytes), StringComparison.Ordinal);

        var fromString = FluentActions.Invoking(() => CompositionJson.Read(big)).Should().Throw<LegislatureJsonException>().Which;
        var fromStream = FluentActions.Invoking(() => CompositionJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(big)))).Should().Throw<LegislatureJsonException>().Which;

        fromString.Reason.Should().Be("The document is larger than the limit of 4194304 bytes.");
        fromString.JsonPath.Should().Be("$");
        fromStream.Reason.Should().Be(fromString.Reason);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_rejected_at_their_position()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Valid);
        bytes[Valid.IndexOf("Aigerim", StringComparison.Ordinal)] = 0xFF;

        var ex = FluentActions.Invoking(() => CompositionJson.Read(bytes)).Should().Throw<LegislatureJsonException>().Which;

        ex.Reason.Should().Be("The document is not valid UTF-8: a byte here is not part of any character; save the file as UTF-8.");
        ex.LineNumber.Should().Be(6);
    }

    [Fact]
    public void An_escaped_lone_surrogate_is_rejected_in_values_and_in_property_names()
    {
        var inValue = Valid.Replace("Aigerim Test", "\\uD800", StringComparison.Ordinal);
        var inName = Valid.Replace("\"date\"", "\"\\uD800\": 1,\n  \"date\"", StringComparison.Ordinal);

        FluentActions.Invoking(() => CompositionJson.Read(inValue)).Should().Throw<LegislatureJsonException>().Which.JsonPath.Should().Be("$.mandates[0].deputy.name.en");
        FluentActions.Invoking(() => CompositionJson.Read(inName)).Should().Throw<LegislatureJsonException>();
        FluentActions.Invoking(() => PopoloImporter.ImportMemberships(inName, ChamberKind.Senate, new LocalDate(2024, 1, 1))).Should().Throw<LegislatureJsonException>();
    }

    [Fact]
    public void A_parliament_with_two_senates_is_rejected_at_its_chambers()
    {
        const string json = """
            {
              "formatVersion": 1,
              "kind": "parliament",
              "date": "2024-01-01",
              "chambers": [
                { "kind": "senate", "mandates": [] },
                { "kind": "senate", "mandates": [] }
              ]
            }
            """;

        var ex = FluentActions.Invoking(() => CompositionJson.ReadParliament(json)).Should().Throw<LegislatureJsonException>().Which;

        ex.Reason.Should().Be("Two chambers of kind Senate were given.");
        ex.JsonPath.Should().Be("$.chambers");
        ex.LineNumber.Should().Be(4);
    }

    [Fact]
    public void A_parliament_chamber_of_an_unknown_kind_is_rejected()
    {
        const string json = """{"formatVersion":1,"kind":"parliament","date":"2024-01-01","chambers":[{"kind":"parliament","mandates":[]}]}""";

        var ex = FluentActions.Invoking(() => CompositionJson.ReadParliament(json)).Should().Throw<LegislatureJsonException>().Which;

        ex.JsonPath.Should().Be("$.chambers[0].kind");
        ex.Reason.Should().Contain("not a chamber");
    }

    [Fact]
    public void A_mandate_document_with_a_null_mandate_is_rejected()
    {
        var ex = FluentActions.Invoking(() => CompositionJson.ReadMandate("""{"formatVersion":1,"kind":"mandate","mandate":null}""")).Should().Throw<LegislatureJsonException>().Which;

        ex.JsonPath.Should().Be("$.mandate");
        ex.Reason.Should().Be("The mandate is null; \"mandate\" must be an object.");
        ex.LineNumber.Should().Be(0);
        ex.BytePositionInLine.Should().Be(46);
    }

    [Fact]
    public void Reading_a_composition_as_a_mandate_names_the_right_reader()
    {
        var ex = FluentActions.Invoking(() => CompositionJson.ReadMandate(Valid)).Should().Throw<LegislatureJsonException>().Which;

        ex.Reason.Should().Be("The document is a senate composition, not a mandate; use CompositionJson.Read.");
    }

    [Fact]
    public void Nothing_partial_is_returned_when_the_last_mandate_is_bad()
    {
        var composition = CompositionJsonTests.SmallSenate();
        var json = CompositionJson.WriteToString(composition.WithMandate(composition.Mandates[0]));
        var broken = json[..json.LastIndexOf("2029-01-25", StringComparison.Ordinal)] + "2000-01-01" + json[(json.LastIndexOf("2029-01-25", StringComparison.Ordinal) + 10)..];

        FluentActions.Invoking(() => CompositionJson.Read(broken)).Should().Throw<LegislatureJsonException>()
            .Which.JsonPath.Should().Be("$.mandates[1].end");
        FluentActions.Invoking(() => CompositionJson.ReadDocument(broken)).Should().Throw<LegislatureJsonException>()
            .Which.JsonPath.Should().Be("$.mandates[1].end");
    }
}

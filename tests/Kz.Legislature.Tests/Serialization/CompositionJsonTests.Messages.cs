using Kz.Legislature.Serialization;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>The composition readers' exact, whole reasons for malformed documents and the kinds they do not read.</summary>
public sealed partial class CompositionJsonTests
{
    private const string MessagesSeatSources = "electedByMaslikhats, appointedByPresident, appointedByPresidentOnAssemblyProposal, partyList, singleMemberDistrict, electedByAssemblyOfPeople, stateList, publicOrganization";

    /// <summary>Rows: case name, document, exact reason, exact path, zero-based line.</summary>
    public static TheoryData<string, string, string, string, long?> ExactMessages => new()
    {
        { "bad date", Valid.Replace("2023-01-25", "2023-02-30", StringComparison.Ordinal), "\"2023-02-30\" is not an ISO-8601 calendar date (uuuu-MM-dd).", "$.mandates[0].start", 9 },
        { "date as a number", Valid.Replace("\"2024-01-01\"", "20240101", StringComparison.Ordinal), "Expected a date string such as \"2024-01-01\", found a number.", "$.date", 3 },
        { "enum as a number", Valid.Replace("\"electedByMaslikhats\"", "0", StringComparison.Ordinal), $"Expected a seat source name as a string ({MessagesSeatSources}), found a number.", "$.mandates[0].source", 8 },
        { "null mandate", Valid[..Valid.IndexOf("    {", StringComparison.Ordinal)] + "    null\n  ]\n}", "A mandate is null; every item of \"mandates\" must be an object.", "$.mandates[0]", 5 },
        { "kind that is not a string", Valid.Replace("\"kind\": \"senate\"", "\"kind\": 1", StringComparison.Ordinal), "\"kind\" must be a string, found a number.", "$.kind", 2 },
        { "no kind", Valid.Replace("  \"kind\": \"senate\",\n", string.Empty, StringComparison.Ordinal), "The document has no \"kind\"; expected one of: senate, mazhilis, kurultai, supremeCouncil, parliament, mandate.", "$", 0 },
        { "format version as a string", Valid.Replace("\"formatVersion\": 1", "\"formatVersion\": \"1\"", StringComparison.Ordinal), "\"formatVersion\" must be the number 1, found a string.", "$.formatVersion", 1 },
        { "not an object", "[1, 2]", "A document must be a JSON object, found an array.", "$", 0 },
        { "a string as the document", "\"senate\"", "A document must be a JSON object, found a string.", "$", 0 },
        { "null as the document", "null", "A document must be a JSON object, found null.", "$", 0 },
    };

    [Theory]
    [MemberData(nameof(ExactMessages))]
    public void A_malformed_document_is_rejected_with_the_whole_reason(string name, string json, string reason, string path, long? line)
    {
        var ex = FluentActions.Invoking(() => CompositionJson.Read(json, "senate.json")).Should().Throw<LegislatureJsonException>(name).Which;

        ex.Reason.Should().Be(reason, name);
        ex.JsonPath.Should().Be(path, name);
        ex.LineNumber.Should().Be(line, name);
        ex.FileName.Should().Be("senate.json", name);
    }

    [Fact]
    public void A_kind_with_an_escaped_lone_surrogate_is_rejected_with_the_whole_reason()
    {
        const string json = """{"formatVersion":1,"kind":"\uD800"}""";

        var ex = FluentActions.Invoking(() => CompositionJson.ReadDocument(json)).Should().Throw<LegislatureJsonException>().Which;

        ex.JsonPath.Should().Be("$.kind");
        ex.Reason.Should().Be("\"kind\" is not valid text: it holds invalid UTF-16, an escaped unpaired surrogate (such as \\uD800) that stands for no character; write the character itself, or both halves of its surrogate pair.");
        ex.LineNumber.Should().Be(0);
    }

    [Fact]
    public void A_parliament_whose_chamber_is_a_parliament_names_the_reader_to_use()
    {
        const string json = """{"formatVersion":1,"kind":"parliament","date":"2024-01-01","chambers":[{"kind":"parliament","mandates":[]}]}""";

        var ex = FluentActions.Invoking(() => CompositionJson.ReadParliament(json)).Should().Throw<LegislatureJsonException>().Which;

        ex.JsonPath.Should().Be("$.chambers[0].kind");
        ex.Reason.Should().Be("The document is a parliament, not a chamber (senate, mazhilis, kurultai or supremeCouncil); use CompositionJson.ReadParliament.");
    }

    [Fact]
    public void A_parliament_whose_chamber_has_an_unknown_kind_lists_the_known_kinds()
    {
        const string json = """{"formatVersion":1,"kind":"parliament","date":"2024-01-01","chambers":[{"kind":"senat","mandates":[]}]}""";

        var ex = FluentActions.Invoking(() => CompositionJson.ReadParliament(json)).Should().Throw<LegislatureJsonException>().Which;

        ex.JsonPath.Should().Be("$.chambers[0].kind");
        ex.Reason.Should().Be("\"senat\" is not a known kind; expected one of: senate, mazhilis, kurultai, supremeCouncil, parliament, mandate.");
    }

    [Fact]
    public void A_mandate_read_as_a_composition_names_both_kinds_it_could_be()
    {
        const string json = """{"formatVersion":1,"kind":"mandate"}""";

        var ex = FluentActions.Invoking(() => CompositionJson.ReadDocument(json)).Should().Throw<LegislatureJsonException>().Which;

        ex.JsonPath.Should().Be("$.kind");
        ex.Reason.Should().Be("The document is a single mandate (kind \"mandate\"); expected a chamber composition (kind senate, mazhilis, kurultai, supremeCouncil) or a parliament (kind parliament).");
    }

    [Fact]
    public void An_unknown_kind_read_as_a_document_lists_the_known_kinds()
    {
        const string json = """{"formatVersion":1,"kind":"house"}""";

        var ex = FluentActions.Invoking(() => CompositionJson.ReadDocument(json)).Should().Throw<LegislatureJsonException>().Which;

        ex.JsonPath.Should().Be("$.kind");
        ex.Reason.Should().Be("\"house\" is not a known kind; expected one of: senate, mazhilis, kurultai, supremeCouncil, parliament, mandate.");
        ex.LineNumber.Should().Be(0);
    }
    private const string MessagesHead = "{\"formatVersion\":1,\"kind\":\"senate\",\"date\":\"2024-01-01\",";

    /// <summary>A senate document of one appointed mandate, with <paramref name="deputy"/> as its deputy and <paramref name="extra"/> after its start.</summary>
    private static string MessagesDocument(string deputy = "{\"id\":\"d-1\",\"name\":{\"en\":\"A\"}}", string extra = "") =>
        MessagesHead + "\"mandates\":[{\"deputy\":" + deputy + ",\"chamber\":\"senate\",\"source\":\"appointedByPresident\",\"start\":\"2023-01-25\"" + extra + "}]}";

    /// <summary>Rows: document, exact path, exact reason.</summary>
    public static TheoryData<string, string, string> WrongValues => new()
    {
        { MessagesHead + "\"convocation\":\"8\",\"mandates\":[]}", "$.convocation", "Expected a whole number (the convocation, 1 or more), found the string \"8\"." },
        { MessagesHead + "\"mandates\":[5]}", "$.mandates[0]", "Expected a mandate (an object with deputy, chamber, source and start), found the number 5." },
        { MessagesDocument(extra: ",\"district\":true"), "$.mandates[0].district", "Expected a whole number from 0 to 2147483647 (the district number), found true." },
        { MessagesDocument(extra: ",\"regionId\":1"), "$.mandates[0].regionId", "Expected a string (a region id such as \"astana\"), found the number 1." },
        { MessagesDocument(extra: ",\"partyId\":false"), "$.mandates[0].partyId", "Expected a string (a party id such as \"amanat\"), found false." },
        { MessagesDocument("{\"id\":\"d-1\",\"name\":\"A\"}"), "$.mandates[0].deputy.name", "Expected a name (an object with en, and optionally ru, kk, kkLatn and alternatives), found the string \"A\"." },
        { MessagesDocument("{\"id\":\"d-1\",\"name\":{\"en\":1}}"), "$.mandates[0].deputy.name.en", "Expected a string (the name in English), found the number 1." },
        { MessagesDocument("{\"id\":\"d-1\",\"name\":{\"en\":\"A\",\"ru\":2}}"), "$.mandates[0].deputy.name.ru", "Expected a string (the name in Russian), found the number 2." },
        { MessagesDocument("{\"id\":\"d-1\",\"name\":{\"en\":\"A\",\"kk\":3}}"), "$.mandates[0].deputy.name.kk", "Expected a string (the name in Kazakh), found the number 3." },
        { MessagesDocument("{\"id\":\"d-1\",\"name\":{\"en\":\"A\",\"kkLatn\":4}}"), "$.mandates[0].deputy.name.kkLatn", "Expected a string (the name in Kazakh, Latin script), found the number 4." },
        { MessagesDocument("{\"id\":\"d-1\",\"name\":{\"en\":\"A\",\"alternatives\":\"B\"}}"), "$.mandates[0].deputy.name.alternatives", "Expected an array of strings (other spellings of the name), found the string \"B\"." },
        { MessagesDocument("{\"id\":\"d-1\",\"name\":{\"en\":\"A\",\"alternatives\":[\"B\",1]}}"), "$.mandates[0].deputy.name.alternatives[1]", "Expected a string (another spelling of the name), found the number 1." },
        { "{\"formatVersion\":1,\"kind\":\"parliament\",\"date\":\"2024-01-01\",\"chambers\":5}", "$.chambers", "Expected an array of chambers (objects), found the number 5." },
        { "{\"formatVersion\":1,\"kind\":\"parliament\",\"date\":\"2024-01-01\",\"chambers\":[\"senate\"]}", "$.chambers[0]", "Expected a chamber (an object with kind and mandates), found the string \"senate\"." },
        { "{\"formatVersion\":1,\"kind\":\"mandate\",\"mandate\":5}", "$.mandate", "Expected a mandate (an object with deputy, chamber, source and start), found the number 5." },
    };

    /// <summary>Each value of the wrong type is named by what the format expects at its path and what the document holds there.</summary>
    [Theory]
    [MemberData(nameof(WrongValues))]
    public void A_value_of_the_wrong_type_names_what_the_format_expects_at_its_path(string json, string path, string reason)
    {
        Func<object> read = json.Contains("\"kind\":\"mandate\"", StringComparison.Ordinal) ? () => CompositionJson.ReadMandate(json) : () => CompositionJson.ReadDocument(json);

        var ex = FluentActions.Invoking(read).Should().Throw<LegislatureJsonException>(path).Which;

        ex.JsonPath.Should().Be(path);
        ex.Reason.Should().Be(reason);
        ex.LineNumber.Should().Be(0);
    }
}

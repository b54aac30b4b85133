using System.Text;
using Kz.Legislature.Serialization;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>
/// Each reader against documents of the other kinds, the mandate and parliament readers' error paths and positions,
/// the type names in deserializer messages, the stream and validator overloads and their null checks.
/// </summary>
public sealed partial class CompositionJsonTests
{
    private const string ChamberList = "a chamber composition (senate, mazhilis, kurultai or supremeCouncil)";

    // Line numbers below are zero-based, as LegislatureJsonException.LineNumber is.
    private const string MandateDoc = """
        {
          "formatVersion": 1,
          "kind": "mandate",
          "mandate": {
            "deputy": { "id": "d-1", "name": { "en": "Aigerim Test" } },
            "chamber": "senate",
            "source": "electedByMaslikhats",
            "start": "2023-01-25",
            "regionId": "astana"
          }
        }
        """;

    private const string ParliamentDoc = """
        {
          "formatVersion": 1,
          "kind": "parliament",
          "date": "2024-01-01",
          "convocation": 8,
          "chambers": [
            { "kind": "senate", "mandates": [] },
            { "kind": "mazhilis", "mandates": [] }
          ]
        }
        """;


    /// <summary>Each reader names the document's kind and the reader to use instead, at <c>$.kind</c>.</summary>
    [Fact]
    public void Every_reader_names_the_kind_it_found_and_the_reader_to_use()
    {
        var mazhilis = """{"formatVersion":1,"kind":"mazhilis","date":"2024-01-01","mandates":[]}""";
        var supremeCouncil = """{"formatVersion":1,"kind":"supremeCouncil","date":"2024-01-01","mandates":[]}""";

        Fails(() => CompositionJson.Read(ParliamentDoc, "p.json")).At("$.kind", 2, 10, $"The document is a parliament, not {ChamberList}; use CompositionJson.ReadParliament.");
        Fails(() => CompositionJson.Read(MandateDoc)).At("$.kind", 2, 10, $"The document is a mandate, not {ChamberList}; use CompositionJson.ReadMandate.");
        Fails(() => CompositionJson.ReadParliament(mazhilis)).At("$.kind", 0, 26, "The document is a mazhilis composition, not a parliament; use CompositionJson.Read.");
        Fails(() => CompositionJson.ReadParliament(MandateDoc)).At("$.kind", 2, 10, "The document is a mandate, not a parliament; use CompositionJson.ReadMandate.");
        Fails(() => CompositionJson.ReadMandate(ParliamentDoc)).At("$.kind", 2, 10, "The document is a parliament, not a mandate; use CompositionJson.ReadParliament.");
        Fails(() => CompositionJson.ReadMandate(supremeCouncil)).At("$.kind", 0, 26, "The document is a supremeCouncil composition, not a mandate; use CompositionJson.Read.");
    }

    /// <summary>The message of a wrong kind carries the file name before the path.</summary>
    [Fact]
    public void A_wrong_kind_message_starts_with_the_file_name_and_the_one_based_position()
    {
        var ex = Fails(() => CompositionJson.ReadMandate(Encoding.UTF8.GetBytes(ParliamentDoc), "p.json"));

        ex.Message.Should().Be("p.json: $.kind (line 3, position 11): The document is a parliament, not a mandate; use CompositionJson.ReadParliament.");
    }

    /// <summary>An unknown kind is quoted whole up to 40 characters, and cut to 40 with an ellipsis beyond.</summary>
    [Fact]
    public void An_unknown_kind_is_quoted_whole_up_to_forty_characters_and_cut_beyond()
    {
        var forty = new string('k', 40);
        var fortyOne = new string('k', 41);
        const string known = "expected one of: senate, mazhilis, kurultai, supremeCouncil, parliament, mandate.";

        Fails(() => CompositionJson.Read($$"""{"formatVersion":1,"kind":"{{forty}}"}""")).Reason.Should().Be($"\"{forty}\" is not a known kind; {known}");
        Fails(() => CompositionJson.Read($$"""{"formatVersion":1,"kind":"{{fortyOne}}"}""")).Reason.Should().Be($"\"{forty}…\" is not a known kind; {known}");
    }

    /// <summary>A kind holding an escaped lone surrogate cannot be read as a string; the error is at <c>$.kind</c>, at the string.</summary>
    [Fact]
    public void A_kind_with_a_lone_surrogate_is_rejected_at_the_kind()
    {
        var ex = Fails(() => CompositionJson.Read("""{"formatVersion":1,"kind":"\uD800","date":"2024-01-01","mandates":[]}"""));

        ex.JsonPath.Should().Be("$.kind");
        ex.Reason.Should().StartWith("\"kind\" is not valid text: it holds invalid UTF-16");
        ex.LineNumber.Should().Be(0);
        ex.BytePositionInLine.Should().Be(26);
    }

    /// <summary>The format version is checked even when it comes after the kind.</summary>
    [Fact]
    public void An_unsupported_format_version_after_the_kind_is_rejected()
    {
        var ex = Fails(() => CompositionJson.Read("""{"kind":"senate","formatVersion":2,"date":"2024-01-01","mandates":[]}"""));

        ex.At("$.formatVersion", 0, 33, "formatVersion 2 is not supported; this library reads formatVersion 1.");
    }

    /// <summary>A date given as a number is rejected with the converter's exact reason at the date's path.</summary>
    [Fact]
    public void A_date_that_is_not_a_string_is_rejected_with_an_example()
    {
        var ex = Fails(() => CompositionJson.Read("""{"formatVersion":1,"kind":"senate","date":20240101,"mandates":[]}"""));

        ex.JsonPath.Should().Be("$.date");
        ex.Reason.Should().Be("Expected a date string such as \"2024-01-01\", found a number.");
    }

    /// <summary>An unknown enum name lists every camelCase name of the enum, in declaration order; the deserializer's position is just after the value.</summary>
    [Fact]
    public void An_unknown_seat_source_lists_every_known_name()
    {
        var ex = Fails(() => CompositionJson.ReadMandate(MandateDoc.Replace("electedByMaslikhats", "elected", StringComparison.Ordinal)));

        ex.At(
            "$.mandate.source",
            6,
            23,
            "\"elected\" is not a known seat source; expected one of: electedByMaslikhats, appointedByPresident, appointedByPresidentOnAssemblyProposal, partyList, singleMemberDistrict, electedByAssemblyOfPeople, stateList, publicOrganization.");
    }

    /// <summary>A missing required property names the wire type in plain words, never the internal type name.</summary>
    [Fact]
    public void A_missing_required_property_names_the_wire_type_in_plain_words()
    {
        const string name = "{\"formatVersion\":1,\"kind\":\"senate\",\"date\":\"2024-01-01\",\"mandates\":[{\"deputy\":{\"id\":\"d\",\"name\":{\"ru\":\"А\"}},\"chamber\":\"senate\",\"source\":\"appointedByPresident\",\"start\":\"2023-01-01\"}]}";
        const string deputy = "{\"formatVersion\":1,\"kind\":\"senate\",\"date\":\"2024-01-01\",\"mandates\":[{\"deputy\":{\"id\":\"d\"},\"chamber\":\"senate\",\"source\":\"appointedByPresident\",\"start\":\"2023-01-01\"}]}";
        const string mandate = "{\"formatVersion\":1,\"kind\":\"senate\",\"date\":\"2024-01-01\",\"mandates\":[{\"deputy\":{\"id\":\"d\",\"name\":{\"en\":\"A\"}},\"chamber\":\"senate\",\"source\":\"appointedByPresident\"}]}";

        Missing(() => CompositionJson.Read("""{"kind":"senate","date":"2024-01-01","mandates":[]}""")).Should().Be(("$", "The composition is missing required properties: 'formatVersion' (a composition has: formatVersion, kind, date, convocation, mandates)."));
        Missing(() => CompositionJson.ReadParliament("""{"formatVersion":1,"kind":"parliament","chambers":[]}""")).Should().Be(("$", "The parliament is missing required properties: 'date' (a parliament has: formatVersion, kind, date, convocation, chambers)."));
        Missing(() => CompositionJson.ReadMandate("""{"formatVersion":1,"kind":"mandate"}""")).Should().Be(("$", "The mandate document is missing required properties: 'mandate' (a mandate document has: formatVersion, kind, mandate)."));
        Missing(() => CompositionJson.ReadParliament("""{"formatVersion":1,"kind":"parliament","date":"2024-01-01","chambers":[{"kind":"senate"}]}""")).Should().Be(("$.chambers[0]", "The chamber is missing required properties: 'mandates' (a chamber has: kind, convocation, mandates)."));
        Missing(() => CompositionJson.Read(mandate)).Should().Be(("$.mandates[0]", "The mandate is missing required properties: 'start' (a mandate has: deputy, chamber, source, start, end, endReason, regionId, district, partyId)."));
        Missing(() => CompositionJson.Read(deputy)).Should().Be(("$.mandates[0].deputy", "The deputy is missing required properties: 'name' (a deputy has: id, name, birthDate)."));
        Missing(() => CompositionJson.Read(name)).Should().Be(("$.mandates[0].deputy.name", "The name is missing required properties: 'en' (a name has: en, ru, kk, kkLatn, alternatives)."));
    }

    /// <summary>Values the model rejects inside a mandate document are reported under <c>$.mandate</c>, at the value's line and position.</summary>
    [Fact]
    public void A_mandate_document_reports_model_errors_under_the_mandate()
    {
        Fails(() => CompositionJson.ReadMandate(MandateDoc.Replace("\"regionId\": \"astana\"", "\"end\": \"2020-01-01\"", StringComparison.Ordinal)))
            .At("$.mandate.end", 8, 11, "The end 2020-01-01 must be after the start 2023-01-25 (terms are half-open: [start, end)).");
        Fails(() => CompositionJson.ReadMandate(MandateDoc.Replace("\"astana\"", "\" \"", StringComparison.Ordinal)))
            .At("$.mandate.regionId", 8, 16, "Value must not be empty or white space.");
        Fails(() => CompositionJson.ReadMandate(MandateDoc.Replace("\"regionId\": \"astana\"", "\"partyId\": \"\"", StringComparison.Ordinal)))
            .At("$.mandate.partyId", 8, 15, "Value must not be empty or white space.");
        Fails(() => CompositionJson.ReadMandate(MandateDoc.Replace("\"Aigerim Test\"", "\" \"", StringComparison.Ordinal)))
            .At("$.mandate.deputy.name.en", 4, 45, "Value must not be empty or white space.");
        Fails(() => CompositionJson.ReadMandate(MandateDoc.Replace("\"Aigerim Test\"", "\"Aigerim Test\", \"alternatives\": [\"Aigerim\", \" \"]", StringComparison.Ordinal)))
            .At("$.mandate.deputy.name.alternatives", 4, 77, "Alternative spellings must not be empty.");
    }

    /// <summary>A valid mandate document is read from a stream, and its file name is kept for errors read the same way.</summary>
    [Fact]
    public void A_mandate_is_read_from_a_stream()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(MandateDoc));

        var mandate = CompositionJson.ReadMandate(stream, "m.json");

        mandate.Deputy.Id.Should().Be("d-1");
        mandate.Source.Should().Be(SeatSource.ElectedByMaslikhats);
        mandate.RegionId.Should().Be("astana");
        using var broken = new MemoryStream(Encoding.UTF8.GetBytes(MandateDoc.Replace("\"senate\"", "\"senat\"", StringComparison.Ordinal)));
        Fails(() => CompositionJson.ReadMandate(broken, "m.json")).Message.Should().StartWith("m.json: $.mandate.chamber (line 6, position 23): \"senat\" is not a known chamber");
    }

    /// <summary>A null chamber and a non-positive parliament convocation are rejected at their paths.</summary>
    [Fact]
    public void A_parliament_reports_a_null_chamber_and_a_bad_convocation_at_their_paths()
    {
        var nullChamber = ParliamentDoc.Replace("{ \"kind\": \"mazhilis\", \"mandates\": [] }", "null", StringComparison.Ordinal);
        var badConvocation = ParliamentDoc.Replace("\"convocation\": 8", "\"convocation\": 0", StringComparison.Ordinal);

        Fails(() => CompositionJson.ReadParliament(nullChamber)).At("$.chambers[1]", 7, 4, "A chamber is null; every item of \"chambers\" must be an object.");
        Fails(() => CompositionJson.ReadParliament(badConvocation)).At("$.convocation", 4, 17, "A convocation number is positive; 0 was given.");
    }

    /// <summary>A nested chamber of the mandate kind names the mandate reader.</summary>
    [Fact]
    public void A_nested_chamber_of_the_mandate_kind_is_rejected_at_its_kind()
    {
        var json = ParliamentDoc.Replace("\"kind\": \"mazhilis\"", "\"kind\": \"mandate\"", StringComparison.Ordinal);

        Fails(() => CompositionJson.ReadParliament(json)).At(
            "$.chambers[1].kind",
            7,
            14,
            "The document is a mandate, not a chamber (senate, mazhilis, kurultai or supremeCouncil); use CompositionJson.ReadMandate.");
    }

    /// <summary>A parliament and a mandate written to a stream are the same bytes as their strings, and read back equal.</summary>
    [Fact]
    public void A_parliament_and_a_mandate_written_to_a_stream_match_their_strings()
    {
        var parliament = CompositionJson.ReadParliament(ParliamentDoc);
        var mandate = CompositionJson.ReadMandate(MandateDoc);
        using var parliamentStream = new MemoryStream();
        using var mandateStream = new MemoryStream();

        CompositionJson.Write(parliament, parliamentStream);
        CompositionJson.Write(mandate, mandateStream);

        Encoding.UTF8.GetString(parliamentStream.ToArray()).Should().Be(CompositionJson.WriteToString(parliament)).And.Contain("\"kind\": \"parliament\"");
        Encoding.UTF8.GetString(mandateStream.ToArray()).Should().Be(CompositionJson.WriteToString(mandate)).And.Contain("\"kind\": \"mandate\"");
        parliamentStream.Position = 0;
        mandateStream.Position = 0;
        CompositionJson.ReadParliament(parliamentStream).Should().Be(parliament);
        CompositionJson.ReadMandate(mandateStream).Should().Be(mandate);
    }

    /// <summary>A name without alternative spellings is written without an <c>alternatives</c> property; one with them writes them in order.</summary>
    [Fact]
    public void Alternative_spellings_are_written_only_when_there_are_some()
    {
        var plain = CompositionJson.ReadMandate(MandateDoc);
        var spelled = new Mandate(new Deputy("d-1", new LocalizedName("Aigerim Test", alternatives: ["Aigerim", "Aygerim"])), ChamberKind.Senate, SeatSource.ElectedByMaslikhats, new LocalDate(2023, 1, 25), regionId: "astana");

        CompositionJson.WriteToString(plain).Should().NotContain("alternatives");
        var json = CompositionJson.WriteToString(spelled);
        json.Should().Contain("\"alternatives\": [\n          \"Aigerim\",\n          \"Aygerim\"\n        ]");
        CompositionJson.ReadMandate(json).Should().Be(spelled);
    }

    /// <summary>Writing an enum value that is not defined fails with the value and the enum's name.</summary>
    [Fact]
    public void Writing_an_undefined_seat_source_is_rejected()
    {
        var mandate = new Mandate(new Deputy("d-1", "Aigerim Test"), ChamberKind.Senate, (SeatSource)99, new LocalDate(2023, 1, 25));

        var ex = FluentActions.Invoking(() => CompositionJson.WriteToString(mandate)).Should().Throw<ArgumentOutOfRangeException>().Which;

        ex.ParamName.Should().Be("value");
        ex.Message.Should().StartWith("99 is not a defined seat source.");
    }

    /// <summary>One read gives the document's kind: a chamber's composition or a parliament, from a stream, a string or bytes alike.</summary>
    [Fact]
    public void Reading_a_document_returns_a_chamber_or_a_parliament_as_its_kind_says()
    {
        var senate = CompositionJsonTests.SmallSenate();
        var json = CompositionJson.WriteToString(senate);

        var fromStream = CompositionJson.ReadDocument(new MemoryStream(Encoding.UTF8.GetBytes(json)), "s.json");
        var fromString = CompositionJson.ReadDocument(json);
        var parliament = CompositionJson.ReadDocument(Encoding.UTF8.GetBytes(ParliamentDoc));

        fromStream.IsParliament.Should().BeFalse();
        fromStream.Chamber.Should().Be(senate);
        fromStream.Parliament.Should().BeNull();
        fromStream.Chambers.Should().Equal(senate);
        fromStream.Date.Should().Be(senate.Date);
        fromString.Chamber.Should().Be(senate);
        fromString.ToString().Should().Be(senate.ToString());
        parliament.IsParliament.Should().BeTrue();
        parliament.Chamber.Should().BeNull();
        parliament.Parliament.Should().Be(CompositionJson.ReadParliament(ParliamentDoc));
        parliament.Parliament!.Convocation.Should().Be(8);
        parliament.Chambers.Should().Equal(parliament.Parliament.Chambers);
        parliament.ToString().Should().Be(parliament.Parliament.ToString());
    }

    /// <summary>A mandate document, or an unknown kind, is refused by the one read with the path of its kind.</summary>
    [Fact]
    public void Reading_a_document_refuses_a_mandate_and_an_unknown_kind()
    {
        var mandate = CompositionJson.WriteToString(CompositionJsonTests.SmallSenate().Mandates[0]);

        var ex = FluentActions.Invoking(() => CompositionJson.ReadDocument(mandate, "m.json")).Should().Throw<LegislatureJsonException>().Which;
        var unknown = FluentActions.Invoking(() => CompositionJson.ReadDocument("""{"formatVersion":1,"kind":"senat"}""")).Should().Throw<LegislatureJsonException>().Which;

        ex.JsonPath.Should().Be("$.kind");
        ex.Reason.Should().Be("The document is a single mandate (kind \"mandate\"); expected a chamber composition (kind senate, mazhilis, kurultai, supremeCouncil) or a parliament (kind parliament).");
        unknown.JsonPath.Should().Be("$.kind");
        unknown.Reason.Should().Be("\"senat\" is not a known kind; expected one of: senate, mazhilis, kurultai, supremeCouncil, parliament, mandate.");
    }

    /// <summary>A document moved to another date keeps every chamber's mandates and convocation.</summary>
    [Fact]
    public void A_document_moved_to_another_date_keeps_its_mandates()
    {
        var day = new LocalDate(2024, 6, 1);
        var chamber = CompositionJson.ReadDocument(CompositionJson.WriteToString(CompositionJsonTests.SmallSenate())).WithDate(day);
        var parliament = CompositionJson.ReadDocument(ParliamentDoc).WithDate(day);
        var original = CompositionJson.ReadParliament(ParliamentDoc);

        chamber.Date.Should().Be(day);
        chamber.Chamber.Should().Be(CompositionJsonTests.SmallSenate().WithDate(day));
        parliament.Date.Should().Be(day);
        parliament.Parliament!.Convocation.Should().Be(original.Convocation);
        parliament.Chambers.Select(c => c.Date).Should().AllBeEquivalentTo(day);
        parliament.Chambers.Select(c => c.Mandates).Should().BeEquivalentTo(original.Chambers.Select(c => c.Mandates), o => o.WithStrictOrdering());
    }

    /// <summary>Every writer and reader overload rejects a null argument by its own parameter name.</summary>
    [Fact]
    public void Null_arguments_are_rejected_by_their_own_parameter_names()
    {
        var senate = CompositionJsonTests.SmallSenate();
        var parliament = CompositionJson.ReadParliament(ParliamentDoc);
        var senateJson = CompositionJson.WriteToString(senate);

        NullParam(() => CompositionJson.Write((ChamberComposition)null!, new MemoryStream())).Should().Be("composition");
        NullParam(() => CompositionJson.Write(senate, null!)).Should().Be("utf8Json");
        NullParam(() => CompositionJson.Write((Parliament)null!, new MemoryStream())).Should().Be("parliament");
        NullParam(() => CompositionJson.Write(parliament, null!)).Should().Be("utf8Json");
        NullParam(() => CompositionJson.Write((Mandate)null!, new MemoryStream())).Should().Be("mandate");
        NullParam(() => CompositionJson.Write(senate.Mandates[0], null!)).Should().Be("utf8Json");
        NullParam(() => CompositionJson.WriteToString((Parliament)null!)).Should().Be("parliament");
        NullParam(() => CompositionJson.WriteToString((Mandate)null!)).Should().Be("mandate");

        NullParam(() => CompositionJson.ReadDocument((Stream)null!)).Should().Be("utf8Json");
        NullParam(() => CompositionJson.ReadDocument((string)null!)).Should().Be("json");
        NullParam(() => CompositionDocument.Of((ChamberComposition)null!)).Should().Be("chamber");
        NullParam(() => CompositionDocument.Of((Parliament)null!)).Should().Be("parliament");
        NullParam(() => CompositionJson.ReadParliament((Stream)null!)).Should().Be("utf8Json");
        NullParam(() => CompositionJson.Read((Stream)null!)).Should().Be("utf8Json");
        NullParam(() => CompositionJson.ReadMandate((Stream)null!)).Should().Be("utf8Json");
        NullParam(() => PopoloImporter.ImportMemberships((Stream)null!, ChamberKind.Senate, Day)).Should().Be("popoloJson");
        NullParam(() => CompositionJson.ReadMandate((string)null!)).Should().Be("json");
    }

    private static LegislatureJsonException Fails(Func<object> read) =>
        FluentActions.Invoking(read).Should().Throw<LegislatureJsonException>().Which;

    private static (string? Path, string Reason) Missing(Func<object> read)
    {
        var ex = Fails(read);
        return (ex.JsonPath, ex.Reason);
    }

    private static string? NullParam(Action act) =>
        FluentActions.Invoking(act).Should().Throw<ArgumentNullException>().Which.ParamName;
}

/// <summary>Asserts a <see cref="LegislatureJsonException"/>'s path, zero-based line and position, and exact reason.</summary>
internal static class LegislatureJsonExceptionChecks
{
    public static void At(this LegislatureJsonException ex, string path, long line, long position, string reason)
    {
        ex.Reason.Should().Be(reason);
        ex.JsonPath.Should().Be(path);
        ex.LineNumber.Should().Be(line, "the line of " + path);
        ex.BytePositionInLine.Should().Be(position, "the position of " + path);
    }
}

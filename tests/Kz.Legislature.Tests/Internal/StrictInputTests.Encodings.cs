using System.Text;
using Kz.Legislature.History;
using Kz.Legislature.Internal;
using Kz.Legislature.Serialization;

namespace Kz.Legislature.Tests.Internal;

/// <summary>A file saved as UTF-16 or UTF-32 is named as such, with or without its byte-order mark, by every reader.</summary>
public sealed partial class StrictInputTests
{
    private const string Utf8Advice = "The document is not valid UTF-8: a byte here is not part of any character; save the file as UTF-8.";
    private const string NoMarkAdvice = "The document is not UTF-8: zero bytes stand between its first characters, as in UTF-16 or UTF-32 text; save the file as UTF-8.";

    public static TheoryData<string, string> Marked => new()
    {
        { "utf-16", "The document is UTF-16 (little-endian): it starts with the byte-order mark of that encoding, not UTF-8; save the file as UTF-8." },
        { "utf-16BE", "The document is UTF-16 (big-endian): it starts with the byte-order mark of that encoding, not UTF-8; save the file as UTF-8." },
        { "utf-32", "The document is UTF-32 (little-endian): it starts with the byte-order mark of that encoding, not UTF-8; save the file as UTF-8." },
        { "utf-32BE", "The document is UTF-32 (big-endian): it starts with the byte-order mark of that encoding, not UTF-8; save the file as UTF-8." },
    };

    [Theory]
    [MemberData(nameof(Marked))]
    public void a_document_with_the_byte_order_mark_of_another_encoding_is_named_by_that_encoding(string encoding, string reason)
    {
        var bytes = Encode(encoding, withMark: true);

        var ex = FluentActions.Invoking(() => StrictInput.Check(bytes, 1000, "doc.json")).Should().Throw<LegislativeDataException>().Which;

        ex.Reason.Should().Be(reason);
        ex.JsonPath.Should().Be("$");
        ex.LineNumber.Should().Be(0);
        ex.BytePositionInLine.Should().Be(0);
        StrictInput.EncodingProblem(bytes).Should().Be((0, reason));
    }

    [Theory]
    [InlineData("utf-16", 1)]
    [InlineData("utf-16BE", 0)]
    [InlineData("utf-32", 1)]
    [InlineData("utf-32BE", 0)]
    public void a_document_in_another_encoding_without_its_mark_is_refused_at_its_first_zero_byte(string encoding, int offset)
    {
        var bytes = Encode(encoding, withMark: false);

        var ex = FluentActions.Invoking(() => StrictInput.Check(bytes, 1000, "doc.json")).Should().Throw<LegislativeDataException>().Which;

        ex.Reason.Should().Be(NoMarkAdvice);
        ex.BytePositionInLine.Should().Be(offset);
    }

    [Fact]
    public void utf8_text_and_a_single_byte_are_not_taken_for_another_encoding()
    {
        StrictInput.EncodingProblem(Encoding.UTF8.GetBytes("{\"a\":\"Қазақстан\"}")).Should().BeNull();
        StrictInput.EncodingProblem([(byte)'{']).Should().BeNull();
        StrictInput.EncodingProblem([]).Should().BeNull();
        StrictInput.EncodingProblem(StrictInput.WithoutBom([0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}'])).Should().BeNull();
        StrictInput.EncodingProblem([(byte)'{', 0xFF]).Should().Be((1, Utf8Advice));
    }

    [Fact]
    public void the_dataset_loader_and_the_composition_and_popolo_readers_name_a_utf16_file_alike()
    {
        const string reason = "The document is UTF-16 (little-endian): it starts with the byte-order mark of that encoding, not UTF-8; save the file as UTF-8.";
        var bytes = Encode("utf-16", withMark: true);

        var dataset = FluentActions.Invoking(() => LegislativeHistory.Load(new MemoryStream(bytes), "data.json")).Should().Throw<LegislativeDataException>().Which;
        var composition = FluentActions.Invoking(() => CompositionJson.Read(bytes, "senate.json")).Should().Throw<LegislatureJsonException>().Which;
        var popolo = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(new MemoryStream(bytes), ChamberKind.Senate, new NodaTime.LocalDate(2024, 1, 1), fileName: "popolo.json"))
            .Should().Throw<LegislativeDataException>().Which;

        dataset.Reason.Should().Be(reason);
        composition.Message.Should().Be("senate.json: $ (line 1, position 1): " + reason);
        popolo.Reason.Should().Be(reason);
    }

    private static byte[] Encode(string encoding, bool withMark)
    {
        var e = encoding switch
        {
            "utf-16" => (Encoding)new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            "utf-32" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
            _ => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        };
        var body = e.GetBytes("{\"formatVersion\":1}");
        return withMark ? [.. e.GetPreamble(), .. body] : body;
    }
}

using System.Text;
using Kz.Legislature.Serialization;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>
/// The size limit of every read overload exactly at the limit and one byte over, and the line and position of the first
/// byte that is not UTF-8.
/// </summary>
public sealed partial class CompositionJsonTests
{
    private const string Head = "{\"formatVersion\":1,\"kind\":\"senate\",\"date\":\"2024-01-01\",\"mandates\":[]";

    private const string TooLargeReason = "The document is larger than the limit of 4194304 bytes.";

    /// <summary>A document of exactly the limit is read through the string, the bytes and the stream overloads.</summary>
    [Fact]
    public void A_document_of_exactly_four_mebibytes_is_read_by_every_overload()
    {
        var json = Padded(CompositionJson.MaxDocumentBytes);
        var bytes = Encoding.UTF8.GetBytes(json);
        bytes.Length.Should().Be(4_194_304);

        var fromString = CompositionJson.Read(json, "big.json");
        var fromBytes = CompositionJson.Read(bytes, "big.json");
        using var stream = new MemoryStream(bytes);
        var fromStream = CompositionJson.Read(stream, "big.json");

        fromString.Should().BeOfType<Senate>().Which.Date.Should().Be(new LocalDate(2024, 1, 1));
        fromString.SeatCount.Should().Be(0);
        fromBytes.Should().Be(fromString);
        fromStream.Should().Be(fromString);
    }

    /// <summary>One byte over the limit is rejected by every overload, before parsing, with the file name and no position.</summary>
    [Fact]
    public void A_document_one_byte_over_four_mebibytes_is_rejected_by_every_overload()
    {
        var json = Padded(CompositionJson.MaxDocumentBytes + 1);
        var bytes = Encoding.UTF8.GetBytes(json);
        bytes.Length.Should().Be(4_194_305);

        var fromString = FluentActions.Invoking(() => CompositionJson.Read(json, "big.json")).Should().Throw<LegislatureJsonException>().Which;
        var fromBytes = FluentActions.Invoking(() => CompositionJson.Read(bytes, "big.json")).Should().Throw<LegislatureJsonException>().Which;
        var fromStream = FluentActions.Invoking(() => CompositionJson.Read(new MemoryStream(bytes), "big.json")).Should().Throw<LegislatureJsonException>().Which;
        var parliament = FluentActions.Invoking(() => CompositionJson.ReadParliament(bytes, "big.json")).Should().Throw<LegislatureJsonException>().Which;
        var mandate = FluentActions.Invoking(() => CompositionJson.ReadMandate(bytes)).Should().Throw<LegislatureJsonException>().Which;

        foreach (var ex in new[] { fromString, fromBytes, fromStream, parliament })
        {
            ex.Message.Should().Be("big.json: $: " + TooLargeReason);
            ex.Reason.Should().Be(TooLargeReason);
            ex.JsonPath.Should().Be("$");
            ex.FileName.Should().Be("big.json");
            ex.LineNumber.Should().BeNull();
            ex.BytePositionInLine.Should().BeNull();
        }

        mandate.Message.Should().Be("$: " + TooLargeReason);
    }

    /// <summary>A string of more than a third of the limit in characters but within it in bytes is read (the character count is only a shortcut).</summary>
    [Fact]
    public void A_string_of_two_mebibytes_is_read()
    {
        var json = Padded(2 * 1024 * 1024);

        CompositionJson.Read(json).SeatCount.Should().Be(0);
    }

    /// <summary>A string is measured in UTF-8 bytes: fewer characters than the limit, but one byte too many once encoded.</summary>
    [Fact]
    public void A_string_is_measured_in_utf8_bytes_not_in_characters()
    {
        // "Ә" (U+04D8) is two bytes in UTF-8.
        var prefix = Head[..^1] + "{\"deputy\":{\"id\":\"d\",\"name\":{\"en\":\"";
        const string suffix = "\"}},\"chamber\":\"senate\",\"source\":\"appointedByPresident\",\"start\":\"2023-01-25\"}]}";
        var free = CompositionJson.MaxDocumentBytes - prefix.Length - suffix.Length;
        var atLimit = prefix + new string('Ә', free / 2) + new string('a', free % 2) + suffix;
        var overLimit = prefix + new string('Ә', free / 2) + new string('a', (free % 2) + 1) + suffix;

        atLimit.Length.Should().BeLessThan(CompositionJson.MaxDocumentBytes);
        Encoding.UTF8.GetByteCount(atLimit).Should().Be(CompositionJson.MaxDocumentBytes);
        Encoding.UTF8.GetByteCount(overLimit).Should().Be(CompositionJson.MaxDocumentBytes + 1);

        CompositionJson.Read(atLimit).Mandates.Single().Deputy.Name.English.Should().StartWith("ӘӘӘ").And.HaveLength((free / 2) + (free % 2));
        FluentActions.Invoking(() => CompositionJson.Read(overLimit, "kk.json")).Should().Throw<LegislatureJsonException>()
            .Which.Message.Should().Be("kk.json: $: " + TooLargeReason);
    }

    /// <summary>The string check (shared with the Popolo importer, whose limit is larger) at a small limit: at, under and over it, in ASCII and in two-byte characters.</summary>
    [Fact]
    public void Encoding_a_string_accepts_exactly_the_limit_and_rejects_one_byte_more()
    {
        CompositionJson.Encode("abcd", "f.json", 10).Should().Equal(Encoding.UTF8.GetBytes("abcd"));
        CompositionJson.Encode("abcdefghij", "f.json", 10).Should().HaveCount(10);
        CompositionJson.Encode("ӘӘӘӘӘ", "f.json", 10).Should().HaveCount(10);

        FluentActions.Invoking(() => CompositionJson.Encode("abcdefghijk", "f.json", 10)).Should().Throw<LegislatureJsonException>()
            .Which.Message.Should().Be("f.json: $: The document is larger than the limit of 10 bytes.");
        FluentActions.Invoking(() => CompositionJson.Encode("ӘӘӘӘӘa", null, 10)).Should().Throw<LegislatureJsonException>()
            .Which.Message.Should().Be("$: The document is larger than the limit of 10 bytes.");
    }

    /// <summary>The stream check at a small limit: exactly the limit is read, one byte more is rejected, whether the stream gives everything at once or one byte per read.</summary>
    [Fact]
    public void Reading_a_stream_accepts_exactly_the_limit_and_rejects_one_byte_more()
    {
        var ten = Encoding.ASCII.GetBytes("0123456789");
        var eleven = Encoding.ASCII.GetBytes("0123456789A");

        CompositionJson.ReadAll(new MemoryStream(ten), "s.json", 10).Should().Equal(ten);
        CompositionJson.ReadAll(new TrickleStream(ten), "s.json", 10).Should().Equal(ten);

        FluentActions.Invoking(() => CompositionJson.ReadAll(new MemoryStream(eleven), "s.json", 10)).Should().Throw<LegislatureJsonException>()
            .Which.Message.Should().Be("s.json: $: The document is larger than the limit of 10 bytes.");
        FluentActions.Invoking(() => CompositionJson.ReadAll(new TrickleStream(eleven), "s.json", 10)).Should().Throw<LegislatureJsonException>()
            .Which.Reason.Should().Be("The document is larger than the limit of 10 bytes.");
    }

    /// <summary>The first bad byte is reported by line and position even past the decoder's 256-character scratch buffer, counted after a byte-order mark.</summary>
    [Fact]
    public void A_bad_byte_far_into_the_document_is_reported_at_its_exact_position()
    {
        var json = Head[..^1] + "{\"deputy\":{\"id\":\"d\",\"name\":{\"en\":\"" + new string('A', 400)
            + "\"}},\"chamber\":\"senate\",\"source\":\"appointedByPresident\",\"start\":\"2023-01-25\"}]}";
        var bytes = Encoding.UTF8.GetBytes(json);
        bytes[300] = 0xFF;
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();

        var ex = FluentActions.Invoking(() => CompositionJson.Read(bytes, "bad.json")).Should().Throw<LegislatureJsonException>().Which;
        var afterBom = FluentActions.Invoking(() => CompositionJson.Read(withBom)).Should().Throw<LegislatureJsonException>().Which;

        ex.Message.Should().Be("bad.json: $ (line 1, position 301): The document is not valid UTF-8: a byte here is not part of any character; save the file as UTF-8.");
        ex.JsonPath.Should().Be("$");
        ex.LineNumber.Should().Be(0);
        ex.BytePositionInLine.Should().Be(300);
        afterBom.Reason.Should().Be("The document is not valid UTF-8: a byte here is not part of any character; save the file as UTF-8.");
        afterBom.BytePositionInLine.Should().Be(300);
    }

    /// <summary>A bad byte on a later line gets its line and its position within that line.</summary>
    [Fact]
    public void A_bad_byte_on_a_later_line_is_located_within_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"formatVersion\": 1,\n  \"kind\": \"senZte\"\n}");
        var index = Array.IndexOf(bytes, (byte)'Z');
        bytes[index] = 0xC0;

        var ex = FluentActions.Invoking(() => CompositionJson.Read(bytes)).Should().Throw<LegislatureJsonException>().Which;

        ex.Reason.Should().Be("The document is not valid UTF-8: a byte here is not part of any character; save the file as UTF-8.");
        ex.LineNumber.Should().Be(2);
        ex.BytePositionInLine.Should().Be(14);
    }

    private static string Padded(int bytes) => Head + new string(' ', bytes - Head.Length - 1) + "}";

    /// <summary>A stream that gives one byte per read, as a slow network stream may.</summary>
    private sealed class TrickleStream(byte[] data) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => data.Length;

        public override long Position
        {
            get => position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (position >= data.Length || count == 0)
            {
                return 0;
            }

            buffer[offset] = data[position++];
            return 1;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

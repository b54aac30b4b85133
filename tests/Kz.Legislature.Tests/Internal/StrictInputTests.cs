using System.Text;
using System.Text.Json;
using Kz.Legislature.History;
using Kz.Legislature.Internal;

namespace Kz.Legislature.Tests.Internal;

/// <summary>The one strict reader of input bytes (internal): the size limit, the byte-order mark, strict UTF-8 and the JSON options every reader uses.</summary>
public sealed partial class StrictInputTests
{
    private const string TooLargeReason = "The document is larger than the limit of 10 bytes.";

    [Fact]
    public void a_seekable_stream_longer_than_the_limit_is_refused_before_it_is_read()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("[1,2,3,4,5]"));

        var ex = FluentActions.Invoking(() => StrictInput.ReadBytes(stream, 10, "big.json")).Should().Throw<LegislativeDataException>().Which;

        ex.Reason.Should().Be(TooLargeReason);
        ex.FileName.Should().Be("big.json");
        ex.JsonPath.Should().Be("$");
        stream.Position.Should().Be(0, "the declared length alone tells that the input is too large");
    }

    [Fact]
    public void a_seekable_stream_is_measured_from_its_position()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("xxxxx[1,2,3]"));
        stream.Position = 5;

        StrictInput.ReadBytes(stream, 7, null).ToArray().Should().Equal(Encoding.UTF8.GetBytes("[1,2,3]"));
    }

    [Fact]
    public void a_stream_that_cannot_seek_is_refused_once_it_has_given_more_than_the_limit()
    {
        using var stream = new ForwardOnlyStream(Encoding.UTF8.GetBytes("[1,2,3,4,5]"));

        var ex = FluentActions.Invoking(() => StrictInput.ReadBytes(stream, 10, null)).Should().Throw<LegislativeDataException>().Which;

        ex.Reason.Should().Be(TooLargeReason);
        ex.FileName.Should().BeNull();
        StrictInput.ReadBytes(new ForwardOnlyStream(Encoding.UTF8.GetBytes("[1,2,3,4]")), 10, null).Length.Should().Be(9);
    }

    [Fact]
    public void text_over_the_limit_is_refused_as_too_large_before_its_characters_are_checked()
    {
        // The text is too large and also holds an unpaired surrogate: the size is the first error.
        var ex = FluentActions.Invoking(() => StrictInput.ReadBytes("\"abcdef\uD800ghij\"", 10, "text.json")).Should().Throw<LegislativeDataException>().Which;

        ex.Reason.Should().Be(TooLargeReason);
        ex.FileName.Should().Be("text.json");
    }

    [Fact]
    public void text_with_an_unpaired_surrogate_is_refused_at_its_character()
    {
        var ex = FluentActions.Invoking(() => StrictInput.ReadBytes("[\n\"a\uD800\"]", 100, "text.json")).Should().Throw<LegislativeDataException>().Which;

        ex.Reason.Should().Be("The text is not valid: character 5 is half of a surrogate pair, which stands for no character.");
        ex.LineNumber.Should().Be(1);
        ex.BytePositionInLine.Should().Be(2);
    }

    [Fact]
    public void bytes_in_memory_over_the_limit_are_refused()
    {
        var ex = FluentActions.Invoking(() => StrictInput.Check(Encoding.UTF8.GetBytes("[1,2,3,4,5]"), 10, "bytes.json")).Should().Throw<LegislativeDataException>().Which;

        ex.Reason.Should().Be(TooLargeReason);
        ex.FileName.Should().Be("bytes.json");
        ex.JsonPath.Should().Be("$");
        StrictInput.Check(Encoding.UTF8.GetBytes("[1,2,3,45]"), 10, null).Length.Should().Be(10);
    }

    [Fact]
    public void a_byte_order_mark_is_stripped_and_a_byte_that_is_no_character_is_refused_where_it_is()
    {
        byte[] withBom = [0xEF, 0xBB, 0xBF, (byte)'[', (byte)']'];
        byte[] invalid = [(byte)'[', (byte)'\n', (byte)' ', (byte)'"', 0xFF, (byte)'"', (byte)']'];

        StrictInput.Check(withBom, 10, null).ToArray().Should().Equal((byte)'[', (byte)']');
        var ex = FluentActions.Invoking(() => StrictInput.Check(invalid, 10, "bad.json")).Should().Throw<LegislativeDataException>().Which;

        ex.Reason.Should().Be("The document is not valid UTF-8: a byte here is not part of any character; save the file as UTF-8.");
        ex.LineNumber.Should().Be(1);
        ex.BytePositionInLine.Should().Be(2);
    }

    [Fact]
    public void the_first_byte_that_is_no_character_is_found_past_many_characters()
    {
        // More characters than the decoder's scratch buffer holds, then a truncated three-byte sequence.
        var bytes = Encoding.UTF8.GetBytes(new string('a', 1000)).Concat(new byte[] { 0xE2, 0x82 }).ToArray();

        StrictInput.InvalidUtf8Offset(bytes).Should().Be(1000);
        StrictInput.InvalidUtf8Offset(Encoding.UTF8.GetBytes("ok")).Should().Be(-1);
    }

    [Theory]
    [InlineData("[1,]")]
    [InlineData("{\"a\":1,}")]
    [InlineData("[1 /* note */]")]
    public void the_reader_options_refuse_trailing_commas_and_comments(string json)
    {
        FluentActions.Invoking(() => ReadToEnd(json)).Should().Throw<JsonException>();
        FluentActions.Invoking(() => JsonDocument.Parse(json, StrictInput.DocumentOptions)).Should().Throw<JsonException>();
    }

    [Fact]
    public void the_document_options_refuse_a_property_given_twice()
    {
        FluentActions.Invoking(() => JsonDocument.Parse("{\"a\":1,\"a\":2}", StrictInput.DocumentOptions)).Should().Throw<JsonException>();
        using var document = JsonDocument.Parse("{\"a\":1,\"b\":[2]}", StrictInput.DocumentOptions);
        document.RootElement.GetProperty("b")[0].GetInt32().Should().Be(2);
    }

    [Fact]
    public void the_options_allow_at_most_the_maximum_depth()
    {
        var deepest = new string('[', StrictInput.MaxDepth) + new string(']', StrictInput.MaxDepth);
        var deeper = "[" + deepest + "]";

        FluentActions.Invoking(() => ReadToEnd(deepest)).Should().NotThrow();
        FluentActions.Invoking(() => ReadToEnd(deeper)).Should().Throw<JsonException>();
        FluentActions.Invoking(() => JsonDocument.Parse(deeper, StrictInput.DocumentOptions)).Should().Throw<JsonException>();
    }

    private static int ReadToEnd(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), StrictInput.ReaderOptions);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary>A stream that can only be read forwards, as a pipe or a network stream.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 3));

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

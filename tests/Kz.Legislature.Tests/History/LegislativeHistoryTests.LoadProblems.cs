using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kz.Legislature.History;
using Kz.Legislature.Internal;
using Kz.Legislature.Serialization;

namespace Kz.Legislature.Tests.History;

/// <summary>
/// The loader reports every problem the checks after parsing find (references, periods, sort order), each with its JSON
/// path; a value the parser refuses carries the line and position System.Text.Json gives; the strict byte reader is shared.
/// </summary>
public sealed partial class LegislativeHistoryTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static LegislativeDataException LoadProblemsReject(JsonObject doc)
    {
        var act = () => LegislativeHistory.Load(new MemoryStream(Encoding.UTF8.GetBytes(doc.ToJsonString(Indented))), "custom.json");
        return act.Should().Throw<LegislativeDataException>().Which;
    }

    /// <summary>Three unrelated broken references are all reported, in document order, and the message lists each.</summary>
    [Fact]
    public void every_cross_reference_problem_is_reported_with_its_path()
    {
        var doc = LegislativeHistoryTests.Document();
        doc["sittings"]![0]!["heldToRuleSet"] = "no-such-rules";
        doc["elections"]![1]!["results"]![0]!["party"] = "no-such-party";
        doc["events"]![0]!["related"] = new JsonArray("no-such-id");

        var ex = LoadProblemsReject(doc);

        ex.Problems.Select(p => p.JsonPath).Should().Equal("$.sittings[0].heldToRuleSet", "$.elections[1].results[0].party", "$.events[0].related[0]");
        ex.Problems[1].Reason.Should().Be("The party 'no-such-party' is not defined in $.parties.");
        ex.JsonPath.Should().Be("$.sittings[0].heldToRuleSet");
        ex.Reason.Should().Be("The rule set 'no-such-rules' is not defined in $.ruleSets.");
        ex.Message.Should().StartWith("custom.json: 3 problems:")
            .And.Contain("\n  $.elections[1].results[0].party: The party 'no-such-party' is not defined in $.parties.")
            .And.Contain("\n  $.events[0].related[0]: The related id 'no-such-id' is not defined anywhere in the dataset.");
    }

    /// <summary>The message lists the first problems, then says how many more there are; all stay in <see cref="LegislativeDataException.Problems"/>.</summary>
    [Fact]
    public void a_long_list_of_problems_is_cut_in_the_message_but_kept_whole()
    {
        var doc = LegislativeHistoryTests.Document();
        var events = doc["events"]!.AsArray();
        var count = LegislativeDataException.ProblemsInMessage + 3;
        for (var i = 0; i < count; i++)
        {
            events[i]!["related"] = new JsonArray($"missing-{i}");
        }

        var ex = LoadProblemsReject(doc);

        ex.Problems.Should().HaveCount(count);
        ex.Problems[^1].JsonPath.Should().Be($"$.events[{count - 1}].related[0]");
        ex.Message.Should().Contain("missing-0").And.NotContain($"missing-{count - 1}'").And.EndWith("  and 3 more.");
    }

    /// <summary>One problem reads as before: file, path, reason on one line.</summary>
    [Fact]
    public void a_single_problem_keeps_the_one_line_message()
    {
        var doc = LegislativeHistoryTests.Document();
        doc["sittings"]![0]!["convocation"] = "no-such-convocation";

        var ex = LoadProblemsReject(doc);

        ex.Problems.Should().ContainSingle();
        ex.Message.Should().Be("custom.json: $.sittings[0].convocation: The convocation 'no-such-convocation' is not defined in $.convocations.");
    }

    /// <summary>A value the parser refuses carries the line and position of the document (here an indented one).</summary>
    [Fact]
    public void a_value_of_the_wrong_kind_carries_its_line()
    {
        var doc = LegislativeHistoryTests.Document();
        doc["convocations"]![2]!["number"] = "3";
        var text = doc.ToJsonString(Indented);
        var line = text[..text.IndexOf("\"number\": \"3\"", StringComparison.Ordinal)].Count(c => c == '\n');

        var ex = LoadProblemsReject(doc);

        ex.JsonPath.Should().Be("$.convocations[2].number");
        ex.Reason.Should().Be("Expected an integer, found a string.");
        ex.LineNumber.Should().Be(line);
        ex.Message.Should().StartWith($"custom.json: $.convocations[2].number (line {line + 1}, position ");
    }

    /// <summary>An unknown property inside a list quota given as an array names its index and the list quota's properties.</summary>
    [Fact]
    public void an_unknown_property_in_a_list_quota_array_is_found_through_the_metadata()
    {
        var doc = LegislativeHistoryTests.Document();
        var chamber = doc["ruleSets"]![4]!["chambers"]![1]!.AsObject();
        var quota = chamber["listQuota"]!.DeepClone();
        quota["bogus"] = true;
        chamber["listQuota"] = new JsonArray(quota);

        var ex = LoadProblemsReject(doc);

        ex.JsonPath.Should().Be("$.ruleSets[4].chambers[1].listQuota[0].bogus");
        ex.Reason.Should().Be("Unknown property 'bogus'. Allowed here: validFrom, validUntil, minimumPercent, groups, youthMaximumAge, appliesToSeats, citation, sources, confidence, note.");
    }

    /// <summary>A composition reader's exception is a data exception, so one catch handles every reader.</summary>
    [Fact]
    public void the_json_exception_is_a_data_exception()
    {
        var ex = new LegislatureJsonException("f.json", "$.kind", "why", 2, 4);

        ex.Should().BeAssignableTo<LegislativeDataException>();
        ex.Message.Should().Be("f.json: $.kind (line 3, position 5): why");
        ex.Problems.Should().Equal(new DataProblem("$.kind", "why"));
        new LegislatureJsonException(null, "$", "why").Message.Should().Be("$: why");
    }

    /// <summary>The strict reader: inclusive size limit (also for a stream that does not know its length), BOM stripped, bad UTF-8 at its line.</summary>
    [Fact]
    public void the_strict_reader_checks_size_bom_and_utf8()
    {
        StrictInput.ReadBytes(new MemoryStream("\uFEFF{}"u8.ToArray()), 5, "a.json").ToArray().Should().Equal("{}"u8.ToArray());
        StrictInput.ReadBytes(new MemoryStream([1, 2, 3]), 3, "a.json").Length.Should().Be(3);

        var tooLarge = () => StrictInput.ReadBytes(new UnseekableStream(new byte[4]), 3, "a.json");
        tooLarge.Should().Throw<LegislativeDataException>().Which.Message.Should().Be("a.json: $: The document is larger than the limit of 3 bytes.");

        var badByte = () => StrictInput.Check("{\n \"a\": \"\xC3\"}"u8.ToArray().Select(b => b == 0xC3 ? (byte)0xFF : b).ToArray(), 100, "b.json");
        var ex = badByte.Should().Throw<LegislativeDataException>().Which;
        ex.LineNumber.Should().Be(1);
        ex.BytePositionInLine.Should().Be(7);

        var loneSurrogate = () => StrictInput.ReadBytes("{\"a\": \"\uD800\"}", 100, "c.json");
        loneSurrogate.Should().Throw<LegislativeDataException>().Which.Reason.Should().Contain("character 8 is half of a surrogate pair");
    }

    [Fact]
    public void the_strict_reader_stops_one_chunk_past_the_limit_and_finds_the_first_bad_byte()
    {
        // An endless stream: the reader stops once it holds more than the limit, so the caller refuses it in its own words.
        var endless = StrictInput.ReadAtMost(new EndlessStream(), 100_000);
        endless.Length.Should().BeGreaterThan(100_000).And.BeLessThanOrEqualTo(100_000 + 81_920);
        StrictInput.ReadAtMost(new MemoryStream([1, 2, 3]), 3).Should().Equal(1, 2, 3);
        StrictInput.ReadAtMost(new UnseekableStream([1, 2, 3, 4]), 3).Should().Equal(1, 2, 3, 4);

        StrictInput.InvalidUtf8Offset("{\"a\": \"é\"}"u8).Should().Be(-1);
        StrictInput.InvalidUtf8Offset([(byte)'a', (byte)'b', 0xE9, (byte)'c']).Should().Be(2);
        StrictInput.InvalidUtf8Offset([0xC3]).Should().Be(0);

        StrictInput.IsOverLimit("abc", 3).Should().BeFalse();
        StrictInput.IsOverLimit("abcd", 3).Should().BeTrue();
        StrictInput.IsOverLimit("éé", 3).Should().BeTrue("two characters of two UTF-8 bytes each are 4 bytes");
        StrictInput.IsOverLimit("éa", 3).Should().BeFalse();
    }

    [Fact]
    public void a_composition_stream_over_its_limit_is_refused_in_the_format_s_words()
    {
        var read = () => Kz.Legislature.Serialization.CompositionJson.Read(new EndlessStream(), "big.json");
        read.Should().Throw<Kz.Legislature.Serialization.LegislatureJsonException>().Which.Message
            .Should().Be("big.json: $: The document is larger than the limit of 4194304 bytes.");
    }

    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}

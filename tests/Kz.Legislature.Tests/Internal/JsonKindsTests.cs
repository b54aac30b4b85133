using System.Text;
using System.Text.Json;
using Kz.Legislature.Internal;

namespace Kz.Legislature.Tests.Internal;

/// <summary>How the readers name a JSON value or token, and how they word the JSON reader's own errors (internal).</summary>
public sealed partial class JsonKindsTests
{
    [Theory]
    [InlineData(JsonValueKind.Object, "an object")]
    [InlineData(JsonValueKind.Array, "an array")]
    [InlineData(JsonValueKind.String, "a string")]
    [InlineData(JsonValueKind.Number, "a number")]
    [InlineData(JsonValueKind.True, "a boolean")]
    [InlineData(JsonValueKind.False, "a boolean")]
    [InlineData(JsonValueKind.Null, "null")]
    [InlineData(JsonValueKind.Undefined, "nothing")]
    public void every_value_kind_is_named(JsonValueKind kind, string expected) =>
        JsonKinds.Describe(kind).Should().Be(expected);

    [Theory]
    [InlineData(JsonTokenType.StartObject, "an object")]
    [InlineData(JsonTokenType.StartArray, "an array")]
    [InlineData(JsonTokenType.String, "a string")]
    [InlineData(JsonTokenType.Number, "a number")]
    [InlineData(JsonTokenType.True, "a boolean")]
    [InlineData(JsonTokenType.False, "a boolean")]
    [InlineData(JsonTokenType.Null, "null")]
    [InlineData(JsonTokenType.EndObject, "the end of an object")]
    [InlineData(JsonTokenType.EndArray, "the end of an array")]
    [InlineData(JsonTokenType.PropertyName, "a property name")]
    [InlineData(JsonTokenType.Comment, "a comment")]
    [InlineData(JsonTokenType.None, "nothing")]
    public void every_token_is_named(JsonTokenType token, string expected) =>
        JsonKinds.Describe(token).Should().Be(expected);

    [Fact]
    public void a_string_the_reader_cannot_decode_is_refused_as_invalid_utf16()
    {
        var message = ReaderError("\"\\uDC00\"", read: static (ref reader) => reader.GetString());

        message.Should().Contain("invalid UTF-16");
        JsonKinds.ReaderMessage(message).Should().Be(
            "The string is not valid text: it holds invalid UTF-16, an escaped unpaired surrogate (such as \\uD800) that stands for no character; write the character itself, or both halves of its surrogate pair.");
    }

    [Fact]
    public void the_depth_limit_is_worded_without_the_reader_options()
    {
        var json = new string('[', StrictInput.MaxDepth + 1) + new string(']', StrictInput.MaxDepth + 1);
        var message = ReaderError(json, read: static (ref reader) =>
        {
            while (reader.Read())
            {
            }

            return null;
        });

        message.Should().StartWith("The maximum configured depth of 32 has been exceeded.");
        JsonKinds.ReaderMessage(message).Should().Be("The maximum depth of 32 has been exceeded. Cannot read next JSON array.");
    }

    [Fact]
    public void a_trailing_comma_is_worded_without_the_reader_options()
    {
        var message = ReaderError("[1,]", read: static (ref reader) =>
        {
            while (reader.Read())
            {
            }

            return null;
        });

        message.Should().Contain(" Change the reader options.");
        JsonKinds.ReaderMessage(message).Should().Be("A trailing comma (a comma before a closing } or ]) is not allowed in JSON.");
    }

    [Fact]
    public void any_other_mention_of_the_reader_options_is_left_out()
    {
        // The reader's own messages that name its options are about trailing commas, worded above; the rewording holds for any message.
        JsonKinds.ReaderMessage("The token is not supported in this mode. Change the reader options. Path: $.a | LineNumber: 2 | BytePositionInLine: 4.")
            .Should().Be("The token is not supported in this mode.");
    }

    [Fact]
    public void an_empty_document_is_worded_as_empty()
    {
        var message = ReaderError(string.Empty, read: static (ref reader) => null);

        JsonKinds.ReaderMessage(message).Should().Be("The document is empty: it does not contain any JSON tokens; expected a JSON object.");
    }

    private delegate string? Read(ref Utf8JsonReader reader);

    /// <summary>Runs a JSON reader with the strict options over <paramref name="json"/> and returns the message of the error it stops at.</summary>
    private static string ReaderError(string json, Read read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), StrictInput.ReaderOptions);
        try
        {
            reader.Read();
            read(ref reader);
        }
        catch (JsonException ex)
        {
            return ex.Message;
        }
        catch (InvalidOperationException ex)
        {
            return ex.Message;
        }

        throw new InvalidOperationException("The reader read the document without an error.");
    }
}

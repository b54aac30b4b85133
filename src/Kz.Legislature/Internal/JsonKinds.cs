using System.Text.Json;

namespace Kz.Legislature.Internal;

/// <summary>How the readers name a JSON value or token in their error messages ("an object", "a string", ...).</summary>
internal static class JsonKinds
{
    /// <summary>Names a value's kind; <see cref="JsonValueKind.Undefined"/> (no value at all) is "nothing".</summary>
    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>Names the value a token starts; a token that starts no value (an end, a property name, a comment) by its own name.</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => Describe(JsonValueKind.Object),
        JsonTokenType.StartArray => Describe(JsonValueKind.Array),
        JsonTokenType.String => Describe(JsonValueKind.String),
        JsonTokenType.Number => Describe(JsonValueKind.Number),
        JsonTokenType.True => Describe(JsonValueKind.True),
        JsonTokenType.False => Describe(JsonValueKind.False),
        JsonTokenType.Null => Describe(JsonValueKind.Null),
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.EndArray => "the end of an array",
        JsonTokenType.PropertyName => "a property name",
        JsonTokenType.Comment => "a comment",
        _ => "nothing",
    };

    /// <summary>Why a string the reader cannot decode is refused: an escaped unpaired surrogate such as <c>\uD800</c>.</summary>
    public const string InvalidUtf16 = "The string is not valid text: " + InvalidUtf16Detail;

    /// <summary>The explanation of <see cref="InvalidUtf16"/>, to follow "… is not valid text: ".</summary>
    public const string InvalidUtf16Detail = "it holds invalid UTF-16, an escaped unpaired surrogate (such as \\uD800) that stands for no character; write the character itself, or both halves of its surrogate pair.";

    /// <summary>
    /// Rewrites a JSON reader's message (malformed JSON) without its path and position suffix and without the reader's
    /// internals (its argument names and options): an empty document, a trailing comma, the depth limit, invalid UTF-16.
    /// </summary>
    /// <param name="message">The reader's message.</param>
    /// <returns>The reason.</returns>
    public static string ReaderMessage(string message)
    {
        foreach (var marker in (ReadOnlySpan<string>)[" Path: ", " LineNumber: ", " | LineNumber: "])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut >= 0)
            {
                message = message[..cut];
            }
        }

        if (message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "The document is empty: it does not contain any JSON tokens; expected a JSON object.";
        }

        if (message.Contains("trailing comma", StringComparison.Ordinal))
        {
            return "A trailing comma (a comma before a closing } or ]) is not allowed in JSON.";
        }

        if (message.Contains("invalid UTF-16", StringComparison.Ordinal))
        {
            return InvalidUtf16;
        }

        return message
            .Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal)
            .Replace("The maximum configured depth", "The maximum depth", StringComparison.Ordinal)
            .Trim();
    }
}

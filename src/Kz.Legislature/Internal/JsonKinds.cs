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
}

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
        _ => token.ToString(),
    };
}

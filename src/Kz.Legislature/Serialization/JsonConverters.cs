using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kz.Legislature.Internal;
using Kz.Legislature.Internal.Json;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace Kz.Legislature.Serialization;

/// <summary>Reads and writes ISO-8601 calendar dates (<c>uuuu-MM-dd</c>) through NodaTime.Serialization.SystemTextJson, failing with a <see cref="JsonException"/> that carries the path.</summary>
internal sealed class StrictLocalDateConverter : JsonConverter<LocalDate>
{
    public static readonly StrictLocalDateConverter Instance = new();

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new WireFormatException($"Expected a date string such as \"2024-01-01\", found {JsonKinds.Describe(reader.TokenType)}.");
        }

        var text = reader.GetString()!;
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            throw new WireFormatException($"\"{Truncate(text)}\" is not an ISO-8601 calendar date (uuuu-MM-dd).");
        }

        return parsed.Value;
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        NodaConverters.LocalDateConverter.Write(writer, value, options);

    internal static string Truncate(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}

/// <summary>Reads and writes an enum as its camelCase name, exactly (no integers, no other casing).</summary>
/// <typeparam name="T">The enum type.</typeparam>
internal sealed class CamelCaseEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private readonly Dictionary<string, T> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<T, JsonEncodedText> names = [];
    private readonly string expected;
    private readonly string description;

    /// <param name="description">What the value is, in the format's words, for messages: for example "seat source".</param>
    public CamelCaseEnumConverter(string description)
    {
        this.description = description;
        foreach (var value in Enum.GetValues<T>())
        {
            var name = CamelCase(Enum.GetName(value)!);
            byName[name] = value;
            names[value] = JsonEncodedText.Encode(name);
        }

        expected = string.Join(", ", byName.Keys);
    }

    public static string CamelCase(string pascal) => pascal.Length == 0 ? pascal : string.Concat(char.ToLowerInvariant(pascal[0]).ToString(), pascal.AsSpan(1));

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new WireFormatException($"Expected a {description} name as a string ({expected}), found {JsonKinds.Describe(reader.TokenType)}.");
        }

        var text = reader.GetString()!;
        return byName.TryGetValue(text, out var value)
            ? value
            : throw new WireFormatException($"\"{StrictLocalDateConverter.Truncate(text)}\" is not a known {description}; expected one of: {expected}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (!names.TryGetValue(value, out var name))
        {
            throw Internal.ArgumentErrors.OutOfRange(nameof(value), $"{value} is not a defined {description}.");
        }

        writer.WriteStringValue(name);
    }
}

/// <summary>Finds the line and byte position of the value at a JSON path, for errors found after parsing.</summary>
internal static class JsonPositionLocator
{
    /// <summary>Returns the zero-based line and byte position of the value at <paramref name="path"/>, or <see langword="null"/>.</summary>
    public static (long Line, long Position)? Find(ReadOnlySpan<byte> json, string path, int maxDepth) =>
        IndexOf(json, path, maxDepth) is { } index ? Position(json, index) : null;

    /// <summary>Describes the value at <paramref name="path"/> for a message ("the number 4.5", "an object"), or returns <see langword="null"/>.</summary>
    /// <returns>The description, and whether the value is a string that cannot be decoded (an escaped unpaired surrogate).</returns>
    public static (string Text, bool Undecodable)? Describe(ReadOnlySpan<byte> json, string path, int maxDepth)
    {
        if (IndexOf(json, path, maxDepth) is not { } index)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(json[(int)index..], new JsonReaderOptions { MaxDepth = maxDepth });
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    return ("the number " + StrictLocalDateConverter.Truncate(Encoding.UTF8.GetString(reader.ValueSpan)), false);
                case JsonTokenType.String:
                    try
                    {
                        return ($"the string \"{StrictLocalDateConverter.Truncate(reader.GetString()!)}\"", false);
                    }
                    catch (InvalidOperationException)
                    {
                        return ("a string that is not valid UTF-16", true);
                    }

                case JsonTokenType.True:
                    return ("true", false);
                case JsonTokenType.False:
                    return ("false", false);
                case JsonTokenType.StartObject:
                    while (reader.Read() && reader.CurrentDepth > 0)
                    {
                        if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                        {
                            try
                            {
                                reader.GetString();
                            }
                            catch (InvalidOperationException)
                            {
                                return ("an object with a property name that is not valid UTF-16", true);
                            }
                        }
                    }

                    return ("an object", false);
                default:
                    return (Internal.JsonKinds.Describe(reader.TokenType), false);
            }
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Names the kind of the value at <paramref name="path"/> ("a number", "an object", "null"), or returns <see langword="null"/>.</summary>
    public static string? KindAt(ReadOnlySpan<byte> json, string path, int maxDepth)
    {
        if (IndexOf(json, path, maxDepth) is not { } index)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(json[(int)index..], new JsonReaderOptions { MaxDepth = maxDepth });
            return reader.Read() ? Internal.JsonKinds.Describe(reader.TokenType) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Returns the index of the first byte of the value at <paramref name="path"/>, or <see langword="null"/>.</summary>
    private static long? IndexOf(ReadOnlySpan<byte> json, string path, int maxDepth)
    {
        if (json.IsEmpty)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
            var stack = new List<Frame>();
            var builder = new StringBuilder();
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        stack[^1] = stack[^1] with { Property = reader.GetString() };
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        continue;
                }

                // A value starts here: compute its path.
                if (stack.Count > 0 && stack[^1].IsArray)
                {
                    stack[^1] = stack[^1] with { Index = stack[^1].Index + 1 };
                }

                if (PathOf(stack, builder) == path)
                {
                    return reader.TokenStartIndex;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    stack.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null));
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // The document was parsed before; if it cannot be walked again, no position is given.
        }

        return null;
    }

    public static (long Line, long Position) Position(ReadOnlySpan<byte> json, long index)
    {
        var before = json[..(int)index];
        var line = before.Count((byte)'\n');
        var lastNewline = before.LastIndexOf((byte)'\n');
        return (line, index - (lastNewline + 1));
    }

    private static string PathOf(List<Frame> stack, StringBuilder builder)
    {
        builder.Clear().Append('$');
        foreach (var frame in stack)
        {
            if (frame.IsArray)
            {
                builder.Append('[').Append(frame.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                AppendProperty(builder, frame.Property ?? string.Empty);
            }
        }

        return builder.ToString();
    }

    /// <summary>Appends a property to a path the way System.Text.Json writes paths: <c>.name</c>, or <c>['odd name']</c>.</summary>
    public static void AppendProperty(StringBuilder builder, string name)
    {
        var plain = name.Length > 0;
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            builder.Append('.').Append(name);
        }
        else
        {
            builder.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }
    }

    private readonly record struct Frame(bool IsArray, int Index, string? Property);
}

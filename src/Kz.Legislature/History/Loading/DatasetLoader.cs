using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History.Loading;

/// <summary>
/// Reads a dataset document: the strict bytes (<see cref="StrictInput"/>), the source-generated DTOs
/// (<see cref="DatasetJsonContext"/>), then <see cref="DatasetMapper"/>, which checks references, periods and gaps and
/// reports every problem it finds. Never returns a partial dataset.
/// </summary>
/// <remarks>
/// The serializer stops at the first error, and gives its JSON path, line and position. The reason comes from the
/// converters (<see cref="DatasetValueException"/>) or, for the serializer's own errors (an unknown property, a value
/// of the wrong kind), from the DTO metadata: the properties allowed at a place are the ones
/// <see cref="JsonTypeInfo.Properties"/> lists there, never a hand-written list.
/// </remarks>
internal static class DatasetLoader
{
    /// <summary>The largest dataset accepted, in bytes.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>The key of <see cref="Exception.Data"/> holding the path below a nested read (see <see cref="OneOrManyConverter{T}"/>).</summary>
    internal const string SuffixKey = "Kz.Legislature.Dataset.PathSuffix";

    /// <summary>The key of <see cref="Exception.Data"/> holding the error of a nested read.</summary>
    internal const string InnerKey = "Kz.Legislature.Dataset.Inner";

    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static readonly JsonTypeInfo<DatasetDto> Root = (JsonTypeInfo<DatasetDto>)Options.GetTypeInfo(typeof(DatasetDto));

    /// <summary>Reads and checks a dataset.</summary>
    /// <param name="stream">The document.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="LegislativeDataException">The document is malformed or inconsistent.</exception>
    public static Dataset Read(Stream stream, string fileName)
    {
        var bytes = StrictInput.ReadBytes(stream, MaxBytes, fileName);
        DatasetDto dto;
        try
        {
            dto = JsonSerializer.Deserialize(bytes.Span, Root) ?? throw new LegislativeDataException(fileName, "$", "Expected an object, found null.");
        }
        catch (JsonException ex)
        {
            throw Translate(ex, bytes.Span, fileName);
        }

        return DatasetMapper.Map(dto, fileName);
    }

    /// <summary>Removes the serializer's "Path: … | LineNumber: …" suffix from a message.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The message without it.</returns>
    internal static string Strip(string message)
    {
        foreach (var marker in (ReadOnlySpan<string>)[" Path: ", " LineNumber: ", " | LineNumber: "])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut >= 0)
            {
                message = message[..cut];
            }
        }

        return message.Trim();
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(DatasetJsonContext.Default.Options)
        {
            TypeInfoResolver = DatasetJsonContext.Default.WithAddedModifier(RequireWithDatasetMessages),
            AllowDuplicateProperties = false,
            MaxDepth = StrictInput.MaxDepth,
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// Replaces the serializer's check of <c>[JsonRequired]</c> (whose message names .NET types) by the dataset's: a
    /// required value given as null is "Expected …, found null." at the value; one not given is "The required property
    /// 'x' is missing." at its object.
    /// </summary>
    private static void RequireWithDatasetMessages(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var required = new List<JsonPropertyInfo>();
        foreach (var property in info.Properties)
        {
            if (!property.IsRequired || property.Set is not { } set)
            {
                continue;
            }

            property.IsRequired = false;
            var options = info.Options;
            property.Set = (owner, value) =>
            {
                if (value is null)
                {
                    // Worked out only when needed: the first load does not pay for the descriptions of every property.
                    throw new DatasetValueException($"Expected {Expected(options, property)}, found null.");
                }

                set(owner, value);
            };
            required.Add(property);
        }

        if (required.Count > 0)
        {
            info.OnDeserialized = owner =>
            {
                foreach (var property in required)
                {
                    if (property.Get!(owner) is null)
                    {
                        throw new DatasetValueException($"The required property '{property.Name}' is missing.");
                    }
                }
            };
        }
    }

    /// <summary>What a property accepts, from its converter or its metadata.</summary>
    private static string Expected(JsonSerializerOptions options, JsonPropertyInfo property)
    {
        if (property.CustomConverter is IDescribedConverter custom)
        {
            return custom.Expected;
        }

        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        foreach (var converter in options.Converters)
        {
            if (converter is IDescribedConverter described && converter.CanConvert(type))
            {
                return described.Expected;
            }
        }

        return ExpectedOf(property.PropertyType, options);
    }

    private static string ExpectedOf(Type type, JsonSerializerOptions options) => options.GetTypeInfo(type).Kind switch
    {
        JsonTypeInfoKind.Enumerable => "an array",
        _ when type == typeof(IncompatibilityDto) => "an object with 'text', an optional 'kind' and a 'citation' (the instrument, the article and the sources that state it)",
        _ => "an object",
    };

    private static LegislativeDataException Translate(JsonException ex, ReadOnlySpan<byte> json, string fileName)
    {
        var path = ex.Path ?? "$";
        var origin = ex;
        if (ex.Data[SuffixKey] is string suffix && ex.Data[InnerKey] is JsonException inner)
        {
            path += suffix;
            origin = inner;
        }

        if (origin is DatasetValueException)
        {
            return new LegislativeDataException(fileName, path, origin.Message, ex.LineNumber, ex.BytePositionInLine, ex);
        }

        if (origin.InnerException is JsonException reader)
        {
            return new LegislativeDataException(fileName, path, "Malformed JSON: " + JsonKinds.ReaderMessage(reader.Message), ex.LineNumber, ex.BytePositionInLine, ex);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = StrictInput.MaxDepth });
        }
        catch (JsonException broken)
        {
            // The serializer stopped at a value of the wrong kind, but the document is broken further on (too deep, not
            // JSON): that is what must be mended first, so it is what is reported, at its own position.
            return new LegislativeDataException(fileName, broken.Path ?? "$", "Malformed JSON: " + JsonKinds.ReaderMessage(broken.Message), broken.LineNumber, broken.BytePositionInLine, ex);
        }

        using (document)
        {
            return new LegislativeDataException(fileName, path, Reason(path, document), ex.LineNumber, ex.BytePositionInLine, ex);
        }
    }

    /// <summary>The reason for one of the serializer's own errors: the document says what was found, the metadata what is allowed.</summary>
    private static string Reason(string path, JsonDocument document)
    {
        var segments = JsonPathSegments.Parse(path);
        if (segments.Count > 0 && segments[^1].Name is { } name)
        {
            var owner = Walk(segments.Take(segments.Count - 1));
            if (owner is { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } element })
            {
                // A property of the one-object form of a list (a list quota given as one object).
                owner = Options.GetTypeInfo(Nullable.GetUnderlyingType(element) ?? element);
            }

            if (owner is { Kind: JsonTypeInfoKind.Object } && owner.Properties.All(p => p.Name != name))
            {
                return $"Unknown property '{name}'. Allowed here: {string.Join(", ", owner.Properties.Select(p => p.Name))}.";
            }

            if (Find(document.RootElement, segments.Take(segments.Count - 1)) is { ValueKind: JsonValueKind.Object } parent
                && parent.EnumerateObject().Count(p => p.NameEquals(name)) > 1)
            {
                return $"Malformed JSON: the property '{name}' is given twice; each property may appear once.";
            }
        }

        var at = Walk(segments);
        var found = Find(document.RootElement, segments);
        var expected = at is null ? "a value of the documented type (docs/data-format.md)" : ExpectedOf(at.Type, Options);
        return found is { } value ? $"Expected {expected}, found {JsonKinds.Describe(value.ValueKind)}." : $"The value is not {expected}.";
    }

    /// <summary>Follows a path through the DTO metadata; an object path segment on a list is the one-object form of <see cref="OneOrManyConverter{T}"/>.</summary>
    private static JsonTypeInfo? Walk(IEnumerable<JsonPathSegments.Segment> segments)
    {
        JsonTypeInfo? info = Root;
        foreach (var segment in segments)
        {
            if (info is null)
            {
                return null;
            }

            if (info.Kind == JsonTypeInfoKind.Enumerable && (segment.Index is not null || segment.Name is not null))
            {
                info = info.ElementType is { } element ? Options.GetTypeInfo(Nullable.GetUnderlyingType(element) ?? element) : null;
                if (segment.Index is not null)
                {
                    continue;
                }
            }

            if (segment.Name is { } name)
            {
                var property = info?.Kind == JsonTypeInfoKind.Object ? info.Properties.FirstOrDefault(p => p.Name == name) : null;
                info = property is null ? null : Options.GetTypeInfo(Unwrap(property.PropertyType));
            }
            else
            {
                return null;
            }
        }

        return info;
    }

    /// <summary>The type whose properties are read at a property of the given type: <c>T</c> for <c>T?</c> and <see cref="Maybe{T}"/>.</summary>
    private static Type Unwrap(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Maybe<>) ? type.GetGenericArguments()[0] : Nullable.GetUnderlyingType(type) ?? type;

    private static JsonElement? Find(JsonElement root, IEnumerable<JsonPathSegments.Segment> segments)
    {
        var current = root;
        foreach (var segment in segments)
        {
            if (segment.Name is { } name && current.ValueKind == JsonValueKind.Object && current.TryGetProperty(name, out var child))
            {
                current = child;
            }
            else if (segment.Index is { } i && current.ValueKind == JsonValueKind.Array && i < current.GetArrayLength())
            {
                current = current[i];
            }
            else if (segment.Name is not null && current.ValueKind == JsonValueKind.Array)
            {
                continue;
            }
            else
            {
                return null;
            }
        }

        return current;
    }
}

/// <summary>The segments of a JSON path as System.Text.Json writes them: <c>$.name</c>, <c>$['odd name']</c>, <c>[3]</c>.</summary>
internal static class JsonPathSegments
{
    /// <summary>One segment: a property name or an array index.</summary>
    internal readonly record struct Segment(string? Name, int? Index);

    /// <summary>Parses a path; an unreadable rest ends the list.</summary>
    /// <param name="path">The path, starting with <c>$</c>.</param>
    /// <returns>The segments after <c>$</c>.</returns>
    public static List<Segment> Parse(string path)
    {
        var list = new List<Segment>();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                list.Add(new Segment(path[(i + 1)..end], null));
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['", StringComparison.Ordinal))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }

                list.Add(new Segment(path[(i + 2)..end], null));
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    break;
                }

                list.Add(new Segment(null, index));
                i = end + 1;
            }
            else
            {
                break;
            }
        }

        return list;
    }
}

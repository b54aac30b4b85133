using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Kz.Legislature.Internal.Json;

namespace Kz.Legislature.Serialization;

// The wire shapes of the composition format (docs/json-format.md). Internal: the public API speaks model types.

/// <summary>A name: <c>{ "en", "ru"?, "kk"?, "kkLatn"?, "alternatives"? }</c>.</summary>
internal sealed class NameDto : WireObject
{
    [JsonRequired]
    [JsonPropertyName("en")]
    public string En { get; set; } = null!;

    [JsonPropertyName("ru")]
    public string? Ru { get; set; }

    [JsonPropertyName("kk")]
    public string? Kk { get; set; }

    [JsonPropertyName("kkLatn")]
    public string? KkLatn { get; set; }

    [JsonPropertyName("alternatives")]
    public List<string>? Alternatives { get; set; }
}

internal sealed class DeputyDto : WireObject
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public NameDto Name { get; set; } = null!;

    public LocalDate? BirthDate { get; set; }
}

internal sealed class MandateDto : WireObject
{
    [JsonRequired]
    public DeputyDto Deputy { get; set; } = null!;

    [JsonRequired]
    public ChamberKind Chamber { get; set; }

    [JsonRequired]
    public SeatSource Source { get; set; }

    [JsonRequired]
    public LocalDate Start { get; set; }

    public LocalDate? End { get; set; }

    public MandateEndReason? EndReason { get; set; }

    public string? RegionId { get; set; }

    public int? District { get; set; }

    public string? PartyId { get; set; }
}

internal sealed class ChamberDocumentDto : WireObject
{
    [JsonRequired]
    public int FormatVersion { get; set; }

    [JsonRequired]
    public string Kind { get; set; } = null!;

    [JsonRequired]
    public LocalDate Date { get; set; }

    public int? Convocation { get; set; }

    [JsonRequired]
    public List<MandateDto?> Mandates { get; set; } = null!;
}

internal sealed class NestedChamberDto : WireObject
{
    [JsonRequired]
    public string Kind { get; set; } = null!;

    public int? Convocation { get; set; }

    [JsonRequired]
    public List<MandateDto?> Mandates { get; set; } = null!;
}

internal sealed class ParliamentDocumentDto : WireObject
{
    [JsonRequired]
    public int FormatVersion { get; set; }

    [JsonRequired]
    public string Kind { get; set; } = null!;

    [JsonRequired]
    public LocalDate Date { get; set; }

    public int? Convocation { get; set; }

    [JsonRequired]
    public List<NestedChamberDto?> Chambers { get; set; } = null!;
}

internal sealed class MandateDocumentDto : WireObject
{
    [JsonRequired]
    public int FormatVersion { get; set; }

    [JsonRequired]
    public string Kind { get; set; } = null!;

    [JsonRequired]
    public MandateDto? Mandate { get; set; }
}

/// <summary>The source-generated serializer metadata for the composition format: no reflection at run time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    WriteIndented = true,
    IndentSize = 2,
    MaxDepth = CompositionJson.MaxDepth)]
[JsonSerializable(typeof(ChamberDocumentDto))]
[JsonSerializable(typeof(ParliamentDocumentDto))]
[JsonSerializable(typeof(MandateDocumentDto))]
[JsonSerializable(typeof(UnknownProperties.Sink))]
internal sealed partial class CompositionJsonContext : JsonSerializerContext
{
    /// <summary>What each wire object is, in the format's words, for the strict-object messages.</summary>
    private static readonly Dictionary<Type, string> Owners = new()
    {
        [typeof(ChamberDocumentDto)] = "composition",
        [typeof(ParliamentDocumentDto)] = "parliament",
        [typeof(MandateDocumentDto)] = "mandate document",
        [typeof(NestedChamberDto)] = "chamber",
        [typeof(MandateDto)] = "mandate",
        [typeof(DeputyDto)] = "deputy",
        [typeof(NameDto)] = "name",
    };

    private static readonly Lazy<CompositionJsonContext> StrictContext = new(CreateStrict, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Readers> StrictReaders = new(CreateReaders, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the context with the date and enum converters, for writing.</summary>
    public static CompositionJsonContext Strict => StrictContext.Value;

    /// <summary>Gets the strict reading metadata: unknown, duplicate, missing and null properties rejected in the format's words (<see cref="StrictObjects"/>).</summary>
    public static Readers Reading => StrictReaders.Value;

    private static JsonSerializerOptions BaseOptions()
    {
        var options = new JsonSerializerOptions(Default.Options)
        {
            AllowDuplicateProperties = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(StrictLocalDateConverter.Instance);
        options.Converters.Add(new CamelCaseEnumConverter<ChamberKind>("chamber"));
        options.Converters.Add(new CamelCaseEnumConverter<SeatSource>("seat source"));
        options.Converters.Add(new CamelCaseEnumConverter<MandateEndReason>("end reason"));
        return options;
    }

    private static CompositionJsonContext CreateStrict()
    {
        var options = BaseOptions();
        options.TypeInfoResolver = null;
        return new CompositionJsonContext(options);
    }

    private static Readers CreateReaders()
    {
        var options = BaseOptions();
        options.TypeInfoResolver = new CompositionJsonContext(new JsonSerializerOptions(options) { TypeInfoResolver = null })
            .WithAddedModifier(StrictObjects.Modifier(Owners, JsonErrorText.ExpectedFor));
        options.MakeReadOnly();
        return new Readers(
            (JsonTypeInfo<ChamberDocumentDto>)options.GetTypeInfo(typeof(ChamberDocumentDto)),
            (JsonTypeInfo<ParliamentDocumentDto>)options.GetTypeInfo(typeof(ParliamentDocumentDto)),
            (JsonTypeInfo<MandateDocumentDto>)options.GetTypeInfo(typeof(MandateDocumentDto)));
    }

    /// <summary>The strict metadata of the three documents.</summary>
    internal sealed record Readers(JsonTypeInfo<ChamberDocumentDto> Chamber, JsonTypeInfo<ParliamentDocumentDto> Parliament, JsonTypeInfo<MandateDocumentDto> Mandate);
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kz.Legislature.Serialization;

// The wire shapes of the composition format (docs/json-format.md). Internal: the public API speaks model types.

/// <summary>A name: <c>{ "en", "ru"?, "kk"?, "kkLatn"?, "alternatives"? }</c>.</summary>
internal sealed class NameDto
{
    [JsonPropertyName("en")]
    public required string En { get; init; }

    [JsonPropertyName("ru")]
    public string? Ru { get; init; }

    [JsonPropertyName("kk")]
    public string? Kk { get; init; }

    [JsonPropertyName("kkLatn")]
    public string? KkLatn { get; init; }

    [JsonPropertyName("alternatives")]
    public List<string>? Alternatives { get; init; }
}

internal sealed class DeputyDto
{
    public required string Id { get; init; }

    public required NameDto Name { get; init; }

    public LocalDate? BirthDate { get; init; }
}

internal sealed class MandateDto
{
    public required DeputyDto Deputy { get; init; }

    public required ChamberKind Chamber { get; init; }

    public required SeatSource Source { get; init; }

    public required LocalDate Start { get; init; }

    public LocalDate? End { get; init; }

    public MandateEndReason? EndReason { get; init; }

    public string? RegionId { get; init; }

    public int? District { get; init; }

    public string? PartyId { get; init; }
}

internal sealed class ChamberDocumentDto
{
    public required int FormatVersion { get; init; }

    public required string Kind { get; init; }

    public required LocalDate Date { get; init; }

    public int? Convocation { get; init; }

    public required List<MandateDto?> Mandates { get; init; }
}

internal sealed class NestedChamberDto
{
    public required string Kind { get; init; }

    public int? Convocation { get; init; }

    public required List<MandateDto?> Mandates { get; init; }
}

internal sealed class ParliamentDocumentDto
{
    public required int FormatVersion { get; init; }

    public required string Kind { get; init; }

    public required LocalDate Date { get; init; }

    public int? Convocation { get; init; }

    public required List<NestedChamberDto?> Chambers { get; init; }
}

internal sealed class MandateDocumentDto
{
    public required int FormatVersion { get; init; }

    public required string Kind { get; init; }

    public required MandateDto? Mandate { get; init; }
}

/// <summary>The source-generated serializer metadata for the composition format: no reflection at run time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
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
internal sealed partial class CompositionJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context with the strict reading options and the date and enum converters.</summary>
    public static CompositionJsonContext Strict => StrictContext.Value;

    private static readonly Lazy<CompositionJsonContext> StrictContext = new(CreateStrict, LazyThreadSafetyMode.ExecutionAndPublication);

    private static CompositionJsonContext CreateStrict()
    {
        var options = new JsonSerializerOptions(Default.Options)
        {
            AllowDuplicateProperties = false,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(StrictLocalDateConverter.Instance);
        options.Converters.Add(new CamelCaseEnumConverter<ChamberKind>("chamber"));
        options.Converters.Add(new CamelCaseEnumConverter<SeatSource>("seat source"));
        options.Converters.Add(new CamelCaseEnumConverter<MandateEndReason>("end reason"));
        options.TypeInfoResolver = null;
        return new CompositionJsonContext(options);
    }
}

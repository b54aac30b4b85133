using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kz.Legislature.Procedure;


/// <summary>The wire shape of one entry of <c>$.decisionRules</c>.</summary>
internal sealed class DecisionSetDto
{
    public required string RuleSet { get; init; }

    public required List<DecisionDto> Decisions { get; init; }

    public required List<SourceDto> Sources { get; init; }

    public required string Confidence { get; init; }

    public string? Note { get; init; }
}

/// <summary>The wire shape of a decision.</summary>
internal sealed class DecisionDto
{
    public required string Kind { get; init; }

    public required List<string> Subjects { get; init; }

    public required List<StageDto> Stages { get; init; }

    public RejectionDto? Rejection { get; init; }

    public string? Note { get; init; }
}

/// <summary>The wire shape of a rejection rule.</summary>
internal sealed class RejectionDto
{
    public required int Stage { get; init; }

    public required int ReturnsTo { get; init; }

    public required FractionDto Reapproval { get; init; }

    public required CitationDto Citation { get; init; }

    public string? Note { get; init; }
}

/// <summary>The wire shape of a stage.</summary>
internal sealed class StageDto
{
    public required string Body { get; init; }

    public string? Counting { get; init; }

    public required FractionDto? Majority { get; init; }

    public required FractionDto? Quorum { get; init; }

    public required int? Readings { get; init; }

    public required StageCitationsDto Citations { get; init; }

    public string? Note { get; init; }
}

/// <summary>The wire shape of an exact fraction.</summary>
internal sealed class FractionDto
{
    public required int Numerator { get; init; }

    public required int Denominator { get; init; }

    public required bool Strict { get; init; }

    public required string Base { get; init; }
}

/// <summary>The wire shape of a stage's citations.</summary>
internal sealed class StageCitationsDto
{
    public required CitationDto Body { get; init; }

    public CitationDto? Majority { get; init; }

    public CitationDto? Quorum { get; init; }

    public CitationDto? Readings { get; init; }
}

/// <summary>The wire shape of a citation.</summary>
internal sealed class CitationDto
{
    public required string Instrument { get; init; }

    public required string? Article { get; init; }

    public required List<SourceDto> Sources { get; init; }

    public string? Confidence { get; init; }

    public string? VerifiedOn { get; init; }

    public string? Note { get; init; }
}

/// <summary>The wire shape of a source.</summary>
internal sealed class SourceDto
{
    public required string Url { get; init; }

    public required string Title { get; init; }
}

/// <summary>The source-generated serializer metadata for <c>$.decisionRules</c>: strict, no reflection at run time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false)]
[JsonSerializable(typeof(List<DecisionSetDto>))]
internal sealed partial class ProcedureJsonContext : JsonSerializerContext
{
}

using System.Text.Json.Serialization;
using Kz.Legislature.Procedure;

namespace Kz.Legislature.History.Loading;

// The wire shape of $.decisionRules (kazakhstan.schema.json $defs/decisionSet), read by DatasetJsonContext like the rest
// of the dataset and checked by DatasetMapper.DecisionRules.cs. A value that is required but may be null is a Maybe<T>.
#pragma warning disable SA1402 // The wire shape is kept together.
#pragma warning disable SA1649

internal sealed class DecisionSetDto : IProvenanceDto
{
    [JsonRequired]
    public string? RuleSet { get; set; }

    [JsonRequired]
    public List<DecisionDto?>? Decisions { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Boxed<Confidence>? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class DecisionDto
{
    [JsonRequired]
    public Boxed<DecisionKind>? Kind { get; set; }

    [JsonRequired]
    public List<Boxed<DecisionSubject>?>? Subjects { get; set; }

    [JsonRequired]
    public List<StageDto?>? Stages { get; set; }

    public RejectionDto? Rejection { get; set; }

    public string? Note { get; set; }
}

internal sealed class RejectionDto
{
    [JsonRequired]
    public Boxed<int>? Stage { get; set; }

    [JsonRequired]
    public Boxed<int>? ReturnsTo { get; set; }

    [JsonRequired]
    public FractionDto? Reapproval { get; set; }

    [JsonRequired]
    public CitationDto? Citation { get; set; }

    public string? Note { get; set; }
}

internal sealed class StageDto
{
    [JsonRequired]
    public Boxed<StageBody>? Body { get; set; }

    public Boxed<JointCounting>? Counting { get; set; }

    [JsonRequired]
    public Maybe<FractionDto>? Majority { get; set; }

    [JsonRequired]
    public Maybe<FractionDto>? Quorum { get; set; }

    [JsonRequired]
    public Maybe<Boxed<int>>? Readings { get; set; }

    [JsonRequired]
    public StageCitationsDto? Citations { get; set; }

    public string? Note { get; set; }
}

internal sealed class FractionDto
{
    [JsonRequired]
    public Boxed<int>? Numerator { get; set; }

    [JsonRequired]
    public Boxed<int>? Denominator { get; set; }

    [JsonRequired]
    public Boxed<bool>? Strict { get; set; }

    [JsonRequired]
    public Boxed<MajorityBase>? Base { get; set; }
}

internal sealed class StageCitationsDto
{
    [JsonRequired]
    public CitationDto? Body { get; set; }

    public CitationDto? Majority { get; set; }

    public CitationDto? Quorum { get; set; }

    public CitationDto? Readings { get; set; }
}

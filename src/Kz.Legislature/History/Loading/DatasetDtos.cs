using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kz.Legislature.History.Loading;

// The wire shape of kazakhstan.json (kazakhstan.schema.json), read by the source-generated DatasetJsonContext.
// Every property is nullable: [JsonRequired] marks the ones that must be given (checked by DatasetLoader's modifier with
// the dataset's own messages); the checks that need more than one value are DatasetMapper's. The names and the order of
// the properties are the format's: the "Allowed here" list of an unknown-property error is read from this metadata.
#pragma warning disable SA1402 // The wire shape is kept together.
#pragma warning disable SA1649

/// <summary>The document. A new top-level section is one more property here (and its DTO in its own file).</summary>
internal sealed class DatasetDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    [JsonRequired]
    public string? DataVersion { get; set; }

    [JsonRequired]
    public Boxed<LocalDate>? CoverageStart { get; set; }

    [JsonRequired]
    public Boxed<LocalDate>? VerifiedThrough { get; set; }

    [JsonRequired]
    public List<PartyDto?>? Parties { get; set; }

    [JsonRequired]
    public List<RegionDto?>? Regions { get; set; }

    [JsonRequired]
    public List<InstrumentDto?>? Instruments { get; set; }

    [JsonRequired]
    public List<RuleSetDto?>? RuleSets { get; set; }

    [JsonRequired]
    public List<SittingDto?>? Sittings { get; set; }

    [JsonRequired]
    public List<ConvocationDto?>? Convocations { get; set; }

    [JsonRequired]
    public List<ElectionDto?>? Elections { get; set; }

    [JsonRequired]
    public List<EventDto?>? Events { get; set; }

    public List<PersonDto?>? People { get; set; }

    public List<OfficeDto?>? Offices { get; set; }

    public List<CompositionDto?>? Compositions { get; set; }

    public List<DecisionSetDto?>? DecisionRules { get; set; }
}

internal sealed class SourceDto
{
    [JsonRequired]
    public string? Url { get; set; }

    [JsonRequired]
    public string? Title { get; set; }
}

internal sealed class NamesDto
{
    [JsonRequired]
    public string? En { get; set; }

    public string? Ru { get; set; }

    public string? Kk { get; set; }

    public string? KkLatn { get; set; }

    public List<string?>? Alternatives { get; set; }
}

/// <summary>The provenance every record carries.</summary>
internal interface IProvenanceDto
{
    List<SourceDto?>? Sources { get; }

    Boxed<Confidence>? Confidence { get; }

    string? Note { get; }
}

internal sealed class PartyDto : IProvenanceDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public NamesDto? Names { get; set; }

    public string? Wikidata { get; set; }

    public Boxed<LocalDate>? ValidFrom { get; set; }

    public Boxed<LocalDate>? ValidUntil { get; set; }

    public List<PartyNameDto?>? FormerNames { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Boxed<Confidence>? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class PartyNameDto : IProvenanceDto
{
    [JsonRequired]
    public NamesDto? Names { get; set; }

    [JsonRequired]
    public Boxed<LocalDate>? Until { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Boxed<Confidence>? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class RegionDto : IProvenanceDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public string? OcdId { get; set; }

    public string? Wikidata { get; set; }

    [JsonRequired]
    public Boxed<LocalDate>? ValidFrom { get; set; }

    public Boxed<LocalDate>? ValidUntil { get; set; }

    [JsonRequired]
    public List<RegionKindDto?>? Kinds { get; set; }

    [JsonRequired]
    public List<RegionNameDto?>? Names { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Boxed<Confidence>? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class RegionKindDto
{
    [JsonRequired]
    public Boxed<RegionKind>? Kind { get; set; }

    [JsonRequired]
    public Boxed<LocalDate>? ValidFrom { get; set; }

    public Boxed<LocalDate>? ValidUntil { get; set; }
}

internal sealed class RegionNameDto
{
    [JsonRequired]
    public NamesDto? Names { get; set; }

    [JsonRequired]
    public Boxed<LocalDate>? ValidFrom { get; set; }

    public Boxed<LocalDate>? ValidUntil { get; set; }
}

internal sealed class InstrumentDto : IProvenanceDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public Boxed<InstrumentKind>? Kind { get; set; }

    [JsonRequired]
    public NamesDto? Names { get; set; }

    public string? Number { get; set; }

    public Boxed<LocalDate>? AdoptedOn { get; set; }

    public Boxed<LocalDate>? SignedOn { get; set; }

    public Boxed<LocalDate>? InForceFrom { get; set; }

    public List<LocalDate>? InForceFromAlternatives { get; set; }

    public List<string?>? LegislativeChanges { get; set; }

    public ReferendumDto? Referendum { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Boxed<Confidence>? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class ReferendumDto
{
    [JsonRequired]
    public Boxed<LocalDate>? HeldOn { get; set; }

    public Boxed<long>? RegisteredVoters { get; set; }

    public Boxed<long>? BallotsCast { get; set; }

    public Boxed<decimal>? TurnoutPercent { get; set; }

    public Boxed<long>? YesVotes { get; set; }

    public Boxed<decimal>? YesPercent { get; set; }

    public Boxed<long>? NoVotes { get; set; }

    public Boxed<long>? InvalidVotes { get; set; }

    [JsonRequired]
    public Boxed<bool>? Approved { get; set; }

    public List<string?>? Alternatives { get; set; }
}

internal sealed class RuleSetDto : IProvenanceDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public string? Instrument { get; set; }

    [JsonRequired]
    public Boxed<LocalDate>? ValidFrom { get; set; }

    public Boxed<LocalDate>? ValidUntil { get; set; }

    [JsonRequired]
    public Boxed<LegislatureForm>? Form { get; set; }

    [JsonRequired]
    public List<ChamberDto?>? Chambers { get; set; }

    public RuleSetCitationsDto? Citations { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Boxed<Confidence>? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class RuleSetCitationsDto
{
    public CitationDto? Form { get; set; }
}

internal sealed class CitationDto
{
    [JsonRequired]
    public string? Instrument { get; set; }

    /// <summary>Required, but may be null (with a note): kept as the raw value so that "missing" and "null" differ.</summary>
    public JsonElement Article { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    public Boxed<Confidence>? Confidence { get; set; }

    public Boxed<LocalDate>? VerifiedOn { get; set; }

    public string? Note { get; set; }
}

internal sealed class ChamberDto : IProvenanceDto
{
    [JsonRequired]
    public Boxed<ChamberKind>? Chamber { get; set; }

    [JsonRequired]
    public List<SeatPlanDto?>? SeatPlan { get; set; }

    public List<SeatCountBasisDto?>? SeatCountBasis { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public Boxed<int>? TermYears { get; set; }

    public RenewalDto? Renewal { get; set; }

    public EligibilityDto? Eligibility { get; set; }

    public List<IncompatibilityDto?>? Incompatibilities { get; set; }

    public List<ElectoralSystemDto?>? ElectoralSystems { get; set; }

    [JsonConverter(typeof(OneOrManyConverter<ListQuotaDto>))]
    public List<ListQuotaDto?>? ListQuota { get; set; }

    public ChamberCitationsDto? Citations { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Boxed<Confidence>? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class ChamberCitationsDto
{
    public CitationDto? Chamber { get; set; }

    public CitationDto? SeatPlan { get; set; }

    public CitationDto? TermYears { get; set; }

    public CitationDto? Renewal { get; set; }
}

internal sealed class SeatPlanDto
{
    [JsonRequired]
    public Boxed<SeatSource>? Source { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public Boxed<int>? Seats { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public Boxed<int>? PerRegion { get; set; }

    public CitationDto? Citation { get; set; }

    public string? Note { get; set; }
}

internal sealed class SeatCountBasisDto
{
    [JsonRequired]
    public Boxed<LocalDate>? ValidFrom { get; set; }

    public Boxed<LocalDate>? ValidUntil { get; set; }

    [JsonRequired]
    public Boxed<SeatCountBasis>? Basis { get; set; }

    [JsonRequired]
    public Boxed<Confidence>? Confidence { get; set; }

    [JsonRequired]
    public string? Note { get; set; }
}

internal sealed class RenewalDto
{
    [JsonRequired]
    public Boxed<int>? FractionNumerator { get; set; }

    [JsonRequired]
    public Boxed<int>? FractionDenominator { get; set; }

    [JsonRequired]
    [JsonConverter(typeof(NonNegativeIntConverter))]
    public Boxed<int>? EveryYears { get; set; }

    [JsonRequired]
    public Boxed<SeatSource>? Source { get; set; }
}

internal sealed class EligibilityDto
{
    [JsonConverter(typeof(NonNegativeIntConverter))]
    public Boxed<int>? MinimumAge { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public Boxed<int>? ResidenceYears { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public Boxed<int>? RegionResidenceYears { get; set; }

    public Boxed<bool>? HigherEducation { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public Boxed<int>? WorkExperienceYears { get; set; }

    public Boxed<bool>? Citizenship { get; set; }

    public EligibilityCitationsDto? Citations { get; set; }
}

internal sealed class EligibilityCitationsDto
{
    public CitationDto? MinimumAge { get; set; }

    public CitationDto? ResidenceYears { get; set; }

    public CitationDto? RegionResidenceYears { get; set; }

    public CitationDto? HigherEducation { get; set; }

    public CitationDto? WorkExperienceYears { get; set; }

    public CitationDto? Citizenship { get; set; }
}

internal sealed class IncompatibilityDto
{
    [JsonRequired]
    public string? Text { get; set; }

    public Boxed<IncompatibilityKind>? Kind { get; set; }

    public CitationDto? Citation { get; set; }
}

internal sealed class ElectoralSystemDto : IProvenanceDto
{
    [JsonRequired]
    public Boxed<SeatSource>? Source { get; set; }

    [JsonRequired]
    public Boxed<LocalDate>? ValidFrom { get; set; }

    public Boxed<LocalDate>? ValidUntil { get; set; }

    public Boxed<decimal>? ThresholdPercent { get; set; }

    public Boxed<ThresholdBase>? ThresholdBase { get; set; }

    public Boxed<AllocationMethod>? Method { get; set; }

    public Boxed<bool>? RunnerUpAdmission { get; set; }

    public Boxed<TiePolicy>? TiePolicy { get; set; }

    public SystemCitationsDto? Citations { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Boxed<Confidence>? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class SystemCitationsDto
{
    public CitationDto? ThresholdPercent { get; set; }

    public CitationDto? ThresholdBase { get; set; }

    public CitationDto? Method { get; set; }

    public CitationDto? RunnerUpAdmission { get; set; }

    public CitationDto? TiePolicy { get; set; }
}

internal sealed class ListQuotaDto : IProvenanceDto
{
    [JsonRequired]
    public Boxed<LocalDate>? ValidFrom { get; set; }

    public Boxed<LocalDate>? ValidUntil { get; set; }

    [JsonRequired]
    public Boxed<decimal>? MinimumPercent { get; set; }

    [JsonRequired]
    public List<string?>? Groups { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public Boxed<int>? YouthMaximumAge { get; set; }

    [JsonRequired]
    public Boxed<bool>? AppliesToSeats { get; set; }

    public CitationDto? Citation { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Boxed<Confidence>? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class ConvocationDto : IProvenanceDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public Boxed<LegislativeBody>? Body { get; set; }

    [JsonRequired]
    public Boxed<int>? Number { get; set; }

    public Boxed<LocalDate>? FirstSitting { get; set; }

    public List<LocalDate>? FirstSittingAlternatives { get; set; }

    public Boxed<LocalDate>? Until { get; set; }

    public List<LocalDate>? UntilAlternatives { get; set; }

    public Boxed<LocalDate>? ElectedOn { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Boxed<Confidence>? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class SittingDto : IProvenanceDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public Boxed<ChamberKind>? Chamber { get; set; }

    public string? Convocation { get; set; }

    [JsonRequired]
    public Boxed<LocalDate>? From { get; set; }

    public List<LocalDate>? FromAlternatives { get; set; }

    [JsonRequired]
    public Boxed<SittingStartBasis>? FromBasis { get; set; }

    public Boxed<LocalDate>? Until { get; set; }

    public List<LocalDate>? UntilAlternatives { get; set; }

    public Boxed<SittingEndReason>? EndReason { get; set; }

    [JsonRequired]
    public string? HeldToRuleSet { get; set; }

    /// <summary>Reserved: must be null or absent.</summary>
    public JsonElement HeldToSeatPlan { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Boxed<Confidence>? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class ElectionDto : IProvenanceDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public Boxed<ChamberKind>? Chamber { get; set; }

    [JsonRequired]
    public Boxed<ElectionKind>? Kind { get; set; }

    [JsonRequired]
    public List<LocalDate>? Dates { get; set; }

    public List<string?>? Regions { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public Boxed<int>? SeatsContested { get; set; }

    public Boxed<decimal>? TurnoutPercent { get; set; }

    [JsonRequired]
    public List<ResultDto?>? Results { get; set; }

    public Boxed<decimal>? AgainstAllPercent { get; set; }

    public Boxed<long>? ListOrAgainstAllVotes { get; set; }

    public Boxed<long>? AgainstAllVotes { get; set; }

    public Boxed<long>? BallotsReceived { get; set; }

    public Boxed<long>? RegisteredVoters { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Boxed<Confidence>? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class ResultDto
{
    public string? Party { get; set; }

    public string? Label { get; set; }

    public Boxed<decimal>? VoteSharePercent { get; set; }

    public Boxed<long>? Votes { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public Boxed<int>? Seats { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public Boxed<int>? ListSeats { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public Boxed<int>? DistrictSeats { get; set; }

    public string? Note { get; set; }
}

internal sealed class EventDto : IProvenanceDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public Boxed<LocalDate>? Date { get; set; }

    [JsonRequired]
    public Boxed<LegislativeEventKind>? Kind { get; set; }

    [JsonRequired]
    public NamesDto? Names { get; set; }

    public List<string?>? Related { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Boxed<Confidence>? Confidence { get; set; }

    public string? Note { get; set; }
}

/// <summary>The source-generated metadata of the dataset: strict (an unknown property is refused), camelCase.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    Converters =
    [
        typeof(DatasetStringConverter), typeof(DatasetDateConverter), typeof(DatasetBoxedDateConverter), typeof(DatasetBoolConverter), typeof(DatasetIntConverter),
        typeof(DatasetLongConverter), typeof(DatasetPercentConverter),
        typeof(DatasetEnumConverter<Confidence>), typeof(DatasetEnumConverter<RegionKind>), typeof(DatasetEnumConverter<InstrumentKind>),
        typeof(DatasetEnumConverter<LegislatureForm>), typeof(DatasetEnumConverter<ChamberKind>), typeof(DatasetEnumConverter<SeatSource>),
        typeof(DatasetEnumConverter<SeatCountBasis>), typeof(DatasetEnumConverter<IncompatibilityKind>), typeof(DatasetEnumConverter<ThresholdBase>),
        typeof(DatasetEnumConverter<AllocationMethod>), typeof(DatasetEnumConverter<TiePolicy>), typeof(DatasetEnumConverter<LegislativeBody>),
        typeof(DatasetEnumConverter<SittingStartBasis>), typeof(DatasetEnumConverter<SittingEndReason>), typeof(DatasetEnumConverter<ElectionKind>),
        typeof(DatasetEnumConverter<LegislativeEventKind>),
        typeof(DatasetEnumConverter<Procedure.DecisionKind>), typeof(DatasetEnumConverter<Procedure.DecisionSubject>), typeof(DatasetEnumConverter<Procedure.StageBody>),
        typeof(DatasetEnumConverter<Procedure.JointCounting>), typeof(DatasetEnumConverter<Procedure.MajorityBase>),
        typeof(DatasetEnumConverter<SeatHolderKind>), typeof(DatasetEnumConverter<OfficeRole>), typeof(DatasetEnumConverter<OfficeStartBasis>),
        typeof(DatasetEnumConverter<OfficeEndReason>), typeof(DatasetEnumConverter<AccessionMethod>), typeof(DatasetEnumConverter<OfficeNominator>),
        typeof(MaybeConverter<FractionDto>), typeof(MaybeConverter<Boxed<int>>), typeof(MaybeConverter<Boxed<SeatSource>>),
        typeof(MaybeConverter<Boxed<LocalDate>>), typeof(MaybeConverter<Boxed<AccessionMethod>>), typeof(MaybeConverter<CitationDto>),
    ])]
[JsonSerializable(typeof(DatasetDto))]
[JsonSerializable(typeof(FractionDto))]
[JsonSerializable(typeof(Boxed<int>))]
[JsonSerializable(typeof(Boxed<SeatSource>))]
[JsonSerializable(typeof(Boxed<LocalDate>))]
[JsonSerializable(typeof(Boxed<AccessionMethod>))]
[JsonSerializable(typeof(CitationDto))]
internal sealed partial class DatasetJsonContext : JsonSerializerContext;

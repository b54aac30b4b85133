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
    public LocalDate? CoverageStart { get; set; }

    [JsonRequired]
    public LocalDate? VerifiedThrough { get; set; }

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

    /// <summary>Gets or sets the people section, read by <see cref="PeopleReader"/>.</summary>
    public JsonElement? People { get; set; }

    /// <summary>Gets or sets the presiding-officer terms, read by <see cref="PeopleReader"/>.</summary>
    public JsonElement? Offices { get; set; }

    /// <summary>Gets or sets the party compositions at formation, read by <see cref="CompositionSectionReader"/>.</summary>
    public JsonElement? Compositions { get; set; }

    /// <summary>Gets or sets the decisions of each rule set, read by <see cref="Procedure.ProcedureReader"/>.</summary>
    public JsonElement? DecisionRules { get; set; }
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

    Confidence? Confidence { get; }

    string? Note { get; }
}

internal sealed class PartyDto : IProvenanceDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public NamesDto? Names { get; set; }

    public string? Wikidata { get; set; }

    public LocalDate? ValidFrom { get; set; }

    public LocalDate? ValidUntil { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Confidence? Confidence { get; set; }

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
    public LocalDate? ValidFrom { get; set; }

    public LocalDate? ValidUntil { get; set; }

    [JsonRequired]
    public List<RegionKindDto?>? Kinds { get; set; }

    [JsonRequired]
    public List<RegionNameDto?>? Names { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Confidence? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class RegionKindDto
{
    [JsonRequired]
    public RegionKind? Kind { get; set; }

    [JsonRequired]
    public LocalDate? ValidFrom { get; set; }

    public LocalDate? ValidUntil { get; set; }
}

internal sealed class RegionNameDto
{
    [JsonRequired]
    public NamesDto? Names { get; set; }

    [JsonRequired]
    public LocalDate? ValidFrom { get; set; }

    public LocalDate? ValidUntil { get; set; }
}

internal sealed class InstrumentDto : IProvenanceDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public InstrumentKind? Kind { get; set; }

    [JsonRequired]
    public NamesDto? Names { get; set; }

    public string? Number { get; set; }

    public LocalDate? AdoptedOn { get; set; }

    public LocalDate? SignedOn { get; set; }

    public LocalDate? InForceFrom { get; set; }

    public List<LocalDate>? InForceFromAlternatives { get; set; }

    public List<string?>? LegislativeChanges { get; set; }

    public ReferendumDto? Referendum { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Confidence? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class ReferendumDto
{
    [JsonRequired]
    public LocalDate? HeldOn { get; set; }

    public long? RegisteredVoters { get; set; }

    public long? BallotsCast { get; set; }

    public decimal? TurnoutPercent { get; set; }

    public long? YesVotes { get; set; }

    public decimal? YesPercent { get; set; }

    public long? NoVotes { get; set; }

    public long? InvalidVotes { get; set; }

    [JsonRequired]
    public bool? Approved { get; set; }

    public List<string?>? Alternatives { get; set; }
}

internal sealed class RuleSetDto : IProvenanceDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public string? Instrument { get; set; }

    [JsonRequired]
    public LocalDate? ValidFrom { get; set; }

    public LocalDate? ValidUntil { get; set; }

    [JsonRequired]
    public LegislatureForm? Form { get; set; }

    [JsonRequired]
    public List<ChamberDto?>? Chambers { get; set; }

    public RuleSetCitationsDto? Citations { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Confidence? Confidence { get; set; }

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

    public Confidence? Confidence { get; set; }

    public LocalDate? VerifiedOn { get; set; }

    public string? Note { get; set; }
}

internal sealed class ChamberDto : IProvenanceDto
{
    [JsonRequired]
    public ChamberKind? Chamber { get; set; }

    [JsonRequired]
    public List<SeatPlanDto?>? SeatPlan { get; set; }

    public List<SeatCountBasisDto?>? SeatCountBasis { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public int? TermYears { get; set; }

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
    public Confidence? Confidence { get; set; }

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
    public SeatSource? Source { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public int? Seats { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public int? PerRegion { get; set; }

    public CitationDto? Citation { get; set; }

    public string? Note { get; set; }
}

internal sealed class SeatCountBasisDto
{
    [JsonRequired]
    public LocalDate? ValidFrom { get; set; }

    public LocalDate? ValidUntil { get; set; }

    [JsonRequired]
    public SeatCountBasis? Basis { get; set; }

    [JsonRequired]
    public Confidence? Confidence { get; set; }

    [JsonRequired]
    public string? Note { get; set; }
}

internal sealed class RenewalDto
{
    [JsonRequired]
    public int? FractionNumerator { get; set; }

    [JsonRequired]
    public int? FractionDenominator { get; set; }

    [JsonRequired]
    [JsonConverter(typeof(NonNegativeIntConverter))]
    public int? EveryYears { get; set; }

    [JsonRequired]
    public SeatSource? Source { get; set; }
}

internal sealed class EligibilityDto
{
    [JsonConverter(typeof(NonNegativeIntConverter))]
    public int? MinimumAge { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public int? ResidenceYears { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public int? RegionResidenceYears { get; set; }

    public bool? HigherEducation { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public int? WorkExperienceYears { get; set; }

    public bool? Citizenship { get; set; }

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

    public IncompatibilityKind? Kind { get; set; }

    public CitationDto? Citation { get; set; }
}

internal sealed class ElectoralSystemDto : IProvenanceDto
{
    [JsonRequired]
    public SeatSource? Source { get; set; }

    [JsonRequired]
    public LocalDate? ValidFrom { get; set; }

    public LocalDate? ValidUntil { get; set; }

    public decimal? ThresholdPercent { get; set; }

    public ThresholdBase? ThresholdBase { get; set; }

    public AllocationMethod? Method { get; set; }

    public bool? RunnerUpAdmission { get; set; }

    public TiePolicy? TiePolicy { get; set; }

    public SystemCitationsDto? Citations { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Confidence? Confidence { get; set; }

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
    public LocalDate? ValidFrom { get; set; }

    public LocalDate? ValidUntil { get; set; }

    [JsonRequired]
    public decimal? MinimumPercent { get; set; }

    [JsonRequired]
    public List<string?>? Groups { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public int? YouthMaximumAge { get; set; }

    [JsonRequired]
    public bool? AppliesToSeats { get; set; }

    public CitationDto? Citation { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Confidence? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class ConvocationDto : IProvenanceDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public LegislativeBody? Body { get; set; }

    [JsonRequired]
    public int? Number { get; set; }

    public LocalDate? FirstSitting { get; set; }

    public List<LocalDate>? FirstSittingAlternatives { get; set; }

    public LocalDate? Until { get; set; }

    public List<LocalDate>? UntilAlternatives { get; set; }

    public LocalDate? ElectedOn { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Confidence? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class SittingDto : IProvenanceDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public ChamberKind? Chamber { get; set; }

    public string? Convocation { get; set; }

    [JsonRequired]
    public LocalDate? From { get; set; }

    public List<LocalDate>? FromAlternatives { get; set; }

    [JsonRequired]
    public SittingStartBasis? FromBasis { get; set; }

    public LocalDate? Until { get; set; }

    public List<LocalDate>? UntilAlternatives { get; set; }

    public SittingEndReason? EndReason { get; set; }

    [JsonRequired]
    public string? HeldToRuleSet { get; set; }

    /// <summary>Reserved: must be null or absent.</summary>
    public JsonElement HeldToSeatPlan { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Confidence? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class ElectionDto : IProvenanceDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public ChamberKind? Chamber { get; set; }

    [JsonRequired]
    public ElectionKind? Kind { get; set; }

    [JsonRequired]
    public List<LocalDate>? Dates { get; set; }

    public List<string?>? Regions { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public int? SeatsContested { get; set; }

    public decimal? TurnoutPercent { get; set; }

    [JsonRequired]
    public List<ResultDto?>? Results { get; set; }

    public decimal? AgainstAllPercent { get; set; }

    public long? ListOrAgainstAllVotes { get; set; }

    public long? AgainstAllVotes { get; set; }

    public long? BallotsReceived { get; set; }

    public long? RegisteredVoters { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Confidence? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class ResultDto
{
    public string? Party { get; set; }

    public string? Label { get; set; }

    public decimal? VoteSharePercent { get; set; }

    public long? Votes { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public int? Seats { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public int? ListSeats { get; set; }

    [JsonConverter(typeof(NonNegativeIntConverter))]
    public int? DistrictSeats { get; set; }

    public string? Note { get; set; }
}

internal sealed class EventDto : IProvenanceDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public LocalDate? Date { get; set; }

    [JsonRequired]
    public LegislativeEventKind? Kind { get; set; }

    [JsonRequired]
    public NamesDto? Names { get; set; }

    public List<string?>? Related { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Confidence? Confidence { get; set; }

    public string? Note { get; set; }
}

/// <summary>The source-generated metadata of the dataset: strict (an unknown property is refused), camelCase.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    Converters =
    [
        typeof(DatasetStringConverter), typeof(DatasetDateConverter), typeof(DatasetBoolConverter), typeof(DatasetIntConverter),
        typeof(DatasetLongConverter), typeof(DatasetPercentConverter),
        typeof(DatasetEnumConverter<Confidence>), typeof(DatasetEnumConverter<RegionKind>), typeof(DatasetEnumConverter<InstrumentKind>),
        typeof(DatasetEnumConverter<LegislatureForm>), typeof(DatasetEnumConverter<ChamberKind>), typeof(DatasetEnumConverter<SeatSource>),
        typeof(DatasetEnumConverter<SeatCountBasis>), typeof(DatasetEnumConverter<IncompatibilityKind>), typeof(DatasetEnumConverter<ThresholdBase>),
        typeof(DatasetEnumConverter<AllocationMethod>), typeof(DatasetEnumConverter<TiePolicy>), typeof(DatasetEnumConverter<LegislativeBody>),
        typeof(DatasetEnumConverter<SittingStartBasis>), typeof(DatasetEnumConverter<SittingEndReason>), typeof(DatasetEnumConverter<ElectionKind>),
        typeof(DatasetEnumConverter<LegislativeEventKind>),
    ])]
[JsonSerializable(typeof(DatasetDto))]
internal sealed partial class DatasetJsonContext : JsonSerializerContext;

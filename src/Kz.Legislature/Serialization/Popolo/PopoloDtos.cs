using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kz.Legislature.Serialization.Popolo;

// The wire shapes of the Popolo export (docs/json-format.md, "Popolo export"), property names in snake_case as Popolo
// uses them. Internal: the public API speaks model types. Declaration order is the order written. A property is
// written always (null included) unless it is marked WhenWritingNull, where the export leaves it out when absent.

/// <summary>The history, composition or parliament export: <c>{ persons, organizations, memberships, posts, areas, events }</c>.</summary>
internal sealed class PopoloDocumentDto
{
    public List<PopoloPersonDto> Persons { get; } = [];

    public List<PopoloOrganizationDto> Organizations { get; } = [];

    public List<PopoloMembershipDto> Memberships { get; } = [];

    public List<PopoloPostDto> Posts { get; } = [];

    public List<PopoloAreaDto> Areas { get; } = [];

    public List<PopoloEventDto> Events { get; } = [];
}

/// <summary>A source: <c>{ url, note }</c>.</summary>
internal sealed record PopoloSourceDto(string Url, string Note);

/// <summary>An identifier: <c>{ identifier, scheme }</c>.</summary>
internal sealed record PopoloIdentifierDto(string Identifier, string Scheme);

/// <summary>Another name: <c>{ name, note }</c>, the note being the language (<c>ru</c>, <c>kk</c>, <c>kk-Latn</c>) or <c>alternative</c>.</summary>
internal sealed record PopoloOtherNameDto(string Name, string Note);

/// <summary>A person.</summary>
internal sealed class PopoloPersonDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<PopoloOtherNameDto>? OtherNames { get; init; }

    public required List<PopoloIdentifierDto> Identifiers { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BirthDate { get; init; }

    public required List<PopoloSourceDto> Sources { get; init; }
}

/// <summary>An organization: a legislature, chamber, assembly, maslikhat or party.</summary>
internal sealed class PopoloOrganizationDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<PopoloOtherNameDto>? OtherNames { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<PopoloIdentifierDto>? Identifiers { get; init; }

    public required string Classification { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ParentId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AreaId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FoundingDate { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DissolutionDate { get; init; }

    /// <summary>The extension of the history export: the party composition of each sitting at its formation.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<PopoloSeatCountDto>? SeatCounts { get; init; }

    public required List<PopoloSourceDto> Sources { get; init; }
}

/// <summary>One entry of the extension <c>seat_counts</c>: a sitting composition at its formation.</summary>
internal sealed class PopoloSeatCountDto
{
    public required string Id { get; init; }

    public required string StartDate { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EndDate { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LegislativePeriodId { get; init; }

    public required int Seats { get; init; }

    public required List<PopoloCountDto> Counts { get; init; }

    public required List<PopoloSourceDto> Sources { get; init; }
}

/// <summary>A Popolo count: <c>{ option, value }</c>, in <c>seat_counts</c> with the group (<c>group_id</c> or an inline <c>group</c>).</summary>
internal sealed class PopoloCountDto
{
    public required string Option { get; init; }

    public required int Value { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? GroupId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PopoloGroupDto? Group { get; init; }
}

/// <summary>An inline group of a count that is no party: <c>{ name, classification }</c>.</summary>
internal sealed record PopoloGroupDto(string Name, string Classification);

/// <summary>A membership: a mandate, or (history export) an office term.</summary>
internal sealed class PopoloMembershipDto
{
    public required string Id { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Label { get; init; }

    public required string Role { get; init; }

    public required string PersonId { get; init; }

    public required string OrganizationId { get; init; }

    public required string PostId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OnBehalfOfId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AreaId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LegislativePeriodId { get; init; }

    public required string StartDate { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EndDate { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EndReason { get; init; }

    public required List<PopoloSourceDto> Sources { get; init; }
}

/// <summary>A post: a seat of a chamber over a span of time, or (history export) an office.</summary>
internal sealed class PopoloPostDto
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    public required string Role { get; init; }

    public required string OrganizationId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AreaId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StartDate { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EndDate { get; init; }

    public required List<PopoloSourceDto> Sources { get; init; }
}

/// <summary>An area: a region, by its Open Civic Data division id.</summary>
internal sealed class PopoloAreaDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required List<PopoloIdentifierDto> Identifiers { get; init; }

    public required string Classification { get; init; }

    public required List<PopoloSourceDto> Sources { get; init; }
}

/// <summary>An event: a legislative period, an election or another event of the history.</summary>
internal sealed class PopoloEventDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Classification { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OrganizationId { get; init; }

    public required List<PopoloIdentifierDto> Identifiers { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StartDate { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EndDate { get; init; }

    public required List<PopoloSourceDto> Sources { get; init; }
}

/// <summary>The division export: <c>{ motions, vote_events }</c>.</summary>
internal sealed class PopoloDivisionDocumentDto
{
    public required List<PopoloMotionDto> Motions { get; init; }

    public required List<PopoloVoteEventDto> VoteEvents { get; init; }
}

/// <summary>A motion; <c>identifier</c> and <c>result</c> are written as null when not known.</summary>
internal sealed class PopoloMotionDto
{
    public required string Id { get; init; }

    public required string OrganizationId { get; init; }

    public required string? Identifier { get; init; }

    public required string Text { get; init; }

    public required string Classification { get; init; }

    public required string Date { get; init; }

    public required string Requirement { get; init; }

    public required string? Result { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ClaimedResult { get; init; }

    public required List<PopoloSourceDto> Sources { get; init; }
}

/// <summary>A vote event; <c>result</c>, <c>required_yes</c> and <c>base_count</c> are written as null when not known.</summary>
internal sealed class PopoloVoteEventDto
{
    public required string Id { get; init; }

    public required string MotionId { get; init; }

    public required string OrganizationId { get; init; }

    public required string Classification { get; init; }

    public required string StartDate { get; init; }

    public required string? Result { get; init; }

    public required List<PopoloCountDto> Counts { get; init; }

    public required string Requirement { get; init; }

    public required int? RequiredYes { get; init; }

    public required int? BaseCount { get; init; }

    public required List<PopoloSourceDto> Sources { get; init; }
}

/// <summary>The source-generated serializer metadata of the Popolo export: snake_case, indented, no reflection at run time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true,
    IndentSize = 2)]
[JsonSerializable(typeof(PopoloDocumentDto))]
[JsonSerializable(typeof(PopoloDivisionDocumentDto))]
internal sealed partial class PopoloJsonContext : JsonSerializerContext
{
    private static readonly Lazy<PopoloJsonContext> WritingContext = new(CreateWriting, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the context for writing: as the attribute says, with the relaxed encoder (non-ASCII text and HTML-sensitive characters written as they are).</summary>
    public static PopoloJsonContext Writing => WritingContext.Value;

    private static PopoloJsonContext CreateWriting()
    {
        var options = new JsonSerializerOptions(Default.Options)
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = null,
        };
        return new PopoloJsonContext(options);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kz.Legislature.History;

// The wire shapes of the dataset's "people" and "offices" sections (docs/data-format.md). Dates and enum values are
// read as strings and parsed by PeopleReader, so that a bad one is reported in the dataset's own words.

/// <summary>The two sections read by this context; every other top-level section is read by <see cref="Loading.DatasetLoader"/>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
internal sealed class PeopleSectionsDto
{
    public List<PersonDto?>? People { get; init; }

    public List<OfficeDto?>? Offices { get; init; }
}

internal sealed class PersonNamesDto
{
    public required string En { get; init; }

    public string? Ru { get; init; }

    public string? Kk { get; init; }

    public string? KkLatn { get; init; }

    public List<string>? Alternatives { get; init; }
}

internal sealed class PersonSourceDto
{
    public required string Url { get; init; }

    public required string Title { get; init; }
}

internal sealed class PersonDto
{
    public required string Id { get; init; }

    public required PersonNamesDto Names { get; init; }

    public string? Wikidata { get; init; }

    public string? BirthDate { get; init; }

    public required List<PersonSourceDto> Sources { get; init; }

    public required string Confidence { get; init; }

    public string? Note { get; init; }
}

internal sealed class OfficeCitationDto
{
    public required string Instrument { get; init; }

    public required string? Article { get; init; }

    public required List<PersonSourceDto> Sources { get; init; }

    public string? Confidence { get; init; }

    public string? VerifiedOn { get; init; }

    public string? Note { get; init; }
}

internal sealed class AccessionDto
{
    public required string? Method { get; init; }

    public string? NominatedBy { get; init; }

    public int? BallotsIssued { get; init; }

    public int? VotesFor { get; init; }

    public int? VotesAgainst { get; init; }

    public required OfficeCitationDto? Citation { get; init; }

    public string? Note { get; init; }
}

internal sealed class OfficeDto
{
    public required string Id { get; init; }

    public required string Person { get; init; }

    public required string Chamber { get; init; }

    public required string Role { get; init; }

    public required string From { get; init; }

    public string? FromBasis { get; init; }

    public required string? Until { get; init; }

    public string? EndReason { get; init; }

    public required AccessionDto Accession { get; init; }

    public required List<PersonSourceDto> Sources { get; init; }

    public required string Confidence { get; init; }

    public string? Note { get; init; }
}

/// <summary>The source-generated serializer metadata for the people and offices sections: strict, no reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    MaxDepth = Kz.Legislature.Internal.StrictInput.MaxDepth)]
[JsonSerializable(typeof(PeopleSectionsDto))]
internal sealed partial class PeopleJsonContext : JsonSerializerContext
{
}

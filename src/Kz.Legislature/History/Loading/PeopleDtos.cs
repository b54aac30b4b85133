using System.Text.Json.Serialization;

namespace Kz.Legislature.History.Loading;

// The wire shape of $.people and $.offices (docs/data-format.md), read by DatasetJsonContext like the rest of the dataset
// and checked by DatasetMapper.People.cs. A value that is required but may be null is a Maybe<T>.
#pragma warning disable SA1402 // The wire shape is kept together.
#pragma warning disable SA1649

internal sealed class PersonDto : IProvenanceDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public NamesDto? Names { get; set; }

    public string? Wikidata { get; set; }

    public Boxed<LocalDate>? BirthDate { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Boxed<Confidence>? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class OfficeDto : IProvenanceDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public string? Person { get; set; }

    [JsonRequired]
    public Boxed<ChamberKind>? Chamber { get; set; }

    [JsonRequired]
    public Boxed<OfficeRole>? Role { get; set; }

    [JsonRequired]
    public Boxed<LocalDate>? From { get; set; }

    public Boxed<OfficeStartBasis>? FromBasis { get; set; }

    [JsonRequired]
    public Maybe<Boxed<LocalDate>>? Until { get; set; }

    public Boxed<OfficeEndReason>? EndReason { get; set; }

    [JsonRequired]
    public AccessionDto? Accession { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Boxed<Confidence>? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class AccessionDto
{
    [JsonRequired]
    public Maybe<Boxed<AccessionMethod>>? Method { get; set; }

    public Boxed<OfficeNominator>? NominatedBy { get; set; }

    public Boxed<int>? BallotsIssued { get; set; }

    public Boxed<int>? VotesFor { get; set; }

    public Boxed<int>? VotesAgainst { get; set; }

    [JsonRequired]
    public Maybe<CitationDto>? Citation { get; set; }

    public string? Note { get; set; }
}

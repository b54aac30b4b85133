using System.Text.Json.Serialization;

namespace Kz.Legislature.History.Loading;

// The wire shape of $.compositions (the party composition of each sitting at its formation), read by DatasetJsonContext
// like the rest of the dataset and checked by DatasetMapper.Compositions.cs and CompositionSection.Build.
#pragma warning disable SA1402 // The wire shape is kept together.
#pragma warning disable SA1649

internal sealed class CompositionDto : IProvenanceDto
{
    [JsonRequired]
    public string? Sitting { get; set; }

    [JsonRequired]
    public List<CompositionRowDto?>? Seats { get; set; }

    [JsonRequired]
    public Boxed<int>? VacantSeats { get; set; }

    [JsonRequired]
    public List<SourceDto?>? Sources { get; set; }

    [JsonRequired]
    public Boxed<Confidence>? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class CompositionRowDto
{
    [JsonRequired]
    public Boxed<SeatHolderKind>? Holder { get; set; }

    public string? Party { get; set; }

    public string? Label { get; set; }

    [JsonRequired]
    public Maybe<Boxed<SeatSource>>? Source { get; set; }

    [JsonRequired]
    public Boxed<int>? Seats { get; set; }

    public string? Election { get; set; }

    public string? Note { get; set; }
}

using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>One group of seats in a chamber's seat plan: how many seats a source fills on a given date.</summary>
public sealed record SeatAllotment
{
    /// <summary>Creates a seat allotment.</summary>
    /// <param name="source">How the seats are filled.</param>
    /// <param name="seats">The number of seats on the date the plan applies to.</param>
    /// <param name="seatsPerRegion">Seats per region when the group is filled region by region, otherwise <see langword="null"/>.</param>
    /// <param name="citation">Where the allotment is stated, or <see langword="null"/> for an allotment built by hand.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative.</exception>
    internal SeatAllotment(SeatSource source, int seats, int? seatsPerRegion = null, Citation? citation = null)
    {
        Source = source;
        Seats = Preconditions.NonNegative(seats, nameof(seats));
        SeatsPerRegion = seatsPerRegion is { } p ? Preconditions.NonNegative(p, nameof(seatsPerRegion)) : null;
        Citation = citation;
    }

    /// <summary>Gets where the allotment is stated (instrument, article, sources), or <see langword="null"/> for an allotment built by hand.</summary>
    public Citation? Citation { get; }

    /// <summary>Gets how the seats are filled.</summary>
    public SeatSource Source { get; }

    /// <summary>Gets the number of seats.</summary>
    public int Seats { get; }

    /// <summary>Gets the seats per region, or <see langword="null"/> if the group is not filled region by region.</summary>
    public int? SeatsPerRegion { get; }

    /// <summary>Gets a value indicating whether the seats are filled region by region.</summary>
    public bool IsPerRegion => SeatsPerRegion is not null;

    /// <summary>Returns the source and the count.</summary>
    /// <returns>For example <c>Elected by maslikhat deputies 40 (2 per region)</c>.</returns>
    public override string ToString() =>
        SeatsPerRegion is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"{EnglishNames.Of(Source)} {Seats} ({p} per region)")
            : string.Create(CultureInfo.InvariantCulture, $"{EnglishNames.Of(Source)} {Seats}");
}

using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>
/// The party composition of a sitting chamber at its formation: the seats by party (or group) and by how they were filled,
/// as the elections that formed it filled them, with the seats that stayed vacant. Unknown affiliations stay unknown
/// (<see cref="SeatHolderKind.Unknown"/> rows); the dataset never guesses.
/// </summary>
/// <remarks>
/// When the dataset is loaded, <see cref="Total"/> is checked to equal the statutory seats of the rule set the sitting is
/// held to on its first day (<see cref="HeldToSeats"/>), and each row derived from an election to equal that election's
/// published result.
/// </remarks>
public sealed record PartyComposition
{
    private readonly ValueList<CompositionSeats> seats;

    internal PartyComposition(Sitting sitting, IEnumerable<CompositionSeats> seats, int vacantSeats, int heldToSeats, Provenance provenance)
    {
        Sitting = sitting;
        this.seats = ValueList<CompositionSeats>.From(seats);
        VacantSeats = vacantSeats;
        HeldToSeats = heldToSeats;
        Provenance = provenance;
    }

    /// <summary>Gets the sitting record whose composition this is.</summary>
    public Sitting Sitting { get; }

    /// <summary>Gets the chamber.</summary>
    public ChamberKind Chamber => Sitting.Chamber;

    /// <summary>Gets the day the composition describes: the first day of the sitting.</summary>
    public LocalDate AsOf => Sitting.Period.Start;

    /// <summary>Gets the rows, in dataset order (party-list rows before district rows as published).</summary>
    public IReadOnlyList<CompositionSeats> Seats => seats;

    /// <summary>Gets the seats the rows account for (including rows whose holder is unknown).</summary>
    public int Filled => seats.Sum(s => s.Seats);

    /// <summary>Gets the seats stated as vacant at formation.</summary>
    public int VacantSeats { get; }

    /// <summary>Gets the seats whose holder's affiliation is not known.</summary>
    public int UnknownSeats => seats.Where(s => s.Holder == SeatHolderKind.Unknown).Sum(s => s.Seats);

    /// <summary>Gets all the seats: <see cref="Filled"/> plus <see cref="VacantSeats"/>; equal to <see cref="HeldToSeats"/>.</summary>
    public int Total => Filled + VacantSeats;

    /// <summary>Gets the statutory seats of the rule set the sitting is held to on <see cref="AsOf"/>.</summary>
    public int HeldToSeats { get; }

    /// <summary>Gets where the composition comes from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Gets the parties that hold seats, each once, in the order they first appear.</summary>
    public IReadOnlyList<Party> Parties => seats.Where(s => s.Party is not null).Select(s => s.Party!).Distinct().ToList();

    /// <summary>Gets the seats one party holds, over every seat source.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The seats (0 if it holds none).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public int SeatsOf(Party party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return SeatsOf(party.Id);
    }

    /// <summary>Gets the seats the party with identifier <paramref name="partyId"/> holds, over every seat source.</summary>
    /// <param name="partyId">The party's identifier in the dataset (for example <c>amanat</c>); <see langword="null"/> matches nothing.</param>
    /// <returns>The seats (0 if it holds none).</returns>
    public int SeatsOf(string? partyId) => seats.Where(s => s.Party is { } p && string.Equals(p.Id, partyId, StringComparison.Ordinal)).Sum(s => s.Seats);

    /// <summary>Gets the seats filled from one source.</summary>
    /// <param name="source">The seat source.</param>
    /// <returns>The seats of the rows with that source.</returns>
    public int SeatsFrom(SeatSource source) => seats.Where(s => s.Source == source).Sum(s => s.Seats);

    /// <summary>Returns the chamber, the day and the seats by holder.</summary>
    /// <returns>For example <c>Mazhilis 2023-03-29: Amanat 62, Auyl 8, … (98 seats)</c>.</returns>
    public override string ToString()
    {
        var holders = seats.GroupBy(s => s.HolderName, StringComparer.Ordinal).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Sum(s => s.Seats)}"));
        var vacant = VacantSeats > 0 ? string.Create(CultureInfo.InvariantCulture, $", vacant {VacantSeats}") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{Chamber} {Preconditions.Iso(AsOf)}: {string.Join(", ", holders)}{vacant} ({Total} seats)");
    }
}

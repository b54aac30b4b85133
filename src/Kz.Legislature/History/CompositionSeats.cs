using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>One row of a party composition: how many seats one party or group held, filled in one way.</summary>
public sealed record CompositionSeats
{
    internal CompositionSeats(SeatHolderKind holder, Party? party, string? label, SeatSource? source, int seats, Election? election, string? note, NodaTime.LocalDate date)
    {
        Holder = holder;
        Party = party;
        PartyName = party?.NameOn(date);
        Label = label;
        Source = source;
        Seats = seats;
        Election = election;
        Note = note;
    }

    /// <summary>Gets who holds the seats.</summary>
    public SeatHolderKind Holder { get; }

    /// <summary>Gets the party, when <see cref="Holder"/> is <see cref="SeatHolderKind.Party"/>; otherwise <see langword="null"/>.</summary>
    public Party? Party { get; }

    /// <summary>Gets the party's name on the day of the composition (<see cref="Kz.Legislature.Party.NameOn"/>: Otan's and Nur
    /// Otan's convocations show those names, not the party's latest), or <see langword="null"/> when no party holds the seats.</summary>
    public LocalizedName? PartyName { get; }

    /// <summary>Gets the label of a group as published (for example <c>elected by the Assembly of People of Kazakhstan</c>), or <see langword="null"/>.</summary>
    public string? Label { get; }

    /// <summary>Gets how the seats were filled, or <see langword="null"/> where the dataset does not know.</summary>
    public SeatSource? Source { get; }

    /// <summary>Gets the number of seats (at least 1).</summary>
    public int Seats { get; }

    /// <summary>Gets the election whose published result this row is taken from and checked against, or <see langword="null"/>.</summary>
    public Election? Election { get; }

    /// <summary>Gets a note on the row (what is unknown or derived), or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Gets the English name of the holder: the party's name on the day of the composition, the label, or a description of the holder kind.</summary>
    public string HolderName => PartyName?.English ?? Label ?? Holder switch
    {
        SeatHolderKind.Independent => "independents",
        SeatHolderKind.SelfNominated => "self-nominated",
        SeatHolderKind.Unknown => "not known",
        _ => Holder.ToString(),
    };

    /// <summary>Returns the holder, the seats and the seat source.</summary>
    /// <returns>For example <c>Amanat 40 (PartyList)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{HolderName} {Seats} ({Source?.ToString() ?? "source not known"})");
}

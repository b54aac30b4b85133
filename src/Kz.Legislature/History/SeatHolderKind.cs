using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>Who holds the seats of one row of a <see cref="PartyComposition"/>.</summary>
public enum SeatHolderKind
{
    /// <summary>A party (see <see cref="CompositionSeats.Party"/>).</summary>
    Party,

    /// <summary>Deputies elected as independents.</summary>
    Independent,

    /// <summary>Deputies who nominated themselves (the 2023 single-member districts).</summary>
    SelfNominated,

    /// <summary>A labelled non-party group, for example the deputies elected by the Assembly of People of Kazakhstan (see <see cref="CompositionSeats.Label"/>).</summary>
    Group,

    /// <summary>Holders whose affiliation the dataset does not know.</summary>
    Unknown,
}

using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>What aspect of the legislature changed.</summary>
public enum ChangeKind
{
    /// <summary>The constitution or amendment in force.</summary>
    Instrument,

    /// <summary>The form (none, unicameral, bicameral).</summary>
    Form,

    /// <summary>A chamber came into existence.</summary>
    ChamberAdded,

    /// <summary>A chamber ceased to exist.</summary>
    ChamberRemoved,

    /// <summary>The statutory number of seats.</summary>
    StatutorySeats,

    /// <summary>The seats filled from one source.</summary>
    SeatsBySource,

    /// <summary>The term of office.</summary>
    TermLength,

    /// <summary>The renewal rule.</summary>
    Renewal,

    /// <summary>The minimum age.</summary>
    MinimumAge,

    /// <summary>The party-list electoral system.</summary>
    ElectoralSystem,

    /// <summary>The list quota.</summary>
    ListQuota,
}

using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>The kind of an event in the timeline.</summary>
public enum LegislativeEventKind
{
    /// <summary>An election of the Supreme Council, the Mazhilis or the Kurultai.</summary>
    Election,

    /// <summary>An election of senators by maslikhat deputies.</summary>
    SenateElection,

    /// <summary>A referendum.</summary>
    Referendum,

    /// <summary>An instrument adopted or signed.</summary>
    InstrumentAdopted,

    /// <summary>An instrument entering into force.</summary>
    InstrumentInForce,

    /// <summary>A court ruling.</summary>
    CourtRuling,

    /// <summary>A chamber dissolved by decree or at its own request.</summary>
    Dissolution,

    /// <summary>A chamber dissolving itself.</summary>
    SelfDissolution,

    /// <summary>The first sitting of a convocation.</summary>
    FirstSitting,

    /// <summary>An election called by decree.</summary>
    ElectionCalled,

    /// <summary>A region created, merged, renamed or raised in status.</summary>
    RegionChange,

    /// <summary>Powers of a chamber terminated by a constitutional provision.</summary>
    Termination,

    /// <summary>Any other event.</summary>
    Other,
}

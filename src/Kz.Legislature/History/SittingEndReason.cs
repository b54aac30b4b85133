using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>Why a chamber stopped sitting.</summary>
public enum SittingEndReason
{
    /// <summary>It dissolved itself.</summary>
    SelfDissolution,

    /// <summary>It was dissolved early (by decree, at its own request).</summary>
    Dissolution,

    /// <summary>It was dissolved by a presidential decree after a court ruling.</summary>
    DissolutionByDecree,

    /// <summary>Its powers ended by a constitutional provision.</summary>
    ConstitutionalTermination,

    /// <summary>Its term expired.</summary>
    TermExpiry,

    /// <summary>It continued, but from then on under another rule set or convocation.</summary>
    Succeeded,
}

using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>The kind of a legal instrument.</summary>
public enum InstrumentKind
{
    /// <summary>A constitution.</summary>
    Constitution,

    /// <summary>A law amending the constitution.</summary>
    AmendmentLaw,

    /// <summary>A referendum (on a constitution or amendments).</summary>
    Referendum,

    /// <summary>A constitutional law.</summary>
    ConstitutionalLaw,

    /// <summary>An ordinary law.</summary>
    Law,

    /// <summary>A presidential decree.</summary>
    Decree,

    /// <summary>A ruling of the Constitutional Court.</summary>
    CourtRuling,
}

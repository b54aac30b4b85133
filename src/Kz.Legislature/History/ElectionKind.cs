using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>The kind of an election.</summary>
public enum ElectionKind
{
    /// <summary>A regular election at the end of a term.</summary>
    Regular,

    /// <summary>A snap election after an early dissolution.</summary>
    Snap,

    /// <summary>A partial election (a share of the Senate's elected seats).</summary>
    Partial,

    /// <summary>An election for new regions or vacant seats.</summary>
    ByElection,

    /// <summary>An election by the Assembly of People of Kazakhstan.</summary>
    AssemblyOfPeople,
}

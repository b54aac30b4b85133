using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>What the start date of a sitting record is.</summary>
public enum SittingStartBasis
{
    /// <summary>The first sitting.</summary>
    FirstSitting,

    /// <summary>The election day (the first sitting date is not known).</summary>
    Election,

    /// <summary>The registration of the deputies.</summary>
    Registration,

    /// <summary>A change of the rules the chamber is held to (the chamber sat on).</summary>
    RuleChange,
}

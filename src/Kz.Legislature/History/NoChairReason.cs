using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>Why <see cref="LegislativeHistory.ChairOn"/> has no chair for a chamber on a date.</summary>
public enum NoChairReason
{
    /// <summary>The chamber sat but the post of chair was vacant: the previous chair's last day and the next chair's first day are both known.</summary>
    Vacant,

    /// <summary>The data does not know who chaired the chamber that day (a gap in the sources, or a date after the data is verified through).</summary>
    Unknown,

    /// <summary>The constitution in force that day provides for no such chamber.</summary>
    NoSuchChamber,

    /// <summary>The chamber is provided for but did not sit that day (dissolved, or not yet elected or convened).</summary>
    NotSitting,

    /// <summary>The date is before the history's coverage starts and no term in the data covers it.</summary>
    BeforeCoverage,
}

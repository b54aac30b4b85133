using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>How a chamber's statutory number of seats on a day is known.</summary>
public enum SeatCountBasis
{
    /// <summary>The sources state the count (or the fixed seats and the per-region rule that give it on these days).</summary>
    Stated,

    /// <summary>
    /// No source states the count for these days: it is computed from the per-region rule and the regions in existence
    /// (for example the Senate's 43 and 37 seats between 22 April and 10 December 1997).
    /// </summary>
    DerivedFromRegions,

    /// <summary>
    /// No source states the count for these days: it is carried back from the formula of a later election (for example the
    /// 135 + 42 = 177 of the Supreme Council elected on 7 March 1994, for the dates of 1993).
    /// </summary>
    InferredFromElection,
}

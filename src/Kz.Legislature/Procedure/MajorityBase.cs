namespace Kz.Legislature.Procedure;

/// <summary>What a majority is a fraction of.</summary>
public enum MajorityBase
{
    /// <summary>
    /// The total number of deputies: the statutory seats of the chamber under the rules it is held to on the day (vacancies do
    /// not lower it), not the deputies present or in office.
    /// </summary>
    TotalDeputies,

    /// <summary>The deputies present.</summary>
    Present,

    /// <summary>The votes cast: yes, no and abstained.</summary>
    VotesCast,
}

namespace Kz.Legislature;

/// <summary>How a tie for the last seat is resolved.</summary>
public enum TiePolicy
{
    /// <summary>The list registered earlier wins (as Kazakhstan's election law provides).</summary>
    EarlierRegistrationWins,

    /// <summary>The tie is reported as undecidable; the allocation does not pick a winner.</summary>
    ReportUndecidable,
}

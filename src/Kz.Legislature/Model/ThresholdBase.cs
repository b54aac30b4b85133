namespace Kz.Legislature;

/// <summary>What an electoral threshold is measured against.</summary>
public enum ThresholdBase
{
    /// <summary>The valid votes cast for party lists.</summary>
    ValidListVotes,

    /// <summary>
    /// The votes for party lists plus the votes "against all" (the valid ballots), as the Central Election Commission measured
    /// the 5% threshold in 2023 (6,366,441; <c>Election.ListOrAgainstAllVotes</c>). Spoilt ballots are not counted: 6,521,860
    /// voters received a ballot.
    /// </summary>
    AllBallots,
}

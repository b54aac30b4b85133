using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>An election with its published result.</summary>
public sealed record Election
{
    private readonly ValueList<LocalDate> dates;
    private readonly ValueList<ElectionResult> results;
    private readonly ValueList<string> regionIds;

    /// <summary>Creates an election record.</summary>
    /// <param name="id">The identifier in the dataset.</param>
    /// <param name="chamber">The chamber elected.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="dates">The voting days (first round first; at least one).</param>
    /// <param name="seatsContested">The seats contested, or <see langword="null"/>.</param>
    /// <param name="turnoutPercent">The turnout in percent as published, or <see langword="null"/>.</param>
    /// <param name="againstAllPercent">The share "against all" in percent, or <see langword="null"/>.</param>
    /// <param name="listOrAgainstAllVotes">
    /// The number of voters who voted for a party list or "against all", as published (the base of a threshold measured
    /// against <see cref="ThresholdBase.AllBallots"/>; not the ballots received), or <see langword="null"/>.
    /// </param>
    /// <param name="againstAllVotes">The votes "against all", or <see langword="null"/>.</param>
    /// <param name="results">The result rows (empty where not known).</param>
    /// <param name="regionIds">For Senate by-elections, the regions whose seats were contested; otherwise empty.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <param name="ballotsReceived">The number of voters who received a ballot (the turnout's numerator), or <see langword="null"/>.</param>
    /// <param name="registeredVoters">The voters on the lists (the turnout's denominator), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dates"/> is empty or <paramref name="id"/> is blank.</exception>
    internal Election(string id, ChamberKind chamber, ElectionKind kind, IEnumerable<LocalDate> dates, int? seatsContested, decimal? turnoutPercent, decimal? againstAllPercent, long? listOrAgainstAllVotes, long? againstAllVotes, IEnumerable<ElectionResult> results, IEnumerable<string> regionIds, Provenance provenance, long? ballotsReceived = null, long? registeredVoters = null)
    {
        this.regionIds = Preconditions.NoNullItems(regionIds, nameof(regionIds));
        Id = Preconditions.NotBlank(id, nameof(id));
        Chamber = chamber;
        Kind = kind;
        this.dates = ValueList<LocalDate>.From(dates ?? throw new ArgumentNullException(nameof(dates)));
        if (this.dates.Count == 0)
        {
            throw Internal.ArgumentErrors.Invalid("An election has at least one voting day.", nameof(dates));
        }

        SeatsContested = seatsContested;
        TurnoutPercent = turnoutPercent;
        AgainstAllPercent = againstAllPercent;
        ListOrAgainstAllVotes = listOrAgainstAllVotes;
        AgainstAllVotes = againstAllVotes;
        BallotsReceived = ballotsReceived;
        RegisteredVoters = registeredVoters;
        this.results = Preconditions.NoNullItems(results, nameof(results));
        Provenance = Preconditions.NotNull(provenance, nameof(provenance));
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the chamber elected.</summary>
    public ChamberKind Chamber { get; }

    /// <summary>Gets the kind.</summary>
    public ElectionKind Kind { get; }

    /// <summary>Gets the voting days.</summary>
    public IReadOnlyList<LocalDate> Dates => dates;

    /// <summary>Gets the (first) voting day.</summary>
    public LocalDate Date => dates[0];

    /// <summary>Gets the seats contested, or <see langword="null"/>.</summary>
    public int? SeatsContested { get; }

    /// <summary>Gets the turnout in percent, or <see langword="null"/>.</summary>
    public decimal? TurnoutPercent { get; }

    /// <summary>Gets the share "against all" in percent, or <see langword="null"/>.</summary>
    public decimal? AgainstAllPercent { get; }

    /// <summary>
    /// Gets the number of voters who voted for a party list or "against all", as published, or <see langword="null"/>: the
    /// base of a threshold measured against <see cref="ThresholdBase.AllBallots"/> (6,366,441 in March 2023). It is not the
    /// number of ballots received, which also counts spoilt ballots (<see cref="BallotsReceived"/>).
    /// </summary>
    public long? ListOrAgainstAllVotes { get; }

    /// <summary>Gets the votes "against all", or <see langword="null"/>.</summary>
    public long? AgainstAllVotes { get; }

    /// <summary>Gets the number of voters who received a ballot (the turnout's numerator; 6,521,860 in March 2023), or <see langword="null"/>.</summary>
    public long? BallotsReceived { get; }

    /// <summary>Gets the voters on the lists (the turnout's denominator; 12,035,578 in March 2023), or <see langword="null"/>.</summary>
    public long? RegisteredVoters { get; }

    /// <summary>Gets the result rows (empty where the result is not in the data).</summary>
    public IReadOnlyList<ElectionResult> Results => results;

    /// <summary>Gets the regions whose seats were contested (Senate by-elections), or an empty list.</summary>
    public IReadOnlyList<string> RegionIds => regionIds;

    /// <summary>Gets a value indicating whether the result is in the data.</summary>
    public bool HasResults => results.Count > 0;

    /// <summary>Gets where the facts come from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Returns the identifier and the day.</summary>
    /// <returns>For example <c>mazhilis-2023 (2023-03-19)</c>.</returns>
    public override string ToString() => $"{Id} ({Preconditions.Iso(Date)})";
}

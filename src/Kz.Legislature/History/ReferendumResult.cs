using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>The published result of a referendum.</summary>
public sealed record ReferendumResult
{
    private readonly ValueList<string> alternatives;

    /// <summary>Creates a referendum result.</summary>
    /// <param name="heldOn">The voting day.</param>
    /// <param name="registeredVoters">Registered voters, or <see langword="null"/>.</param>
    /// <param name="ballotsCast">Ballots cast, or <see langword="null"/>.</param>
    /// <param name="turnoutPercent">Turnout in percent as published, or <see langword="null"/>.</param>
    /// <param name="yesVotes">Votes in favour, or <see langword="null"/>.</param>
    /// <param name="yesPercent">Share in favour in percent as published, or <see langword="null"/>.</param>
    /// <param name="noVotes">Votes against, or <see langword="null"/>.</param>
    /// <param name="invalidVotes">Invalid ballots, or <see langword="null"/>.</param>
    /// <param name="approved">Whether the proposal was approved.</param>
    /// <param name="alternatives">Conflicting published figures, in words.</param>
    /// <exception cref="ArgumentNullException"><paramref name="alternatives"/> is null.</exception>
    internal ReferendumResult(LocalDate heldOn, long? registeredVoters, long? ballotsCast, decimal? turnoutPercent, long? yesVotes, decimal? yesPercent, long? noVotes, long? invalidVotes, bool approved, IEnumerable<string> alternatives)
    {
        HeldOn = heldOn;
        RegisteredVoters = registeredVoters;
        BallotsCast = ballotsCast;
        TurnoutPercent = turnoutPercent;
        YesVotes = yesVotes;
        YesPercent = yesPercent;
        NoVotes = noVotes;
        InvalidVotes = invalidVotes;
        Approved = approved;
        this.alternatives = Preconditions.NoNullItems(alternatives, nameof(alternatives));
    }

    /// <summary>Gets the voting day.</summary>
    public LocalDate HeldOn { get; }

    /// <summary>Gets the registered voters, or <see langword="null"/>.</summary>
    public long? RegisteredVoters { get; }

    /// <summary>Gets the ballots cast, or <see langword="null"/>.</summary>
    public long? BallotsCast { get; }

    /// <summary>Gets the turnout in percent as published, or <see langword="null"/>.</summary>
    public decimal? TurnoutPercent { get; }

    /// <summary>Gets the votes in favour, or <see langword="null"/>.</summary>
    public long? YesVotes { get; }

    /// <summary>Gets the share in favour in percent as published, or <see langword="null"/>.</summary>
    public decimal? YesPercent { get; }

    /// <summary>Gets the votes against, or <see langword="null"/>.</summary>
    public long? NoVotes { get; }

    /// <summary>Gets the invalid ballots, or <see langword="null"/>.</summary>
    public long? InvalidVotes { get; }

    /// <summary>Gets whether the proposal was approved.</summary>
    public bool Approved { get; }

    /// <summary>Gets conflicting published figures.</summary>
    public IReadOnlyList<string> Alternatives => alternatives;

    /// <summary>Returns the day, turnout and share in favour.</summary>
    /// <returns>For example <c>2026-03-15: turnout 73.12%, yes 87.15%</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Preconditions.Iso(HeldOn)}: turnout {TurnoutPercent?.ToString(CultureInfo.InvariantCulture) ?? "?"}%, yes {YesPercent?.ToString(CultureInfo.InvariantCulture) ?? "?"}%");
}

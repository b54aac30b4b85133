using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>A party's list of candidates for the party-list seats of a chamber, as registered for an election.</summary>
/// <remarks>
/// Immutable; compares by value (the candidates in order). The constructor checks only structure; whether the list meets
/// the quota in force is for <c>Kz.Legislature.Validation.PartyListValidator</c> to say.
/// </remarks>
public sealed record PartyList
{
    private readonly ValueList<PartyListCandidate> candidates;

    /// <summary>Creates a party list.</summary>
    /// <param name="partyId">The party's identifier, for example <c>amanat</c>.</param>
    /// <param name="chamber">The chamber the list stands for (the Mazhilis or the Kurultai).</param>
    /// <param name="date">The date the list is registered (the rules in force that day apply).</param>
    /// <param name="candidates">The candidates, in list order.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or a candidate is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="partyId"/> is blank, a candidate is null, or the date is not in the ISO calendar.</exception>
    public PartyList(string partyId, ChamberKind chamber, LocalDate date, IEnumerable<PartyListCandidate> candidates)
    {
        PartyId = Preconditions.NotBlank(partyId, nameof(partyId));
        Chamber = chamber;
        Date = Preconditions.IsoDate(date, nameof(date));
        this.candidates = Preconditions.NoNullItems(candidates, nameof(candidates));
    }

    /// <summary>Gets the party's identifier.</summary>
    public string PartyId { get; }

    /// <summary>Gets the chamber.</summary>
    public ChamberKind Chamber { get; }

    /// <summary>Gets the date the list is registered.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the candidates in list order (immutable; compared by content).</summary>
    public IReadOnlyList<PartyListCandidate> Candidates => candidates;

    /// <summary>Returns the party, chamber, date and number of candidates.</summary>
    /// <returns>For example <c>amanat Mazhilis 2023-02-01: 69 candidates</c>.</returns>
    public override string ToString() => $"{PartyId} {Chamber} {Preconditions.Iso(Date)}: {candidates.Count} candidate{(candidates.Count == 1 ? string.Empty : "s")}";
}

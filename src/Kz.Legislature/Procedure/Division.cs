using Kz.Legislature.Internal;

namespace Kz.Legislature.Procedure;

/// <summary>
/// A recorded vote (a division): its date, the decision voted on, the counts of each chamber and the result it claims.
/// Built permissively; <see cref="Validation.DivisionValidator"/> checks it against the rules of its date.
/// </summary>
public sealed record Division
{
    private readonly ValueList<ChamberVote> votes;

    /// <summary>Creates a division.</summary>
    /// <param name="date">The day of the vote.</param>
    /// <param name="kind">The kind of decision voted on.</param>
    /// <param name="votes">The counts of each chamber that voted.</param>
    /// <param name="claimedPassed">The result the record claims: <see langword="true"/> if it says the decision passed.</param>
    /// <param name="subject">The subject (a law's subject, an office, a chair), or <see cref="DecisionSubject.None"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="votes"/> or a vote is null.</exception>
    public Division(LocalDate date, DecisionKind kind, IEnumerable<ChamberVote> votes, bool claimedPassed, DecisionSubject subject = DecisionSubject.None)
    {
        Date = date;
        Kind = kind;
        this.votes = Preconditions.NoNullItems(votes, nameof(votes));
        ClaimedPassed = claimedPassed;
        Subject = subject;
    }

    /// <summary>Gets the day of the vote.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the kind of decision voted on.</summary>
    public DecisionKind Kind { get; }

    /// <summary>Gets the subject, or <see cref="DecisionSubject.None"/>.</summary>
    public DecisionSubject Subject { get; }

    /// <summary>Gets the counts of each chamber that voted (immutable; compared by content).</summary>
    public IReadOnlyList<ChamberVote> Votes => votes;

    /// <summary>Gets the result the record claims: <see langword="true"/> if it says the decision passed.</summary>
    public bool ClaimedPassed { get; }

    /// <summary>Returns the date, the decision, the counts and the claimed result.</summary>
    /// <returns>For example <c>2023-03-30 ConsentToAppointment (PrimeMinister): Mazhilis 82-7-8 (97 present), claimed passed</c>.</returns>
    public override string ToString() =>
        $"{Preconditions.Iso(Date)} {Kind}{(Subject == DecisionSubject.None ? string.Empty : $" ({Subject})")}: {string.Join(", ", votes)}, claimed {(ClaimedPassed ? "passed" : "not passed")}";
}

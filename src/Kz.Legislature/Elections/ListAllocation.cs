using System.Globalization;
using System.Numerics;

namespace Kz.Legislature.Elections;

/// <summary>The outcome of a seat allocation for one party list.</summary>
/// <remarks>Immutable, with value equality.</remarks>
public sealed record ListAllocation
{
    // The exact fractions are kept as whole numbers (a denominator of 0 means none) and built only when asked for,
    // so that an allocation allocates no big integers for values nobody reads.
    private readonly Int128 _shareNumerator;
    private readonly long _shareDenominator;
    private readonly long _remainderNumerator;
    private readonly long _remainderDenominator;

    internal ListAllocation(
        PartyListVotes list,
        int seats,
        bool passedThreshold,
        bool admittedAsRunnerUp,
        int? quotient,
        Int128 shareNumerator,
        long shareDenominator,
        long remainderNumerator,
        long remainderDenominator)
    {
        ListId = list.ListId;
        Votes = list.Votes;
        RegistrationOrder = list.RegistrationOrder;
        Seats = seats;
        PassedThreshold = passedThreshold;
        AdmittedAsRunnerUp = admittedAsRunnerUp;
        Quotient = quotient;
        _shareNumerator = shareNumerator;
        _shareDenominator = shareDenominator;
        _remainderNumerator = remainderNumerator;
        _remainderDenominator = remainderDenominator;
    }

    /// <summary>The identifier of the list.</summary>
    public string ListId { get; }

    /// <summary>The votes of the list.</summary>
    public long Votes { get; }

    /// <summary>The registration order of the list (lower is earlier).</summary>
    public int RegistrationOrder { get; }

    /// <summary>
    /// The seats the list won. Seats that an unresolved tie leaves undecided
    /// (see <see cref="AllocationResult.UndecidedSeats"/>) are not counted.
    /// </summary>
    public int Seats { get; }

    /// <summary>Whether the list has at least one vote and reached the threshold.</summary>
    public bool PassedThreshold { get; }

    /// <summary>Whether the list did not reach the threshold but was admitted as the runner-up (the 2009–2022 rule).</summary>
    public bool AdmittedAsRunnerUp { get; }

    /// <summary>Whether the list takes part in the distribution of seats (it passed the threshold or was admitted as runner-up).</summary>
    public bool IsEligible => PassedThreshold || AdmittedAsRunnerUp;

    /// <summary>
    /// The exact number of quotas the list's votes make up: votes ÷ quota for the largest-remainder methods
    /// (Hare: votes × seats ÷ eligible votes; Droop: votes ÷ Droop quota), and the ideal proportional share
    /// votes × seats ÷ eligible votes for the divisor methods. <see langword="null"/> for a list that is not eligible.
    /// </summary>
    public Rational? QuotaShare => _shareDenominator == 0
        ? null
        : _shareNumerator <= long.MaxValue
            ? new Rational((long)_shareNumerator, _shareDenominator)
            : new Rational((BigInteger)_shareNumerator, _shareDenominator);

    /// <summary>The whole number of quotas (seats won outright) under a largest-remainder method; otherwise <see langword="null"/>.</summary>
    public int? Quotient { get; }

    /// <summary>
    /// The votes left over after the whole quotas (votes − quotient × quota) under a largest-remainder method;
    /// otherwise <see langword="null"/>. The remaining seats go to the largest remainders.
    /// </summary>
    public Rational? Remainder => _remainderDenominator == 0 ? null : new Rational(_remainderNumerator, _remainderDenominator);

    /// <inheritdoc />
    public bool Equals(ListAllocation? other) =>
        other is not null
        && string.Equals(ListId, other.ListId, StringComparison.Ordinal)
        && Votes == other.Votes
        && RegistrationOrder == other.RegistrationOrder
        && Seats == other.Seats
        && PassedThreshold == other.PassedThreshold
        && AdmittedAsRunnerUp == other.AdmittedAsRunnerUp
        && Quotient == other.Quotient
        && QuotaShare == other.QuotaShare
        && Remainder == other.Remainder;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ListId, Votes, RegistrationOrder, Seats, PassedThreshold, AdmittedAsRunnerUp, Quotient, QuotaShare);

    /// <summary>A short, culture-invariant description, for example <c>"Amanat: 40 seats"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{ListId}: {Seats} {(Seats == 1 ? "seat" : "seats")}");
}

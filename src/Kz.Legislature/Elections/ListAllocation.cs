using System.Globalization;

namespace Kz.Legislature.Elections;

/// <summary>The outcome of a seat allocation for one party list.</summary>
/// <remarks>Immutable, with value equality.</remarks>
public sealed record ListAllocation
{
    internal ListAllocation(
        PartyListVotes list,
        int seats,
        bool passedThreshold,
        bool admittedAsRunnerUp,
        Rational? quotaShare,
        int? quotient,
        Rational? remainder)
    {
        ListId = list.ListId;
        Votes = list.Votes;
        RegistrationOrder = list.RegistrationOrder;
        Seats = seats;
        PassedThreshold = passedThreshold;
        AdmittedAsRunnerUp = admittedAsRunnerUp;
        QuotaShare = quotaShare;
        Quotient = quotient;
        Remainder = remainder;
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
    public Rational? QuotaShare { get; }

    /// <summary>The whole number of quotas (seats won outright) under a largest-remainder method; otherwise <see langword="null"/>.</summary>
    public int? Quotient { get; }

    /// <summary>
    /// The votes left over after the whole quotas (votes − quotient × quota) under a largest-remainder method;
    /// otherwise <see langword="null"/>. The remaining seats go to the largest remainders.
    /// </summary>
    public Rational? Remainder { get; }

    /// <summary>A short, culture-invariant description, for example <c>"Amanat: 40 seats"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{ListId}: {Seats} {(Seats == 1 ? "seat" : "seats")}");
}

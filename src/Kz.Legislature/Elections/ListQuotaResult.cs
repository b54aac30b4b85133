using System.Globalization;
using Kz.Legislature.History;

namespace Kz.Legislature.Elections;

/// <summary>Whether one party's seats meet the list quota in force.</summary>
/// <remarks>Immutable, with value equality.</remarks>
public sealed record ListQuotaResult
{
    internal ListQuotaResult(ListQuotaRule quota, string listId, int seats, int qualifyingSeatHolders)
    {
        Quota = quota;
        ListId = listId;
        Seats = seats;
        QualifyingSeatHolders = qualifyingSeatHolders;
    }

    /// <summary>The rule checked.</summary>
    public ListQuotaRule Quota { get; }

    /// <summary>The identifier of the party list.</summary>
    public string ListId { get; }

    /// <summary>The seats the party received.</summary>
    public int Seats { get; }

    /// <summary>How many seat holders belong to a group the rule counts (each counted once).</summary>
    public int QualifyingSeatHolders { get; }

    /// <summary>The least number of qualifying seat holders that meets the quota: ⌈percent × seats ÷ 100⌉.</summary>
    public int RequiredSeatHolders => Quota.RequiredFor(Seats);

    /// <summary>Whether the share is met: 100 × qualifying ≥ percent × seats (always met by a party with no seats).</summary>
    public bool IsMet => Quota.IsMet(QualifyingSeatHolders, Seats);

    /// <summary>Whether the rule binds the seats a party receives (<see cref="ListQuotaRule.AppliesToSeats"/>); when it does not, a share below the minimum breaks no rule.</summary>
    public bool AppliesToSeats => Quota.AppliesToSeats;

    /// <summary>Where the quota is stated: the law that set it, or <see langword="null"/> for a rule built by hand.</summary>
    public Citation? Citation => Quota.Citation;

    /// <summary>A short, culture-invariant description, for example <c>"Amanat: 13 of 40 (needs 12): met"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{ListId}: {QualifyingSeatHolders} of {Seats} (needs {RequiredSeatHolders}): {(IsMet ? "met" : "not met")}{(AppliesToSeats ? string.Empty : " (the quota does not bind seats)")}");
}

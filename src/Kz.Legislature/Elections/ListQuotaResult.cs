using System.Globalization;

namespace Kz.Legislature.Elections;

/// <summary>Whether one party's seats meet the 30 % list quota.</summary>
/// <remarks>Immutable, with value equality.</remarks>
public sealed record ListQuotaResult
{
    internal ListQuotaResult(string listId, int seats, int qualifyingSeatHolders)
    {
        ListId = listId;
        Seats = seats;
        QualifyingSeatHolders = qualifyingSeatHolders;
    }

    /// <summary>The identifier of the party list.</summary>
    public string ListId { get; }

    /// <summary>The seats the party received.</summary>
    public int Seats { get; }

    /// <summary>How many seat holders are women, young people or persons with disabilities (each counted once).</summary>
    public int QualifyingSeatHolders { get; }

    /// <summary>The least number of qualifying seat holders that meets the quota: ⌈3 × seats ÷ 10⌉.</summary>
    public int RequiredSeatHolders => ListQuota.RequiredFor(Seats);

    /// <summary>Whether the quota is met: 10 × qualifying ≥ 3 × seats (always met by a party with no seats).</summary>
    public bool IsMet => ListQuota.IsMet(QualifyingSeatHolders, Seats);

    /// <summary>A short, culture-invariant description, for example <c>"Amanat: 13 of 40 (needs 12): met"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{ListId}: {QualifyingSeatHolders} of {Seats} (needs {RequiredSeatHolders}): {(IsMet ? "met" : "not met")}");
}

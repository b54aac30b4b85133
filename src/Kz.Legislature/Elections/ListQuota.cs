using System.Globalization;
using Kz.Legislature.History;

namespace Kz.Legislature.Elections;

/// <summary>
/// Checks the seat holders of each party against the list quota in force (<see cref="ListQuotaRule"/> from the data): the
/// groups the rule counts, its minimum share, and whether it binds the seats a party receives all come from the rule, the
/// same rule <c>PartyListValidator</c> applies to the lists. A pure check over exact integers.
/// </summary>
/// <example>
/// <code>
/// var quota = ListQuota.RuleOn(history, new LocalDate(2023, 3, 19), ChamberKind.Mazhilis)!;   // 30%, women + youth + disabilities, binds seats
/// var results = ListQuota.Check(quota, new LocalDate(2023, 3, 19), holders);
/// results[0].IsMet; results[0].RequiredSeatHolders; results[0].Citation;                     // the law that set the quota
/// </code>
/// </example>
public static class ListQuota
{
    /// <summary>Gets the list quota of <paramref name="chamber"/> in force on <paramref name="date"/>.</summary>
    /// <param name="history">The history.</param>
    /// <param name="date">The date (the election day).</param>
    /// <param name="chamber">The chamber.</param>
    /// <returns>The rule, or <see langword="null"/> if the chamber does not exist that day or has no list quota.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the history's coverage.</exception>
    public static ListQuotaRule? RuleOn(LegislativeHistory history, LocalDate date, ChamberKind chamber)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.RulesOn(date).TryGetChamber(chamber)?.ListQuota;
    }

    /// <summary>Checks each party's seat holders against <paramref name="quota"/>.</summary>
    /// <param name="quota">The list-quota rule (for example from <see cref="RuleOn"/>).</param>
    /// <param name="date">The date ages are measured on (the election day).</param>
    /// <param name="parties">The seat holders of each party.</param>
    /// <returns>One result per party, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quota"/> or <paramref name="parties"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="parties"/> contains <see langword="null"/> or repeats a list id.</exception>
    public static IReadOnlyList<ListQuotaResult> Check(ListQuotaRule quota, LocalDate date, IEnumerable<PartySeatHolders> parties)
    {
        ArgumentNullException.ThrowIfNull(quota);
        ArgumentNullException.ThrowIfNull(parties);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<ListQuotaResult>();
        foreach (var party in parties)
        {
            if (party is null)
            {
                throw Internal.ArgumentErrors.Invalid("The parties must not contain null.", nameof(parties));
            }

            if (!ids.Add(party.ListId))
            {
                throw Internal.ArgumentErrors.Invalid(
                    string.Create(CultureInfo.InvariantCulture, $"The list id '{party.ListId}' occurs more than once."),
                    nameof(parties));
            }

            results.Add(Check(quota, date, party));
        }

        return results.AsReadOnly();
    }

    /// <summary>Checks one party's seat holders against <paramref name="quota"/>.</summary>
    /// <param name="quota">The list-quota rule.</param>
    /// <param name="date">The date ages are measured on (the election day).</param>
    /// <param name="party">The seat holders of the party.</param>
    /// <returns>The result for the party.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quota"/> or <paramref name="party"/> is <see langword="null"/>.</exception>
    public static ListQuotaResult Check(ListQuotaRule quota, LocalDate date, PartySeatHolders party)
    {
        ArgumentNullException.ThrowIfNull(quota);
        ArgumentNullException.ThrowIfNull(party);
        return new ListQuotaResult(quota, party.ListId, party.Seats, party.SeatHolders.Count(h => quota.Counts(h, date)));
    }
}

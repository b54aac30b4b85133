using System.Globalization;

namespace Kz.Legislature.Elections;

/// <summary>
/// The 30 % list quota in force from 2023: women, young people (under 29) and persons with disabilities together
/// must make up at least 30 % of the seats each party receives from its list. A pure check over exact integers.
/// </summary>
public static class ListQuota
{
    /// <summary>The numerator of the quota fraction (3/10 = 30 %).</summary>
    public const int Numerator = 3;

    /// <summary>The denominator of the quota fraction (3/10 = 30 %).</summary>
    public const int Denominator = 10;

    /// <summary>Checks each party's seat holders against the quota.</summary>
    /// <param name="parties">The seat holders of each party.</param>
    /// <returns>One result per party, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parties"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="parties"/> contains <see langword="null"/> or repeats a list id.</exception>
    public static IReadOnlyList<ListQuotaResult> Check(IEnumerable<PartySeatHolders> parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<ListQuotaResult>();
        foreach (var party in parties)
        {
            if (party is null)
            {
                throw AllocationErrors.Invalid("The parties must not contain null.", nameof(parties));
            }

            if (!ids.Add(party.ListId))
            {
                throw AllocationErrors.Invalid(
                    string.Create(CultureInfo.InvariantCulture, $"The list id '{party.ListId}' occurs more than once."),
                    nameof(parties));
            }

            results.Add(Check(party));
        }

        return results.AsReadOnly();
    }

    /// <summary>Checks one party's seat holders against the quota.</summary>
    /// <param name="party">The seat holders of the party.</param>
    /// <returns>The result for the party.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is <see langword="null"/>.</exception>
    public static ListQuotaResult Check(PartySeatHolders party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return new ListQuotaResult(party.ListId, party.Seats, party.SeatHolders.Count(h => h.CountsTowardQuota));
    }

    /// <summary>Whether <paramref name="qualifying"/> of <paramref name="seats"/> meet the quota: 10 × qualifying ≥ 3 × seats.</summary>
    /// <param name="qualifying">The number of qualifying seat holders; not negative.</param>
    /// <param name="seats">The number of seats; not negative.</param>
    /// <returns><see langword="true"/> when the quota is met.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative, or <paramref name="qualifying"/> exceeds <paramref name="seats"/>.</exception>
    public static bool IsMet(int qualifying, int seats)
    {
        NotNegativeSeats(seats);
        if (qualifying < 0 || qualifying > seats)
        {
            throw AllocationErrors.OutOfRange(
                nameof(qualifying),
                string.Create(CultureInfo.InvariantCulture, $"The qualifying seat holders must be from 0 to the seats ({seats}), not {qualifying}."));
        }
        return (long)Denominator * qualifying >= (long)Numerator * seats;
    }

    /// <summary>The least number of qualifying seat holders that meets the quota for <paramref name="seats"/> seats: ⌈3 × seats ÷ 10⌉.</summary>
    /// <param name="seats">The number of seats; not negative.</param>
    /// <returns>The required number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seats"/> is negative.</exception>
    public static int RequiredFor(int seats)
    {
        NotNegativeSeats(seats);
        return (int)((((long)Numerator * seats) + Denominator - 1) / Denominator);
    }

    private static void NotNegativeSeats(int seats)
    {
        if (seats < 0)
        {
            throw AllocationErrors.OutOfRange(nameof(seats), string.Create(CultureInfo.InvariantCulture, $"The number of seats must not be negative, not {seats}."));
        }
    }
}

using System.Numerics;
using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

/// <summary>
/// An independent, deliberately naive seat allocator to check <see cref="SeatAllocator"/> against: plain
/// <see cref="BigInteger"/> fractions of its own (not the library's <see cref="Rational"/>), brute force, no shortcuts.
/// It works from the definitions only, for small inputs.
/// </summary>
/// <remarks>
/// <para>Divisor methods: every average votes ÷ divisor(k) for k = 0 … seats − 1 of every eligible list is written down,
/// the list is sorted from the highest, and the seats are the first <c>seats</c> entries. A tie matters when the entry just
/// inside the cut equals the entry just outside it; then every entry equal to that last average is in the tie (a list has at
/// most one, its divisors strictly increasing), the entries inside the cut are the contested seats.</para>
/// <para>Largest remainder: quota, whole quotas and remainders are computed exactly; the remaining seats go one each to the
/// largest remainders; a tie matters when the last remainder inside the cut equals the first outside it. If more seats remain
/// than there are eligible lists, the method has no answer (only possible under Droop).</para>
/// </remarks>
internal static class AllocationOracle
{
    /// <summary>What the oracle expects: <see cref="Refused"/>, or the seats per list (input order) with the ties.</summary>
    internal sealed record Expected(string? Refused, int[] Seats, int Undecided, IReadOnlyList<ExpectedTie> Ties, Frac?[] Remainders);

    /// <summary>A tie the oracle expects: its kind, the lists in registration order, the contested seats and the winners.</summary>
    internal sealed record ExpectedTie(TieKind Kind, string[] Tied, int Contested, string[] Winners, bool Resolved);

    /// <summary>Allocates <paramref name="input"/> with a threshold of <paramref name="thresholdPercent"/> whole percent.</summary>
    public static Expected Allocate(AllocationInput input, AllocationMethod method, int thresholdPercent, ThresholdBase thresholdBase, bool runnerUp, TiePolicy tiePolicy)
    {
        var lists = input.Lists;
        var n = lists.Count;
        var seats = input.Seats;
        var ties = new List<ExpectedTie>();
        var result = new int[n];
        var remainders = new Frac?[n];
        var baseVotes = thresholdBase == ThresholdBase.AllBallots ? input.AllBallots!.Value : lists.Sum(l => l.Votes);

        // Threshold: votes ≥ p % of the base, i.e. votes × 100 ≥ p × base, and at least one vote.
        var eligible = Enumerable.Range(0, n)
            .Where(i => lists[i].Votes > 0 && (BigInteger)lists[i].Votes * 100 >= (BigInteger)thresholdPercent * baseVotes)
            .ToList();
        if (runnerUp && eligible.Count == 1)
        {
            var others = Enumerable.Range(0, n).Where(i => !eligible.Contains(i) && lists[i].Votes > 0).ToList();
            if (others.Count > 0)
            {
                var best = others.Max(i => lists[i].Votes);
                var tied = others.Where(i => lists[i].Votes == best).OrderBy(i => lists[i].RegistrationOrder).ToArray();
                eligible.Add(tied[0]);
                if (tied.Length > 1)
                {
                    ties.Add(new ExpectedTie(TieKind.RunnerUpAdmission, Ids(lists, tied), 1, [lists[tied[0]].ListId], Resolved: true));
                }
            }
        }

        if (eligible.Count == 0)
        {
            return new Expected("more seats than can be placed", result, 0, ties, remainders);
        }

        // Each entry: (list, value); the seats go to the highest values.
        List<(int List, Frac Value)> entries;
        int take;
        if (method is AllocationMethod.HareLargestRemainder or AllocationMethod.DroopLargestRemainder)
        {
            BigInteger total = eligible.Sum(i => lists[i].Votes);
            var quota = method == AllocationMethod.HareLargestRemainder
                ? new Frac(total, seats)
                : new Frac((total / (seats + 1)) + 1, 1);
            var wholeQuotas = 0;
            entries = [];
            foreach (var i in eligible)
            {
                var votes = new Frac(lists[i].Votes, 1);
                var quotient = 0;
                while (quota.Times(quotient + 1) <= votes)
                {
                    quotient++;
                }

                result[i] = quotient;
                wholeQuotas += quotient;
                remainders[i] = votes.Minus(quota.Times(quotient));
                entries.Add((i, remainders[i]!.Value));
            }

            take = seats - wholeQuotas;
            if (take > eligible.Count)
            {
                return new Expected("cannot allocate", result, 0, ties, remainders);
            }

            if (take == 0)
            {
                return new Expected(null, result, 0, ties, remainders);
            }
        }
        else
        {
            entries = [];
            foreach (var i in eligible)
            {
                for (var k = 0; k < seats; k++)
                {
                    entries.Add((i, new Frac(lists[i].Votes, 1).DividedBy(Divisor(method, k))));
                }
            }

            take = seats;
        }

        var sorted = entries.OrderByDescending(e => e.Value).ThenBy(e => lists[e.List].RegistrationOrder).ToList();
        var cut = sorted[take - 1].Value;
        var tieMatters = take < sorted.Count && sorted[take].Value == cut;
        if (!tieMatters)
        {
            foreach (var e in sorted.Take(take))
            {
                result[e.List]++;
            }

            return new Expected(null, result, 0, ties, remainders);
        }

        var above = sorted.Where(e => e.Value > cut).ToList();
        var group = sorted.Where(e => e.Value == cut).Select(e => e.List).OrderBy(i => lists[i].RegistrationOrder).ToArray();
        var contested = take - above.Count;
        foreach (var e in above)
        {
            result[e.List]++;
        }

        var kind = method is AllocationMethod.HareLargestRemainder or AllocationMethod.DroopLargestRemainder ? TieKind.Remainder : TieKind.HighestAverage;
        if (tiePolicy == TiePolicy.EarlierRegistrationWins)
        {
            foreach (var i in group.Take(contested))
            {
                result[i]++;
            }

            ties.Add(new ExpectedTie(kind, Ids(lists, group), contested, Ids(lists, group.Take(contested)), Resolved: true));
            return new Expected(null, result, 0, ties, remainders);
        }

        ties.Add(new ExpectedTie(kind, Ids(lists, group), contested, [], Resolved: false));
        return new Expected(null, result, contested, ties, remainders);
    }

    private static Frac Divisor(AllocationMethod method, int held) => method switch
    {
        AllocationMethod.DHondt => new Frac(held + 1, 1),
        AllocationMethod.SainteLague => new Frac((2 * held) + 1, 1),
        _ => held == 0 ? new Frac(14, 10) : new Frac((2 * held) + 1, 1),
    };

    private static string[] Ids(IReadOnlyList<PartyListVotes> lists, IEnumerable<int> indexes) => indexes.Select(i => lists[i].ListId).ToArray();

    /// <summary>A non-negative fraction, compared by cross-multiplication; never reduced (no cleverness to get wrong).</summary>
    internal readonly record struct Frac(BigInteger Numerator, BigInteger Denominator) : IComparable<Frac>
    {
        public int CompareTo(Frac other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

        public bool Equals(Frac other) => CompareTo(other) == 0;

        public override int GetHashCode() => 0;

        public Frac Times(int k) => new(Numerator * k, Denominator);

        public Frac Minus(Frac other) => new((Numerator * other.Denominator) - (other.Numerator * Denominator), Denominator * other.Denominator);

        public Frac DividedBy(Frac other) => new(Numerator * other.Denominator, Denominator * other.Numerator);

        public bool SameAs(Rational value) => Numerator * value.Denominator == value.Numerator * Denominator;

        public static bool operator <(Frac a, Frac b) => a.CompareTo(b) < 0;

        public static bool operator >(Frac a, Frac b) => a.CompareTo(b) > 0;

        public static bool operator <=(Frac a, Frac b) => a.CompareTo(b) <= 0;

        public static bool operator >=(Frac a, Frac b) => a.CompareTo(b) >= 0;
    }
}

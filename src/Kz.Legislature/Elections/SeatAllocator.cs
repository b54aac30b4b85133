using System.Globalization;
using System.Numerics;

namespace Kz.Legislature.Elections;

/// <summary>
/// Allocates the seats of a party-list election as Kazakhstan's Central Election Commission does it
/// (Hare quota, largest remainders, threshold of all ballots, ties to the list registered earlier), and by
/// the other common methods for comparison. All arithmetic is exact integer arithmetic: thresholds, quotas,
/// remainders and averages are compared by cross-multiplication, never through floating point.
/// </summary>
public static class SeatAllocator
{
    /// <summary>Allocates the seats of <paramref name="input"/> under <paramref name="options"/>.</summary>
    /// <param name="input">The seats and the votes of each list.</param>
    /// <param name="options">The method, threshold, threshold base, runner-up rule and tie policy.</param>
    /// <returns>The seats of each list (in input order) with the quota, quotients, remainders or averages, and ties.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The threshold base is <see cref="ThresholdBase.AllBallots"/> but <see cref="AllocationInput.AllBallots"/> is not given;
    /// or no list is eligible (none has a vote and reaches the threshold, and no runner-up is admitted), so there are
    /// more seats than can be placed; or, under <see cref="AllocationMethod.DroopLargestRemainder"/>, more seats remain after
    /// the whole quotas than there are eligible lists. In every case the parameter name is <c>input</c> and the message is a
    /// sentence saying what cannot be allocated and why.
    /// </exception>
    /// <remarks>
    /// <para>
    /// Threshold: a list passes when it has at least one vote and votes × 100 ≥ threshold % × base, compared exactly.
    /// With <see cref="AllocationOptions.RunnerUpAdmission"/>, when exactly one list passes, the list with the next
    /// most votes (and at least one vote) is admitted as well; equal votes for that admission are always resolved in
    /// favour of the list registered earlier, as the law provides.
    /// </para>
    /// <para>
    /// Largest remainder: each eligible list first gets the whole number of quotas in its votes; the remaining seats
    /// go, one each, to the largest remainders. Hare quota = eligible votes ÷ seats (a fraction; never over-allocates).
    /// Droop quota = ⌊eligible votes ÷ (seats + 1)⌋ + 1, a whole number strictly greater than eligible votes ÷ (seats + 1),
    /// so the quotients add up to at most the seats and over-allocation cannot occur. With very few votes per seat the
    /// Droop quotients can leave more seats than there are eligible lists (3 votes to 1 for 10 seats); the method gives a
    /// list at most one remainder seat and has no answer for the others, so such an input is refused with an
    /// <see cref="ArgumentException"/> rather than filled by a rule the method does not have.
    /// </para>
    /// <para>
    /// Divisor methods award the seats one at a time to the highest average votes ÷ divisor, using a priority queue
    /// (O((lists + seats) log lists), with seats at most <see cref="AllocationInput.MaxSeats"/>): D'Hondt 1, 2, 3, …;
    /// Sainte-Laguë 1, 3, 5, …; modified Sainte-Laguë 1.4, 3, 5, ….
    /// </para>
    /// <para>
    /// Ties: only a tie that matters (more tied lists than seats left for them) is reported. Under
    /// <see cref="TiePolicy.EarlierRegistrationWins"/> the lists registered earlier win; under
    /// <see cref="TiePolicy.ReportUndecidable"/> the contested seats are given to nobody, counted in
    /// <see cref="AllocationResult.UndecidedSeats"/>, and <see cref="AllocationResult.IsDecided"/> is <see langword="false"/>.
    /// </para>
    /// </remarks>
    public static AllocationResult Allocate(AllocationInput input, AllocationOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);

        var baseVotes = options.ThresholdBase == ThresholdBase.AllBallots
            ? input.AllBallots ?? throw Internal.ArgumentErrors.Invalid(
                "The threshold is measured against all ballots cast (including invalid ballots and votes \"against all\"), but the number of all ballots is not given.",
                nameof(input))
            : input.TotalListVotes;

        var lists = input.Lists;
        var count = lists.Count;
        // Votes are whole numbers, so votes ≥ fraction × base exactly when votes ≥ ⌈fraction × base⌉.
        var thresholdVotes = options.Threshold.MinimumVotes(baseVotes);
        var passed = new bool[count];
        var passedCount = 0;
        for (var i = 0; i < count; i++)
        {
            passed[i] = lists[i].Votes > 0 && lists[i].Votes >= thresholdVotes;
            if (passed[i])
            {
                passedCount++;
            }
        }

        var ties = new List<TieResolution>();
        var runnerUp = new bool[count];
        if (options.RunnerUpAdmission && passedCount == 1)
        {
            AdmitRunnerUp(lists, passed, runnerUp, ties);
        }

        long eligibleVotes = 0;
        var eligible = new List<int>();
        for (var i = 0; i < count; i++)
        {
            if (passed[i] || runnerUp[i])
            {
                eligible.Add(i);
                eligibleVotes += lists[i].Votes;
            }
        }

        if (eligible.Count == 0)
        {
            var baseName = options.ThresholdBase == ThresholdBase.AllBallots ? "all ballots" : "the valid list votes";
            throw Internal.ArgumentErrors.Invalid(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"No list is eligible for seats (none has votes reaching the {options.Threshold} threshold of {baseName}, {thresholdVotes} votes), so there are more seats than can be placed: {input.Seats} seats, 0 eligible lists."),
                nameof(input));
        }

        var state = new State(input, options, eligible, eligibleVotes, ties);
        switch (options.Method)
        {
            case AllocationMethod.HareLargestRemainder:
            case AllocationMethod.DroopLargestRemainder:
                AllocateLargestRemainder(state);
                break;
            default:
                AllocateHighestAverages(state);
                break;
        }

        var results = new ListAllocation[count];
        for (var i = 0; i < count; i++)
        {
            results[i] = new ListAllocation(
                lists[i],
                state.Seats[i],
                passed[i],
                runnerUp[i],
                state.QuotaShares[i],
                state.Quotients[i],
                state.Remainders[i]);
        }

        return new AllocationResult(
            input,
            options,
            Array.AsReadOnly(results),
            baseVotes,
            thresholdVotes,
            eligibleVotes,
            state.Quota,
            state.Awards.AsReadOnly(),
            ties.AsReadOnly(),
            state.UndecidedSeats);
    }

    private static void AdmitRunnerUp(IReadOnlyList<PartyListVotes> lists, bool[] passed, bool[] runnerUp, List<TieResolution> ties)
    {
        long best = 0;
        for (var i = 0; i < lists.Count; i++)
        {
            if (!passed[i] && lists[i].Votes > best)
            {
                best = lists[i].Votes;
            }
        }

        if (best == 0)
        {
            return;
        }

        var tied = Enumerable.Range(0, lists.Count)
            .Where(i => !passed[i] && lists[i].Votes == best)
            .OrderBy(i => lists[i].RegistrationOrder)
            .ToArray();
        runnerUp[tied[0]] = true;
        if (tied.Length > 1)
        {
            ties.Add(new TieResolution(
                TieKind.RunnerUpAdmission,
                Rational.FromInteger(best),
                1,
                Array.AsReadOnly(tied.Select(i => lists[i].ListId).ToArray()),
                Array.AsReadOnly([lists[tied[0]].ListId]),
                isResolved: true));
        }
    }

    private static void AllocateLargestRemainder(State state)
    {
        var lists = state.Input.Lists;
        var seats = state.Input.Seats;
        var hare = state.Options.Method == AllocationMethod.HareLargestRemainder;
        var eligibleVotes = state.EligibleVotes;

        // Hare: quotient = ⌊votes × seats ÷ V⌋ and the remainder votes − quotient × V/seats = (votes × seats − quotient × V) ÷ seats;
        // remainders share the denominator `seats`, so their numerators compare directly.
        // Droop: quota Q = ⌊V ÷ (seats + 1)⌋ + 1, quotient = ⌊votes ÷ Q⌋, remainder = votes − quotient × Q.
        long droopQuota = hare ? 0 : (eligibleVotes / ((long)seats + 1)) + 1;
        state.Quota = hare ? new Rational(eligibleVotes, seats) : Rational.FromInteger(droopQuota);

        // Remainder numerators are below V (Hare) or Q (Droop), so they fit in a long.
        var remainderKeys = new long[lists.Count];
        long quotientSum = 0;
        foreach (var i in state.Eligible)
        {
            var votes = lists[i].Votes;
            int quotient;
            if (hare)
            {
                var scaled = (Int128)votes * seats;
                quotient = (int)(scaled / eligibleVotes);
                remainderKeys[i] = (long)(scaled - ((Int128)quotient * eligibleVotes));
                state.QuotaShares[i] = Fraction(scaled, eligibleVotes);
                state.Remainders[i] = new Rational(remainderKeys[i], seats);
            }
            else
            {
                quotient = (int)(votes / droopQuota);
                remainderKeys[i] = votes - ((long)quotient * droopQuota);
                state.QuotaShares[i] = new Rational(votes, droopQuota);
                state.Remainders[i] = Rational.FromInteger(remainderKeys[i]);
            }

            state.Quotients[i] = quotient;
            state.Seats[i] = quotient;
            quotientSum += quotient;
        }

        // Σ quotients ≤ seats for both quotas (see the remarks on Allocate), so this is never negative. Under Hare the
        // remainders' fractions add up to the remaining seats, each below 1, so fewer seats remain than there are lists.
        // Under Droop, with few votes per seat, more can remain: the method gives each list at most one remainder seat and
        // has no answer for the rest, so the input is refused rather than filled by some rule the method does not have.
        var remaining = seats - quotientSum;
        var eligibleCount = state.Eligible.Count;
        if (remaining > eligibleCount)
        {
            throw Internal.ArgumentErrors.Invalid(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The Droop quota cannot allocate {seats} seats with {eligibleVotes} eligible votes: the quota is {droopQuota} {(droopQuota == 1 ? "vote" : "votes")}, whole quotas give {quotientSum} {(quotientSum == 1 ? "seat" : "seats")}, and the {remaining} remaining seats are more than the {eligibleCount} eligible {(eligibleCount == 1 ? "list" : "lists")}, each of which can take at most one remainder seat. Use fewer seats or another method."),
                "input");
        }

        var lastRound = (int)remaining;

        if (lastRound == 0)
        {
            return;
        }

        var order = state.Eligible.ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byRemainder = remainderKeys[b].CompareTo(remainderKeys[a]);
            return byRemainder != 0 ? byRemainder : lists[a].RegistrationOrder.CompareTo(lists[b].RegistrationOrder);
        });
        var cutKey = remainderKeys[order[lastRound - 1]];
        var above = order.TakeWhile(i => remainderKeys[i] > cutKey).ToArray();
        var group = order.Skip(above.Length).TakeWhile(i => remainderKeys[i] == cutKey).ToArray();
        foreach (var i in above)
        {
            state.Seats[i]++;
        }

        var slots = lastRound - above.Length;
        if (group.Length == slots)
        {
            foreach (var i in group)
            {
                state.Seats[i]++;
            }

            return;
        }

        ResolveTie(state, TieKind.Remainder, state.Remainders[group[0]].GetValueOrDefault(), slots, group, awardSeats: true);
    }

    private static void AllocateHighestAverages(State state)
    {
        var lists = state.Input.Lists;
        var seats = state.Input.Seats;
        var method = state.Options.Method;

        var queue = new PriorityQueue<int, Candidate>(state.Eligible.Count, CandidateComparer.Instance);
        foreach (var i in state.Eligible)
        {
            queue.Enqueue(i, new Candidate(lists[i].Votes, ScaledDivisor(method, 0), lists[i].RegistrationOrder));
            state.QuotaShares[i] = Fraction((Int128)lists[i].Votes * seats, state.EligibleVotes);
        }

        var awardedDivisors = new long[seats];
        var awardedLists = new int[seats];
        for (var seat = 0; seat < seats; seat++)
        {
            queue.TryPeek(out var i, out var candidate);
            awardedLists[seat] = i;
            awardedDivisors[seat] = candidate.ScaledDivisor;
            var (divisorNumerator, divisorDenominator) = Divisor(method, state.Seats[i]);
            state.Awards.Add(new HighestAverageAward(seat + 1, lists[i].ListId, candidate.Votes, divisorNumerator, divisorDenominator));
            state.Seats[i]++;
            queue.DequeueEnqueue(i, candidate with { ScaledDivisor = ScaledDivisor(method, state.Seats[i]) });
        }

        // A tie matters when lists still waiting have the same average as the last seat awarded. Averages are
        // popped in non-increasing order, so the seats won at that average are the last ones awarded, and every
        // list has at most one of them (its averages strictly decrease).
        var lastList = awardedLists[seats - 1];
        var last = new Candidate(lists[lastList].Votes, awardedDivisors[seats - 1], 0);
        var waiting = new List<int>();
        while (queue.TryPeek(out var next, out var nextCandidate) && SameAverage(nextCandidate, last))
        {
            waiting.Add(next);
            queue.Dequeue();
        }

        if (waiting.Count == 0)
        {
            return;
        }

        var won = new List<int>();
        for (var seat = seats - 1; seat >= 0 && SameAverage(new Candidate(lists[awardedLists[seat]].Votes, awardedDivisors[seat], 0), last); seat--)
        {
            won.Add(awardedLists[seat]);
        }

        var group = won.Concat(waiting).OrderBy(i => lists[i].RegistrationOrder).ToArray();
        if (state.Options.TiePolicy == TiePolicy.ReportUndecidable)
        {
            foreach (var i in won)
            {
                state.Seats[i]--;
            }

            state.Awards.RemoveRange(seats - won.Count, won.Count);
        }

        var average = new Rational((BigInteger)last.Votes * ScaleOf(method), last.ScaledDivisor);
        ResolveTie(state, TieKind.HighestAverage, average, won.Count, group, awardSeats: false);
    }

    /// <summary>Records a tie among <paramref name="group"/> (in registration order) for <paramref name="slots"/> seats.</summary>
    private static void ResolveTie(State state, TieKind kind, Rational value, int slots, int[] group, bool awardSeats)
    {
        var lists = state.Input.Lists;
        var ids = Array.AsReadOnly(group.Select(i => lists[i].ListId).ToArray());
        if (state.Options.TiePolicy == TiePolicy.EarlierRegistrationWins)
        {
            if (awardSeats)
            {
                foreach (var i in group.Take(slots))
                {
                    state.Seats[i]++;
                }
            }

            var winners = Array.AsReadOnly(group.Take(slots).Select(i => lists[i].ListId).ToArray());
            state.Ties.Add(new TieResolution(kind, value, slots, ids, winners, isResolved: true));
        }
        else
        {
            state.UndecidedSeats += slots;
            state.Ties.Add(new TieResolution(kind, value, slots, ids, Array.AsReadOnly(Array.Empty<string>()), isResolved: false));
        }
    }

    /// <summary>The fraction <paramref name="numerator"/> / <paramref name="denominator"/>, through 64-bit arithmetic when the numerator fits.</summary>
    private static Rational Fraction(Int128 numerator, long denominator) =>
        numerator <= long.MaxValue ? new Rational((long)numerator, denominator) : new Rational((BigInteger)numerator, denominator);

    private static bool SameAverage(Candidate a, Candidate b) =>
        CompareProducts(a.Votes, b.ScaledDivisor, b.Votes, a.ScaledDivisor) == 0;

    /// <summary>Compares a × b with c × d exactly, for non-negative operands, through 128-bit products.</summary>
    private static int CompareProducts(long a, long b, long c, long d)
    {
        var high1 = Math.BigMul((ulong)a, (ulong)b, out var low1);
        var high2 = Math.BigMul((ulong)c, (ulong)d, out var low2);
        return high1 != high2 ? high1.CompareTo(high2) : low1.CompareTo(low2);
    }

    /// <summary>The common scale of the divisors: 5 for modified Sainte-Laguë (so that 1.4 becomes 7), otherwise 1.</summary>
    private static long ScaleOf(AllocationMethod method) => method == AllocationMethod.ModifiedSainteLague ? 5 : 1;

    /// <summary>The divisor for a list that already holds <paramref name="held"/> seats, multiplied by <see cref="ScaleOf"/>.</summary>
    private static long ScaledDivisor(AllocationMethod method, long held) => method switch
    {
        AllocationMethod.DHondt => held + 1,
        AllocationMethod.SainteLague => (2 * held) + 1,
        _ => held == 0 ? 7 : 5 * ((2 * held) + 1),
    };

    /// <summary>The divisor for a list that holds <paramref name="held"/> seats, as a fraction in lowest terms.</summary>
    private static (long Numerator, long Denominator) Divisor(AllocationMethod method, long held) =>
        method == AllocationMethod.ModifiedSainteLague && held == 0
            ? (7, 5)
            : (ScaledDivisor(method, held) / ScaleOf(method), 1);

    private readonly record struct Candidate(long Votes, long ScaledDivisor, int RegistrationOrder);

    /// <summary>Orders candidates by highest average first (votes ÷ divisor, by cross-multiplication), then earlier registration.</summary>
    private sealed class CandidateComparer : IComparer<Candidate>
    {
        public static readonly CandidateComparer Instance = new();

        public int Compare(Candidate x, Candidate y)
        {
            // x comes first when its average is higher: x.Votes / x.Divisor > y.Votes / y.Divisor.
            var byAverage = CompareProducts(y.Votes, x.ScaledDivisor, x.Votes, y.ScaledDivisor);
            return byAverage != 0 ? byAverage : x.RegistrationOrder.CompareTo(y.RegistrationOrder);
        }
    }

    private sealed class State
    {
        public State(AllocationInput input, AllocationOptions options, List<int> eligible, long eligibleVotes, List<TieResolution> ties)
        {
            Input = input;
            Options = options;
            Eligible = eligible;
            EligibleVotes = eligibleVotes;
            Ties = ties;
            var count = input.Lists.Count;
            Seats = new int[count];
            QuotaShares = new Rational?[count];
            Quotients = new int?[count];
            Remainders = new Rational?[count];
            Awards = options.Method is AllocationMethod.HareLargestRemainder or AllocationMethod.DroopLargestRemainder
                ? []
                : new List<HighestAverageAward>(input.Seats);
        }

        public AllocationInput Input { get; }

        public AllocationOptions Options { get; }

        public List<int> Eligible { get; }

        public long EligibleVotes { get; }

        public List<TieResolution> Ties { get; }

        public int[] Seats { get; }

        public Rational?[] QuotaShares { get; }

        public int?[] Quotients { get; }

        public Rational?[] Remainders { get; }

        public List<HighestAverageAward> Awards { get; }

        public Rational? Quota { get; set; }

        public int UndecidedSeats { get; set; }
    }
}

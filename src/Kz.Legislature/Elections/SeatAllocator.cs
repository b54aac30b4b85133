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
    /// Divisor methods award the seats one at a time to the highest average votes ÷ divisor (a scan for up to 16 eligible
    /// lists, a priority queue above: O((lists + seats) log lists), with seats at most <see cref="AllocationInput.MaxSeats"/>):
    /// D'Hondt 1, 2, 3, …; Sainte-Laguë 1, 3, 5, …; modified Sainte-Laguë 1.4, 3, 5, …. D'Hondt first gives every list its
    /// lower quota ⌊votes × seats ÷ eligible votes⌋, which the method always gives, and awards only the remaining seats.
    /// </para>
    /// <para>
    /// The allocation works on whole numbers; the exact fractions of the result, its per-list outcomes and the order of
    /// the awards are built when they are first read.
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

        var lists = input.ListArray;
        var count = lists.Length;

        // Votes are whole numbers, so votes ≥ fraction × base exactly when votes ≥ ⌈fraction × base⌉.
        var thresholdVotes = options.Threshold.MinimumVotes(baseVotes);
        var status = new byte[count];
        var passedCount = 0;
        for (var i = 0; i < count; i++)
        {
            if (lists[i].Votes > 0 && lists[i].Votes >= thresholdVotes)
            {
                status[i] = Passed;
                passedCount++;
            }
        }

        List<TieResolution>? ties = null;
        if (options.RunnerUpAdmission && passedCount == 1)
        {
            AdmitRunnerUp(lists, status, ref ties);
        }

        long eligibleVotes = 0;
        var eligibleCount = 0;
        for (var i = 0; i < count; i++)
        {
            if (status[i] != 0)
            {
                eligibleCount++;
                eligibleVotes += lists[i].Votes;
            }
        }

        if (eligibleCount == 0)
        {
            var baseName = options.ThresholdBase == ThresholdBase.AllBallots ? "all ballots" : "the valid list votes";
            throw Internal.ArgumentErrors.Invalid(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"No list is eligible for seats (none has votes reaching the {options.Threshold} threshold of {baseName}, {thresholdVotes} votes), so there are more seats than can be placed: {input.Seats} seats, 0 eligible lists."),
                nameof(input));
        }

        var core = new Core(input, options, status, eligibleCount, eligibleVotes, ties);
        if (options.Method is AllocationMethod.HareLargestRemainder or AllocationMethod.DroopLargestRemainder)
        {
            AllocateLargestRemainder(ref core);
        }
        else
        {
            AllocateHighestAverages(ref core);
        }

        return new AllocationResult(input, options, core.Seats, status, core.Quotients, core.RemainderNumerators, baseVotes, thresholdVotes, eligibleVotes, core.QuotaVotes, core.AwardCount, core.Ties, core.UndecidedSeats);
    }

    /// <summary>
    /// The seats of a divisor method in the order they are awarded (the first <paramref name="awards"/> of them), one at a time
    /// to the highest average, for <see cref="AllocationResult.Awards"/>: built only when asked for.
    /// </summary>
    internal static HighestAverageAward[] AwardsInOrder(AllocationInput input, AllocationOptions options, byte[] status, int awards)
    {
        var lists = input.ListArray;
        var method = options.Method;
        var held = new int[lists.Length];
        var queue = new PriorityQueue<int, Candidate>(lists.Length, CandidateComparer.Instance);
        for (var i = 0; i < lists.Length; i++)
        {
            if (status[i] != 0)
            {
                queue.Enqueue(i, new Candidate(lists[i].Votes, ScaledDivisor(method, 0), lists[i].RegistrationOrder));
            }
        }

        var result = new HighestAverageAward[awards];
        for (var seat = 0; seat < awards; seat++)
        {
            queue.TryPeek(out var i, out var candidate);
            var (divisorNumerator, divisorDenominator) = Divisor(method, held[i]);
            result[seat] = new HighestAverageAward(seat + 1, lists[i].ListId, candidate.Votes, divisorNumerator, divisorDenominator);
            held[i]++;
            queue.DequeueEnqueue(i, candidate with { ScaledDivisor = ScaledDivisor(method, held[i]) });
        }

        return result;
    }

    private const byte Passed = 1;
    private const byte RunnerUp = 2;

    /// <summary>The status of a list in <see cref="AllocationResult"/>: whether it passed the threshold.</summary>
    internal static bool IsPassed(byte status) => status == Passed;

    private static void AdmitRunnerUp(PartyListVotes[] lists, byte[] status, ref List<TieResolution>? ties)
    {
        long best = 0;
        var first = -1;
        var tiedCount = 0;
        for (var i = 0; i < lists.Length; i++)
        {
            if (status[i] != 0 || lists[i].Votes == 0)
            {
                continue;
            }

            if (lists[i].Votes > best)
            {
                best = lists[i].Votes;
                first = i;
                tiedCount = 1;
            }
            else if (lists[i].Votes == best)
            {
                tiedCount++;
                if (lists[i].RegistrationOrder < lists[first].RegistrationOrder)
                {
                    first = i;
                }
            }
        }

        if (first < 0)
        {
            return;
        }

        status[first] = RunnerUp;
        if (tiedCount > 1)
        {
            var tied = new int[tiedCount];
            var k = 0;
            for (var i = 0; i < lists.Length; i++)
            {
                if (status[i] != Passed && lists[i].Votes == best)
                {
                    tied[k++] = i;
                }
            }

            SortByRegistration(lists, tied);
            (ties ??= []).Add(new TieResolution(
                TieKind.RunnerUpAdmission,
                Rational.FromInteger(best),
                1,
                IdsOf(lists, tied, tied.Length),
                Array.AsReadOnly([lists[first].ListId]),
                isResolved: true));
        }
    }

    private static void AllocateLargestRemainder(ref Core core)
    {
        var lists = core.Input.ListArray;
        var status = core.Status;
        var seats = core.Input.Seats;
        var hare = core.Options.Method == AllocationMethod.HareLargestRemainder;
        var eligibleVotes = core.EligibleVotes;

        // Hare: quotient = ⌊votes × seats ÷ V⌋ and the remainder votes − quotient × V/seats = (votes × seats − quotient × V) ÷ seats;
        // remainders share the denominator `seats`, so their numerators compare directly.
        // Droop: quota Q = ⌊V ÷ (seats + 1)⌋ + 1, quotient = ⌊votes ÷ Q⌋, remainder = votes − quotient × Q.
        // Only these whole numbers are kept; the exact fractions (quota, quota shares, remainders) are built when asked for.
        long droopQuota = hare ? 0 : (eligibleVotes / ((long)seats + 1)) + 1;
        core.QuotaVotes = droopQuota;

        // Remainder numerators are below V (Hare) or Q (Droop), so they fit in a long.
        var remainderKeys = new long[lists.Length];
        var quotients = new int[lists.Length];
        var seatsOf = core.Seats;
        long quotientSum = 0;
        for (var i = 0; i < lists.Length; i++)
        {
            if (status[i] == 0)
            {
                continue;
            }

            var votes = lists[i].Votes;
            int quotient;
            if (hare)
            {
                (quotient, remainderKeys[i]) = HareQuotient(votes, seats, eligibleVotes);
            }
            else
            {
                quotient = (int)(votes / droopQuota);
                remainderKeys[i] = votes - ((long)quotient * droopQuota);
            }

            quotients[i] = quotient;
            seatsOf[i] = quotient;
            quotientSum += quotient;
        }

        core.Quotients = quotients;
        core.RemainderNumerators = remainderKeys;

        // Σ quotients ≤ seats for both quotas (see the remarks on Allocate), so this is never negative. Under Hare the
        // remainders' fractions add up to the remaining seats, each below 1, so fewer seats remain than there are lists.
        // Under Droop, with few votes per seat, more can remain: the method gives each list at most one remainder seat and
        // has no answer for the rest, so the input is refused rather than filled by some rule the method does not have.
        var remaining = seats - quotientSum;
        var eligibleCount = core.EligibleCount;
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

        // The remaining seats go to the largest remainders: find the remainder of the last seat (a selection, no sort), give a
        // seat to every list above it, and to the lists equal to it when there are as many seats left as lists; else it is a tie.
        var keys = new long[eligibleCount];
        var n = 0;
        for (var i = 0; i < lists.Length; i++)
        {
            if (status[i] != 0)
            {
                keys[n++] = remainderKeys[i];
            }
        }

        var cutKey = LargestAt(keys, lastRound - 1);
        var above = 0;
        var groupSize = 0;
        for (var i = 0; i < lists.Length; i++)
        {
            if (status[i] == 0)
            {
                continue;
            }

            if (remainderKeys[i] > cutKey)
            {
                seatsOf[i]++;
                above++;
            }
            else if (remainderKeys[i] == cutKey)
            {
                groupSize++;
            }
        }

        var slots = lastRound - above;
        if (groupSize == slots)
        {
            for (var i = 0; i < lists.Length; i++)
            {
                if (status[i] != 0 && remainderKeys[i] == cutKey)
                {
                    seatsOf[i]++;
                }
            }

            return;
        }

        var group = new int[groupSize];
        var g = 0;
        for (var i = 0; i < lists.Length && g < groupSize; i++)
        {
            if (status[i] != 0 && remainderKeys[i] == cutKey)
            {
                group[g++] = i;
            }
        }

        SortByRegistration(lists, group);
        var value = hare ? new Rational(cutKey, seats) : Rational.FromInteger(cutKey);
        ResolveTie(ref core, TieKind.Remainder, value, slots, group, awardSeats: true);
    }

    /// <summary>
    /// The value that would be at <paramref name="index"/> (from 0) if <paramref name="keys"/> were sorted from the largest:
    /// a quickselect (middle pivot), which reorders <paramref name="keys"/>.
    /// </summary>
    private static long LargestAt(long[] keys, int index)
    {
        var low = 0;
        var high = keys.Length - 1;
        while (low < high)
        {
            var pivot = keys[low + ((high - low) / 2)];
            var i = low;
            var j = high;
            while (i <= j)
            {
                while (keys[i] > pivot)
                {
                    i++;
                }

                while (keys[j] < pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (keys[i], keys[j]) = (keys[j], keys[i]);
                    i++;
                    j--;
                }
            }

            // Now keys[low..j] ≥ pivot ≥ keys[i..high], and every key strictly between j and i equals the pivot.
            if (index <= j)
            {
                high = j;
            }
            else if (index >= i)
            {
                low = i;
            }
            else
            {
                return pivot;
            }
        }

        return keys[index];
    }

    /// <summary>⌊votes × seats ÷ V⌋ and the remainder numerator votes × seats − quotient × V, through 64-bit arithmetic when the product fits.</summary>
    private static (int Quotient, long Remainder) HareQuotient(long votes, int seats, long eligibleVotes)
    {
        if (votes <= long.MaxValue / seats)
        {
            var (q, r) = Math.DivRem(votes * seats, eligibleVotes);
            return ((int)q, r);
        }

        var scaled = (Int128)votes * seats;
        var quotient = (int)(scaled / eligibleVotes);
        return (quotient, (long)(scaled - ((Int128)quotient * eligibleVotes)));
    }

    private static void AllocateHighestAverages(ref Core core)
    {
        var lists = core.Input.ListArray;
        var status = core.Status;
        var seats = core.Input.Seats;
        var method = core.Options.Method;
        var seatsOf = core.Seats;
        var toAward = seats;

        if (method == AllocationMethod.DHondt)
        {
            // D'Hondt satisfies the lower quota: every list gets at least ⌊votes × seats ÷ V⌋ seats, and the averages of those
            // seats (≥ V ÷ seats) are among the highest. So the lower quotas are given at once and only the remaining seats,
            // fewer than the eligible lists, are awarded one at a time. A tie that matters lies below V ÷ seats, so no
            // seat given here takes part in one (see the tie check below).
            for (var i = 0; i < lists.Length; i++)
            {
                if (status[i] != 0)
                {
                    var quotient = HareQuotient(lists[i].Votes, seats, core.EligibleVotes).Quotient;
                    seatsOf[i] = quotient;
                    toAward -= quotient;
                }
            }
        }

        if (core.EligibleCount <= LinearScanLists)
        {
            AwardByScan(lists, status, seatsOf, method, toAward);
        }
        else
        {
            AwardByQueue(lists, status, seatsOf, method, toAward);
        }

        // The last average awarded is the least average of the seats held; a tie matters when a list's next average equals it.
        var cut = -1;
        for (var i = 0; i < lists.Length; i++)
        {
            if (seatsOf[i] > 0 && (cut < 0 || CompareAverage(lists[i].Votes, ScaledDivisor(method, seatsOf[i] - 1), lists[cut].Votes, ScaledDivisor(method, seatsOf[cut] - 1)) < 0))
            {
                cut = i;
            }
        }

        var cutVotes = lists[cut].Votes;
        var cutDivisor = ScaledDivisor(method, seatsOf[cut] - 1);
        var waiting = 0;
        var won = 0;
        for (var i = 0; i < lists.Length; i++)
        {
            if (status[i] == 0)
            {
                continue;
            }

            if (CompareAverage(lists[i].Votes, ScaledDivisor(method, seatsOf[i]), cutVotes, cutDivisor) == 0)
            {
                waiting++;
            }
            else if (seatsOf[i] > 0 && CompareAverage(lists[i].Votes, ScaledDivisor(method, seatsOf[i] - 1), cutVotes, cutDivisor) == 0)
            {
                won++;
            }
        }

        if (waiting == 0)
        {
            core.AwardCount = seats;
            return;
        }

        // Every list has at most one seat at the tied average (its averages strictly decrease): the seats won at it were the
        // last awarded, to the lists registered earliest among the tied ones.
        var group = new int[waiting + won];
        var g = 0;
        for (var i = 0; i < lists.Length; i++)
        {
            if (status[i] != 0
                && (CompareAverage(lists[i].Votes, ScaledDivisor(method, seatsOf[i]), cutVotes, cutDivisor) == 0
                    || (seatsOf[i] > 0 && CompareAverage(lists[i].Votes, ScaledDivisor(method, seatsOf[i] - 1), cutVotes, cutDivisor) == 0)))
            {
                group[g++] = i;
            }
        }

        SortByRegistration(lists, group);
        if (core.Options.TiePolicy == TiePolicy.ReportUndecidable)
        {
            for (var k = 0; k < won; k++)
            {
                seatsOf[group[k]]--;
            }

            core.AwardCount = seats - won;
        }
        else
        {
            core.AwardCount = seats;
        }

        var average = new Rational((BigInteger)cutVotes * ScaleOf(method), cutDivisor);
        ResolveTie(ref core, TieKind.HighestAverage, average, won, group, awardSeats: false);
    }

    /// <summary>Up to this many eligible lists, the highest average is found by a scan instead of a priority queue.</summary>
    private const int LinearScanLists = 16;

    /// <summary>Awards <paramref name="toAward"/> seats one at a time to the highest average (earlier registration first on equal averages), by scanning the lists.</summary>
    private static void AwardByScan(PartyListVotes[] lists, byte[] status, int[] seatsOf, AllocationMethod method, int toAward)
    {
        for (var seat = 0; seat < toAward; seat++)
        {
            var best = -1;
            long bestDivisor = 0;
            for (var i = 0; i < lists.Length; i++)
            {
                if (status[i] == 0)
                {
                    continue;
                }

                var divisor = ScaledDivisor(method, seatsOf[i]);
                if (best < 0)
                {
                    best = i;
                    bestDivisor = divisor;
                    continue;
                }

                var byAverage = CompareAverage(lists[i].Votes, divisor, lists[best].Votes, bestDivisor);
                if (byAverage > 0 || (byAverage == 0 && lists[i].RegistrationOrder < lists[best].RegistrationOrder))
                {
                    best = i;
                    bestDivisor = divisor;
                }
            }

            seatsOf[best]++;
        }
    }

    /// <summary>Awards <paramref name="toAward"/> seats one at a time to the highest average (earlier registration first on equal averages), through a priority queue.</summary>
    private static void AwardByQueue(PartyListVotes[] lists, byte[] status, int[] seatsOf, AllocationMethod method, int toAward)
    {
        if (toAward == 0)
        {
            return;
        }

        var queue = new PriorityQueue<int, Candidate>(lists.Length, CandidateComparer.Instance);
        for (var i = 0; i < lists.Length; i++)
        {
            if (status[i] != 0)
            {
                queue.Enqueue(i, new Candidate(lists[i].Votes, ScaledDivisor(method, seatsOf[i]), lists[i].RegistrationOrder));
            }
        }

        for (var seat = 0; seat < toAward; seat++)
        {
            queue.TryPeek(out var i, out var candidate);
            seatsOf[i]++;
            queue.DequeueEnqueue(i, candidate with { ScaledDivisor = ScaledDivisor(method, seatsOf[i]) });
        }
    }

    /// <summary>Records a tie among <paramref name="group"/> (in registration order) for <paramref name="slots"/> seats.</summary>
    private static void ResolveTie(ref Core core, TieKind kind, Rational value, int slots, int[] group, bool awardSeats)
    {
        var lists = core.Input.ListArray;
        var ids = IdsOf(lists, group, group.Length);
        var ties = core.Ties ??= [];
        if (core.Options.TiePolicy == TiePolicy.EarlierRegistrationWins)
        {
            if (awardSeats)
            {
                for (var k = 0; k < slots; k++)
                {
                    core.Seats[group[k]]++;
                }
            }

            ties.Add(new TieResolution(kind, value, slots, ids, IdsOf(lists, group, slots), isResolved: true));
        }
        else
        {
            core.UndecidedSeats += slots;
            ties.Add(new TieResolution(kind, value, slots, ids, Array.AsReadOnly(Array.Empty<string>()), isResolved: false));
        }
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<string> IdsOf(PartyListVotes[] lists, int[] indices, int length)
    {
        var ids = new string[length];
        for (var k = 0; k < length; k++)
        {
            ids[k] = lists[indices[k]].ListId;
        }

        return Array.AsReadOnly(ids);
    }

    private static void SortByRegistration(PartyListVotes[] lists, int[] indices) =>
        Array.Sort(indices, (a, b) => lists[a].RegistrationOrder.CompareTo(lists[b].RegistrationOrder));

    /// <summary>Compares the averages votes1 ÷ divisor1 and votes2 ÷ divisor2 exactly (divisors on the common scale).</summary>
    private static int CompareAverage(long votes1, long divisor1, long votes2, long divisor2) =>
        CompareProducts(votes1, divisor2, votes2, divisor1);

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

    /// <summary>The working state of one allocation: whole numbers only; the exact fractions are built by the result on demand.</summary>
    private struct Core
    {
        public Core(AllocationInput input, AllocationOptions options, byte[] status, int eligibleCount, long eligibleVotes, List<TieResolution>? ties)
        {
            Input = input;
            Options = options;
            Status = status;
            EligibleCount = eligibleCount;
            EligibleVotes = eligibleVotes;
            Ties = ties;
            Seats = new int[status.Length];
        }

        public AllocationInput Input { get; }

        public AllocationOptions Options { get; }

        public byte[] Status { get; }

        public int EligibleCount { get; }

        public long EligibleVotes { get; }

        public int[] Seats { get; }

        public List<TieResolution>? Ties { get; set; }

        public int[]? Quotients { get; set; }

        public long[]? RemainderNumerators { get; set; }

        /// <summary>The Droop quota in votes; 0 for Hare (whose quota V ÷ seats is a fraction) and the divisor methods.</summary>
        public long QuotaVotes { get; set; }

        /// <summary>How many seats a divisor method awarded (the seats minus those an unresolved tie leaves undecided).</summary>
        public int AwardCount { get; set; }

        public int UndecidedSeats { get; set; }
    }
}

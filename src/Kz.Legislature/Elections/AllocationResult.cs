using System.Globalization;
using System.Numerics;
using System.Text;

namespace Kz.Legislature.Elections;

/// <summary>The outcome of <see cref="SeatAllocator.Allocate"/>: the seats of each list and how they were arrived at.</summary>
public sealed class AllocationResult
{
    private static readonly IReadOnlyList<TieResolution> NoTies = Array.AsReadOnly(Array.Empty<TieResolution>());
    private static readonly IReadOnlyList<HighestAverageAward> NoAwards = Array.AsReadOnly(Array.Empty<HighestAverageAward>());

    private readonly byte[] _status;
    private readonly long _quotaVotes;
    private readonly int _awardCount;
    private readonly int[] _seats;
    private readonly int[]? _quotients;
    private readonly long[]? _remainderNumerators;
    private IReadOnlyList<HighestAverageAward>? _awards;
    private IReadOnlyList<ListAllocation>? _lists;

    internal AllocationResult(
        AllocationInput input,
        AllocationOptions options,
        int[] seats,
        byte[] status,
        int[]? quotients,
        long[]? remainderNumerators,
        long thresholdBaseVotes,
        long thresholdVotes,
        long eligibleVotes,
        long quotaVotes,
        int awardCount,
        List<TieResolution>? ties,
        int undecidedSeats)
    {
        Input = input;
        Options = options;
        ThresholdBaseVotes = thresholdBaseVotes;
        ThresholdVotes = thresholdVotes;
        EligibleVotes = eligibleVotes;
        Ties = ties is null ? NoTies : ties.AsReadOnly();
        UndecidedSeats = undecidedSeats;
        _status = status;
        _quotaVotes = quotaVotes;
        _awardCount = awardCount;

        _seats = seats;
        _quotients = quotients;
        _remainderNumerators = remainderNumerators;
    }

    private IReadOnlyList<ListAllocation> BuildLists()
    {
        // The quota shares and remainders are passed on as whole numbers; each list builds its exact fractions on demand.
        var lists = Input.ListArray;
        var hare = Options.Method == AllocationMethod.HareLargestRemainder;
        var droop = Options.Method == AllocationMethod.DroopLargestRemainder;
        var results = new ListAllocation[lists.Length];
        for (var i = 0; i < lists.Length; i++)
        {
            var list = lists[i];
            if (_status[i] == 0)
            {
                results[i] = new ListAllocation(list, _seats[i], passedThreshold: false, admittedAsRunnerUp: false, null, 0, 0, 0, 0);
                continue;
            }

            var passed = SeatAllocator.IsPassed(_status[i]);
            results[i] = droop
                ? new ListAllocation(list, _seats[i], passed, !passed, _quotients![i], list.Votes, _quotaVotes, _remainderNumerators![i], 1)
                : new ListAllocation(list, _seats[i], passed, !passed, hare ? _quotients![i] : null, (Int128)list.Votes * Input.Seats, EligibleVotes, hare ? _remainderNumerators![i] : 0, hare ? Input.Seats : 0);
        }

        return Array.AsReadOnly(results);
    }

    /// <summary>The input that was allocated.</summary>
    public AllocationInput Input { get; }

    /// <summary>The rules that were applied.</summary>
    public AllocationOptions Options { get; }

    /// <summary>The outcome for each list, in input order.</summary>
    /// <remarks>Built on first use from the allocation's whole numbers; each list builds its exact fractions when they are read.</remarks>
    public IReadOnlyList<ListAllocation> Lists
    {
        get
        {
            if (_lists is null)
            {
                Interlocked.CompareExchange(ref _lists, BuildLists(), null);
            }

            return _lists;
        }
    }

    /// <summary>The base the threshold was measured against (all ballots, or the valid list votes).</summary>
    public long ThresholdBaseVotes { get; }

    /// <summary>The least number of votes that reached the threshold (a list also needs at least one vote).</summary>
    public long ThresholdVotes { get; }

    /// <summary>The votes of the eligible lists, the votes the seats are divided in proportion to.</summary>
    public long EligibleVotes { get; }

    /// <summary>
    /// The quota of a largest-remainder method (Hare: eligible votes ÷ seats; Droop: ⌊eligible votes ÷ (seats + 1)⌋ + 1);
    /// <see langword="null"/> for the divisor methods.
    /// </summary>
    public Rational? Quota => Options.Method switch
    {
        AllocationMethod.HareLargestRemainder => new Rational(EligibleVotes, Input.Seats),
        AllocationMethod.DroopLargestRemainder => Rational.FromInteger(_quotaVotes),
        _ => null,
    };

    /// <summary>The seats in the order a divisor method awarded them, each with its average; empty for the largest-remainder methods.</summary>
    /// <remarks>Built on first use (by awarding the seats again one at a time), not by <see cref="SeatAllocator.Allocate"/>.</remarks>
    public IReadOnlyList<HighestAverageAward> Awards
    {
        get
        {
            if (_awards is null)
            {
                var awards = Options.Method is AllocationMethod.HareLargestRemainder or AllocationMethod.DroopLargestRemainder
                    ? NoAwards
                    : Array.AsReadOnly(SeatAllocator.AwardsInOrder(Input, Options, _status, _awardCount));
                Interlocked.CompareExchange(ref _awards, awards, null);
            }

            return _awards;
        }
    }

    /// <summary>The ties that mattered and how they were resolved, in the order they arose.</summary>
    public IReadOnlyList<TieResolution> Ties { get; }

    /// <summary>The seats left undecided by unresolved ties (only under <see cref="TiePolicy.ReportUndecidable"/>).</summary>
    public int UndecidedSeats { get; }

    /// <summary>The seats given to lists: the seats to fill minus the undecided seats.</summary>
    public int AllocatedSeats => Input.Seats - UndecidedSeats;

    /// <summary>Whether every seat was given to a list (no unresolved tie).</summary>
    public bool IsDecided => UndecidedSeats == 0;

    /// <summary>The outcome for the list <paramref name="listId"/>.</summary>
    /// <param name="listId">The identifier of the list.</param>
    /// <returns>The list's outcome.</returns>
    /// <exception cref="ArgumentException">There is no list <paramref name="listId"/>.</exception>
    public ListAllocation ListFor(string listId)
    {
        ArgumentNullException.ThrowIfNull(listId);
        return Lists.FirstOrDefault(l => string.Equals(l.ListId, listId, StringComparison.Ordinal))
            ?? throw Internal.ArgumentErrors.Invalid(
                string.Create(CultureInfo.InvariantCulture, $"There is no list '{listId}'; the lists are {string.Join(", ", Lists.Select(l => "'" + l.ListId + "'"))}."), nameof(listId));
    }

    /// <summary>The seats won by the list <paramref name="listId"/>.</summary>
    /// <param name="listId">The identifier of the list.</param>
    /// <returns>The number of seats.</returns>
    /// <exception cref="ArgumentException">There is no list <paramref name="listId"/>.</exception>
    public int SeatsFor(string listId) => ListFor(listId).Seats;

    /// <summary>A short, culture-invariant summary, for example <c>"69 seats: Amanat 40, Auyl 8, ..."</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var summary = string.Join(", ", Lists.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.ListId} {l.Seats}")));
        var undecided = IsDecided ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", {UndecidedSeats} undecided");
        return string.Create(CultureInfo.InvariantCulture, $"{Input.Seats} seats: {summary}{undecided}");
    }

    /// <summary>
    /// A readable, multi-line English explanation of the allocation: the threshold and which lists passed it,
    /// the quota with each list's quotient and remainder (or the averages of the seats awarded), the ties,
    /// and the result. Numbers are formatted with the invariant culture; exact fractions are shown next to
    /// decimal approximations.
    /// </summary>
    /// <returns>The explanation, lines separated by <c>\n</c>.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"Seat allocation by {MethodName(Options.Method)}: {Input.Seats} seats, {Lists.Count} lists.\n");

        var baseName = Options.ThresholdBase == ThresholdBase.AllBallots ? "all ballots" : "the valid list votes";
        text.Append(inv, $"Threshold: {Options.Threshold} of {baseName} ({ThresholdBaseVotes}) = {ThresholdVotes} votes needed.\n");
        foreach (var list in Lists)
        {
            var share = ThresholdBaseVotes == 0
                ? "n/a"
                : new Rational((BigInteger)list.Votes * 100, ThresholdBaseVotes).ToDecimalString(2) + "%";
            var status = list.PassedThreshold
                ? "passed"
                : list.AdmittedAsRunnerUp
                    ? "below the threshold, admitted as runner-up"
                    : "below the threshold, no seats";
            text.Append(inv, $"  {list.ListId}: {list.Votes} votes ({share}): {status}\n");
        }

        var eligibleCount = Lists.Count(l => l.IsEligible);
        text.Append(inv, $"Eligible votes: {EligibleVotes} ({eligibleCount} {(eligibleCount == 1 ? "list" : "lists")}).\n");

        if (Quota is { } quota)
        {
            ExplainLargestRemainder(text, quota);
        }
        else
        {
            ExplainHighestAverages(text);
        }

        if (Ties.Count == 0)
        {
            text.Append("Ties: none.\n");
        }
        else
        {
            text.Append("Ties:\n");
            foreach (var tie in Ties)
            {
                text.Append("  ").Append(tie).Append('\n');
            }
        }

        text.Append("Result: ")
            .AppendJoin(", ", Lists.Select(l => string.Create(inv, $"{l.ListId} {l.Seats}")));
        if (!IsDecided)
        {
            text.Append(inv, $"; {UndecidedSeats} {(UndecidedSeats == 1 ? "seat" : "seats")} undecided");
        }

        text.Append(".\n");
        return text.ToString();
    }

    private void ExplainLargestRemainder(StringBuilder text, Rational quota)
    {
        var inv = CultureInfo.InvariantCulture;
        if (Options.Method == AllocationMethod.HareLargestRemainder)
        {
            text.Append(inv, $"Hare quota = eligible votes / seats = {EligibleVotes} / {Input.Seats} = {quota.ToDecimalString(4)} votes per seat (exactly {quota}).\n");
        }
        else
        {
            text.Append(inv, $"Droop quota = floor(eligible votes / (seats + 1)) + 1 = floor({EligibleVotes} / {(long)Input.Seats + 1}) + 1 = {quota} votes per seat.\n");
        }

        text.Append("Quotients and remainders (votes / quota = quota share -> whole quotas, remainder in votes):\n");
        var quotientSum = 0L;
        foreach (var list in Lists.Where(l => l.IsEligible))
        {
            var share = list.QuotaShare.GetValueOrDefault();
            var remainder = list.Remainder.GetValueOrDefault();
            quotientSum += list.Quotient.GetValueOrDefault();
            text.Append(inv, $"  {list.ListId}: {list.Votes} / {quota.ToDecimalString(4)} = {share.ToDecimalString(4)} -> quotient {list.Quotient}, remainder {remainder.ToDecimalString(4)} (exactly {remainder})\n");
        }

        var remaining = Input.Seats - quotientSum;
        text.Append(inv, $"{quotientSum} {(quotientSum == 1 ? "seat" : "seats")} by whole quotas; {remaining} remaining {(remaining == 1 ? "seat goes" : "seats go")} to the largest remainders");
        var extra = Lists
            .Where(l => l.IsEligible && l.Seats > l.Quotient)
            .OrderByDescending(l => l.Remainder.GetValueOrDefault())
            .ThenBy(l => l.RegistrationOrder)
            .Select(l => l.ListId)
            .ToArray();
        if (extra.Length > 0)
        {
            text.Append(": ").AppendJoin(", ", extra);
        }

        text.Append(".\n");
    }

    private void ExplainHighestAverages(StringBuilder text)
    {
        text.Append("Seats in order of award (seat: list, votes / divisor = average):\n");
        foreach (var award in Awards)
        {
            text.Append("  ").Append(award).Append('\n');
        }
    }

    private static string MethodName(AllocationMethod method) => method switch
    {
        AllocationMethod.HareLargestRemainder => "the Hare quota with largest remainders",
        AllocationMethod.DroopLargestRemainder => "the Droop quota with largest remainders",
        AllocationMethod.DHondt => "D'Hondt highest averages (divisors 1, 2, 3, ...)",
        AllocationMethod.SainteLague => "Sainte-Laguë highest averages (divisors 1, 3, 5, ...)",
        _ => "modified Sainte-Laguë highest averages (divisors 1.4, 3, 5, ...)",
    };
}

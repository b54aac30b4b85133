using System.Globalization;
using BenchmarkDotNet.Attributes;
using Kz.Legislature.Elections;

namespace Kz.Legislature.Benchmarks;

/// <summary>The election sizes the allocation benchmarks run on.</summary>
public enum AllocationScenario
{
    /// <summary>The 2023 Mazhilis: 69 list seats, 7 lists (published shares scaled to about 6.3 million ballots).</summary>
    Mazhilis69Seats7Lists,

    /// <summary>A synthetic stress case: 10,000 seats among 1,000 lists.</summary>
    Synthetic10000Seats1000Lists,
}

/// <summary>
/// Exact seat allocation (<see cref="SeatAllocator"/>, integer arithmetic, exact fractions built only when read) against
/// naive floating-point implementations of the same methods, one baseline per method: Hare largest remainder and D'Hondt.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AllocationBenchmarks
{
    private static readonly (string Id, long Votes)[] Mazhilis2023 =
    [
        ("Amanat", 3_430_000),
        ("Auyl", 693_500),
        ("Respublica", 546_500),
        ("Ak Zhol", 535_000),
        ("People's Party", 432_600),
        ("OSDP", 330_800),
        ("Baytaq", 146_300),
    ];

    private long[] _votes = [];
    private long _allBallots;
    private int _seats;
    private int _thresholdPercent;
    private AllocationInput _input = null!;
    private AllocationOptions _hare = null!;
    private AllocationOptions _dHondt = null!;

    /// <summary>The election size.</summary>
    [Params(AllocationScenario.Mazhilis69Seats7Lists, AllocationScenario.Synthetic10000Seats1000Lists)]
    public AllocationScenario Scenario { get; set; }

    /// <summary>Builds the votes of the scenario.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (string Id, long Votes)[] lists;
        if (Scenario == AllocationScenario.Mazhilis69Seats7Lists)
        {
            _seats = 69;
            _thresholdPercent = 5;
            lists = Mazhilis2023;
        }
        else
        {
            // No threshold: with 1,000 lists of similar size, none would reach 5 %.
            _seats = 10_000;
            _thresholdPercent = 0;
            var random = new Random(20230319);
            lists = [.. Enumerable.Range(0, 1000).Select(i => ("List " + i.ToString(CultureInfo.InvariantCulture), (long)random.Next(1_000, 5_000_000)))];
        }

        _votes = [.. lists.Select(l => l.Votes)];
        var listVotes = _votes.Sum();
        _allBallots = listVotes + (listVotes / 25); // plus about 4 % invalid ballots and votes "against all"
        _input = new AllocationInput(_seats, lists.Select((l, i) => new PartyListVotes(l.Id, l.Votes, i + 1)), _allBallots);
        _hare = new AllocationOptions(
            AllocationMethod.HareLargestRemainder, Threshold.Percent(_thresholdPercent), ThresholdBase.AllBallots, runnerUpAdmission: false, TiePolicy.EarlierRegistrationWins);
        _dHondt = new AllocationOptions(
            AllocationMethod.DHondt, Threshold.Percent(_thresholdPercent), ThresholdBase.AllBallots, runnerUpAdmission: false, TiePolicy.EarlierRegistrationWins);

        if (!NaiveDoubleHare().SequenceEqual(SeatAllocator.Allocate(_input, _hare).Lists.Select(l => l.Seats)))
        {
            throw new InvalidOperationException("The naive Hare baseline and SeatAllocator disagree on this scenario.");
        }

        if (!NaiveDoubleDHondt().SequenceEqual(SeatAllocator.Allocate(_input, _dHondt).Lists.Select(l => l.Seats)))
        {
            throw new InvalidOperationException("The naive D'Hondt baseline and SeatAllocator disagree on this scenario.");
        }
    }

    /// <summary>
    /// The baseline: Hare largest remainder as often written, in double precision, with the scenario's threshold
    /// of all ballots. Not exact: remainders that differ by less than the rounding error compare wrongly, and ties are
    /// broken by the sort's whims rather than by registration order.
    /// </summary>
    /// <returns>The seats of each list.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Hare")]
    public int[] NaiveDoubleHare()
    {
        var threshold = _thresholdPercent / 100.0 * _allBallots;
        var eligibleVotes = 0.0;
        for (var i = 0; i < _votes.Length; i++)
        {
            if (_votes[i] >= threshold)
            {
                eligibleVotes += _votes[i];
            }
        }

        var quota = eligibleVotes / _seats;
        var seats = new int[_votes.Length];
        var remainders = new double[_votes.Length];
        var given = 0;
        for (var i = 0; i < _votes.Length; i++)
        {
            if (_votes[i] >= threshold)
            {
                var share = _votes[i] / quota;
                seats[i] = (int)Math.Floor(share);
                remainders[i] = share - seats[i];
                given += seats[i];
            }
            else
            {
                remainders[i] = -1;
            }
        }

        var order = Enumerable.Range(0, _votes.Length).ToArray();
        Array.Sort(order, (a, b) => remainders[b].CompareTo(remainders[a]));
        for (var k = 0; k < _seats - given; k++)
        {
            seats[order[k]]++;
        }

        return seats;
    }

    /// <summary>Exact Hare largest remainder (the CEC's method) with <see cref="SeatAllocator"/>.</summary>
    /// <returns>The allocation.</returns>
    [Benchmark]
    [BenchmarkCategory("Hare")]
    public AllocationResult ExactHare() => SeatAllocator.Allocate(_input, _hare);

    /// <summary>Exact Hare, then reading the per-list outcomes (<see cref="AllocationResult.Lists"/>, built on first read), as the CLI does.</summary>
    /// <returns>The outcome of each list.</returns>
    [Benchmark]
    [BenchmarkCategory("Hare")]
    public IReadOnlyList<ListAllocation> ExactHareWithLists() => SeatAllocator.Allocate(_input, _hare).Lists;

    /// <summary>
    /// The baseline for D'Hondt: the method as usually written, in double precision, with the scenario's threshold of all
    /// ballots: each seat goes to the highest votes ÷ (seats held + 1), found by scanning every list (O(seats × lists)).
    /// Not exact, and equal averages go to whichever list the scan meets first.
    /// </summary>
    /// <returns>The seats of each list.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("DHondt")]
    public int[] NaiveDoubleDHondt()
    {
        var threshold = _thresholdPercent / 100.0 * _allBallots;
        var seats = new int[_votes.Length];
        for (var seat = 0; seat < _seats; seat++)
        {
            var best = -1;
            var bestAverage = -1.0;
            for (var i = 0; i < _votes.Length; i++)
            {
                if (_votes[i] >= threshold)
                {
                    var average = _votes[i] / (seats[i] + 1.0);
                    if (average > bestAverage)
                    {
                        best = i;
                        bestAverage = average;
                    }
                }
            }

            seats[best]++;
        }

        return seats;
    }

    /// <summary>
    /// Exact D'Hondt with <see cref="SeatAllocator"/>: the lower quotas at once, the remaining seats one at a time to the
    /// highest average (a scan for few lists, a priority queue for many), averages compared by cross-multiplication.
    /// </summary>
    /// <returns>The allocation.</returns>
    [Benchmark]
    [BenchmarkCategory("DHondt")]
    public AllocationResult ExactDHondt() => SeatAllocator.Allocate(_input, _dHondt);
}

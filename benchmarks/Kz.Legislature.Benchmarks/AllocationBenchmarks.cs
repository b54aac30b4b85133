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
/// Exact seat allocation (<see cref="SeatAllocator"/>, integer and rational arithmetic) against a naive
/// floating-point Hare largest-remainder implementation, the baseline.
/// </summary>
[MemoryDiagnoser]
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

        var naive = NaiveDoubleHare();
        var exact = SeatAllocator.Allocate(_input, _hare).Lists.Select(l => l.Seats);
        if (!naive.SequenceEqual(exact))
        {
            throw new InvalidOperationException("The naive baseline and SeatAllocator disagree on this scenario.");
        }
    }

    /// <summary>
    /// The baseline: Hare largest remainder as often written, in double precision, with the scenario's threshold
    /// of all ballots. Not exact: remainders that differ by less than the rounding error compare wrongly, and ties are
    /// broken by the sort's whims rather than by registration order.
    /// </summary>
    /// <returns>The seats of each list.</returns>
    [Benchmark(Baseline = true)]
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
    public AllocationResult ExactHare() => SeatAllocator.Allocate(_input, _hare);

    /// <summary>Exact D'Hondt (priority queue, one award per seat) with <see cref="SeatAllocator"/>.</summary>
    /// <returns>The allocation.</returns>
    [Benchmark]
    public AllocationResult ExactDHondt() => SeatAllocator.Allocate(_input, _dHondt);
}

using BenchmarkDotNet.Attributes;
using Kz.Legislature.History;
using NodaTime;

namespace Kz.Legislature.Benchmarks;

/// <summary>
/// <c>RulesOn(date)</c> against a plain array index over the same segments (the baseline): target within 3× of the
/// baseline and zero bytes allocated per call after the first load.
/// </summary>
[MemoryDiagnoser]
public class RulesOnBenchmarks
{
    private static readonly LegislativeHistory History = LegislativeHistory.Kazakhstan;
    private LocalDate[] dates = [];
    private LocalDate[] segmentStarts = [];
    private LegislatureRules[] segments = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260701);
        var span = Period.Between(History.CoverageStart, new LocalDate(2026, 11, 28), PeriodUnits.Days).Days;
        dates = Enumerable.Range(0, 1024).Select(_ => History.CoverageStart.PlusDays(random.Next(span))).ToArray();
        var starts = new List<LocalDate>();
        var rules = new List<LegislatureRules>();
        var r = History.RulesOn(History.CoverageStart);
        while (true)
        {
            starts.Add(r.Period.Start);
            rules.Add(r);
            if (r.Period.End is not { } end)
            {
                break;
            }

            r = History.RulesOn(end);
        }

        segmentStarts = starts.ToArray();
        segments = rules.ToArray();
    }

    /// <summary>The baseline: a hand-written binary search over a plain array of segment starts.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 1024)]
    public int ArrayIndex()
    {
        var sum = 0;
        foreach (var date in dates)
        {
            var i = Array.BinarySearch(segmentStarts, date);
            sum += segments[i < 0 ? ~i - 1 : i].Chambers.Count;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = 1024)]
    public int RulesOn()
    {
        var sum = 0;
        foreach (var date in dates)
        {
            sum += History.RulesOn(date).Chambers.Count;
        }

        return sum;
    }
}

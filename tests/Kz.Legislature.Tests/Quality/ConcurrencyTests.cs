using Kz.Legislature.History;

namespace Kz.Legislature.Tests.Quality;

/// <summary>Many threads querying the shared history at once get the same answers as one thread.</summary>
public class ConcurrencyTests
{
    [Fact]
    public void Many_threads_querying_the_shared_history_agree_with_one_thread()
    {
        var history = LegislativeHistory.Kazakhstan;
        var dates = Enumerable.Range(0, 400).Select(i => history.CoverageStart.PlusDays(i * 31)).ToArray();
        string Describe(LocalDate d) => $"{history.RulesOn(d)}|{history.SittingOn(d)}|{string.Join(",", history.RegionsOn(d).Select(r => r.Id))}";
        var expected = dates.Select(Describe).ToArray();

        var results = new string[16][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, t =>
        {
            results[t] = dates.Select((d, i) => dates[(i + t) % dates.Length]).Select(Describe).ToArray();
        });

        for (var t = 0; t < results.Length; t++)
        {
            var shifted = dates.Select((_, i) => expected[(i + t) % dates.Length]).ToArray();
            results[t].Should().Equal(shifted);
        }
    }
}

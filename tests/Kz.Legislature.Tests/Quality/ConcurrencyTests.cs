using System.Text;
using FluentValidation.Results;
using Kz.Legislature.History;
using Kz.Legislature.Testing;
using Kz.Legislature.Tests.History;
using Kz.Legislature.Validation;

namespace Kz.Legislature.Tests.Quality;

/// <summary>Many threads querying the shared history and validating with shared validators at once get the same answers as one thread.</summary>
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

    [Fact]
    public void Many_threads_asking_a_cold_history_for_rule_sets_applied_on_dates_all_get_the_one_published_record()
    {
        // A rule set applied outside its own period is worked out when first asked for: threads racing on a fresh history
        // must all get the same record for a rule set and date (one table is published), equal to a warm history's.
        var cold = LegislativeHistory.Load(new MemoryStream(Encoding.UTF8.GetBytes(LegislativeHistoryTests.EmbeddedJson())), "kazakhstan.json");
        var warm = Support.SessionHistory.Current;
        var ids = warm.RuleSets.Select(r => r.RuleSetId).Distinct(StringComparer.Ordinal).ToArray();
        var dates = Enumerable.Range(0, 60).Select(i => warm.CoverageStart.PlusDays(i * 211)).ToArray();
        var queries = ids.SelectMany(id => dates.Select(d => (Id: id, Date: d))).ToArray();
        ids.Should().HaveCountGreaterThan(3);

        var results = new LegislatureRules[16][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, t =>
        {
            var answers = new LegislatureRules[queries.Length];
            for (var k = 0; k < queries.Length; k++)
            {
                var i = (k + (t * 13)) % queries.Length;
                answers[i] = cold.RuleSetAppliedOn(queries[i].Id, queries[i].Date)!;
            }

            results[t] = answers;
        });

        for (var i = 0; i < queries.Length; i++)
        {
            var expected = warm.RuleSetAppliedOn(queries[i].Id, queries[i].Date);
            results[0][i].Should().Be(expected, $"{queries[i].Id} applied on {queries[i].Date:uuuu-MM-dd}");
            for (var t = 1; t < results.Length; t++)
            {
                results[t][i].Should().BeSameAs(results[0][i], $"{queries[i].Id} applied on {queries[i].Date:uuuu-MM-dd}, thread {t}");
            }
        }
    }

    [Fact]
    public void Many_threads_validating_with_shared_validators_and_a_cold_history_agree_with_one_thread()
    {
        // A history loaded afresh starts with empty per-history caches (resolved rules, lifetimes, sittings), so the
        // threads race to fill them; a second, already warm history gives the single-threaded expectation.
        var dates = new[] { "1994-06-01", "1996-06-01", "2000-06-01", "2008-03-01", "2012-01-01", "2019-06-01", "2023-06-01", "2024-01-01", "2026-05-01" }
            .Select(d => NodaTime.Text.LocalDatePattern.Iso.Parse(d).Value)
            .ToArray();
        var parliaments = dates.SelectMany(Variants).ToArray();
        var cold = LegislativeHistory.Load(new MemoryStream(Encoding.UTF8.GetBytes(LegislativeHistoryTests.EmbeddedJson())), "kazakhstan.json");
        var shared = new ParliamentValidator(cold);
        var expected = parliaments.Select(p => Describe(new ParliamentValidator(LegislativeHistory.Kazakhstan).Validate(p))).ToArray();
        expected.Should().Contain(e => e.Length > 0, "some variants are invalid").And.Contain(string.Empty, "some are valid");

        var results = new string[16][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, t =>
        {
            results[t] = parliaments.Select((_, i) => (i + t) % parliaments.Length)
                .Select(i => Describe(shared.Validate(parliaments[i])) + "|" + cold.SittingOn(parliaments[i].Date))
                .ToArray();
        });

        for (var t = 0; t < results.Length; t++)
        {
            var shifted = parliaments.Select((_, i) => (i + t) % parliaments.Length)
                .Select(i => expected[i] + "|" + LegislativeHistory.Kazakhstan.SittingOn(parliaments[i].Date))
                .ToArray();
            results[t].Should().Equal(shifted);
        }

        static IEnumerable<Parliament> Variants(LocalDate date)
        {
            var valid = ValidCompositions.ParliamentOn(date);
            yield return valid;
            var first = valid.Chambers[0];
            var m = first.Mandates[0];
            yield return WithFirst(first.WithMandateAt(0, m.WithDeputy(m.Deputy.WithBirthDate(m.Start.PlusYears(-18)))));
            yield return WithFirst(first.WithoutMandateAt(first.Mandates.Count - 1));

            Parliament WithFirst(ChamberComposition replaced) =>
                new(date, valid.Chambers.Select((c, i) => i == 0 ? replaced : c), valid.Convocation);
        }

        static string Describe(ValidationResult result) =>
            string.Join("\n", result.Errors.Select(e => $"{e.ErrorCode} {e.PropertyName} {e.Severity} {e.ErrorMessage} {e.CustomState}"));
    }
}

using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

/// <summary>
/// When a chamber was formed: the first election or first sitting of the chamber in the run of days on which it exists
/// without a break (provided for by the constitution in force, or sitting). Derived from the dataset's rule sets, sittings
/// and elections; no date is known to the code.
/// </summary>
internal static class ChamberFormation
{
    /// <summary>Finds the day the chamber whose existence covers <paramref name="date"/> was formed.</summary>
    /// <returns>The day of its first election or first sitting in that run of existence, or <see langword="null"/> when the chamber
    /// does not exist on <paramref name="date"/> or the data names neither.</returns>
    public static LocalDate? FormedBy(LegislativeHistory history, ChamberKind kind, LocalDate date)
    {
        foreach (var (run, formed) in Runs(history, kind))
        {
            if (run.Contains(date))
            {
                return formed;
            }
        }

        return null;
    }

    /// <summary>The runs of existence of a chamber, with the day each was formed (null when the data names no election or sitting).</summary>
    internal static IReadOnlyList<(Term Run, LocalDate? Formed)> Runs(LegislativeHistory history, ChamberKind kind) =>
        PerHistoryCache<ChamberKind, IReadOnlyList<(Term, LocalDate?)>>.GetOrAdd(history, kind, static (h, k) => Compute(h, k));

    private static IReadOnlyList<(Term, LocalDate?)> Compute(LegislativeHistory history, ChamberKind kind)
    {
        // The periods on which the chamber exists: the rule sets providing for it and its sittings, merged where they touch.
        var periods = history.RuleSets.Where(r => r.HasChamber(kind)).Select(r => r.RuleSetPeriod)
            .Concat(history.Sittings.Where(s => s.Chamber == kind).Select(s => s.Period))
            .OrderBy(p => p.Start)
            .ToList();
        var runs = new List<Term>();
        foreach (var p in periods)
        {
            if (runs.Count > 0 && runs[^1] is var last && (last.End is not { } e || p.Start <= e))
            {
                runs[^1] = new Term(last.Start, last.End is null || p.End is null ? null : LocalDate.Max(last.End.Value, p.End.Value));
            }
            else
            {
                runs.Add(p);
            }
        }

        var result = new List<(Term, LocalDate?)>(runs.Count);
        foreach (var run in runs)
        {
            var firstElection = history.Elections
                .Where(x => x.Chamber == kind && x.Dates.Count > 0 && run.Contains(x.Dates.Min()))
                .Select(x => (LocalDate?)x.Dates.Min())
                .Min();
            var firstSitting = history.Sittings
                .Where(s => s.Chamber == kind && run.Contains(s.Period.Start))
                .Select(s => (LocalDate?)s.Period.Start)
                .Min();
            LocalDate? formed = firstElection is { } a && firstSitting is { } b ? LocalDate.Min(a, b) : firstElection ?? firstSitting;
            result.Add((run, formed));
        }

        return result;
    }
}

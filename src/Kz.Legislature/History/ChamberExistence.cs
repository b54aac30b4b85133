namespace Kz.Legislature.History;

/// <summary>
/// When a chamber exists: the runs of days on which it exists without a break (provided for by the constitution in force, or
/// sitting), the day each run was formed (its first election or first sitting) and the day its lawful existence ends after a
/// date. Derived from the dataset's rule sets, sittings and elections; no date is known to the code. Memoised on the history.
/// </summary>
internal static class ChamberExistence
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
    public static IReadOnlyList<(Term Run, LocalDate? Formed)> Runs(LegislativeHistory history, ChamberKind kind) =>
        history.Memo<ChamberKind, IReadOnlyList<(Term, LocalDate?)>>(nameof(Runs), kind, static (h, k) => ComputeRuns(h, k));

    /// <summary>Finds the day the chamber stops existing after <paramref name="from"/>, and the rules that end it.</summary>
    /// <returns>The first day it no longer exists and the rules in force that day, or <see langword="null"/> if it never ends in the data.</returns>
    public static (LocalDate End, LegislatureRules EndedBy)? EndAfter(LegislativeHistory history, ChamberKind kind, LocalDate from)
    {
        foreach (var rules in history.RuleSets)
        {
            var start = rules.RuleSetPeriod.Start;
            if (start <= from || rules.HasChamber(kind))
            {
                continue;
            }

            // The constitution no longer provides for the chamber from 'start'; a sitting may continue it beyond.
            var end = start;
            foreach (var s in history.Sittings)
            {
                if (s.Chamber == kind && s.Period.Contains(end.PlusDays(-1)) && s.Period.End is { } se && se > end)
                {
                    end = se;
                }
            }

            return (end, rules);
        }

        return null;
    }

    private static IReadOnlyList<(Term, LocalDate?)> ComputeRuns(LegislativeHistory history, ChamberKind kind)
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

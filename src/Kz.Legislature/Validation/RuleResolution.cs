using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

/// <summary>What the history says about one chamber on one date.</summary>
internal enum ResolutionStatus
{
    /// <summary>The date is before the history's coverage.</summary>
    BeforeCoverage,

    /// <summary>The chamber neither sits nor exists under the constitution in force.</summary>
    NotExisting,

    /// <summary>The chamber sits (held to <see cref="ChamberResolution.Rules"/>) or exists under the rules in force.</summary>
    Applies,
}

/// <summary>The rules a chamber is held to on a date, and the instrument they come from (for citations).</summary>
internal sealed record ChamberResolution(
    ChamberKind Kind,
    LocalDate Date,
    ResolutionStatus Status,
    ChamberRules? Rules,
    LegislatureRules? Legislature,
    ChamberSitting? Sitting)
{
    private const int MaxCachedPerHistory = 10_000;

    /// <summary>
    /// Resolutions already computed, per history. A history is immutable, so a resolution never changes; the cache
    /// only saves recomputing the same (chamber, date) for every mandate of a composition. It is bounded and
    /// thread-safe, and it goes away with its history.
    /// </summary>
    private static readonly ConditionalWeakTable<LegislativeHistory, ConcurrentDictionary<(ChamberKind, LocalDate), ChamberResolution>> Cache = new();

    public static ChamberResolution Resolve(LegislativeHistory history, ChamberKind kind, LocalDate date)
    {
        var cache = Cache.GetValue(history, _ => new ConcurrentDictionary<(ChamberKind, LocalDate), ChamberResolution>());
        if (cache.TryGetValue((kind, date), out var cached))
        {
            return cached;
        }

        var resolution = Compute(history, kind, date);
        if (cache.Count < MaxCachedPerHistory)
        {
            cache.TryAdd((kind, date), resolution);
        }

        return resolution;
    }

    private static ChamberResolution Compute(LegislativeHistory history, ChamberKind kind, LocalDate date)
    {
        if (date < history.CoverageStart)
        {
            return new ChamberResolution(kind, date, ResolutionStatus.BeforeCoverage, null, null, null);
        }

        var sitting = history.SittingOn(date);
        if (sitting.Chamber(kind) is { } cs)
        {
            var applied = history.RuleSetAppliedOn(cs.Sitting.HeldToRuleSetId, date) ?? sitting.RulesInForce;
            return new ChamberResolution(kind, date, ResolutionStatus.Applies, cs.HeldTo, applied, cs);
        }

        var inForce = sitting.RulesInForce;
        return inForce.TryGetChamber(kind) is { } rules
            ? new ChamberResolution(kind, date, ResolutionStatus.Applies, rules, inForce, null)
            : new ChamberResolution(kind, date, ResolutionStatus.NotExisting, null, inForce, null);
    }
}

/// <summary>When a chamber's lawful existence ends: the first day after a date on which no constitution provides for it and it does not sit.</summary>
internal static class ChamberLifetime
{
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
}

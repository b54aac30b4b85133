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

/// <summary>
/// The rules a chamber is held to on a date, the instrument they come from (for citations), and when the chamber's lawful
/// existence ends after that date (<see cref="ChamberLifetime.EndAfter"/>).
/// </summary>
internal sealed record ChamberResolution(
    ChamberKind Kind,
    LocalDate Date,
    ResolutionStatus Status,
    ChamberRules? Rules,
    LegislatureRules? Legislature,
    ChamberSitting? Sitting,
    (LocalDate End, LegislatureRules EndedBy)? Lifetime = null)
{
    public static ChamberResolution Resolve(LegislativeHistory history, ChamberKind kind, LocalDate date) =>
        PerHistoryCache<(ChamberKind, LocalDate), ChamberResolution>.GetOrAdd(history, (kind, date), static (h, key) => Compute(h, key.Item1, key.Item2));

    private static ChamberResolution Compute(LegislativeHistory history, ChamberKind kind, LocalDate date)
    {
        if (date < history.CoverageStart)
        {
            return new ChamberResolution(kind, date, ResolutionStatus.BeforeCoverage, null, null, null);
        }

        var sitting = Sittings.On(history, date);
        if (sitting.Chamber(kind) is { } cs)
        {
            var applied = history.RuleSetAppliedOn(cs.Sitting.HeldToRuleSetId, date) ?? sitting.RulesInForce;
            return new ChamberResolution(kind, date, ResolutionStatus.Applies, cs.HeldTo, applied, cs, ChamberLifetime.EndAfter(history, kind, date));
        }

        var inForce = sitting.RulesInForce;
        return inForce.TryGetChamber(kind) is { } rules
            ? new ChamberResolution(kind, date, ResolutionStatus.Applies, rules, inForce, null, ChamberLifetime.EndAfter(history, kind, date))
            : new ChamberResolution(kind, date, ResolutionStatus.NotExisting, null, inForce, null);
    }
}

/// <summary>
/// Values already computed from a history, per history. A history is immutable, so a computed value never changes; the
/// cache only saves recomputing the same value for every mandate or composition validated. It is bounded and thread-safe,
/// and it goes away with its history.
/// </summary>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="TValue">The value computed from the history and the key.</typeparam>
internal static class PerHistoryCache<TKey, TValue>
    where TKey : notnull
{
    private const int MaxCachedPerHistory = 10_000;

    private static readonly ConditionalWeakTable<LegislativeHistory, ConcurrentDictionary<TKey, TValue>> Cache = new();

    public static TValue GetOrAdd(LegislativeHistory history, TKey key, Func<LegislativeHistory, TKey, TValue> compute)
    {
        var cache = Cache.GetValue(history, static _ => new ConcurrentDictionary<TKey, TValue>());
        if (cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var value = compute(history, key);
        if (cache.Count < MaxCachedPerHistory)
        {
            cache.TryAdd(key, value);
        }

        return value;
    }
}

/// <summary>The validators' view of <see cref="LegislativeHistory.SittingOn"/>: the same answer, computed once per history and date.</summary>
internal static class Sittings
{
    public static LegislatureSitting On(LegislativeHistory history, LocalDate date) =>
        PerHistoryCache<LocalDate, LegislatureSitting>.GetOrAdd(history, date, static (h, d) => h.SittingOn(d));
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

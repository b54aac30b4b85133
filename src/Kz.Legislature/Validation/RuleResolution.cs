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
/// <see cref="LegislativeHistory.HeldTo(ChamberKind, LocalDate)"/> with a status for dates before the coverage, for callers that
/// ask about any date. The validators read <see cref="LegislativeHistory.HeldTo(ChamberKind, LocalDate)"/> themselves.
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
    public static ChamberResolution Resolve(LegislativeHistory history, ChamberKind kind, LocalDate date)
    {
        if (date < history.CoverageStart)
        {
            return new ChamberResolution(kind, date, ResolutionStatus.BeforeCoverage, null, null, null);
        }

        var held = history.HeldTo(kind, date);
        return new ChamberResolution(
            kind,
            date,
            held.Exists ? ResolutionStatus.Applies : ResolutionStatus.NotExisting,
            held.Rules,
            held.Legislature,
            held.Sitting,
            held is { EndsOn: { } end, EndedBy: { } endedBy } ? (end, endedBy) : null);
    }
}

/// <summary>
/// Values already computed from a history, kept on the history instance (<see cref="LegislativeHistory"/> memo tables, one per
/// key and value type): never in a static field. Bounded and thread-safe; they go away with the history.
/// </summary>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="TValue">The value computed from the history and the key.</typeparam>
internal static class PerHistoryCache<TKey, TValue>
    where TKey : notnull
{
    public static TValue GetOrAdd(LegislativeHistory history, TKey key, Func<LegislativeHistory, TKey, TValue> compute) =>
        history.Memo(nameof(PerHistoryCache<TKey, TValue>), key, compute);
}

/// <summary>The validators' view of <see cref="LegislativeHistory.SittingOn"/>: the same answer, computed once per history and date.</summary>
internal static class Sittings
{
    public static LegislatureSitting On(LegislativeHistory history, LocalDate date) => history.MemoisedSittingOn(date);
}

/// <summary>When a chamber's lawful existence ends: the first day after a date on which no constitution provides for it and it does not sit.</summary>
internal static class ChamberLifetime
{
    /// <summary>Finds the day the chamber stops existing after <paramref name="from"/>, and the rules that end it.</summary>
    /// <returns>The first day it no longer exists and the rules in force that day, or <see langword="null"/> if it never ends in the data.</returns>
    public static (LocalDate End, LegislatureRules EndedBy)? EndAfter(LegislativeHistory history, ChamberKind kind, LocalDate from) =>
        ChamberExistence.EndAfter(history, kind, from);
}

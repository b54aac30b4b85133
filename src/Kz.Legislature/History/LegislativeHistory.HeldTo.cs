using System.Collections.Concurrent;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <content>The held-to query (<see cref="HeldTo(ChamberKind, LocalDate)"/>) and the values memoised on this instance.</content>
public sealed partial class LegislativeHistory
{
    /// <summary>How many values one memo table of an instance keeps (beyond it values are computed again, not kept).</summary>
    private const int MaxMemoised = 10_000;

    // The memo tables are made on first use (thread-safely): a query that needs none of them does not make them, and their
    // generic code over value-type keys is not JIT-compiled by the first load (docs/performance.md, "First load").
    private ConcurrentDictionary<(ChamberKind Kind, LocalDate Date), ChamberHeldTo>? heldTo;

    private ConcurrentDictionary<LocalDate, LegislatureSitting>? sittingsOn;

    private ConcurrentDictionary<(string Table, Type Key, Type Value), object>? memoTables;

    private ConcurrentDictionary<(ChamberKind Kind, LocalDate Date), ChamberHeldTo> HeldToTable =>
        Volatile.Read(ref heldTo) ?? LazyInitializer.EnsureInitialized(ref heldTo, static () => new());

    private ConcurrentDictionary<LocalDate, LegislatureSitting> SittingsOnTable =>
        Volatile.Read(ref sittingsOn) ?? LazyInitializer.EnsureInitialized(ref sittingsOn, static () => new());

    private ConcurrentDictionary<(string Table, Type Key, Type Value), object> MemoTables =>
        Volatile.Read(ref memoTables) ?? LazyInitializer.EnsureInitialized(ref memoTables, static () => new());

    /// <summary>
    /// Gets what a chamber of <paramref name="kind"/> is held to on <paramref name="date"/>: if such a chamber sits that day, the
    /// rules it is held to under the transitional provisions (the rule set it was formed under, applied on the date); otherwise
    /// the rules in force, if they provide for it. With them come the rule set and instrument they belong to (for citations),
    /// the sitting, the day the chamber was formed and the day its lawful existence ends.
    /// </summary>
    /// <param name="kind">The chamber.</param>
    /// <param name="date">The date (on or after <see cref="CoverageStart"/>).</param>
    /// <returns>
    /// The answer; <see cref="ChamberHeldTo.Exists"/> is <see langword="false"/> when the chamber neither sits nor is provided for
    /// on the date. Periods are half-open. The answer is computed once per chamber and date and the same instance is returned
    /// afterwards.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before <see cref="CoverageStart"/>, or
    /// <paramref name="kind"/> is not a defined <see cref="ChamberKind"/>.</exception>
    public ChamberHeldTo HeldTo(ChamberKind kind, LocalDate date)
    {
        if (!Enum.IsDefined(kind))
        {
            throw ArgumentErrors.OutOfRange(nameof(kind), $"{(int)kind} is not a chamber; the chambers are {string.Join(", ", Enum.GetNames<ChamberKind>())}.");
        }

        var table = HeldToTable;
        if (table.TryGetValue((kind, date), out var cached))
        {
            return cached;
        }

        CheckCovered(date);
        var value = ComputeHeldTo(kind, date);
        if (table.Count < MaxMemoised)
        {
            table.TryAdd((kind, date), value);
        }

        return value;
    }

    /// <summary>The same answer as <see cref="SittingOn"/>, computed once per date on this instance.</summary>
    /// <param name="date">The date (on or after <see cref="CoverageStart"/>).</param>
    /// <returns>The answer.</returns>
    internal LegislatureSitting MemoisedSittingOn(LocalDate date)
    {
        var table = SittingsOnTable;
        if (table.TryGetValue(date, out var cached))
        {
            return cached;
        }

        var value = SittingOn(date);
        if (table.Count < MaxMemoised)
        {
            table.TryAdd(date, value);
        }

        return value;
    }

    /// <summary>
    /// A value computed from this history and a key, kept in the named table of this instance (the history is immutable, so a
    /// computed value never changes). Bounded and thread-safe; it goes away with the instance.
    /// </summary>
    /// <typeparam name="TKey">The key.</typeparam>
    /// <typeparam name="TValue">The value.</typeparam>
    /// <param name="table">The name of the table (one per kind of value).</param>
    /// <param name="key">The key.</param>
    /// <param name="compute">Computes the value from the history and the key.</param>
    /// <returns>The value.</returns>
    internal TValue Memo<TKey, TValue>(string table, TKey key, Func<LegislativeHistory, TKey, TValue> compute)
        where TKey : notnull =>
        Memo(MemoTable<TKey, TValue>(table), key, compute);

    /// <summary>
    /// The named memo table of this instance (see <see cref="Memo{TKey, TValue}(string, TKey, Func{LegislativeHistory, TKey, TValue})"/>),
    /// for a caller that looks up many keys in it: the table is found once, not on every look-up.
    /// </summary>
    /// <typeparam name="TKey">The key.</typeparam>
    /// <typeparam name="TValue">The value.</typeparam>
    /// <param name="table">The name of the table (one per kind of value).</param>
    /// <returns>The table, shared by every caller that names it with the same key and value types.</returns>
    internal ConcurrentDictionary<TKey, TValue> MemoTable<TKey, TValue>(string table)
        where TKey : notnull =>
        (ConcurrentDictionary<TKey, TValue>)MemoTables.GetOrAdd((table, typeof(TKey), typeof(TValue)), static _ => new ConcurrentDictionary<TKey, TValue>());

    /// <summary>A value kept in a memo table of this instance (<see cref="MemoTable{TKey, TValue}(string)"/>), computed once.</summary>
    /// <typeparam name="TKey">The key.</typeparam>
    /// <typeparam name="TValue">The value.</typeparam>
    /// <param name="cache">The table, from <see cref="MemoTable{TKey, TValue}(string)"/> of this instance.</param>
    /// <param name="key">The key.</param>
    /// <param name="compute">Computes the value from the history and the key.</param>
    /// <returns>The value.</returns>
    internal TValue Memo<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache, TKey key, Func<LegislativeHistory, TKey, TValue> compute)
        where TKey : notnull
    {
        if (cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var value = compute(this, key);
        if (cache.Count < MaxMemoised)
        {
            cache.TryAdd(key, value);
        }

        return value;
    }

    private ChamberHeldTo ComputeHeldTo(ChamberKind kind, LocalDate date)
    {
        var sitting = MemoisedSittingOn(date);
        if (sitting.Chamber(kind) is { } cs)
        {
            var applied = RuleSetAppliedOn(cs.Sitting.HeldToRuleSetId, date) ?? sitting.RulesInForce;
            return new ChamberHeldTo(kind, date, cs.HeldTo, applied, cs, ChamberExistence.FormedBy(this, kind, date), ChamberExistence.EndAfter(this, kind, date));
        }

        var inForce = sitting.RulesInForce;
        return inForce.TryGetChamber(kind) is { } rules
            ? new ChamberHeldTo(kind, date, rules, inForce, null, ChamberExistence.FormedBy(this, kind, date), ChamberExistence.EndAfter(this, kind, date))
            : new ChamberHeldTo(kind, date, null, inForce, null, null, null);
    }
}

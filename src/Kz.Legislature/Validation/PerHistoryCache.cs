using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

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

    /// <summary>The table <see cref="GetOrAdd"/> keeps its values in, to look many keys up without finding it each time.</summary>
    public static System.Collections.Concurrent.ConcurrentDictionary<TKey, TValue> Table(LegislativeHistory history) =>
        history.MemoTable<TKey, TValue>(nameof(PerHistoryCache<TKey, TValue>));
}

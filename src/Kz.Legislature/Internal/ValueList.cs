using System.Collections;
using System.Collections.Immutable;

namespace Kz.Legislature.Internal;

/// <summary>
/// An immutable list with structural equality, so that records holding collections compare by content.
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    public static readonly ValueList<T> Empty = new(ImmutableArray<T>.Empty);

    private readonly ImmutableArray<T> items;
    private int hash;

    private ValueList(ImmutableArray<T> items) => this.items = items;

    public static ValueList<T> From(IEnumerable<T>? source) =>
        source switch
        {
            null => Empty,
            ValueList<T> list => list,
            _ => Create(source.ToImmutableArray()),
        };

    public static ValueList<T> Create(ImmutableArray<T> items) => items.IsDefaultOrEmpty ? Empty : new ValueList<T>(items);

    public int Count => items.Length;

    public T this[int index] => items[index];

    public ImmutableArray<T> AsImmutableArray() => items;

    public ValueList<T> Add(T item) => new(items.Add(item));

    public ValueList<T> RemoveAt(int index) => Create(items.RemoveAt(index));

    public ValueList<T> SetItem(int index, T item) => new(items.SetItem(index, item));

    public ImmutableArray<T>.Enumerator GetEnumerator() => items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)items).GetEnumerator();

    public bool Equals(ValueList<T>? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (items.Length != other.items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < items.Length; i++)
        {
            if (!comparer.Equals(items[i], other.items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        if (hash == 0)
        {
            var h = new HashCode();
            foreach (var item in items)
            {
                h.Add(item);
            }

            var computed = h.ToHashCode();
            hash = computed == 0 ? 1 : computed;
        }

        return hash;
    }

    public override string ToString() => $"[{Count} items]";
}

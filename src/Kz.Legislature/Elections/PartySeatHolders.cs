using System.Globalization;

namespace Kz.Legislature.Elections;

/// <summary>The candidates of one party list who received its seats, in list order.</summary>
/// <remarks>Immutable, with value equality (the seat holders are compared in order).</remarks>
public sealed record PartySeatHolders
{
    /// <summary>Creates the seat holders of one party list.</summary>
    /// <param name="listId">The identifier of the party list.</param>
    /// <param name="seatHolders">The candidates who got the list's seats, in list order; may be empty when the list won no seats.</param>
    /// <exception cref="ArgumentNullException"><paramref name="listId"/> or <paramref name="seatHolders"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="listId"/> is empty or white space, or <paramref name="seatHolders"/> contains <see langword="null"/> or repeats a candidate id.
    /// </exception>
    public PartySeatHolders(string listId, IEnumerable<PartyListCandidate> seatHolders)
    {
        ArgumentNullException.ThrowIfNull(listId);
        if (string.IsNullOrWhiteSpace(listId))
        {
            throw Internal.ArgumentErrors.Invalid("A list id must not be empty or white space.", nameof(listId));
        }

        ArgumentNullException.ThrowIfNull(seatHolders);
        var copy = seatHolders.ToArray();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var holder in copy)
        {
            if (holder is null)
            {
                throw Internal.ArgumentErrors.Invalid("The seat holders must not contain null.", nameof(seatHolders));
            }

            if (!ids.Add(holder.Id))
            {
                throw Internal.ArgumentErrors.Invalid(
                    string.Create(CultureInfo.InvariantCulture, $"The candidate id '{holder.Id}' occurs more than once."),
                    nameof(seatHolders));
            }
        }

        ListId = listId;
        SeatHolders = Array.AsReadOnly(copy);
    }

    /// <summary>The identifier of the party list.</summary>
    public string ListId { get; }

    /// <summary>The candidates who got the list's seats, in list order.</summary>
    public IReadOnlyList<PartyListCandidate> SeatHolders { get; }

    /// <summary>The number of seats the list received.</summary>
    public int Seats => SeatHolders.Count;

    /// <inheritdoc />
    public bool Equals(PartySeatHolders? other) =>
        other is not null
        && string.Equals(ListId, other.ListId, StringComparison.Ordinal)
        && SeatHolders.SequenceEqual(other.SeatHolders);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ListId, StringComparer.Ordinal);
        foreach (var holder in SeatHolders)
        {
            hash.Add(holder);
        }

        return hash.ToHashCode();
    }

    /// <summary>A short, culture-invariant description, for example <c>"Amanat: 40 seat holders"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{ListId}: {Seats} seat {(Seats == 1 ? "holder" : "holders")}");
}

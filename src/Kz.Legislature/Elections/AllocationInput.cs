using System.Globalization;

namespace Kz.Legislature.Elections;

/// <summary>The input of a party-list seat allocation: the seats to fill and the votes of each list.</summary>
/// <remarks>Immutable, with value equality (the lists are compared in order).</remarks>
public sealed record AllocationInput
{
    /// <summary>Creates the input of a seat allocation.</summary>
    /// <param name="seats">The number of seats to allocate; positive.</param>
    /// <param name="lists">The party lists with their votes; at least one, with distinct list identifiers and distinct registration orders.</param>
    /// <param name="allBallots">
    /// All ballots cast, including invalid ballots and votes "against all"; needed when the threshold is measured
    /// against <see cref="ThresholdBase.AllBallots"/>. When given it must be at least the sum of the list votes.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seats"/> is zero or negative, or <paramref name="allBallots"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="lists"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="lists"/> is empty, contains <see langword="null"/>, repeats a list identifier or a registration order,
    /// or its votes add up to more than <see cref="long.MaxValue"/>; or <paramref name="allBallots"/> is less than the sum of the list votes.
    /// </exception>
    /// <remarks>Negative votes cannot occur here: <see cref="PartyListVotes"/> already rejects them.</remarks>
    public AllocationInput(int seats, IEnumerable<PartyListVotes> lists, long? allBallots = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seats);
        ArgumentNullException.ThrowIfNull(lists);
        var copy = lists.ToArray();
        if (copy.Length == 0)
        {
            throw new ArgumentException("At least one party list is required.", nameof(lists));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var orders = new HashSet<int>();
        long total = 0;
        foreach (var list in copy)
        {
            if (list is null)
            {
                throw new ArgumentException("The party lists must not contain null.", nameof(lists));
            }

            if (!ids.Add(list.ListId))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The list id '{list.ListId}' occurs more than once."),
                    nameof(lists));
            }

            if (!orders.Add(list.RegistrationOrder))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The registration order {list.RegistrationOrder} occurs more than once."),
                    nameof(lists));
            }

            if (list.Votes > long.MaxValue - total)
            {
                throw new ArgumentException("The votes of the lists add up to more than Int64.MaxValue.", nameof(lists));
            }

            total += list.Votes;
        }

        if (allBallots is { } ballots)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(ballots, nameof(allBallots));
            if (ballots < total)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"All ballots ({ballots}) must be at least the sum of the list votes ({total})."),
                    nameof(allBallots));
            }
        }

        Seats = seats;
        Lists = Array.AsReadOnly(copy);
        AllBallots = allBallots;
        TotalListVotes = total;
    }

    /// <summary>The number of seats to allocate.</summary>
    public int Seats { get; }

    /// <summary>The party lists, in input order.</summary>
    public IReadOnlyList<PartyListVotes> Lists { get; }

    /// <summary>All ballots cast (including invalid ballots and votes "against all"), when known.</summary>
    public long? AllBallots { get; }

    /// <summary>The sum of the votes of all lists.</summary>
    public long TotalListVotes { get; }

    /// <inheritdoc />
    public bool Equals(AllocationInput? other) =>
        other is not null
        && Seats == other.Seats
        && AllBallots == other.AllBallots
        && Lists.SequenceEqual(other.Lists);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Seats);
        hash.Add(AllBallots);
        foreach (var list in Lists)
        {
            hash.Add(list);
        }

        return hash.ToHashCode();
    }

    /// <summary>A short, culture-invariant description, for example <c>"69 seats, 7 lists, 10000 ballots"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => AllBallots is { } ballots
        ? string.Create(CultureInfo.InvariantCulture, $"{Seats} seats, {Lists.Count} lists, {ballots} ballots")
        : string.Create(CultureInfo.InvariantCulture, $"{Seats} seats, {Lists.Count} lists, {TotalListVotes} list votes");
}

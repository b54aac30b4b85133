using System.Globalization;

namespace Kz.Legislature.Elections;

/// <summary>The input of a party-list seat allocation: the seats to fill and the votes of each list.</summary>
/// <remarks>
/// <para>Immutable, with value equality (the lists are compared in order).</para>
/// <para>Ranges, checked here once for the library and the <c>kzleg</c> tool alike: 1 to <see cref="MaxSeats"/> seats,
/// 1 to <see cref="MaxLists"/> lists, votes from 0 with a total of at most <see cref="long.MaxValue"/>, registration
/// orders from 0 (see <see cref="PartyListVotes"/>), and all ballots from the total of the list votes to
/// <see cref="long.MaxValue"/>. Every error message is a sentence that names the value and the accepted range.</para>
/// </remarks>
public sealed record AllocationInput
{
    /// <summary>
    /// The most seats an allocation accepts (10,000). The largest legislature elected anywhere has about 3,000 seats;
    /// the limit keeps every method's time and memory (one award per seat for the divisor methods) small.
    /// </summary>
    public const int MaxSeats = 10_000;

    /// <summary>The most party lists an allocation accepts (1,000). Kazakhstan's elections have had at most about a dozen.</summary>
    public const int MaxLists = 1_000;

    /// <summary>Creates the input of a seat allocation.</summary>
    /// <param name="seats">The number of seats to allocate: 1 to <see cref="MaxSeats"/>.</param>
    /// <param name="lists">The party lists with their votes: 1 to <see cref="MaxLists"/>, with distinct list identifiers and distinct registration orders.</param>
    /// <param name="allBallots">
    /// All ballots cast, including invalid ballots and votes "against all"; needed when the threshold is measured
    /// against <see cref="ThresholdBase.AllBallots"/>. When given it must be at least the sum of the list votes.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seats"/> is not between 1 and <see cref="MaxSeats"/>, or <paramref name="allBallots"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="lists"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="lists"/> is empty, has more than <see cref="MaxLists"/> lists, contains <see langword="null"/>, repeats a list
    /// identifier or a registration order, or its votes add up to more than <see cref="long.MaxValue"/>; or
    /// <paramref name="allBallots"/> is less than the sum of the list votes.
    /// </exception>
    /// <remarks>Negative votes cannot occur here: <see cref="PartyListVotes"/> already rejects them.</remarks>
    public AllocationInput(int seats, IEnumerable<PartyListVotes> lists, long? allBallots = null)
    {
        if (seats is < 1 or > MaxSeats)
        {
            throw Internal.ArgumentErrors.OutOfRange(
                nameof(seats),
                string.Create(CultureInfo.InvariantCulture, $"The number of seats must be between 1 and {MaxSeats}, not {seats}."));
        }

        ArgumentNullException.ThrowIfNull(lists);
        var copy = lists.Take(MaxLists + 1).ToArray();
        if (copy.Length == 0)
        {
            throw Internal.ArgumentErrors.Invalid("At least one party list is required.", nameof(lists));
        }

        if (copy.Length > MaxLists)
        {
            throw Internal.ArgumentErrors.Invalid(
                string.Create(CultureInfo.InvariantCulture, $"There are more than {MaxLists} party lists; at most {MaxLists} are accepted."),
                nameof(lists));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var orders = new HashSet<int>();
        long total = 0;
        foreach (var list in copy)
        {
            if (list is null)
            {
                throw Internal.ArgumentErrors.Invalid("The party lists must not contain null.", nameof(lists));
            }

            if (!ids.Add(list.ListId))
            {
                throw Internal.ArgumentErrors.Invalid(
                    string.Create(CultureInfo.InvariantCulture, $"The list id '{list.ListId}' occurs more than once."),
                    nameof(lists));
            }

            if (!orders.Add(list.RegistrationOrder))
            {
                throw Internal.ArgumentErrors.Invalid(
                    string.Create(CultureInfo.InvariantCulture, $"The registration order {list.RegistrationOrder} occurs more than once (list '{list.ListId}')."),
                    nameof(lists));
            }

            if (list.Votes > long.MaxValue - total)
            {
                throw Internal.ArgumentErrors.Invalid(
                    string.Create(CultureInfo.InvariantCulture, $"The votes of the lists add up to more than {long.MaxValue}, the most that can be counted."),
                    nameof(lists));
            }

            total += list.Votes;
        }

        if (allBallots is { } ballots)
        {
            if (ballots < 0)
            {
                throw Internal.ArgumentErrors.OutOfRange(
                    nameof(allBallots),
                    string.Create(CultureInfo.InvariantCulture, $"All ballots must not be negative, not {ballots}."));
            }

            if (ballots < total)
            {
                throw Internal.ArgumentErrors.Invalid(
                    string.Create(CultureInfo.InvariantCulture, $"All ballots ({ballots}) must be at least the sum of the list votes ({total})."),
                    nameof(allBallots));
            }
        }

        Seats = seats;
        ListArray = copy;
        Lists = Array.AsReadOnly(copy);
        AllBallots = allBallots;
        TotalListVotes = total;
    }

    /// <summary>The number of seats to allocate.</summary>
    public int Seats { get; }

    /// <summary>The party lists, in input order.</summary>
    public IReadOnlyList<PartyListVotes> Lists { get; }

    /// <summary>The party lists as the array behind <see cref="Lists"/>, for the allocator's loops; never changed.</summary>
    internal PartyListVotes[] ListArray { get; }

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

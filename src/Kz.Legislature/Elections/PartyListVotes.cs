using System.Globalization;

namespace Kz.Legislature.Elections;

/// <summary>The votes cast for one party list in a proportional election.</summary>
/// <remarks>
/// Immutable, with value equality. The registration order breaks ties: under Kazakhstan's election law
/// the list registered earlier by the Central Election Commission wins a tie.
/// </remarks>
public sealed record PartyListVotes
{
    /// <summary>Creates the votes of one party list.</summary>
    /// <param name="listId">An identifier of the list (for example the party's name); compared ordinally.</param>
    /// <param name="votes">The number of valid votes for the list; not negative.</param>
    /// <param name="registrationOrder">The order in which the list was registered, from 0: lower means registered earlier.</param>
    /// <exception cref="ArgumentNullException"><paramref name="listId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="listId"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="votes"/> or <paramref name="registrationOrder"/> is negative.</exception>
    public PartyListVotes(string listId, long votes, int registrationOrder)
    {
        ArgumentNullException.ThrowIfNull(listId);
        if (string.IsNullOrWhiteSpace(listId))
        {
            throw Internal.ArgumentErrors.Invalid("A list id must not be empty or white space.", nameof(listId));
        }

        if (votes < 0)
        {
            throw Internal.ArgumentErrors.OutOfRange(
                nameof(votes),
                string.Create(CultureInfo.InvariantCulture, $"The votes of list '{listId}' must be a whole number from 0, not {votes}."));
        }

        if (registrationOrder < 0)
        {
            throw Internal.ArgumentErrors.OutOfRange(
                nameof(registrationOrder),
                string.Create(CultureInfo.InvariantCulture, $"The registration order of list '{listId}' must be a whole number from 0 to {int.MaxValue}, not {registrationOrder}."));
        }

        ListId = listId;
        Votes = votes;
        RegistrationOrder = registrationOrder;
    }

    /// <summary>The identifier of the list.</summary>
    public string ListId { get; }

    /// <summary>The number of valid votes for the list.</summary>
    public long Votes { get; }

    /// <summary>The registration order: lower means registered earlier.</summary>
    public int RegistrationOrder { get; }

    /// <summary>A short, culture-invariant description, for example <c>"Amanat: 5390 votes (#1)"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{ListId}: {Votes} votes (#{RegistrationOrder})");
}

using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>One row of an election result: a party or a labelled group, its vote share and its seats.</summary>
public sealed record ElectionResult
{
    /// <summary>Creates a result row.</summary>
    /// <param name="partyId">The party, or <see langword="null"/> for a labelled group.</param>
    /// <param name="label">A label such as "independents" or "state list", or <see langword="null"/>.</param>
    /// <param name="voteSharePercent">The list vote share in percent as published, or <see langword="null"/>.</param>
    /// <param name="votes">The list votes, or <see langword="null"/> where not published.</param>
    /// <param name="seats">The seats won, or <see langword="null"/>.</param>
    /// <param name="listSeats">The party-list seats, or <see langword="null"/>.</param>
    /// <param name="districtSeats">The district seats, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">Neither or both of <paramref name="partyId"/> and <paramref name="label"/> are given.</exception>
    internal ElectionResult(string? partyId, string? label, decimal? voteSharePercent, long? votes, int? seats, int? listSeats, int? districtSeats)
    {
        if ((partyId is null) == (label is null))
        {
            throw Internal.ArgumentErrors.Invalid("A result row names either a party or a label.", nameof(partyId));
        }

        PartyId = partyId;
        Label = label;
        VoteSharePercent = voteSharePercent;
        Votes = votes;
        Seats = seats;
        ListSeats = listSeats;
        DistrictSeats = districtSeats;
    }

    /// <summary>Gets the party, or <see langword="null"/>.</summary>
    public string? PartyId { get; }

    /// <summary>Gets the label, or <see langword="null"/>.</summary>
    public string? Label { get; }

    /// <summary>Gets the list vote share in percent as published, or <see langword="null"/>.</summary>
    public decimal? VoteSharePercent { get; }

    /// <summary>Gets the list votes, or <see langword="null"/>.</summary>
    public long? Votes { get; }

    /// <summary>Gets the seats won, or <see langword="null"/>.</summary>
    public int? Seats { get; }

    /// <summary>Gets the party-list seats, or <see langword="null"/>.</summary>
    public int? ListSeats { get; }

    /// <summary>Gets the district seats, or <see langword="null"/>.</summary>
    public int? DistrictSeats { get; }

    /// <summary>Returns the party or label and the seats.</summary>
    /// <returns>For example <c>amanat 62</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{PartyId ?? Label} {Seats?.ToString(CultureInfo.InvariantCulture) ?? "?"}");
}

using System.Globalization;

namespace Kz.Legislature.Elections;

/// <summary>A candidate who won a seat from a party list, with the characteristics the 30 % list quota counts.</summary>
/// <remarks>Immutable, with value equality.</remarks>
public sealed record SeatHolderProfile
{
    /// <summary>Creates a seat holder's profile.</summary>
    /// <param name="candidateId">An identifier of the candidate (for example the name).</param>
    /// <param name="isWoman">Whether the candidate is a woman.</param>
    /// <param name="isYouth">Whether the candidate is young (under 29 on the relevant date, as the caller determines).</param>
    /// <param name="hasDisability">Whether the candidate is a person with a disability.</param>
    /// <exception cref="ArgumentNullException"><paramref name="candidateId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="candidateId"/> is empty or white space.</exception>
    public SeatHolderProfile(string candidateId, bool isWoman, bool isYouth, bool hasDisability)
    {
        ArgumentNullException.ThrowIfNull(candidateId);
        if (string.IsNullOrWhiteSpace(candidateId))
        {
            throw AllocationErrors.Invalid("A candidate id must not be empty or white space.", nameof(candidateId));
        }

        CandidateId = candidateId;
        IsWoman = isWoman;
        IsYouth = isYouth;
        HasDisability = hasDisability;
    }

    /// <summary>The identifier of the candidate.</summary>
    public string CandidateId { get; }

    /// <summary>Whether the candidate is a woman.</summary>
    public bool IsWoman { get; }

    /// <summary>Whether the candidate is young (under 29).</summary>
    public bool IsYouth { get; }

    /// <summary>Whether the candidate is a person with a disability.</summary>
    public bool HasDisability { get; }

    /// <summary>Whether the candidate counts toward the quota: a woman, a young person or a person with a disability (counted once).</summary>
    public bool CountsTowardQuota => IsWoman || IsYouth || HasDisability;

    /// <summary>A short, culture-invariant description, for example <c>"A. Name (woman, youth)"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var flags = new List<string>(3);
        if (IsWoman)
        {
            flags.Add("woman");
        }

        if (IsYouth)
        {
            flags.Add("youth");
        }

        if (HasDisability)
        {
            flags.Add("disability");
        }

        return flags.Count == 0 ? CandidateId : string.Create(CultureInfo.InvariantCulture, $"{CandidateId} ({string.Join(", ", flags)})");
    }
}

using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>A candidate on a party list, with what the list quota counts: being a woman, young (from the birth date) or a person with a disability.</summary>
/// <remarks>Immutable, with value equality. Youth is computed by <see cref="History.ListQuotaRule.Counts"/> from <see cref="BirthDate"/> and the quota's age limit on the list's or the election's date; a candidate without a birth date is not counted as young.</remarks>
public sealed record PartyListCandidate
{
    /// <summary>Creates a candidate.</summary>
    /// <param name="id">A stable identifier of the candidate (unique on the list).</param>
    /// <param name="isWoman">Whether the candidate is a woman.</param>
    /// <param name="birthDate">The birth date, or <see langword="null"/> if not known.</param>
    /// <param name="hasDisability">Whether the candidate is a person with a disability.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank, or the birth date is not in the ISO calendar.</exception>
    public PartyListCandidate(string id, bool isWoman = false, LocalDate? birthDate = null, bool hasDisability = false)
    {
        Id = Preconditions.NotBlank(id, nameof(id));
        IsWoman = isWoman;
        BirthDate = birthDate is { } b ? Preconditions.IsoDate(b, nameof(birthDate)) : null;
        HasDisability = hasDisability;
    }

    /// <summary>Gets the candidate's identifier.</summary>
    public string Id { get; }

    /// <summary>Gets a value indicating whether the candidate is a woman.</summary>
    public bool IsWoman { get; }

    /// <summary>Gets the birth date, or <see langword="null"/> if not known.</summary>
    public LocalDate? BirthDate { get; }

    /// <summary>Gets a value indicating whether the candidate is a person with a disability.</summary>
    public bool HasDisability { get; }

    /// <summary>Returns whether the candidate has not reached <paramref name="age"/> on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="age">The age limit (for example 29: "persons who have not reached 29 years of age").</param>
    /// <returns><see langword="true"/> if the birth date is known and the candidate is younger than <paramref name="age"/>.</returns>
    public bool IsYoungerThan(LocalDate date, int age) =>
        BirthDate is { } b && (b > date || Period.Between(b, date, PeriodUnits.Years).Years < age);

    /// <summary>Returns the identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}

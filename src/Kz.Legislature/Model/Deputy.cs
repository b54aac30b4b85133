using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>A person who holds or held a seat: an identifier, names and an optional birth date.</summary>
/// <remarks>Deputies compare by value. <see cref="ToString"/> prints only the identifier and the English name.</remarks>
public sealed record Deputy
{
    /// <summary>Creates a deputy.</summary>
    /// <param name="id">A stable identifier for the person.</param>
    /// <param name="name">The person's name.</param>
    /// <param name="birthDate">The birth date, or <see langword="null"/> if not known.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank, or the birth date is not in the ISO calendar.</exception>
    public Deputy(string id, LocalizedName name, LocalDate? birthDate = null)
    {
        Id = Preconditions.NotBlank(id, nameof(id));
        Name = Preconditions.NotNull(name, nameof(name));
        if (birthDate is { } b)
        {
            Preconditions.IsoDate(b, nameof(birthDate));
        }

        BirthDate = birthDate;
    }

    /// <summary>Creates a deputy whose name is the same in every language.</summary>
    /// <param name="id">A stable identifier for the person.</param>
    /// <param name="name">The person's name.</param>
    /// <param name="birthDate">The birth date, or <see langword="null"/> if not known.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public Deputy(string id, string name, LocalDate? birthDate = null)
        : this(id, new LocalizedName(Preconditions.NotNull(name, nameof(name))), birthDate)
    {
    }

    /// <summary>Gets the stable identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the person's name.</summary>
    public LocalizedName Name { get; }

    /// <summary>Gets the birth date, or <see langword="null"/> if not known.</summary>
    public LocalDate? BirthDate { get; }

    /// <summary>Gets the person's age in whole years on <paramref name="date"/>, or <see langword="null"/> if the birth date is not known.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The age in completed years.</returns>
    public int? AgeOn(LocalDate date) =>
        BirthDate is { } b && b <= date ? Period.Between(b, date, PeriodUnits.Years).Years : null;

    /// <summary>Returns a copy with another birth date.</summary>
    /// <param name="birthDate">The new birth date, or <see langword="null"/>.</param>
    /// <returns>The new deputy.</returns>
    public Deputy WithBirthDate(LocalDate? birthDate) => new(Id, Name, birthDate);

    /// <summary>Returns the identifier and the English name.</summary>
    /// <returns>For example <c>d-001 (Test Deputy)</c>.</returns>
    public override string ToString() => $"{Id} ({Name.English})";
}

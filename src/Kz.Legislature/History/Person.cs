using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>A person the dataset knows: a presiding officer of a chamber.</summary>
/// <remarks>Built by the dataset loader; read them from <see cref="LegislativeHistory.People"/> or <see cref="LegislativeHistory.FindPerson"/>.</remarks>
public sealed record Person
{
    internal Person(string id, LocalizedName name, string? wikidataId, LocalDate? birthDate, Provenance provenance)
    {
        Id = Preconditions.NotBlank(id, nameof(id));
        Name = Preconditions.NotNull(name, nameof(name));
        WikidataId = wikidataId;
        BirthDate = birthDate;
        Provenance = Preconditions.NotNull(provenance, nameof(provenance));
    }

    /// <summary>Gets the identifier in the dataset, for example <c>kassym-jomart-tokayev</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the name in English, Russian and Kazakh.</summary>
    public LocalizedName Name { get; }

    /// <summary>Gets the Wikidata item (for example <c>Q7376</c>), or <see langword="null"/> where not sourced.</summary>
    public string? WikidataId { get; }

    /// <summary>Gets the date of birth, or <see langword="null"/> where not sourced.</summary>
    public LocalDate? BirthDate { get; }

    /// <summary>Gets the sources of the person's record and how well they support it.</summary>
    public Provenance Provenance { get; }

    /// <summary>Returns the English name.</summary>
    /// <returns>For example <c>Kassym-Jomart Tokayev</c>.</returns>
    public override string ToString() => Name.English;
}

using System.Text.RegularExpressions;
using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>A political party, with a stable identifier, its names and a Wikidata QID where known.</summary>
public sealed partial record Party
{
    /// <summary>Creates a party.</summary>
    /// <param name="id">The stable identifier, a lowercase slug such as <c>amanat</c>.</param>
    /// <param name="name">The party's (latest) name, with former names among the alternatives.</param>
    /// <param name="wikidataId">The Wikidata QID, or <see langword="null"/> if not known.</param>
    /// <param name="provenance">Where the facts come from, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or <paramref name="wikidataId"/> is malformed.</exception>
    public Party(string id, LocalizedName name, string? wikidataId = null, Provenance? provenance = null)
    {
        Id = Preconditions.NotBlank(id, nameof(id));
        Name = Preconditions.NotNull(name, nameof(name));
        if (wikidataId is not null && !QidPattern().IsMatch(wikidataId))
        {
            throw Internal.ArgumentErrors.Invalid("A Wikidata identifier looks like 'Q1520'.", nameof(wikidataId));
        }

        WikidataId = wikidataId;
        Provenance = provenance;
    }

    /// <summary>Gets the stable identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the party's name.</summary>
    public LocalizedName Name { get; }

    /// <summary>Gets the Wikidata QID, or <see langword="null"/>.</summary>
    public string? WikidataId { get; }

    /// <summary>Gets where the facts come from, or <see langword="null"/>.</summary>
    public Provenance? Provenance { get; }

    /// <summary>Returns the identifier and the English name.</summary>
    /// <returns>For example <c>amanat (Amanat)</c>.</returns>
    public override string ToString() => $"{Id} ({Name.English})";

    [GeneratedRegex("^Q[1-9][0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex QidPattern();
}

using System.Text.RegularExpressions;
using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>A political party, with a stable identifier, its names and a Wikidata QID where known.</summary>
public sealed partial record Party
{
    private readonly ValueList<PartyName> formerNames;

    /// <summary>Creates a party.</summary>
    /// <param name="id">The stable identifier, a lowercase slug such as <c>amanat</c>.</param>
    /// <param name="name">The party's (latest) name, with former names among the alternatives.</param>
    /// <param name="wikidataId">The Wikidata QID, or <see langword="null"/> if not known.</param>
    /// <param name="provenance">Where the facts come from, or <see langword="null"/>.</param>
    /// <param name="formerNames">The names the party bore before, oldest first, each with the day the next name took
    /// effect; <see langword="null"/> or empty when it was never renamed (or the renamings are not known).</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank, <paramref name="wikidataId"/> is malformed,
    /// or <paramref name="formerNames"/> holds a null or is not in order of their end days.</exception>
    public Party(string id, LocalizedName name, string? wikidataId = null, Provenance? provenance = null, IEnumerable<PartyName>? formerNames = null)
    {
        Id = Preconditions.NotBlank(id, nameof(id));
        Name = Preconditions.NotNull(name, nameof(name));
        if (wikidataId is not null && !QidPattern().IsMatch(wikidataId))
        {
            throw Internal.ArgumentErrors.Invalid("A Wikidata identifier looks like 'Q1520'.", nameof(wikidataId));
        }

        WikidataId = wikidataId;
        Provenance = provenance;
        var former = ValueList<PartyName>.From(formerNames);
        for (var i = 0; i < former.Count; i++)
        {
            if (former[i] is null)
            {
                throw Internal.ArgumentErrors.Invalid("A former name is missing (null).", nameof(formerNames));
            }

            if (i > 0 && former[i].Until <= former[i - 1].Until)
            {
                throw Internal.ArgumentErrors.Invalid(
                    $"The former names are given oldest first, each ending after the one before; '{former[i].Name.English}' ends on {Preconditions.Iso(former[i].Until)}, not after {Preconditions.Iso(former[i - 1].Until)}.",
                    nameof(formerNames));
            }
        }

        this.formerNames = former;
    }

    /// <summary>Gets the stable identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the party's name.</summary>
    public LocalizedName Name { get; }

    /// <summary>Gets the names the party bore before <see cref="Name"/>, oldest first (empty when none is recorded).</summary>
    public IReadOnlyList<PartyName> FormerNames => formerNames;

    /// <summary>The name the party bore on a date: the first former name whose period had not ended, else <see cref="Name"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>For example <c>Otan</c> in 2004, <c>Nur Otan</c> in 2016 and <c>Amanat</c> in 2023 for the party <c>amanat</c>.</returns>
    public LocalizedName NameOn(NodaTime.LocalDate date)
    {
        foreach (var former in FormerNames)
        {
            if (date < former.Until)
            {
                return former.Name;
            }
        }

        return Name;
    }

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

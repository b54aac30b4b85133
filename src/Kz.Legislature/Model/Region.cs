using System.Text.RegularExpressions;
using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>
/// An oblast, a city of republican significance or the capital: the units each of which sends two
/// senators elected by its maslikhat deputies.
/// </summary>
/// <remarks>
/// A region has a stable identifier that does not change when it is renamed (Astana → Nur-Sultan → Astana),
/// an Open Civic Data style division identifier, a Wikidata QID where known, the half-open period it existed,
/// and its kinds and names over time. Regions compare by value.
/// </remarks>
public sealed partial record Region
{
    private readonly ValueList<Dated<RegionKind>> kinds;
    private readonly ValueList<Dated<LocalizedName>> names;

    /// <summary>Creates a region.</summary>
    /// <param name="id">The stable identifier, a lowercase slug such as <c>astana</c>.</param>
    /// <param name="ocdId">The division identifier, starting <c>ocd-division/country:kz/</c>.</param>
    /// <param name="wikidataId">The Wikidata QID (for example <c>Q1520</c>), or <see langword="null"/> if not known.</param>
    /// <param name="period">The half-open period the region existed.</param>
    /// <param name="kinds">Its kinds over time, sorted and abutting, covering <paramref name="period"/>.</param>
    /// <param name="names">Its names over time, sorted and abutting, covering <paramref name="period"/>.</param>
    /// <param name="provenance">Where the facts come from, or <see langword="null"/> for user-made regions.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An identifier is malformed, or <paramref name="kinds"/> or <paramref name="names"/> do not cover <paramref name="period"/> without gaps or overlaps.</exception>
    public Region(
        string id,
        string ocdId,
        string? wikidataId,
        Term period,
        IEnumerable<Dated<RegionKind>> kinds,
        IEnumerable<Dated<LocalizedName>> names,
        Provenance? provenance = null)
    {
        Id = Preconditions.NotBlank(id, nameof(id));
        OcdId = Preconditions.NotBlank(ocdId, nameof(ocdId));
        if (!OcdId.StartsWith("ocd-division/country:kz", StringComparison.Ordinal))
        {
            throw Internal.ArgumentErrors.Invalid("An OCD division identifier must start with 'ocd-division/country:kz'.", nameof(ocdId));
        }

        if (wikidataId is not null && !QidPattern().IsMatch(wikidataId))
        {
            throw Internal.ArgumentErrors.Invalid("A Wikidata identifier looks like 'Q1520'.", nameof(wikidataId));
        }

        WikidataId = wikidataId;
        Period = Preconditions.NotNull(period, nameof(period));
        this.kinds = Preconditions.NoNullItems(kinds, nameof(kinds));
        this.names = Preconditions.NoNullItems(names, nameof(names));
        CheckCovers(this.kinds.Select(k => k.Period), period, nameof(kinds));
        CheckCovers(this.names.Select(n => n.Period), period, nameof(names));
        Provenance = provenance;
    }

    /// <summary>Gets the stable identifier (a lowercase slug).</summary>
    public string Id { get; }

    /// <summary>Gets the Open Civic Data style division identifier.</summary>
    public string OcdId { get; }

    /// <summary>Gets the Wikidata QID, or <see langword="null"/> if not known.</summary>
    public string? WikidataId { get; }

    /// <summary>Gets the half-open period the region existed.</summary>
    public Term Period { get; }

    /// <summary>Gets the region's kinds over time (sorted, abutting).</summary>
    public IReadOnlyList<Dated<RegionKind>> Kinds => kinds;

    /// <summary>Gets the region's names over time (sorted, abutting).</summary>
    public IReadOnlyList<Dated<LocalizedName>> Names => names;

    /// <summary>Gets where the facts come from, or <see langword="null"/>.</summary>
    public Provenance? Provenance { get; }

    /// <summary>Gets the latest name.</summary>
    public LocalizedName CurrentName => names[^1].Value;

    /// <summary>Returns whether the region existed on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> if the date lies in <see cref="Period"/>.</returns>
    public bool ExistsOn(LocalDate date) => Period.Contains(date);

    /// <summary>Gets the region's kind on <paramref name="date"/>, or <see langword="null"/> if it did not exist then.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The kind, or <see langword="null"/>.</returns>
    public RegionKind? KindOn(LocalDate date)
    {
        foreach (var k in kinds)
        {
            if (k.Period.Contains(date))
            {
                return k.Value;
            }
        }

        return null;
    }

    /// <summary>Gets the region's name on <paramref name="date"/>, or <see langword="null"/> if it did not exist then.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The name, or <see langword="null"/>.</returns>
    public LocalizedName? NameOn(LocalDate date)
    {
        foreach (var n in names)
        {
            if (n.Period.Contains(date))
            {
                return n.Value;
            }
        }

        return null;
    }

    /// <summary>Returns the identifier and the latest English name.</summary>
    /// <returns>For example <c>astana (Astana)</c>.</returns>
    public override string ToString() => $"{Id} ({CurrentName.English})";

    private static void CheckCovers(IEnumerable<Term> parts, Term whole, string paramName)
    {
        Term? previous = null;
        foreach (var part in parts)
        {
            if (previous is null)
            {
                if (part.Start != whole.Start)
                {
                    throw Internal.ArgumentErrors.Invalid($"The first entry must start on {Preconditions.Iso(whole.Start)}, when the region begins.", paramName);
                }
            }
            else if (!previous.IsFollowedBy(part))
            {
                throw Internal.ArgumentErrors.Invalid($"Entries must be sorted and abut: {previous} is not followed by {part}.", paramName);
            }

            previous = part;
        }

        if (previous is null)
        {
            throw Internal.ArgumentErrors.Invalid("At least one entry is required.", paramName);
        }

        if (previous.End != whole.End)
        {
            throw Internal.ArgumentErrors.Invalid("The last entry must end when the region ends.", paramName);
        }
    }

    [GeneratedRegex("^Q[1-9][0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex QidPattern();
}

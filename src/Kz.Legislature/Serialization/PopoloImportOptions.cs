namespace Kz.Legislature.Serialization;

/// <summary>
/// How <see cref="PopoloImporter"/> reads Popolo from another publisher (for example EveryPolitician), whose
/// organizations, posts, areas and parties have their own ids (docs/json-format.md, "Popolo import"). Immutable: each
/// <c>With*</c> method returns a copy.
/// </summary>
/// <remarks>Without options only this library's own <c>kz-legislature:</c> ids, and organizations named after a chamber,
/// are recognised. Whatever the importer cannot match is an error naming the ids and their JSON paths, never an empty
/// or partial composition.</remarks>
public sealed class PopoloImportOptions
{
    private readonly Dictionary<string, ChamberKind> organizations;
    private readonly Dictionary<string, SeatSource> posts;
    private readonly Dictionary<string, string> areas;
    private readonly Dictionary<string, string> parties;

    /// <summary>Initializes options with no mappings and exclusive end dates (<see cref="Default"/>).</summary>
    public PopoloImportOptions()
        : this([], [], null, [], [], inclusiveEndDates: false)
    {
    }

    private PopoloImportOptions(Dictionary<string, ChamberKind> organizations, Dictionary<string, SeatSource> posts, SeatSource? defaultSource, Dictionary<string, string> areas, Dictionary<string, string> parties, bool inclusiveEndDates)
    {
        this.organizations = organizations;
        this.posts = posts;
        DefaultSource = defaultSource;
        this.areas = areas;
        this.parties = parties;
        InclusiveEndDates = inclusiveEndDates;
    }

    /// <summary>Gets the options that read only what the rules of docs/json-format.md match: no mappings, exclusive end dates.</summary>
    public static PopoloImportOptions Default { get; } = new();

    /// <summary>Gets the options for EveryPolitician files: inclusive end dates (the last day served), otherwise <see cref="Default"/>.</summary>
    public static PopoloImportOptions EveryPolitician { get; } = Default.WithInclusiveEndDates(true);

    /// <summary>Gets the organization ids that are a chamber; they take precedence over matching by name.</summary>
    public IReadOnlyDictionary<string, ChamberKind> Organizations => organizations;

    /// <summary>Gets the seat source of memberships by their <c>post_id</c>, for posts that are not this library's own.</summary>
    public IReadOnlyDictionary<string, SeatSource> Posts => posts;

    /// <summary>Gets the seat source of a membership of the chamber whose post is neither this library's own nor in <see cref="Posts"/>
    /// (EveryPolitician memberships have no post), or <see langword="null"/> to refuse such a membership.</summary>
    public SeatSource? DefaultSource { get; }

    /// <summary>Gets the region ids of <c>area_id</c>s, for areas that carry neither a <c>kz-legislature</c> nor a <c>wikidata</c>
    /// identifier of a known region and whose name is not a region's name.</summary>
    public IReadOnlyDictionary<string, string> Areas => areas;

    /// <summary>Gets the party ids of <c>on_behalf_of_id</c>s that are not this library's own; an unmapped foreign id is kept as the party id.</summary>
    public IReadOnlyDictionary<string, string> Parties => parties;

    /// <summary>
    /// Gets a value indicating whether <c>end_date</c> is the last day of the membership (inclusive, as EveryPolitician and
    /// most Popolo publishers write it). The library's own export writes the first day the membership no longer runs
    /// (exclusive, like every <see cref="Term"/>); with this option the importer adds one day to every <c>end_date</c>.
    /// </summary>
    public bool InclusiveEndDates { get; }

    /// <summary>Returns a copy in which the organization <paramref name="organizationId"/> is <paramref name="chamber"/>.</summary>
    /// <param name="organizationId">The publisher's organization id, for example <c>legislature</c>.</param>
    /// <param name="chamber">The chamber it is.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organizationId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chamber"/> is not defined.</exception>
    public PopoloImportOptions WithOrganization(string organizationId, ChamberKind chamber)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        _ = PopoloIdentifiers.ChamberSlug(chamber);
        return new(new(organizations) { [organizationId] = chamber }, posts, DefaultSource, areas, parties, InclusiveEndDates);
    }

    /// <summary>Returns a copy in which memberships of the post <paramref name="postId"/> are filled by <paramref name="source"/>.</summary>
    /// <param name="postId">The publisher's post id.</param>
    /// <param name="source">The seat source.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="postId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not defined.</exception>
    public PopoloImportOptions WithPost(string postId, SeatSource source)
    {
        ArgumentNullException.ThrowIfNull(postId);
        _ = PopoloIdentifiers.SourceSlug(source);
        return new(organizations, new(posts) { [postId] = source }, DefaultSource, areas, parties, InclusiveEndDates);
    }

    /// <summary>Returns a copy with <paramref name="source"/> as the seat source of memberships without a known post.</summary>
    /// <param name="source">The seat source, or <see langword="null"/> to refuse such memberships.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not defined.</exception>
    public PopoloImportOptions WithDefaultSource(SeatSource? source)
    {
        if (source is { } s)
        {
            _ = PopoloIdentifiers.SourceSlug(s);
        }

        return new(organizations, posts, source, areas, parties, InclusiveEndDates);
    }

    /// <summary>Returns a copy in which the area <paramref name="areaId"/> is the region <paramref name="regionId"/>.</summary>
    /// <param name="areaId">The publisher's area id.</param>
    /// <param name="regionId">The region's id in the history, for example <c>astana</c>.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PopoloImportOptions WithArea(string areaId, string regionId)
    {
        ArgumentNullException.ThrowIfNull(areaId);
        ArgumentNullException.ThrowIfNull(regionId);
        return new(organizations, posts, DefaultSource, new(areas) { [areaId] = regionId }, parties, InclusiveEndDates);
    }

    /// <summary>Returns a copy in which the organization <paramref name="organizationId"/> of <c>on_behalf_of_id</c> is the party <paramref name="partyId"/>.</summary>
    /// <param name="organizationId">The publisher's party organization id.</param>
    /// <param name="partyId">The party's id in the history, for example <c>amanat</c>.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PopoloImportOptions WithParty(string organizationId, string partyId)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(partyId);
        return new(organizations, posts, DefaultSource, areas, new(parties) { [organizationId] = partyId }, InclusiveEndDates);
    }

    /// <summary>Returns a copy that reads <c>end_date</c> as inclusive (the last day served) or exclusive (the first day no longer served).</summary>
    /// <param name="inclusive">Whether end dates are inclusive.</param>
    /// <returns>The new options.</returns>
    public PopoloImportOptions WithInclusiveEndDates(bool inclusive) =>
        new(organizations, posts, DefaultSource, areas, parties, inclusive);
}

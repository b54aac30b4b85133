namespace Kz.Legislature.Serialization;

/// <summary>
/// How <see cref="PopoloImporter"/> reads Popolo from another publisher (for example EveryPolitician), whose
/// organizations, posts, areas and parties have their own ids (docs/json-format.md, "Popolo from other publishers").
/// </summary>
/// <remarks>Without options only this library's own <c>kz-legislature:</c> ids, and organizations named after a chamber,
/// are recognised. Whatever the importer cannot match is an error naming the ids and their JSON paths, never an empty
/// or partial composition.</remarks>
public sealed class PopoloImportOptions
{
    /// <summary>Gets the options that read only what the rules of docs/json-format.md match: no mappings, exclusive end dates.</summary>
    public static PopoloImportOptions Default { get; } = new();

    /// <summary>Gets the options for EveryPolitician files: inclusive end dates (the last day served), otherwise <see cref="Default"/>.</summary>
    public static PopoloImportOptions EveryPolitician { get; } = new() { InclusiveEndDates = true };

    /// <summary>Gets the organization ids that are a chamber, for example <c>{ "Q1234" : ChamberKind.Mazhilis }</c>; they take precedence over matching by name.</summary>
    public IReadOnlyDictionary<string, ChamberKind> Organizations { get; init; } = new Dictionary<string, ChamberKind>();

    /// <summary>Gets the seat source of memberships by their <c>post_id</c>, for posts that are not this library's own.</summary>
    public IReadOnlyDictionary<string, SeatSource> Posts { get; init; } = new Dictionary<string, SeatSource>();

    /// <summary>Gets the seat source of a membership of the chamber whose post is neither this library's own nor in <see cref="Posts"/>
    /// (EveryPolitician memberships have no post), or <see langword="null"/> to refuse such a membership.</summary>
    public SeatSource? DefaultSource { get; init; }

    /// <summary>Gets the region ids of <c>area_id</c>s, for areas that carry neither a <c>kz-legislature</c> nor a <c>wikidata</c>
    /// identifier of a known region and whose name is not a region's name.</summary>
    public IReadOnlyDictionary<string, string> Areas { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the party ids of <c>on_behalf_of_id</c>s that are not this library's own; an unmapped foreign id is kept as the party id.</summary>
    public IReadOnlyDictionary<string, string> Parties { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Gets a value indicating whether <c>end_date</c> is the last day of the membership (inclusive, as EveryPolitician and
    /// most Popolo publishers write it). The library's own export writes the first day the membership no longer runs
    /// (exclusive, like every <see cref="Term"/>); with this option the importer adds one day to every <c>end_date</c>.
    /// </summary>
    public bool InclusiveEndDates { get; init; }
}

using System.Globalization;
using System.Text.Json;
using Kz.Legislature.History;
using Kz.Legislature.Internal;
using Kz.Legislature.Serialization.Popolo;
using NodaTime.Text;

namespace Kz.Legislature.Serialization;

/// <summary>
/// Imports the memberships of a Popolo document into a chamber composition: the memberships of the chamber's
/// organization that run on a date become its mandates.
/// </summary>
/// <remarks>
/// <para>The mapping (docs/json-format.md, "Popolo import"):</para>
/// <list type="bullet">
/// <item><description>a membership belongs to the chamber when its <c>organization_id</c> is
/// <see cref="PopoloIdentifiers.Chamber(ChamberKind)"/>, and runs on the date when
/// <c>start_date &lt;= date &lt; end_date</c> (the end is exclusive, as the exporter writes it; no end means it runs);</description></item>
/// <item><description><c>post_id</c> → the seat source, and the region (<c>…/elected-by-maslikhats/{region}/{n}</c>) or the
/// district (<c>…/single-member-district/{n}</c>), by the scheme of <see cref="PopoloIdentifiers.Post"/>;</description></item>
/// <item><description><c>area_id</c> → the region, through the area's <c>kz-legislature</c> identifier;</description></item>
/// <item><description><c>on_behalf_of_id</c> → the party (<c>kz-legislature:party/</c> stripped);</description></item>
/// <item><description><c>person_id</c> → the deputy: the person's <c>kz-legislature</c> identifier (or the id without its
/// prefix), <c>name</c> and the <c>other_names</c> noted <c>ru</c>, <c>kk</c>, <c>kk-Latn</c> and <c>alternative</c>, and <c>birth_date</c>;</description></item>
/// <item><description><c>end_reason</c> and <c>legislative_period_id</c> (extensions the exporter writes) → the end reason and the convocation.</description></item>
/// </list>
/// <para>Properties the importer does not use are ignored (Popolo documents carry many). The JSON itself is read
/// strictly: malformed JSON, duplicate keys, nesting deeper than <see cref="MaxDepth"/>, documents larger than
/// <see cref="MaxDocumentBytes"/>, bytes that are not UTF-8, wrong types, incomplete dates and values the model rejects all throw
/// <see cref="LegislatureJsonException"/> with the path and position. Nothing partial is returned. The document is
/// read with source-generated metadata: no reflection.</para>
/// </remarks>
public static class PopoloImporter
{
    /// <summary>The deepest nesting accepted (64).</summary>
    public const int MaxDepth = 64;

    /// <summary>The largest document accepted, in bytes (32 MiB).</summary>
    public const int MaxDocumentBytes = 32 * 1024 * 1024;

    /// <summary>Imports the memberships of <paramref name="chamber"/> that run on <paramref name="date"/> as a composition.</summary>
    /// <param name="popoloJson">The Popolo JSON document (UTF-8); read to its end, left open.</param>
    /// <param name="chamber">The chamber whose memberships to import.</param>
    /// <param name="date">The date of the composition.</param>
    /// <param name="history">The history used to resolve <c>legislative_period_id</c> to a convocation number; <see langword="null"/> for <see cref="LegislativeHistory.Kazakhstan"/> (loaded only when needed).</param>
    /// <param name="fileName">A name for the document used in error messages, or <see langword="null"/>.</param>
    /// <param name="options">How to read ids of another publisher and its end dates; <see langword="null"/> for <see cref="PopoloImportOptions.Default"/>.</param>
    /// <returns>The composition, its mandates in the order of the memberships.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="popoloJson"/> is null.</exception>
    /// <exception cref="LegislatureJsonException">The document cannot be imported, or no membership of it is of the chamber; the exception gives the path and position.</exception>
    public static ChamberComposition ImportMemberships(Stream popoloJson, ChamberKind chamber, LocalDate date, LegislativeHistory? history = null, string? fileName = null, PopoloImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(popoloJson);
        CheckChamber(chamber);
        return Import(Strict(() => StrictInput.ReadBytes(popoloJson, MaxDocumentBytes, fileName)), chamber, date, history, fileName, options ?? PopoloImportOptions.Default);
    }

    /// <summary>Imports the memberships of <paramref name="chamber"/> that run on <paramref name="date"/> from a JSON string.</summary>
    /// <param name="popoloJson">The Popolo JSON document.</param>
    /// <param name="chamber">The chamber whose memberships to import.</param>
    /// <param name="date">The date of the composition.</param>
    /// <param name="history">The history used to resolve convocations, or <see langword="null"/> for the embedded one.</param>
    /// <param name="fileName">A name for the document used in error messages, or <see langword="null"/>.</param>
    /// <param name="options">How to read ids of another publisher and its end dates; <see langword="null"/> for <see cref="PopoloImportOptions.Default"/>.</param>
    /// <returns>The composition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="popoloJson"/> is null.</exception>
    /// <exception cref="LegislatureJsonException">The document cannot be imported, or no membership of it is of the chamber.</exception>
    public static ChamberComposition ImportMemberships(string popoloJson, ChamberKind chamber, LocalDate date, LegislativeHistory? history = null, string? fileName = null, PopoloImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(popoloJson);
        CheckChamber(chamber);
        return Import(Strict(() => StrictInput.ReadBytes(popoloJson, MaxDocumentBytes, fileName)), chamber, date, history, fileName, options ?? PopoloImportOptions.Default);
    }

    private static void CheckChamber(ChamberKind chamber)
    {
        if (!Enum.IsDefined(chamber))
        {
            throw Internal.ArgumentErrors.OutOfRange(nameof(chamber), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{chamber} is not a defined chamber."));
        }
    }

    /// <summary>Reads the bytes through the one strict byte reader (size, byte-order mark, UTF-8), its errors as the importer's exception.</summary>
    private static ReadOnlyMemory<byte> Strict(Func<ReadOnlyMemory<byte>> read)
    {
        try
        {
            return read();
        }
        catch (LegislativeDataException ex) when (ex is not LegislatureJsonException)
        {
            throw new LegislatureJsonException(ex.FileName, ex.JsonPath ?? "$", ex.Reason, ex.LineNumber, ex.BytePositionInLine, ex);
        }
    }

    private static ChamberComposition Import(ReadOnlyMemory<byte> json, ChamberKind chamber, LocalDate date, LegislativeHistory? history, string? fileName, PopoloImportOptions options)
    {
        var input = new Input(json, fileName);
        PopoloImportDocumentDto? document;
        try
        {
            document = JsonSerializer.Deserialize(json.Span, PopoloImportJsonContext.Reading.PopoloImportDocumentDto);
        }
        catch (JsonException ex)
        {
            throw input.FromSerializer(ex);
        }
        catch (InvalidOperationException ex)
        {
            // A property name that cannot be decoded (an escaped lone surrogate, "\uD800") where the serializer does not say where.
            throw new LegislatureJsonException(fileName, "$", "A property name is not valid text: " + JsonKinds.InvalidUtf16Detail, innerException: ex);
        }

        return Map(input, document ?? throw input.Fail("$", "Expected an object, found null."), chamber, date, history, options);
    }

    private static ChamberComposition Map(Input ctx, PopoloImportDocumentDto root, ChamberKind chamber, LocalDate date, LegislativeHistory? history, PopoloImportOptions options)
    {
        var persons = Index(ctx, root.Persons, "persons", p => p.Id);
        var areas = Index(ctx, root.Areas, "areas", a => a.Id);
        if (!root.HasMemberships)
        {
            throw ctx.Fail("$", "The document has no \"memberships\".");
        }

        var memberships = root.Memberships ?? throw ctx.Fail("$.memberships", "Expected an array, found null.");
        var organizations = ChamberOrganizations(ctx, root.Organizations, chamber, options);
        var others = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var ofChamber = 0;
        var reader = new Reader(chamber, persons, areas, options, history);
        var mandates = new List<Mandate>();
        string? period = null;
        var periodAgreed = true;
        for (var i = 0; i < memberships.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.memberships[{i}]");
            var ms = memberships[i] ?? throw ctx.Fail(path, "Expected an object, found null.");
            var organizationId = ms.OrganizationId;
            if (organizationId is null || !organizations.Contains(organizationId))
            {
                var key = organizationId ?? "(none)";
                if (!others.TryGetValue(key, out var paths))
                {
                    others[key] = paths = [];
                }

                paths.Add(path);
                continue;
            }

            ofChamber++;
            if (ms.PostId is { } officePost && PopoloExporter.IsOfficePost(officePost, chamber))
            {
                // A chair's (or deputy chair's) membership, as the history export writes them: an office, not a seat.
                continue;
            }

            var start = Date(ctx, ms.StartDate, path, "start_date") ?? throw ctx.Fail(path, "A membership of the chamber has no \"start_date\"; every membership needs the first day it runs.");
            var end = Date(ctx, ms.EndDate, path, "end_date");
            if (options.InclusiveEndDates && end is { } lastDay)
            {
                end = lastDay == LocalDate.MaxIsoValue
                    ? throw ctx.Fail(path + ".end_date", $"The end {Iso(lastDay)} is the last date a LocalDate can hold; the day after it cannot be represented.")
                    : lastDay.PlusDays(1);
            }

            if (end is { } last && last <= start)
            {
                // Checked for every membership of the chamber, running on the date or not: a broken document is rejected whole.
                throw ctx.Fail(
                    path + ".end_date",
                    options.InclusiveEndDates
                        ? $"The end {Iso(last.PlusDays(-1))} is before the start {Iso(start)} (end_date is read as inclusive: the last day the membership runs)."
                        : $"The end {Iso(last)} must be after the start {Iso(start)} (end_date is read as exclusive: the first day the membership no longer runs; for inclusive end dates, as EveryPolitician writes them, use PopoloImportOptions.WithInclusiveEndDates).");
            }

            if (start > date || (end is { } e && date >= e))
            {
                continue;
            }

            var membershipPeriod = ms.LegislativePeriodId;
            if (mandates.Count == 0)
            {
                period = membershipPeriod;
            }
            else if (period != membershipPeriod)
            {
                periodAgreed = false;
            }

            mandates.Add(ToMandate(ctx, ms, path, start, end, reader));
        }

        if (ofChamber == 0 && others.Count > 0)
        {
            throw ctx.Fail("$.memberships", NoMembershipOf(chamber, organizations, others));
        }

        int? convocation = null;
        if (periodAgreed && period is not null && period.StartsWith(PopoloIdentifiers.Prefix + "convocation/", StringComparison.Ordinal))
        {
            var id = period[(PopoloIdentifiers.Prefix.Length + "convocation/".Length)..];
            convocation = (history ?? LegislativeHistory.Kazakhstan).Convocations.FirstOrDefault(c => c.Id == id && c.Body == PopoloExporter.BodyOf(chamber))?.Number;
        }

        return ChamberComposition.Create(chamber, date, mandates, convocation);
    }

    private static Mandate ToMandate(Input ctx, PopoloImportMembershipDto ms, string path, LocalDate start, LocalDate? end, Reader reader)
    {
        var (chamber, persons, areas, options) = (reader.Chamber, reader.Persons, reader.Areas, reader.Options);
        var personId = ms.PersonId ?? throw ctx.Fail(path, "A membership of the chamber has no \"person_id\".");
        if (!persons.TryGetValue(personId, out var person))
        {
            throw ctx.Fail(path + ".person_id", $"No person with id \"{StrictLocalDateConverter.Truncate(personId)}\" is in \"persons\".");
        }

        var deputy = ToDeputy(ctx, person.Item, person.Path, personId);
        var postId = ms.PostId;
        SeatSource source;
        string? postRegion = null;
        int? district = null;
        if (postId is not null && postId.StartsWith(PopoloIdentifiers.PostPrefix, StringComparison.Ordinal))
        {
            (source, postRegion, district) = ParsePost(ctx, path + ".post_id", postId, chamber);
        }
        else if (postId is not null && options.Posts.TryGetValue(postId, out var mapped))
        {
            source = mapped;
        }
        else if (options.DefaultSource is { } fallback)
        {
            source = fallback;
        }
        else
        {
            throw ctx.Fail(
                postId is null ? path : path + ".post_id",
                postId is null
                    ? "A membership of the chamber has no \"post_id\", so its seat source cannot be told; give the source of such memberships with PopoloImportOptions.WithDefaultSource."
                    : $"The post \"{StrictLocalDateConverter.Truncate(postId)}\" is not a post of the form {PopoloIdentifiers.PostPrefix}{PopoloIdentifiers.ChamberSlug(chamber)}/{{source}}/…, so its seat source cannot be told; map it with PopoloImportOptions.WithPost, or give PopoloImportOptions.WithDefaultSource.");
        }

        string? region = null;
        if (ms.AreaId is { } areaId)
        {
            if (options.Areas.TryGetValue(areaId, out var mappedRegion))
            {
                region = mappedRegion;
            }
            else if (areas.TryGetValue(areaId, out var area))
            {
                region = Slug(ctx, area.Item.Identifiers, area.Path) ?? reader.RegionOf(ctx, area.Item, area.Path, areaId);
            }
        }

        region ??= postRegion;
        var party = ms.OnBehalfOfId;
        if (party is not null && party.StartsWith(PopoloIdentifiers.Prefix + "party/", StringComparison.Ordinal))
        {
            party = party[(PopoloIdentifiers.Prefix.Length + "party/".Length)..];
        }
        else if (party is not null && options.Parties.TryGetValue(party, out var mappedParty))
        {
            party = mappedParty;
        }

        MandateEndReason? reason = null;
        if (ms.EndReason is { } reasonText)
        {
            reason = null;
            foreach (var value in Enum.GetValues<MandateEndReason>())
            {
                if (PopoloExporter.EndReasonName(value) == reasonText)
                {
                    reason = value;
                }
            }

            if (reason is null)
            {
                throw ctx.Fail(path + ".end_reason", $"\"{StrictLocalDateConverter.Truncate(reasonText)}\" is not a known end reason.");
            }
        }

        try
        {
            return new Mandate(deputy, chamber, source, start, end, reason, region, district, party);
        }
        catch (ArgumentException ex)
        {
            var property = ex.ParamName switch
            {
                "end" => ".end_date",
                "endReason" => ".end_reason",
                "regionId" => ".area_id",
                "district" => ".post_id",
                "partyId" => ".on_behalf_of_id",
                _ => string.Empty,
            };
            throw ctx.Fail(path + property, Clean(ex), ex);
        }
    }

    private static Deputy ToDeputy(Input ctx, PopoloImportPersonDto person, string path, string personId)
    {
        var name = person.Name ?? throw ctx.Fail(path, "A person has no \"name\".");
        string? ru = null, kk = null, kkLatn = null;
        var alternatives = new List<string>();
        if (person.OtherNames is { } others)
        {
            for (var j = 0; j < others.Count; j++)
            {
                var otherPath = string.Create(CultureInfo.InvariantCulture, $"{path}.other_names[{j}]");
                var other = others[j] ?? throw ctx.Fail(otherPath, "Expected an object, found null.");
                var value = other.Name;
                var note = other.Note;
                var ours = note is "ru" or "kk" or "kk-Latn" or "alternative";
                if (!ours)
                {
                    // Other publishers (EveryPolitician) say the language in "lang"; a name in another language is an alternative spelling.
                    note = other.Lang switch
                    {
                        "ru" => "ru",
                        "kk" => "kk",
                        "kk-Latn" => "kk-Latn",
                        _ => "alternative",
                    };
                }

                switch (note)
                {
                    case "ru": ru = value; break;
                    case "kk": kk = value; break;
                    case "kk-Latn": kkLatn = value; break;
                    // An alternative noted as this library writes it is kept as given (duplicates included, so a round trip
                    // loses nothing); a foreign name in another language is added once, and not when it repeats the name.
                    case "alternative" when value is not null && (ours || (value != name && !alternatives.Contains(value))): alternatives.Add(value); break;
                }
            }
        }

        var id = Slug(ctx, person.Identifiers, path) ?? (personId.StartsWith(PopoloIdentifiers.Prefix + "person/", StringComparison.Ordinal) ? personId[(PopoloIdentifiers.Prefix.Length + "person/".Length)..] : personId);
        var birth = Date(ctx, person.BirthDate, path, "birth_date");
        try
        {
            return new Deputy(id, new LocalizedName(name, ru, kk, kkLatn, alternatives), birth);
        }
        catch (ArgumentException ex)
        {
            throw ctx.Fail(ex.ParamName is "english" ? path + ".name" : path, Clean(ex), ex);
        }
    }

    private static (SeatSource Source, string? Region, int? District) ParsePost(Input ctx, string path, string postId, ChamberKind chamber)
    {
        var chamberPrefix = PopoloIdentifiers.PostPrefix + PopoloIdentifiers.ChamberSlug(chamber) + "/";
        if (!postId.StartsWith(chamberPrefix, StringComparison.Ordinal))
        {
            throw ctx.Fail(path, $"\"{StrictLocalDateConverter.Truncate(postId)}\" is not a {chamber} post of the form {chamberPrefix}{{source}}/…; the seat source cannot be told.");
        }

        var rest = postId[chamberPrefix.Length..];
        var at = rest.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            rest = rest[..at];
        }

        var parts = rest.Split('/');
        SeatSource? source = null;
        foreach (var value in Enum.GetValues<SeatSource>())
        {
            if (PopoloIdentifiers.SourceSlug(value) == parts[0])
            {
                source = value;
            }
        }

        if (source is null || !int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || parts.Length > 3 || (parts.Length == 3 && source != SeatSource.ElectedByMaslikhats) || parts.Length < 2)
        {
            throw ctx.Fail(path, $"\"{StrictLocalDateConverter.Truncate(postId)}\" does not follow the post scheme {chamberPrefix}{{source}}[/{{region}}]/{{number}}.");
        }

        return source switch
        {
            SeatSource.SingleMemberDistrict => (source.Value, null, number),
            _ when parts.Length == 3 => (source.Value, parts[1], null),
            _ => (source.Value, null, null),
        };
    }

    private static string? Slug(Input ctx, List<PopoloImportIdentifierDto?>? identifiers, string path)
    {
        if (identifiers is null)
        {
            return null;
        }

        for (var j = 0; j < identifiers.Count; j++)
        {
            var identifier = identifiers[j] ?? throw ctx.Fail(string.Create(CultureInfo.InvariantCulture, $"{path}.identifiers[{j}]"), "Expected an object, found null.");
            if (identifier.Scheme == PopoloIdentifiers.Scheme)
            {
                return identifier.Identifier;
            }
        }

        return null;
    }

    private static Dictionary<string, (T Item, string Path)> Index<T>(Input ctx, List<T?>? items, string name, Func<T, string?> id)
        where T : class
    {
        var index = new Dictionary<string, (T, string)>(StringComparer.Ordinal);
        if (items is null)
        {
            return index;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.{name}[{i}]");
            var item = items[i] ?? throw ctx.Fail(path, "Expected an object, found null.");
            if (id(item) is { } key && !index.TryAdd(key, (item, path)))
            {
                throw ctx.Fail(path + ".id", $"The id \"{StrictLocalDateConverter.Truncate(key)}\" is used twice in \"{name}\".");
            }
        }

        return index;
    }

    private static LocalDate? Date(Input ctx, string? text, string path, string property)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success
            ? parsed.Value
            : throw ctx.Fail(path + "." + property, $"\"{StrictLocalDateConverter.Truncate(text)}\" is not a full ISO-8601 calendar date (uuuu-MM-dd); reduced dates such as \"2023\" cannot be imported.");
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// The ids of the organizations that are <paramref name="chamber"/>: this library's own id, the ids the options map to
    /// it, and the organizations of <c>$.organizations</c> whose <c>name</c> or <c>other_names</c> name it (in en, ru or kk,
    /// with the alternative spellings of <see cref="Names.Of(ChamberKind)"/>, as the whole name or as a word of it).
    /// </summary>
    private static HashSet<string> ChamberOrganizations(Input ctx, List<PopoloImportOrganizationDto?>? organizations, ChamberKind chamber, PopoloImportOptions options)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { PopoloIdentifiers.Chamber(chamber) };
        foreach (var (id, kind) in options.Organizations)
        {
            if (kind == chamber)
            {
                ids.Add(id);
            }
        }

        if (organizations is null)
        {
            return ids;
        }

        for (var i = 0; i < organizations.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.organizations[{i}]");
            var organization = organizations[i] ?? throw ctx.Fail(path, "Expected an object, found null.");
            if (organization.Id is not { } id || options.Organizations.ContainsKey(id) || id.StartsWith(PopoloIdentifiers.Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var names = new List<string>();
            if (organization.Name is { } name)
            {
                names.Add(name);
            }

            foreach (var other in organization.OtherNames ?? [])
            {
                if (other?.Name is { } otherName)
                {
                    names.Add(otherName);
                }
            }

            var named = Enum.GetValues<ChamberKind>().Where(k => names.Any(n => Names(k).Any(spelling => NameMatches(n, spelling)))).ToList();
            if (named.Count == 1 && named[0] == chamber)
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private static IEnumerable<string> Names(ChamberKind kind)
    {
        var name = Kz.Legislature.Names.Of(kind);
        return new[] { name.English, name.Russian, name.Kazakh, name.KazakhLatin }.Where(n => n is not null).Concat(name.Alternatives)!;
    }

    /// <summary>Whether <paramref name="name"/> is <paramref name="spelling"/>, or has it as a whole word (case and diacritics of the letters kept).</summary>
    private static bool NameMatches(string name, string spelling)
    {
        var at = name.IndexOf(spelling, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(name[at - 1]);
            var after = at + spelling.Length == name.Length || !char.IsLetterOrDigit(name[at + spelling.Length]);
            if (before && after)
            {
                return true;
            }

            at = name.IndexOf(spelling, at + 1, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    private static string NoMembershipOf(ChamberKind chamber, HashSet<string> organizations, Dictionary<string, List<string>> others)
    {
        var listed = string.Join("; ", others.Take(10).Select(o =>
            $"\"{StrictLocalDateConverter.Truncate(o.Key)}\" ({string.Join(", ", o.Value.Take(3))}{(o.Value.Count > 3 ? string.Create(CultureInfo.InvariantCulture, $" and {o.Value.Count - 3} more") : string.Empty)})"));
        var name = Kz.Legislature.Names.Of(chamber);
        return $"No membership is of the {name.English}: the memberships name the organizations {listed}{(others.Count > 10 ? " and others" : string.Empty)}, "
            + $"and none of them is {string.Join(" or ", organizations.Select(o => "\"" + StrictLocalDateConverter.Truncate(o) + "\""))} or an organization of \"organizations\" named {name.English}, {name.Russian} or {name.Kazakh}. "
            + $"Map the chamber's organization id with PopoloImportOptions.WithOrganization (for example WithOrganization(\"{StrictLocalDateConverter.Truncate(others.Keys.First())}\", ChamberKind.{chamber})).";
    }

    /// <summary>What the importer reads a membership with.</summary>
    private sealed class Reader(ChamberKind chamber, Dictionary<string, (PopoloImportPersonDto Item, string Path)> persons, Dictionary<string, (PopoloImportAreaDto Item, string Path)> areas, PopoloImportOptions options, LegislativeHistory? history)
    {
        private LegislativeHistory? regions = history;

        public ChamberKind Chamber => chamber;

        public Dictionary<string, (PopoloImportPersonDto Item, string Path)> Persons => persons;

        public Dictionary<string, (PopoloImportAreaDto Item, string Path)> Areas => areas;

        public PopoloImportOptions Options => options;

        /// <summary>The region of an area of another publisher: by its <c>wikidata</c> identifier, else by its name (any name the region ever had, in en, ru or kk).</summary>
        public string RegionOf(Input ctx, PopoloImportAreaDto area, string path, string areaId)
        {
            regions ??= LegislativeHistory.Kazakhstan;
            string? wikidata = null;
            foreach (var identifier in area.Identifiers ?? [])
            {
                if (identifier?.Scheme == "wikidata")
                {
                    wikidata = identifier.Identifier;
                }
            }

            var name = area.Name;
            var match = regions.Regions.FirstOrDefault(r => wikidata is not null && r.WikidataId == wikidata)
                ?? regions.Regions.FirstOrDefault(r => name is not null && r.Names.Any(n => Spellings(n.Value).Any(s => string.Equals(s, name.Trim(), StringComparison.OrdinalIgnoreCase))));
            return match?.Id ?? throw ctx.Fail(
                path,
                $"The area \"{StrictLocalDateConverter.Truncate(areaId)}\"{(name is null ? string.Empty : $" (\"{StrictLocalDateConverter.Truncate(name)}\")")} is no known region: it has no kz-legislature identifier, "
                + $"{(wikidata is null ? "no wikidata identifier" : $"its wikidata identifier {wikidata} is no region's")}, and its name is no region's name in en, ru or kk. Map it to a region id with PopoloImportOptions.WithArea.");
        }

        private static IEnumerable<string> Spellings(LocalizedName name) =>
            new[] { name.English, name.Russian, name.Kazakh, name.KazakhLatin }.Where(n => n is not null).Concat(name.Alternatives)!;
    }

    /// <summary>The document being read, for its errors: those of the serializer with its own path and line, and those found after it at a path.</summary>
    private sealed class Input(ReadOnlyMemory<byte> json, string? fileName)
    {
        /// <summary>An error found after deserializing, at <paramref name="path"/> (its line and position looked up in the document).</summary>
        public LegislatureJsonException Fail(string path, string reason, Exception? inner = null)
        {
            var position = JsonPositionLocator.Find(json.Span, path, MaxDepth);
            return new LegislatureJsonException(fileName, path, reason, position?.Line, position?.Position, inner);
        }

        /// <summary>
        /// An error of the serializer: the path, line and position are its own. The reason is, by where the error came from:
        /// a property given twice; malformed JSON, in the JSON reader's words; or a value of the wrong type, as what the
        /// importer reads there and what the document holds. The serializer's own messages, which name .NET types, are never shown.
        /// </summary>
        public LegislatureJsonException FromSerializer(JsonException ex)
        {
            var path = ex.Path ?? "$";
            var duplicate = JsonErrorText.DuplicateKey(ex.Message) ?? (ex.InnerException is { } inner ? JsonErrorText.DuplicateKey(inner.Message) : null);
            if (duplicate == UnusedProperty)
            {
                // A property the importer does not use, given twice: the serializer names the extension data, the path names the property.
                duplicate = LastProperty(path) ?? duplicate;
            }

            var reason = duplicate is { } name
                ? $"The property \"{StrictLocalDateConverter.Truncate(name)}\" is given twice; each property may appear once."
                : ex.InnerException is JsonException reader
                    ? JsonKinds.ReaderMessage(reader.Message)
                    : WrongValue(path);
            return new LegislatureJsonException(fileName, path, reason, ex.LineNumber, ex.BytePositionInLine, ex);
        }

        /// <summary>The name the serializer gives the extension data of the read shapes (<see cref="PopoloImportObject.Unused"/>, in snake_case).</summary>
        private const string UnusedProperty = "unused";

        /// <summary>The name of the property a path ends with (<c>.name</c> or <c>['odd name']</c>), or <see langword="null"/> for an array item or the root.</summary>
        private static string? LastProperty(string path)
        {
            if (path.EndsWith("']", StringComparison.Ordinal))
            {
                var open = path.LastIndexOf("['", StringComparison.Ordinal);
                return open < 0 ? null : path[(open + 2)..^2];
            }

            return path.EndsWith(']') || path == "$" ? null : path[(path.LastIndexOf('.') + 1)..];
        }

        private string WrongValue(string path)
        {
            var found = JsonPositionLocator.Describe(json.Span, path, MaxDepth);
            if (found is { Undecodable: true } undecodable)
            {
                return undecodable.Text.StartsWith("an object", StringComparison.Ordinal) ? "A property name of this object is not valid text: " + JsonKinds.InvalidUtf16Detail : JsonKinds.InvalidUtf16;
            }

            var expected = ExpectedAt(path);
            return JsonPositionLocator.KindAt(json.Span, path, MaxDepth) is { } kind
                ? $"Expected {expected}, found {kind}."
                : $"The value is not {expected}.";
        }

        /// <summary>What the importer reads at <paramref name="path"/>: the document and the items of its arrays are objects, the arrays are arrays, every other value it reads a string.</summary>
        private static string ExpectedAt(string path)
        {
            if (path == "$" || (path.EndsWith(']') && !path.EndsWith("']", StringComparison.Ordinal)))
            {
                return "an object";
            }

            var property = path[(path.LastIndexOf('.') + 1)..];
            return PopoloImportJsonContext.IsArray(property) ? "an array" : "a string";
        }
    }

    private static string Clean(ArgumentException ex)
    {
        var cut = ex.Message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut >= 0 ? ex.Message[..cut] : ex.Message;
    }
}

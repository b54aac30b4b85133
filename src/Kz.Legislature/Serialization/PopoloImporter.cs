using System.Globalization;
using System.Text.Json;
using Kz.Legislature.History;
using Kz.Legislature.Internal;
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
/// <see cref="MaxDocumentBytes"/>, wrong types, incomplete dates and values the model rejects all throw
/// <see cref="LegislatureJsonException"/> with the path and position. Nothing partial is returned.</para>
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
        return Import(CompositionJson.ReadAll(popoloJson, fileName, MaxDocumentBytes), chamber, date, history, fileName, options ?? PopoloImportOptions.Default);
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
    public static ChamberComposition ImportMemberships(string popoloJson, ChamberKind chamber, LocalDate date, LegislativeHistory? history = null, string? fileName = null, PopoloImportOptions? options = null) =>
        Import(CompositionJson.Encode(popoloJson, fileName, MaxDocumentBytes), chamber, date, history, fileName, options ?? PopoloImportOptions.Default);

    private static ChamberComposition Import(byte[] bytes, ChamberKind chamber, LocalDate date, LegislativeHistory? history, string? fileName, PopoloImportOptions options)
    {
        if (!Enum.IsDefined(chamber))
        {
            throw Internal.ArgumentErrors.OutOfRange(nameof(chamber), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{chamber} is not a defined chamber."));
        }

        var json = bytes.AsSpan();
        if (json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            json = json[3..];
        }

        var ctx = new CompositionJson.ReadContext(json, fileName);
        CompositionJson.CheckUtf8(ref ctx);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = MaxDepth, AllowDuplicateProperties = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException ex)
        {
            throw CompositionJson.FromDocumentException(ex, fileName);
        }
        catch (InvalidOperationException ex)
        {
            // The duplicate-key check decodes property names: an escaped lone surrogate ("\uD800") throws here.
            throw new LegislatureJsonException(fileName, "$", "A property name is not valid text: " + JsonKinds.InvalidUtf16Detail, innerException: ex);
        }

        using (document)
        {
            return Map(ref ctx, document.RootElement, chamber, date, history, options);
        }
    }

    private static ChamberComposition Map(ref CompositionJson.ReadContext ctx, JsonElement root, ChamberKind chamber, LocalDate date, LegislativeHistory? history, PopoloImportOptions options)
    {
        Expect(ref ctx, root, "$", JsonValueKind.Object, "an object");
        var persons = Index(ref ctx, root, "persons");
        var areas = Index(ref ctx, root, "areas");
        if (!root.TryGetProperty("memberships", out var memberships))
        {
            throw ctx.Fail("$", "The document has no \"memberships\".");
        }

        Expect(ref ctx, memberships, "$.memberships", JsonValueKind.Array, "an array");
        var organizations = ChamberOrganizations(ref ctx, root, chamber, options);
        var others = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var ofChamber = 0;
        var reader = new Reader(chamber, persons, areas, options, history);
        var mandates = new List<Mandate>();
        string? period = null;
        var periodAgreed = true;
        var i = -1;
        foreach (var ms in memberships.EnumerateArray())
        {
            i++;
            var path = string.Create(CultureInfo.InvariantCulture, $"$.memberships[{i}]");
            Expect(ref ctx, ms, path, JsonValueKind.Object, "an object");
            var organizationId = OptionalString(ref ctx, ms, path, "organization_id");
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
            if (OptionalString(ref ctx, ms, path, "post_id") is { } officePost && PopoloExporter.IsOfficePost(officePost, chamber))
            {
                // A chair's (or deputy chair's) membership, as the history export writes them: an office, not a seat.
                continue;
            }

            var start = Date(ref ctx, ms, path, "start_date") ?? throw ctx.Fail(path, "A membership of the chamber has no \"start_date\"; every membership needs the first day it runs.");
            var end = Date(ref ctx, ms, path, "end_date");
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

            var membershipPeriod = OptionalString(ref ctx, ms, path, "legislative_period_id");
            if (mandates.Count == 0)
            {
                period = membershipPeriod;
            }
            else if (period != membershipPeriod)
            {
                periodAgreed = false;
            }

            mandates.Add(ToMandate(ref ctx, ms, path, start, end, reader));
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

    private static Mandate ToMandate(ref CompositionJson.ReadContext ctx, JsonElement ms, string path, LocalDate start, LocalDate? end, Reader reader)
    {
        var (chamber, persons, areas, options) = (reader.Chamber, reader.Persons, reader.Areas, reader.Options);
        var personId = OptionalString(ref ctx, ms, path, "person_id") ?? throw ctx.Fail(path, "A membership of the chamber has no \"person_id\".");
        if (!persons.TryGetValue(personId, out var person))
        {
            throw ctx.Fail(path + ".person_id", $"No person with id \"{StrictLocalDateConverter.Truncate(personId)}\" is in \"persons\".");
        }

        var deputy = ToDeputy(ref ctx, person.Element, person.Path, personId);
        var postId = OptionalString(ref ctx, ms, path, "post_id");
        SeatSource source;
        string? postRegion = null;
        int? district = null;
        if (postId is not null && postId.StartsWith(PopoloIdentifiers.PostPrefix, StringComparison.Ordinal))
        {
            (source, postRegion, district) = ParsePost(ref ctx, path + ".post_id", postId, chamber);
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
        if (OptionalString(ref ctx, ms, path, "area_id") is { } areaId)
        {
            if (options.Areas.TryGetValue(areaId, out var mappedRegion))
            {
                region = mappedRegion;
            }
            else if (areas.TryGetValue(areaId, out var area))
            {
                region = Slug(ref ctx, area.Element, area.Path) ?? reader.RegionOf(ref ctx, area.Element, area.Path, areaId);
            }
        }

        region ??= postRegion;
        var party = OptionalString(ref ctx, ms, path, "on_behalf_of_id");
        if (party is not null && party.StartsWith(PopoloIdentifiers.Prefix + "party/", StringComparison.Ordinal))
        {
            party = party[(PopoloIdentifiers.Prefix.Length + "party/".Length)..];
        }
        else if (party is not null && options.Parties.TryGetValue(party, out var mappedParty))
        {
            party = mappedParty;
        }

        MandateEndReason? reason = null;
        if (OptionalString(ref ctx, ms, path, "end_reason") is { } reasonText)
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

    private static Deputy ToDeputy(ref CompositionJson.ReadContext ctx, JsonElement person, string path, string personId)
    {
        var name = OptionalString(ref ctx, person, path, "name") ?? throw ctx.Fail(path, "A person has no \"name\".");
        string? ru = null, kk = null, kkLatn = null;
        var alternatives = new List<string>();
        if (person.TryGetProperty("other_names", out var others) && others.ValueKind != JsonValueKind.Null)
        {
            Expect(ref ctx, others, path + ".other_names", JsonValueKind.Array, "an array");
            var j = -1;
            foreach (var other in others.EnumerateArray())
            {
                j++;
                var otherPath = string.Create(CultureInfo.InvariantCulture, $"{path}.other_names[{j}]");
                Expect(ref ctx, other, otherPath, JsonValueKind.Object, "an object");
                var value = OptionalString(ref ctx, other, otherPath, "name");
                var note = OptionalString(ref ctx, other, otherPath, "note");
                var ours = note is "ru" or "kk" or "kk-Latn" or "alternative";
                if (!ours)
                {
                    // Other publishers (EveryPolitician) say the language in "lang"; a name in another language is an alternative spelling.
                    note = OptionalString(ref ctx, other, otherPath, "lang") switch
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

        var id = Slug(ref ctx, person, path) ?? (personId.StartsWith(PopoloIdentifiers.Prefix + "person/", StringComparison.Ordinal) ? personId[(PopoloIdentifiers.Prefix.Length + "person/".Length)..] : personId);
        var birth = Date(ref ctx, person, path, "birth_date");
        try
        {
            return new Deputy(id, new LocalizedName(name, ru, kk, kkLatn, alternatives), birth);
        }
        catch (ArgumentException ex)
        {
            throw ctx.Fail(ex.ParamName is "english" ? path + ".name" : path, Clean(ex), ex);
        }
    }

    private static (SeatSource Source, string? Region, int? District) ParsePost(ref CompositionJson.ReadContext ctx, string path, string postId, ChamberKind chamber)
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

    private static string? Slug(ref CompositionJson.ReadContext ctx, JsonElement element, string path)
    {
        if (!element.TryGetProperty("identifiers", out var identifiers) || identifiers.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(ref ctx, identifiers, path + ".identifiers", JsonValueKind.Array, "an array");
        var j = -1;
        foreach (var identifier in identifiers.EnumerateArray())
        {
            j++;
            var idPath = string.Create(CultureInfo.InvariantCulture, $"{path}.identifiers[{j}]");
            Expect(ref ctx, identifier, idPath, JsonValueKind.Object, "an object");
            if (OptionalString(ref ctx, identifier, idPath, "scheme") == PopoloIdentifiers.Scheme)
            {
                return OptionalString(ref ctx, identifier, idPath, "identifier");
            }
        }

        return null;
    }

    private static Dictionary<string, (JsonElement Element, string Path)> Index(ref CompositionJson.ReadContext ctx, JsonElement root, string name)
    {
        var index = new Dictionary<string, (JsonElement, string)>(StringComparer.Ordinal);
        if (!root.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return index;
        }

        Expect(ref ctx, array, "$." + name, JsonValueKind.Array, "an array");
        var i = -1;
        foreach (var item in array.EnumerateArray())
        {
            i++;
            var path = string.Create(CultureInfo.InvariantCulture, $"$.{name}[{i}]");
            Expect(ref ctx, item, path, JsonValueKind.Object, "an object");
            if (OptionalString(ref ctx, item, path, "id") is { } id && !index.TryAdd(id, (item, path)))
            {
                throw ctx.Fail(path + ".id", $"The id \"{StrictLocalDateConverter.Truncate(id)}\" is used twice in \"{name}\".");
            }
        }

        return index;
    }

    private static string? OptionalString(ref CompositionJson.ReadContext ctx, JsonElement element, string path, string property)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(ref ctx, value, path + "." + property, JsonValueKind.String, "a string");
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException ex)
        {
            // An escaped lone surrogate ("\uD800") cannot be decoded.
            throw ctx.Fail(path + "." + property, JsonKinds.InvalidUtf16, ex);
        }
    }

    private static LocalDate? Date(ref CompositionJson.ReadContext ctx, JsonElement element, string path, string property)
    {
        var text = OptionalString(ref ctx, element, path, property);
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success
            ? parsed.Value
            : throw ctx.Fail(path + "." + property, $"\"{StrictLocalDateConverter.Truncate(text)}\" is not a full ISO-8601 calendar date (uuuu-MM-dd); reduced dates such as \"2023\" cannot be imported.");
    }

    private static void Expect(ref CompositionJson.ReadContext ctx, JsonElement element, string path, JsonValueKind kind, string description)
    {
        if (element.ValueKind != kind)
        {
            throw ctx.Fail(path, $"Expected {description}, found {JsonKinds.Describe(element.ValueKind)}.");
        }
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// The ids of the organizations that are <paramref name="chamber"/>: this library's own id, the ids the options map to
    /// it, and the organizations of <c>$.organizations</c> whose <c>name</c> or <c>other_names</c> name it (in en, ru or kk,
    /// with the alternative spellings of <see cref="Names.Of(ChamberKind)"/>, as the whole name or as a word of it).
    /// </summary>
    private static HashSet<string> ChamberOrganizations(ref CompositionJson.ReadContext ctx, JsonElement root, ChamberKind chamber, PopoloImportOptions options)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { PopoloIdentifiers.Chamber(chamber) };
        foreach (var (id, kind) in options.Organizations)
        {
            if (kind == chamber)
            {
                ids.Add(id);
            }
        }

        if (!root.TryGetProperty("organizations", out var organizations) || organizations.ValueKind == JsonValueKind.Null)
        {
            return ids;
        }

        Expect(ref ctx, organizations, "$.organizations", JsonValueKind.Array, "an array");
        var i = -1;
        foreach (var organization in organizations.EnumerateArray())
        {
            i++;
            var path = string.Create(CultureInfo.InvariantCulture, $"$.organizations[{i}]");
            Expect(ref ctx, organization, path, JsonValueKind.Object, "an object");
            if (OptionalString(ref ctx, organization, path, "id") is not { } id || options.Organizations.ContainsKey(id) || id.StartsWith(PopoloIdentifiers.Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var names = new List<string>();
            if (OptionalString(ref ctx, organization, path, "name") is { } name)
            {
                names.Add(name);
            }

            if (organization.TryGetProperty("other_names", out var others) && others.ValueKind == JsonValueKind.Array)
            {
                var j = -1;
                foreach (var other in others.EnumerateArray())
                {
                    j++;
                    if (other.ValueKind == JsonValueKind.Object && OptionalString(ref ctx, other, string.Create(CultureInfo.InvariantCulture, $"{path}.other_names[{j}]"), "name") is { } otherName)
                    {
                        names.Add(otherName);
                    }
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
    private sealed class Reader(ChamberKind chamber, Dictionary<string, (JsonElement Element, string Path)> persons, Dictionary<string, (JsonElement Element, string Path)> areas, PopoloImportOptions options, LegislativeHistory? history)
    {
        private LegislativeHistory? regions = history;

        public ChamberKind Chamber => chamber;

        public Dictionary<string, (JsonElement Element, string Path)> Persons => persons;

        public Dictionary<string, (JsonElement Element, string Path)> Areas => areas;

        public PopoloImportOptions Options => options;

        /// <summary>The region of an area of another publisher: by its <c>wikidata</c> identifier, else by its name (any name the region ever had, in en, ru or kk).</summary>
        public string RegionOf(ref CompositionJson.ReadContext ctx, JsonElement area, string path, string areaId)
        {
            regions ??= LegislativeHistory.Kazakhstan;
            string? wikidata = null;
            if (area.TryGetProperty("identifiers", out var identifiers) && identifiers.ValueKind == JsonValueKind.Array)
            {
                var j = -1;
                foreach (var identifier in identifiers.EnumerateArray())
                {
                    j++;
                    var idPath = string.Create(CultureInfo.InvariantCulture, $"{path}.identifiers[{j}]");
                    if (identifier.ValueKind == JsonValueKind.Object && OptionalString(ref ctx, identifier, idPath, "scheme") == "wikidata")
                    {
                        wikidata = OptionalString(ref ctx, identifier, idPath, "identifier");
                    }
                }
            }

            var name = OptionalString(ref ctx, area, path, "name");
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

    private static string Clean(ArgumentException ex)
    {
        var cut = ex.Message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut >= 0 ? ex.Message[..cut] : ex.Message;
    }
}

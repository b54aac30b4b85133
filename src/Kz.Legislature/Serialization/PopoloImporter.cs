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
    /// <returns>The composition, its mandates in the order of the memberships.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="popoloJson"/> is null.</exception>
    /// <exception cref="LegislatureJsonException">The document cannot be imported; the exception gives the path and position.</exception>
    public static ChamberComposition ImportMemberships(Stream popoloJson, ChamberKind chamber, LocalDate date, LegislativeHistory? history = null, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(popoloJson);
        return Import(CompositionJson.ReadAll(popoloJson, fileName, MaxDocumentBytes), chamber, date, history, fileName);
    }

    /// <summary>Imports the memberships of <paramref name="chamber"/> that run on <paramref name="date"/> from a JSON string.</summary>
    /// <param name="popoloJson">The Popolo JSON document.</param>
    /// <param name="chamber">The chamber whose memberships to import.</param>
    /// <param name="date">The date of the composition.</param>
    /// <param name="history">The history used to resolve convocations, or <see langword="null"/> for the embedded one.</param>
    /// <param name="fileName">A name for the document used in error messages, or <see langword="null"/>.</param>
    /// <returns>The composition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="popoloJson"/> is null.</exception>
    /// <exception cref="LegislatureJsonException">The document cannot be imported.</exception>
    public static ChamberComposition ImportMemberships(string popoloJson, ChamberKind chamber, LocalDate date, LegislativeHistory? history = null, string? fileName = null) =>
        Import(CompositionJson.Encode(popoloJson, fileName, MaxDocumentBytes), chamber, date, history, fileName);

    private static ChamberComposition Import(byte[] bytes, ChamberKind chamber, LocalDate date, LegislativeHistory? history, string? fileName)
    {
        if (!Enum.IsDefined(chamber))
        {
            throw new ArgumentOutOfRangeException(nameof(chamber), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{chamber} is not a defined chamber."));
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
            throw CompositionJson.FromJsonException(ex, fileName, json);
        }
        catch (InvalidOperationException ex)
        {
            // The duplicate-key check decodes property names: an escaped lone surrogate ("\uD800") throws here.
            throw new LegislatureJsonException(fileName, "$", "A property name is not valid text: " + JsonKinds.InvalidUtf16Detail, innerException: ex);
        }

        using (document)
        {
            return Map(ref ctx, document.RootElement, chamber, date, history);
        }
    }

    private static ChamberComposition Map(ref CompositionJson.ReadContext ctx, JsonElement root, ChamberKind chamber, LocalDate date, LegislativeHistory? history)
    {
        Expect(ref ctx, root, "$", JsonValueKind.Object, "an object");
        var persons = Index(ref ctx, root, "persons");
        var areas = Index(ref ctx, root, "areas");
        if (!root.TryGetProperty("memberships", out var memberships))
        {
            throw ctx.Fail("$", "The document has no \"memberships\".");
        }

        Expect(ref ctx, memberships, "$.memberships", JsonValueKind.Array, "an array");
        var organization = PopoloIdentifiers.Chamber(chamber);
        var mandates = new List<Mandate>();
        string? period = null;
        var periodAgreed = true;
        var i = -1;
        foreach (var ms in memberships.EnumerateArray())
        {
            i++;
            var path = string.Create(CultureInfo.InvariantCulture, $"$.memberships[{i}]");
            Expect(ref ctx, ms, path, JsonValueKind.Object, "an object");
            if (OptionalString(ref ctx, ms, path, "organization_id") != organization)
            {
                continue;
            }

            var start = Date(ref ctx, ms, path, "start_date") ?? throw ctx.Fail(path, "A membership of the chamber has no \"start_date\".");
            var end = Date(ref ctx, ms, path, "end_date");
            if (end is { } last && last <= start)
            {
                // Checked for every membership of the chamber, running on the date or not: a broken document is rejected whole.
                throw ctx.Fail(path + ".end_date", $"The end {Iso(last)} must be after the start {Iso(start)} (end_date is exclusive: the first day the membership no longer runs).");
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

            mandates.Add(ToMandate(ref ctx, ms, path, chamber, start, end, persons, areas));
        }

        int? convocation = null;
        if (periodAgreed && period is not null && period.StartsWith(PopoloIdentifiers.Prefix + "convocation/", StringComparison.Ordinal))
        {
            var id = period[(PopoloIdentifiers.Prefix.Length + "convocation/".Length)..];
            convocation = (history ?? LegislativeHistory.Kazakhstan).Convocations.FirstOrDefault(c => c.Id == id && c.Body == PopoloExporter.BodyOf(chamber))?.Number;
        }

        return chamber switch
        {
            ChamberKind.Senate => new Senate(date, mandates, convocation),
            ChamberKind.Mazhilis => new Mazhilis(date, mandates, convocation),
            ChamberKind.Kurultai => new Kurultai(date, mandates, convocation),
            _ => new SupremeCouncil(date, mandates, convocation),
        };
    }

    private static Mandate ToMandate(ref CompositionJson.ReadContext ctx, JsonElement ms, string path, ChamberKind chamber, LocalDate start, LocalDate? end, Dictionary<string, (JsonElement Element, string Path)> persons, Dictionary<string, (JsonElement Element, string Path)> areas)
    {
        var personId = OptionalString(ref ctx, ms, path, "person_id") ?? throw ctx.Fail(path, "A membership of the chamber has no \"person_id\".");
        if (!persons.TryGetValue(personId, out var person))
        {
            throw ctx.Fail(path + ".person_id", $"No person with id \"{StrictLocalDateConverter.Truncate(personId)}\" is in \"persons\".");
        }

        var deputy = ToDeputy(ref ctx, person.Element, person.Path, personId);
        var postId = OptionalString(ref ctx, ms, path, "post_id") ?? throw ctx.Fail(path, "A membership of the chamber has no \"post_id\"; the seat source comes from the post.");
        var (source, postRegion, district) = ParsePost(ref ctx, path + ".post_id", postId, chamber);

        string? region = null;
        if (OptionalString(ref ctx, ms, path, "area_id") is { } areaId && areas.TryGetValue(areaId, out var area))
        {
            region = Slug(ref ctx, area.Element, area.Path);
        }

        region ??= postRegion;
        var party = OptionalString(ref ctx, ms, path, "on_behalf_of_id");
        if (party is not null && party.StartsWith(PopoloIdentifiers.Prefix + "party/", StringComparison.Ordinal))
        {
            party = party[(PopoloIdentifiers.Prefix.Length + "party/".Length)..];
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
                switch (OptionalString(ref ctx, other, otherPath, "note"))
                {
                    case "ru": ru = value; break;
                    case "kk": kk = value; break;
                    case "kk-Latn": kkLatn = value; break;
                    case "alternative" when value is not null: alternatives.Add(value); break;
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

    private static string Clean(ArgumentException ex)
    {
        var cut = ex.Message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut >= 0 ? ex.Message[..cut] : ex.Message;
    }
}

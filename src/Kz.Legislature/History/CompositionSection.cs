using Kz.Legislature.History.Loading;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

// The dataset's optional top-level "compositions" section (the party composition of each sitting at its formation):
// its wire shapes, read strictly by a source-generated serializer, and the load-time checks against the rest of the
// dataset. The loader hooks it in with one property on Dataset and one call in LegislativeHistory.

/// <summary>A source: <c>{ "url", "title" }</c>.</summary>
internal sealed class CompositionSourceDto
{
    public required string Url { get; init; }

    public required string Title { get; init; }
}

/// <summary>One row: <c>{ "holder", "party"?, "label"?, "source", "seats", "election"?, "note"? }</c>.</summary>
internal sealed class CompositionRowDto
{
    public required string Holder { get; init; }

    public string? Party { get; init; }

    public string? Label { get; init; }

    public required string? Source { get; init; }

    public required int Seats { get; init; }

    public string? Election { get; init; }

    public string? Note { get; init; }
}

/// <summary>One composition: <c>{ "sitting", "seats", "vacantSeats", "sources", "confidence", "note"? }</c>.</summary>
internal sealed class CompositionDto
{
    public required string Sitting { get; init; }

    public required List<CompositionRowDto> Seats { get; init; }

    public required int VacantSeats { get; init; }

    public required List<CompositionSourceDto> Sources { get; init; }

    public required string Confidence { get; init; }

    public string? Note { get; init; }
}

/// <summary>The source-generated serializer metadata for the compositions section: strict, no reflection at run time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    AllowDuplicateProperties = false,
    MaxDepth = Kz.Legislature.Internal.StrictInput.MaxDepth)]
[JsonSerializable(typeof(List<CompositionDto>))]
internal sealed partial class CompositionSectionContext : JsonSerializerContext
{
}

/// <summary>The compositions section as read: the rows and the file they came from.</summary>
internal sealed record CompositionSection(string FileName, IReadOnlyList<CompositionDto> Items)
{
    public static CompositionSection Empty(string fileName) => new(fileName, []);
}

/// <summary>Reads the compositions section and builds the checked <see cref="PartyComposition"/> records.</summary>
internal static partial class CompositionSectionReader
{
    private const string Root = "$.compositions";

    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["compositions"] = "an array of compositions (objects)",
        ["compositions[]"] = "a composition (an object with sitting, seats, vacantSeats, sources and confidence)",
        ["sitting"] = "a string (a sitting's id)",
        ["seats"] = "an array of rows (objects with holder, source and seats)",
        ["seats[]"] = "a row (an object with holder, source and seats)",
        ["vacantSeats"] = "a whole number (0 or more)",
        ["sources"] = "an array of sources (objects with url and title)",
        ["sources[]"] = "a source (an object with url and title)",
        ["confidence"] = "a string: high, medium or low",
        ["holder"] = "a string: party, independent, selfNominated, group or unknown",
        ["party"] = "a string (a party's id) or null",
        ["label"] = "a string or null",
        ["source"] = "a seat source string (for example partyList) or null",
        ["election"] = "a string (an election's id) or null",
        ["note"] = "a string or null",
        ["url"] = "a string (an http or https address)",
        ["title"] = "a string",
    };

    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["compositions[]"] = "sitting, seats, vacantSeats, sources, confidence, note",
        ["seats[]"] = "holder, party, label, source, seats, election, note",
        ["sources[]"] = "url, title",
    };

    /// <summary>Reads the section from the dataset's root object; an absent or null section is empty.</summary>
    public static CompositionSection Read(JsonElement root, string fileName)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("compositions", out var section) || section.ValueKind == JsonValueKind.Null)
        {
            return CompositionSection.Empty(fileName);
        }

        try
        {
            var items = section.Deserialize(CompositionSectionContext.Default.ListCompositionDto)
                ?? throw new LegislativeDataException(fileName, Root, "Expected " + Expected["compositions"] + ", found null.");
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is null)
                {
                    throw new LegislativeDataException(fileName, Index(Root, i), "Expected " + Expected["compositions[]"] + ", found null.");
                }

                for (var j = 0; j < items[i].Seats.Count; j++)
                {
                    if (items[i].Seats[j] is null)
                    {
                        throw new LegislativeDataException(fileName, Index(Index(Root, i) + ".seats", j), "Expected " + Expected["seats[]"] + ", found null.");
                    }
                }
            }

            return new CompositionSection(fileName, items);
        }
        catch (JsonException ex)
        {
            var path = Root + (ex.Path ?? "$")[1..];
            throw new LegislativeDataException(fileName, path, Reason(ex.Message, path), innerException: ex);
        }
    }

    /// <summary>Checks the section against the dataset and builds the compositions, keyed by sitting id.</summary>
    /// <param name="section">The section as read.</param>
    /// <param name="data">The rest of the dataset.</param>
    /// <param name="heldTo">The chamber rules a sitting is held to on a date.</param>
    public static Dictionary<string, PartyComposition> Build(CompositionSection section, Dataset data, Func<Sitting, LocalDate, ChamberRules> heldTo)
    {
        var file = section.FileName;
        var sittings = data.Sittings.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var parties = data.Parties.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var elections = data.Elections.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var result = new Dictionary<string, PartyComposition>(StringComparer.Ordinal);
        var firstPath = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < section.Items.Count; i++)
        {
            var dto = section.Items[i];
            var path = Index(Root, i);
            if (!sittings.TryGetValue(dto.Sitting, out var sitting))
            {
                throw new LegislativeDataException(file, path + ".sitting", $"No sitting has the id '{dto.Sitting}'. Known sittings: {string.Join(", ", sittings.Keys)}.");
            }

            if (firstPath.TryGetValue(dto.Sitting, out var earlier))
            {
                throw new LegislativeDataException(file, path + ".sitting", $"Sitting '{dto.Sitting}' already has a composition at {earlier}; give each sitting one.");
            }

            firstPath[dto.Sitting] = path;
            if (dto.VacantSeats < 0)
            {
                throw new LegislativeDataException(file, path + ".vacantSeats", $"vacantSeats must be 0 or more, found {dto.VacantSeats.ToString(CultureInfo.InvariantCulture)}.");
            }

            var rows = new List<CompositionSeats>();
            for (var j = 0; j < dto.Seats.Count; j++)
            {
                rows.Add(ReadRow(file, Index(path + ".seats", j), dto.Seats[j], sitting, parties, elections));
            }

            CheckAgainstElections(file, path, rows);
            var rules = heldTo(sitting, sitting.Period.Start);
            CheckAgainstRules(file, path, sitting, rules, rows, dto.VacantSeats);
            var provenance = new Provenance(ReadSources(file, path + ".sources", dto.Sources), ParseEnum<Confidence>(file, path + ".confidence", dto.Confidence), dto.Note);
            result[sitting.Id] = new PartyComposition(sitting, rows, dto.VacantSeats, rules.StatutorySeats, provenance);
        }

        return result;
    }

    private static CompositionSeats ReadRow(string file, string path, CompositionRowDto row, Sitting sitting, Dictionary<string, Party> parties, Dictionary<string, Election> elections)
    {
        var holder = ParseEnum<SeatHolderKind>(file, path + ".holder", row.Holder);
        SeatSource? source = row.Source is null ? null : ParseEnum<SeatSource>(file, path + ".source", row.Source);
        if (row.Seats < 1)
        {
            throw new LegislativeDataException(file, path + ".seats", $"seats must be 1 or more, found {row.Seats.ToString(CultureInfo.InvariantCulture)}; leave out a row with no seats.");
        }

        if (row.Seats > Loading.DatasetMapper.MaxSeats)
        {
            throw new LegislativeDataException(file, path + ".seats", $"seats must be at most {Loading.DatasetMapper.MaxSeats.ToString(CultureInfo.InvariantCulture)}, found {row.Seats.ToString(CultureInfo.InvariantCulture)}.");
        }

        Party? party = null;
        if (holder == SeatHolderKind.Party)
        {
            if (row.Party is null)
            {
                throw new LegislativeDataException(file, path + ".party", "A row whose holder is 'party' names the party: give a party id.");
            }

            if (!parties.TryGetValue(row.Party, out party))
            {
                throw new LegislativeDataException(file, path + ".party", $"No party has the id '{row.Party}'. Known parties: {string.Join(", ", parties.Keys)}.");
            }
        }
        else if (row.Party is not null)
        {
            throw new LegislativeDataException(file, path + ".party", $"Only a row whose holder is 'party' names a party; this row's holder is '{row.Holder}'. Set holder to 'party' or party to null.");
        }

        if (holder == SeatHolderKind.Group && string.IsNullOrWhiteSpace(row.Label))
        {
            throw new LegislativeDataException(file, path + ".label", "A row whose holder is 'group' gives the group's label as published.");
        }

        if (row.Label is not null && string.IsNullOrWhiteSpace(row.Label))
        {
            throw new LegislativeDataException(file, path + ".label", "A label is a non-blank string, or null.");
        }

        Election? election = null;
        if (row.Election is not null)
        {
            if (!elections.TryGetValue(row.Election, out election))
            {
                throw new LegislativeDataException(file, path + ".election", $"No election has the id '{row.Election}'.");
            }

            if (election.Chamber != sitting.Chamber)
            {
                throw new LegislativeDataException(file, path + ".election", $"Election '{election.Id}' elected the {EnglishNames.Of(election.Chamber)}, but sitting '{sitting.Id}' is of the {EnglishNames.Of(sitting.Chamber)}.");
            }
        }

        return new CompositionSeats(holder, party, row.Label, source, row.Seats, election, row.Note);
    }

    // A row taken from an election is checked against the published result: the row of the same party (or, for a
    // non-party row, of the same label); the rows' sum equals its seats, and the list and district rows its list and
    // district seats, wherever the result gives them.
    private static void CheckAgainstElections(string file, string path, List<CompositionSeats> rows)
    {
        var groups = rows.Select((r, j) => (Row: r, Index: j)).Where(x => x.Row.Election is not null)
            .GroupBy(x => (x.Row.Election!.Id, Key: x.Row.Party?.Id ?? x.Row.Label ?? string.Empty));
        foreach (var g in groups)
        {
            var first = g.First();
            var rowPath = Index(path + ".seats", first.Index);
            var election = first.Row.Election!;
            var published = election.Results.FirstOrDefault(r => first.Row.Party is not null
                ? string.Equals(r.PartyId, first.Row.Party.Id, StringComparison.Ordinal)
                : r.PartyId is null && string.Equals(r.Label, first.Row.Label, StringComparison.Ordinal));
            var who = first.Row.Party is not null ? $"party '{first.Row.Party.Id}'" : $"label '{first.Row.Label}'";
            if (published is null)
            {
                throw new LegislativeDataException(file, rowPath + ".election", $"Election '{election.Id}' has no result row for {who}; a row taken from an election names a party or label of its results.");
            }

            Compare(file, rowPath, election, who, "seats", published.Seats, g.Sum(x => x.Row.Seats));
            Compare(file, rowPath, election, who, "list seats", published.ListSeats, g.Where(x => x.Row.Source == SeatSource.PartyList).Sum(x => x.Row.Seats));
            Compare(file, rowPath, election, who, "district seats", published.DistrictSeats, g.Where(x => x.Row.Source == SeatSource.SingleMemberDistrict).Sum(x => x.Row.Seats));
        }
    }

    private static void Compare(string file, string rowPath, Election election, string who, string what, int? published, int counted)
    {
        if (published is { } expected && expected != counted)
        {
            throw new LegislativeDataException(
                file,
                rowPath + ".seats",
                string.Create(CultureInfo.InvariantCulture, $"The composition gives {who} {counted} {what} from election '{election.Id}', but the election's result gives {expected}; make the rows agree with the published result."));
        }
    }

    private static void CheckAgainstRules(string file, string path, Sitting sitting, ChamberRules rules, List<CompositionSeats> rows, int vacant)
    {
        var on = Preconditions.Iso(sitting.Period.Start);
        foreach (var bySource in rows.Where(r => r.Source is not null).GroupBy(r => r.Source!.Value))
        {
            var allotted = rules.SeatPlan.Where(a => a.Source == bySource.Key).Sum(a => a.Seats);
            var counted = bySource.Sum(r => r.Seats);
            if (counted > allotted)
            {
                throw new LegislativeDataException(
                    file,
                    path + ".seats",
                    string.Create(CultureInfo.InvariantCulture, $"The rows give {counted} seats filled as '{JsonNamingPolicy.CamelCase.ConvertName(bySource.Key.ToString())}', but the rules sitting '{sitting.Id}' is held to on {on} ({sitting.HeldToRuleSetId}) allot {allotted} seats that way."));
            }
        }

        var filled = rows.Sum(r => r.Seats);
        if (filled + vacant != rules.StatutorySeats)
        {
            throw new LegislativeDataException(
                file,
                path + ".seats",
                string.Create(CultureInfo.InvariantCulture, $"The composition accounts for {filled + vacant} seats ({filled} in its rows + {vacant} vacant), but sitting '{sitting.Id}' is held to {rules.StatutorySeats} seats on {on} (rule set {sitting.HeldToRuleSetId}); state the difference as vacantSeats or as rows whose holder is 'unknown', with a note."));
        }
    }

    private static List<SourceReference> ReadSources(string file, string path, List<CompositionSourceDto> sources)
    {
        if (sources.Count == 0)
        {
            throw new LegislativeDataException(file, path, "At least one source is required: no fact without a source.");
        }

        var list = new List<SourceReference>();
        for (var i = 0; i < sources.Count; i++)
        {
            var s = sources[i] ?? throw new LegislativeDataException(file, Index(path, i), "Expected " + Expected["sources[]"] + ", found null.");
            var url = s.Url;
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || url.Any(c => c > '\u007e' || char.IsWhiteSpace(c)))
            {
                throw new LegislativeDataException(file, Index(path, i) + ".url", $"A source URL must be an absolute http(s) address written in ASCII (other characters percent-encoded), found '{url}'.");
            }

            if (string.IsNullOrWhiteSpace(s.Title))
            {
                throw new LegislativeDataException(file, Index(path, i) + ".title", "A source's title is a non-blank string.");
            }

            list.Add(new SourceReference(uri, s.Title));
        }

        return list;
    }

    private static T ParseEnum<T>(string file, string path, string value)
        where T : struct, Enum
    {
        foreach (var v in Enum.GetValues<T>())
        {
            if (string.Equals(JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), value, StringComparison.Ordinal))
            {
                return v;
            }
        }

        var allowed = string.Join(", ", Enum.GetValues<T>().Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString())));
        throw new LegislativeDataException(file, path, $"Unknown value '{value}'. Expected one of: {allowed}.");
    }

    private static string Index(string path, int i) => path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";

    // The serializer's messages name .NET types and members; the reason names the property, what was found and what
    // would be accepted.
    private static string Reason(string message, string path)
    {
        var unmapped = UnmappedProperty().Match(message);
        if (unmapped.Success)
        {
            var parentKey = Key(path[..path.LastIndexOf('.')]);
            var allowed = Allowed.TryGetValue(parentKey, out var a) ? $" Allowed here: {a}." : string.Empty;
            return $"Unknown property '{unmapped.Groups["name"].Value}'.{allowed}";
        }

        var missing = MissingRequired().Match(message);
        if (missing.Success)
        {
            return $"The required property '{missing.Groups["name"].Value}' is missing.";
        }

        if (message.Contains("duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return "A property is given twice; give each property once.";
        }

        if (message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            return $"The document is nested deeper than {Kz.Legislature.Internal.StrictInput.MaxDepth} levels.";
        }

        var key = Key(path);
        if (key == "seats" && path.Contains(".seats[", StringComparison.Ordinal))
        {
            return "Expected a whole number (the row's seats, 1 or more).";
        }

        return Expected.TryGetValue(key, out var expected)
            ? $"Expected {expected}."
            : "The value is not of the expected kind.";
    }

    // "$.compositions[0].seats[2].holder" -> "holder"; "$.compositions[0].seats[2]" -> "seats[]".
    private static string Key(string path)
    {
        var last = path[(path.LastIndexOf('.') + 1)..];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? last : last[..bracket] + "[]";
    }

    [GeneratedRegex("The JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex("missing required properties including: '(?<name>[^']*)'")]
    private static partial Regex MissingRequired();
}

using Kz.Legislature.History.Loading;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>The people and presiding-officer terms of a dataset, indexed for the date lookups.</summary>
internal sealed class PeopleData
{
    public static readonly PeopleData Empty = new([], []);

    private readonly Dictionary<string, Person> peopleById;

    public PeopleData(IReadOnlyList<Person> people, IReadOnlyList<OfficeTerm> offices)
    {
        People = ValueList<Person>.From(people);
        Offices = ValueList<OfficeTerm>.From(offices);
        peopleById = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Person> People { get; }

    public IReadOnlyList<OfficeTerm> Offices { get; }

    public Person? Find(string id) => peopleById.TryGetValue(id, out var p) ? p : null;
}

/// <summary>
/// Reads the dataset's <c>people</c> and <c>offices</c> sections through source-generated DTOs (strict: unknown
/// properties, missing required properties and wrong types are rejected with their JSON path and line), then checks
/// them against the rest of the dataset: person ids exist, instruments exist, one presiding officer per chamber at a
/// time, and a presiding officer in office only while the chamber sits.
/// </summary>
internal static partial class PeopleReader
{
    /// <summary>The objects of the sections, by their DTO type name, with the properties each takes.</summary>
    private static readonly Dictionary<string, (string Name, string Properties)> Shapes = new(StringComparer.Ordinal)
    {
        [nameof(PeopleSectionsDto)] = ("dataset", "the dataset's top-level sections"),
        [nameof(PersonDto)] = ("person", "id, names, wikidata, birthDate, sources, confidence, note"),
        [nameof(PersonNamesDto)] = ("name", "en, ru, kk, kkLatn, alternatives"),
        [nameof(PersonSourceDto)] = ("source", "url, title"),
        [nameof(OfficeDto)] = ("office term", "id, person, chamber, role, from, fromBasis, until, endReason, accession, sources, confidence, note"),
        [nameof(AccessionDto)] = ("accession", "method, nominatedBy, ballotsIssued, votesFor, votesAgainst, citation, note"),
        [nameof(OfficeCitationDto)] = ("citation", "instrument, article, sources, confidence, verifiedOn, note"),
    };

    public static PeopleData Read(byte[] json, string fileName, Dataset dataset)
    {
        PeopleSectionsDto dto;
        try
        {
            dto = JsonSerializer.Deserialize(json, PeopleJsonContext.Default.PeopleSectionsDto)
                ?? throw new LegislativeDataException(fileName, "$", "The dataset is null; expected a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new LegislativeDataException(fileName, ex.Path ?? "$", Reason(ex.Message, ex.Path), ex.LineNumber, ex.BytePositionInLine, ex);
        }

        var reader = new Reader(fileName, dataset);
        var people = reader.People(dto.People ?? []);
        var offices = reader.Offices(dto.Offices ?? [], people);
        return new PeopleData(people, offices);
    }

    /// <summary>Turns the serializer's message into a reason in the dataset's words, without .NET type or member names.</summary>
    internal static string Reason(string message, string? path = null)
    {
        if (UnmappedProperty().Match(message) is { Success: true } unmapped)
        {
            var (_, properties) = Shape(unmapped.Groups["type"].Value);
            return $"Unknown property '{unmapped.Groups["name"].Value}'. Allowed here: {properties}.";
        }

        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            var names = missing.Groups["names"].Value.Trim().TrimEnd('.');
            return names.Contains(',', StringComparison.Ordinal)
                ? $"The required properties {names} are missing."
                : $"The required property {names} is missing.";
        }

        if (message.Contains("null", StringComparison.OrdinalIgnoreCase) && message.Contains("allow", StringComparison.Ordinal))
        {
            return "The value must not be null here.";
        }

        if (Conversion().Match(message) is { Success: true } conversion)
        {
            return $"Expected {ExpectedAt(path) ?? Describe(conversion.Groups["type"].Value)}.";
        }

        var reason = JsonKinds.ReaderMessage(message);
        return reason.Contains("Kz.Legislature", StringComparison.Ordinal) || reason.Contains("System.", StringComparison.Ordinal)
            ? "The value does not have the documented shape (docs/data-format.md)."
            : reason;
    }

    /// <summary>What the property at the end of <paramref name="path"/> accepts, or <see langword="null"/> when the path does not say.</summary>
    private static string? ExpectedAt(string? path)
    {
        if (path is null || path.EndsWith(']'))
        {
            return null;
        }

        var name = path[(path.LastIndexOf('.') + 1)..];
        return name switch
        {
            "people" or "offices" or "sources" or "alternatives" => "an array",
            "ballotsIssued" or "votesFor" or "votesAgainst" => "a whole number from 0 to 2147483647, or null",
            "names" => "a name object (en, ru, kk, kkLatn, alternatives)",
            "accession" => "an accession object (method, nominatedBy, ballotsIssued, votesFor, votesAgainst, citation, note)",
            "citation" => "a citation object (instrument, article, sources) or null",
            "birthDate" or "from" or "until" or "verifiedOn" => "a date string such as \"2007-01-11\"" + (name == "from" ? string.Empty : ", or null"),
            "id" or "person" or "chamber" or "role" or "confidence" or "url" or "title" or "en" or "instrument" => "a string",
            "wikidata" or "note" or "ru" or "kk" or "kkLatn" or "article" or "fromBasis" or "endReason" or "method" or "nominatedBy" => "a string or null",
            _ => null,
        };
    }

    private static string Describe(string dotnetType) =>
        dotnetType switch
        {
            var t when t.Contains("System.String", StringComparison.Ordinal) => "a string",
            var t when t.Contains("System.Int32", StringComparison.Ordinal) => "a whole number from 0 to 2147483647",
            var t when t.Contains("List`1", StringComparison.Ordinal) => "an array",
            var t when t.Contains(nameof(PersonNamesDto), StringComparison.Ordinal) => "a name object (en, ru, kk, kkLatn, alternatives)",
            var t when t.Contains(nameof(PersonSourceDto), StringComparison.Ordinal) => "a source object (url, title)",
            var t when t.Contains(nameof(PersonDto), StringComparison.Ordinal) => "a person object",
            var t when t.Contains(nameof(OfficeCitationDto), StringComparison.Ordinal) => "a citation object (instrument, article, sources) or null",
            var t when t.Contains(nameof(AccessionDto), StringComparison.Ordinal) => "an accession object (method, citation, …)",
            var t when t.Contains(nameof(OfficeDto), StringComparison.Ordinal) => "an office term object",
            var t when t.Contains(nameof(PeopleSectionsDto), StringComparison.Ordinal) => "a JSON object (the dataset)",
            _ => "a value of the documented type (docs/data-format.md)",
        };

    private static (string Name, string Properties) Shape(string type)
    {
        var name = type[(type.LastIndexOf('.') + 1)..];
        return Shapes.TryGetValue(name, out var shape) ? shape : ("object", "the documented properties (docs/data-format.md)");
    }

    [GeneratedRegex(@"The JSON property '(?<name>.*)' could not be mapped to any \.NET member contained in type '(?<type>[^']*)'", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex(@"for type '(?<type>[^']*)' was missing required properties(?: including)?: (?<names>[^.]*)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"could not be converted to (?<type>[^ ]+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Conversion();

    [GeneratedRegex(@"^Q[1-9][0-9]*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WikidataId();

    private sealed class Reader(string fileName, Dataset dataset)
    {
        private readonly Dictionary<string, Instrument> instruments = dataset.Instruments.ToDictionary(i => i.Id, StringComparer.Ordinal);

        public List<Person> People(List<PersonDto?> items)
        {
            var list = new List<Person>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                var path = Index("$.people", i);
                var dto = items[i] ?? throw Fail(path, "A person is null; every item of \"people\" must be an object.");
                var id = NotBlank(dto.Id, path + ".id");
                if (!seen.Add(id))
                {
                    throw Fail(path + ".id", $"The id '{id}' is used twice in $.people.");
                }

                if (dto.Wikidata is { } q && !WikidataId().IsMatch(q))
                {
                    throw Fail(path + ".wikidata", $"A Wikidata id is Q followed by digits (for example \"Q7376\"), found '{q}'.");
                }

                var birth = dto.BirthDate is null ? (LocalDate?)null : Date(dto.BirthDate, path + ".birthDate");
                list.Add(new Person(id, Names(dto.Names, path + ".names"), dto.Wikidata, birth, Provenance(dto.Sources, dto.Confidence, dto.Note, path)));
            }

            return list;
        }

        public List<OfficeTerm> Offices(List<OfficeDto?> items, List<Person> people)
        {
            var byId = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
            var list = new List<OfficeTerm>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                var path = Index("$.offices", i);
                var dto = items[i] ?? throw Fail(path, "An office term is null; every item of \"offices\" must be an object.");
                var id = NotBlank(dto.Id, path + ".id");
                if (!seen.Add(id))
                {
                    throw Fail(path + ".id", $"The id '{id}' is used twice in $.offices.");
                }

                if (!byId.TryGetValue(dto.Person, out var person))
                {
                    throw Fail(path + ".person", $"The person '{dto.Person}' is not defined in $.people.");
                }

                var chamber = Enum<ChamberKind>(dto.Chamber, path + ".chamber");
                var role = Enum<OfficeRole>(dto.Role, path + ".role");
                var from = Date(dto.From, path + ".from");
                LocalDate? until = dto.Until is null ? null : Date(dto.Until, path + ".until");
                if (until is { } u && u <= from)
                {
                    throw Fail(path + ".until", $"The term ends ({Preconditions.Iso(u)}) on or before it starts ({Preconditions.Iso(from)}); terms are half-open [from, until).");
                }

                var basis = dto.FromBasis is null ? OfficeStartBasis.TookOffice : Enum<OfficeStartBasis>(dto.FromBasis, path + ".fromBasis");
                OfficeEndReason? endReason = dto.EndReason is null ? null : Enum<OfficeEndReason>(dto.EndReason, path + ".endReason");
                if (endReason is not null && until is null)
                {
                    throw Fail(path + ".endReason", "The term has no end ('until' is null), so it has no end reason; remove 'endReason' or give 'until'.");
                }

                var confidence = Enum<Confidence>(dto.Confidence, path + ".confidence");
                var term = new OfficeTerm(id, person, chamber, role, new Term(from, until), basis, endReason, Accession(dto.Accession, path + ".accession", confidence), Provenance(dto.Sources, dto.Confidence, dto.Note, path));
                CheckOverlap(list, term, path);
                CheckSitting(term, path);
                list.Add(term);
            }

            return list;
        }

        private OfficeAccession Accession(AccessionDto dto, string path, Confidence inherited)
        {
            AccessionMethod? method = dto.Method is null ? null : Enum<AccessionMethod>(dto.Method, path + ".method");
            OfficeNominator? nominator = dto.NominatedBy is null ? null : Enum<OfficeNominator>(dto.NominatedBy, path + ".nominatedBy");
            foreach (var (value, name) in new[] { (dto.BallotsIssued, "ballotsIssued"), (dto.VotesFor, "votesFor"), (dto.VotesAgainst, "votesAgainst") })
            {
                if (value < 0)
                {
                    throw Fail(path + "." + name, $"A vote count is 0 or more, found {value.Value.ToString(CultureInfo.InvariantCulture)}.");
                }
            }

            if (dto.BallotsIssued is { } ballots && (dto.VotesFor ?? 0) + (dto.VotesAgainst ?? 0) > ballots)
            {
                throw Fail(path + ".votesFor", $"The votes for and against ({((dto.VotesFor ?? 0) + (dto.VotesAgainst ?? 0)).ToString(CultureInfo.InvariantCulture)}) exceed the ballots issued ({ballots.ToString(CultureInfo.InvariantCulture)}).");
            }

            Citation? citation = null;
            if (method is null)
            {
                if (dto.Citation is not null)
                {
                    throw Fail(path + ".citation", "'method' is null (how the person took office is not known), so there is nothing to cite; set 'citation' to null or give the method.");
                }

                if (string.IsNullOrWhiteSpace(dto.Note))
                {
                    throw Fail(path + ".method", "The method is null, so a 'note' must say why (for example that the sources do not say how the person took office).");
                }
            }
            else
            {
                citation = Citation(dto.Citation ?? throw Fail(path + ".citation", $"The method '{dto.Method}' must cite the instrument, the article (or null with a note) and the sources that state it; 'citation' is null."), path + ".citation", inherited);
            }

            return new OfficeAccession(method, nominator, dto.BallotsIssued, dto.VotesFor, dto.VotesAgainst, citation, dto.Note);
        }

        private Citation Citation(OfficeCitationDto dto, string path, Confidence inherited)
        {
            if (!instruments.TryGetValue(dto.Instrument, out var instrument))
            {
                throw Fail(path + ".instrument", $"The instrument '{dto.Instrument}' is not defined in $.instruments.");
            }

            if (dto.Article is { } a && string.IsNullOrWhiteSpace(a))
            {
                throw Fail(path + ".article", "The article is blank; give it (for example \"Art. 58(1)\") or null with a note.");
            }

            if (dto.Article is null && string.IsNullOrWhiteSpace(dto.Note))
            {
                throw Fail(path + ".article", "The article is null, so a 'note' must say why (for example that the article was not verified).");
            }

            var confidence = dto.Confidence is null ? inherited : Enum<Confidence>(dto.Confidence, path + ".confidence");
            LocalDate? verifiedOn = dto.VerifiedOn is null ? null : Date(dto.VerifiedOn, path + ".verifiedOn");
            return new Citation(instrument.Id, instrument.Name, dto.Article, Sources(dto.Sources, path + ".sources"), confidence, verifiedOn, dto.Note);
        }

        private void CheckOverlap(List<OfficeTerm> earlier, OfficeTerm term, string path)
        {
            foreach (var other in earlier)
            {
                if (other.Chamber != term.Chamber || !other.Term.Overlaps(term.Term))
                {
                    continue;
                }

                if (other.IsPresiding && term.IsPresiding)
                {
                    throw Fail(path + ".from", $"Only one person presides over a chamber at a time: this {term.Role} term {term.Term} of the {term.Chamber} overlaps '{other.Id}' {other.Term} ({other.Person.Name.English}, {other.Role}).");
                }

                if (other.Person == term.Person && other.Role == term.Role)
                {
                    throw Fail(path + ".from", $"This term {term.Term} overlaps the same person's '{other.Id}' {other.Term} in the same office.");
                }
            }
        }

        /// <summary>A presiding officer is in office only while the chamber sits (the days before the history's coverage are not checked).</summary>
        private void CheckSitting(OfficeTerm term, string path)
        {
            if (!term.IsPresiding)
            {
                return;
            }

            var start = term.Term.Start < dataset.CoverageStart ? dataset.CoverageStart : term.Term.Start;
            if (term.Term.End is { } end && end <= start)
            {
                return;
            }

            var day = start;
            while (true)
            {
                var sitting = dataset.Sittings.Where(s => s.Chamber == term.Chamber && s.Period.Contains(day)).Select(s => s.Period).FirstOrDefault();
                if (sitting is null)
                {
                    throw Fail(
                        day == term.Term.Start ? path + ".from" : path + ".until",
                        $"The {term.Chamber} did not sit on {Preconditions.Iso(day)} (no entry of $.sittings covers it), but this {term.Role} term {term.Term} includes that day; a presiding officer holds office only while the chamber sits.");
                }

                if (sitting.End is not { } sittingEnd || (term.Term.End is { } termEnd && termEnd <= sittingEnd))
                {
                    return;
                }

                day = sittingEnd;
            }
        }

        private LocalizedName Names(PersonNamesDto dto, string path)
        {
            var en = NotBlank(dto.En, path + ".en");
            try
            {
                return new LocalizedName(en, dto.Ru, dto.Kk, dto.KkLatn, dto.Alternatives);
            }
            catch (ArgumentException ex)
            {
                throw Fail(path, Preconditions.MessageOf(ex));
            }
        }

        private Provenance Provenance(List<PersonSourceDto> sources, string confidence, string? note, string path) =>
            new(Sources(sources, path + ".sources"), Enum<Confidence>(confidence, path + ".confidence"), note);

        private List<SourceReference> Sources(List<PersonSourceDto> items, string path)
        {
            if (items.Count == 0)
            {
                throw Fail(path, "At least one source is required: no fact without a source.");
            }

            var list = new List<SourceReference>();
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var urlPath = Index(path, i) + ".url";
                if (!Uri.TryCreate(item.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                {
                    throw Fail(urlPath, $"A source URL must be an absolute http(s) address, found '{item.Url}'.");
                }

                if (item.Url.Any(c => c > '\u007e' || char.IsWhiteSpace(c)))
                {
                    throw Fail(urlPath, $"A source URL must be written in ASCII with other characters percent-encoded (as the schema's 'uri' format requires), found '{item.Url}'.");
                }

                list.Add(new SourceReference(uri, NotBlank(item.Title, Index(path, i) + ".title")));
            }

            return list;
        }

        private LocalDate Date(string text, string path)
        {
            var result = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
            return result.Success ? result.Value : throw Fail(path, $"Expected an ISO date (yyyy-MM-dd), found '{text}'.");
        }

        private T Enum<T>(string text, string path)
            where T : struct, System.Enum
        {
            foreach (var value in System.Enum.GetValues<T>())
            {
                if (string.Equals(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()), text, StringComparison.Ordinal))
                {
                    return value;
                }
            }

            var allowed = string.Join(", ", System.Enum.GetValues<T>().Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString())));
            throw Fail(path, $"Unknown value '{text}'. Expected one of: {allowed}.");
        }

        private string NotBlank(string text, string path) =>
            string.IsNullOrWhiteSpace(text) ? throw Fail(path, "The string is empty; a value is required.") : text;

        private static string Index(string path, int i) => path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";

        private LegislativeDataException Fail(string path, string reason) => new(fileName, path, reason);
    }
}

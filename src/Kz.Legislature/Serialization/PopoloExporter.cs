using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kz.Legislature.History;
using Kz.Legislature.Internal;

namespace Kz.Legislature.Serialization;

/// <summary>
/// Exports the history of the legislature, and any composition, as Popolo JSON
/// (<see href="https://www.popoloproject.com/specs/">popoloproject.com/specs</see>): persons, organizations,
/// memberships, posts, areas and events, each with its <c>sources</c>.
/// </summary>
/// <remarks>
/// <para>The document is one object with the arrays <c>persons</c>, <c>organizations</c>, <c>memberships</c>,
/// <c>posts</c>, <c>areas</c> and <c>events</c>, property names in snake_case as Popolo uses them. Identifiers are
/// stable (docs/identifiers.md): areas use Open Civic Data division ids, everything else <c>kz-legislature:</c> ids
/// from <see cref="PopoloIdentifiers"/>.</para>
/// <para>Dates: <c>founding_date</c>, <c>dissolution_date</c> and the <c>start_date</c>/<c>end_date</c> of posts,
/// memberships and legislative periods follow the library's half-open periods: the end is the first day the thing no
/// longer exists (the Senate's <c>dissolution_date</c> is 2026-07-01). An election's <c>start_date</c> and
/// <c>end_date</c> are its first and last voting days.</para>
/// <para>Two extensions are written where Popolo has no term: <c>end_reason</c> and <c>legislative_period_id</c> on
/// memberships (as EveryPolitician did), and, in the history export, <c>seat_counts</c> on a chamber's organization (the
/// party composition of each sitting at its formation as Popolo counts). Output is deterministic (dataset order, then composition order) and its cost
/// is linear in the size of the history. Written with <see cref="Utf8JsonWriter"/>: no reflection.</para>
/// </remarks>
public static partial class PopoloExporter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Exports the whole history: organizations, posts, areas and events, the persons of <see cref="LegislativeHistory.People"/>, a post per chamber office (for example Chair of the Senate) and a membership per <see cref="LegislativeHistory.Offices"/> term, and the party composition of each sitting at its formation (<c>seat_counts</c> on the chamber's organization).</summary>
    /// <param name="history">The history, for example <see cref="LegislativeHistory.Kazakhstan"/>.</param>
    /// <returns>The Popolo JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static string Export(LegislativeHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return ToString(w => Write(w, history, [], null, [], people: true));
    }

    /// <summary>Exports the whole history to a stream as UTF-8.</summary>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="history">The history.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void ExportTo(Stream utf8Json, LegislativeHistory history)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(history);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        Write(writer, history, [], null, [], people: true);
    }

    /// <summary>Exports a composition: the history's organizations, posts, areas and events, plus a person and a membership for every mandate.</summary>
    /// <param name="composition">The composition.</param>
    /// <param name="history">The history the composition belongs to (for regions, parties, posts and convocations).</param>
    /// <param name="sources">The sources of the composition, written on its persons and memberships; none gives empty <c>sources</c>.</param>
    /// <returns>The Popolo JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="composition"/> or <paramref name="history"/> is null.</exception>
    public static string Export(ChamberComposition composition, LegislativeHistory history, IEnumerable<SourceReference>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(composition);
        ArgumentNullException.ThrowIfNull(history);
        var list = Sources(sources);
        return ToString(w => Write(w, history, [composition], null, list));
    }

    /// <summary>Exports a composition to a stream as UTF-8.</summary>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="composition">The composition.</param>
    /// <param name="history">The history the composition belongs to.</param>
    /// <param name="sources">The sources of the composition, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static void ExportTo(Stream utf8Json, ChamberComposition composition, LegislativeHistory history, IEnumerable<SourceReference>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(composition);
        ArgumentNullException.ThrowIfNull(history);
        var list = Sources(sources);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        Write(writer, history, [composition], null, list);
    }

    /// <summary>Exports a parliament: the history, plus persons and memberships for every chamber.</summary>
    /// <param name="parliament">The parliament.</param>
    /// <param name="history">The history the parliament belongs to.</param>
    /// <param name="sources">The sources of the composition, or <see langword="null"/>.</param>
    /// <returns>The Popolo JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parliament"/> or <paramref name="history"/> is null.</exception>
    public static string Export(Parliament parliament, LegislativeHistory history, IEnumerable<SourceReference>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(parliament);
        ArgumentNullException.ThrowIfNull(history);
        var list = Sources(sources);
        return ToString(w => Write(w, history, parliament.Chambers, parliament.Convocation, list));
    }

    /// <summary>Exports a parliament to a stream as UTF-8.</summary>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="parliament">The parliament.</param>
    /// <param name="history">The history the parliament belongs to.</param>
    /// <param name="sources">The sources of the composition, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static void ExportTo(Stream utf8Json, Parliament parliament, LegislativeHistory history, IEnumerable<SourceReference>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(parliament);
        ArgumentNullException.ThrowIfNull(history);
        var list = Sources(sources);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        Write(writer, history, parliament.Chambers, parliament.Convocation, list);
    }

    internal static string AreaClassification(RegionKind kind) => kind switch
    {
        RegionKind.Oblast => "oblast",
        RegionKind.CityOfRepublicanSignificance => "city of republican significance",
        RegionKind.Capital => "capital",
        _ => kind.ToString(),
    };

    internal static string EndReasonName(MandateEndReason reason) => reason switch
    {
        MandateEndReason.TermExpiry => "term_expiry",
        MandateEndReason.Dissolution => "dissolution",
        MandateEndReason.Resignation => "resignation",
        MandateEndReason.Death => "death",
        MandateEndReason.LossOfPartyMembership => "loss_of_party_membership",
        MandateEndReason.ConstitutionalTermination => "constitutional_termination",
        MandateEndReason.EarlyTerminationByPresident => "early_termination_by_president",
        MandateEndReason.Recall => "recall",
        MandateEndReason.IncompatibleOffice => "incompatible_office",
        MandateEndReason.OtherLegalGround => "other_legal_ground",
        _ => throw Internal.ArgumentErrors.OutOfRange(nameof(reason), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{reason} is not a defined end reason.")),
    };

    internal static LegislativeBody BodyOf(ChamberKind chamber) => chamber switch
    {
        ChamberKind.SupremeCouncil => LegislativeBody.SupremeCouncil,
        ChamberKind.Kurultai => LegislativeBody.Kurultai,
        _ => LegislativeBody.Parliament,
    };

    private static IReadOnlyList<SourceReference> Sources(IEnumerable<SourceReference>? sources) =>
        sources is null ? [] : Preconditions.NoNullItems(sources, nameof(sources));

    private static string ToString(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string BodyOrganization(LegislativeBody body) => body switch
    {
        LegislativeBody.SupremeCouncil => PopoloIdentifiers.Chamber(ChamberKind.SupremeCouncil),
        LegislativeBody.Kurultai => PopoloIdentifiers.Chamber(ChamberKind.Kurultai),
        _ => PopoloIdentifiers.Parliament,
    };

    private static string BodyName(LegislativeBody body) => body switch
    {
        LegislativeBody.SupremeCouncil => "Supreme Council",
        LegislativeBody.Kurultai => "Kurultai",
        _ => "Parliament",
    };

    private static string Words(string pascal)
    {
        var builder = new System.Text.StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                builder.Append(' ');
            }

            builder.Append(char.ToLowerInvariant(pascal[i]));
        }

        return builder.ToString();
    }

    private static void Write(Utf8JsonWriter w, LegislativeHistory history, IReadOnlyList<ChamberComposition> compositions, int? parliamentConvocation, IReadOnlyList<SourceReference> compositionSources, bool people = false)
    {
        var posts = PostCatalogue.Build(history);
        var extraPosts = new List<PostInfo>();
        var extraParties = new List<string>();
        var seenExtraParties = new HashSet<string>(StringComparer.Ordinal);
        var memberships = new List<MembershipInfo>();
        var persons = new List<Deputy>();
        var seenPersons = new HashSet<string>(StringComparer.Ordinal);
        var membershipIds = new HashSet<string>(StringComparer.Ordinal);

        foreach (var composition in compositions)
        {
            var counters = new Dictionary<string, int>(StringComparer.Ordinal);
            var convocation = composition.Convocation ?? parliamentConvocation;
            var periodId = convocation is { } number
                ? history.Convocations.FirstOrDefault(c => c.Body == BodyOf(composition.Kind) && c.Number == number)?.Id
                : null;
            foreach (var m in composition.Mandates)
            {
                if (seenPersons.Add(m.Deputy.Id))
                {
                    persons.Add(m.Deputy);
                }

                var postId = posts.Resolve(composition.Kind, m, composition.Date, counters, extraPosts, compositionSources);
                if (m.PartyId is { } party && history.FindParty(party) is null && seenExtraParties.Add(party))
                {
                    extraParties.Add(party);
                }

                var baseId = $"{PopoloIdentifiers.Prefix}membership/{PopoloIdentifiers.ChamberSlug(composition.Kind)}/{m.Deputy.Id}/{Preconditions.Iso(m.Start)}";
                var id = baseId;
                for (var n = 2; !membershipIds.Add(id); n++)
                {
                    id = baseId + "/" + n.ToString(CultureInfo.InvariantCulture);
                }

                var area = m.RegionId is { } r ? history.FindRegion(r)?.OcdId : null;
                memberships.Add(new MembershipInfo(id, m, PopoloIdentifiers.Chamber(composition.Kind), postId, area, periodId is null ? null : PopoloIdentifiers.Convocation(periodId)));
            }
        }

        w.WriteStartObject();

        w.WriteStartArray("persons");
        foreach (var d in persons)
        {
            w.WriteStartObject();
            w.WriteString("id", PopoloIdentifiers.Person(d.Id));
            w.WriteString("name", d.Name.English);
            WriteOtherNames(w, d.Name, null);
            WriteIdentifiers(w, d.Id, null);
            if (d.BirthDate is { } birth)
            {
                w.WriteString("birth_date", Preconditions.Iso(birth));
            }

            WriteSources(w, compositionSources);
            w.WriteEndObject();
        }

        if (people)
        {
            WritePeoplePersons(w, history);
        }

        w.WriteEndArray();

        w.WriteStartArray("organizations");
        WriteOrganizations(w, history, extraParties, compositionSources, people);
        w.WriteEndArray();

        w.WriteStartArray("memberships");
        foreach (var ms in memberships)
        {
            var m = ms.Mandate;
            w.WriteStartObject();
            w.WriteString("id", ms.Id);
            w.WriteString("role", "member");
            w.WriteString("person_id", PopoloIdentifiers.Person(m.Deputy.Id));
            w.WriteString("organization_id", ms.OrganizationId);
            w.WriteString("post_id", ms.PostId);
            if (m.PartyId is { } party)
            {
                w.WriteString("on_behalf_of_id", PopoloIdentifiers.Party(party));
            }

            if (ms.AreaId is { } area)
            {
                w.WriteString("area_id", area);
            }

            if (ms.LegislativePeriodId is { } period)
            {
                w.WriteString("legislative_period_id", period);
            }

            w.WriteString("start_date", Preconditions.Iso(m.Start));
            if (m.End is { } end)
            {
                w.WriteString("end_date", Preconditions.Iso(end));
            }

            if (m.EndReason is { } reason)
            {
                w.WriteString("end_reason", EndReasonName(reason));
            }

            WriteSources(w, compositionSources);
            w.WriteEndObject();
        }

        if (people)
        {
            WriteOfficeMemberships(w, history);
        }

        w.WriteEndArray();

        w.WriteStartArray("posts");
        foreach (var post in posts.All)
        {
            WritePost(w, post);
        }

        foreach (var post in extraPosts)
        {
            WritePost(w, post);
        }

        if (people)
        {
            WriteOfficePosts(w, history);
        }

        w.WriteEndArray();

        w.WriteStartArray("areas");
        foreach (var region in history.Regions)
        {
            w.WriteStartObject();
            w.WriteString("id", region.OcdId);
            w.WriteString("name", region.CurrentName.English);
            WriteIdentifiers(w, region.Id, region.WikidataId);
            w.WriteString("classification", AreaClassification(region.Kinds[^1].Value));
            WriteSources(w, region.Provenance?.Sources ?? []);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("events");
        WriteEvents(w, history);
        w.WriteEndArray();

        w.WriteEndObject();
    }

    private static void WriteOrganizations(Utf8JsonWriter w, LegislativeHistory history, List<string> extraParties, IReadOnlyList<SourceReference> compositionSources, bool people)
    {
        // The bicameral Parliament: the span of the bicameral rule sets.
        var bicameral = new SourceSet();
        LocalDate? parliamentStart = null;
        LocalDate? parliamentEnd = null;
        var chambers = new Dictionary<ChamberKind, (LocalDate Start, LocalDate? End, SourceSet Sources)>();
        var assembly = new SourceSet();
        foreach (var rules in history.RuleSets)
        {
            if (rules.Form == LegislatureForm.Bicameral)
            {
                parliamentStart ??= rules.Period.Start;
                parliamentEnd = rules.Period.End;
                bicameral.AddAll(rules.Provenance.Sources);
            }

            foreach (var chamber in rules.Chambers)
            {
                if (!chambers.TryGetValue(chamber.Kind, out var span))
                {
                    span = (rules.Period.Start, rules.Period.End, new SourceSet());
                }

                span.End = rules.Period.End;
                span.Sources.AddAll(chamber.Provenance.Sources);
                chambers[chamber.Kind] = span;
                foreach (var allotment in chamber.SeatPlan)
                {
                    if (allotment.Source is SeatSource.ElectedByAssemblyOfPeople or SeatSource.AppointedByPresidentOnAssemblyProposal)
                    {
                        assembly.AddAll(chamber.Provenance.Sources);
                    }
                }
            }
        }

        if (parliamentStart is { } ps)
        {
            WriteOrganization(w, PopoloIdentifiers.Parliament, Names.Parliament, "legislature", null, null, null, ps, parliamentEnd, bicameral.Items, "Parliament of the Republic of Kazakhstan");
        }

        foreach (var kind in Enum.GetValues<ChamberKind>())
        {
            if (!chambers.TryGetValue(kind, out var span))
            {
                continue;
            }

            var bicameralChamber = kind is ChamberKind.Senate or ChamberKind.Mazhilis;
            WriteOrganization(
                w,
                PopoloIdentifiers.Chamber(kind),
                Names.Of(kind),
                bicameralChamber ? "chamber" : "legislature",
                null,
                bicameralChamber && parliamentStart is not null ? PopoloIdentifiers.Parliament : null,
                null,
                span.Start,
                span.End,
                span.Sources.Items,
                null,
                people ? x => WriteSeatCounts(x, history, kind) : null);
        }

        if (assembly.Items.Count > 0)
        {
            WriteOrganization(w, PopoloIdentifiers.AssemblyOfPeople, AssemblyOfPeople.Instance.Name, "assembly", null, null, null, null, null, assembly.Items, null);
        }

        foreach (var region in history.Regions)
        {
            var name = region.CurrentName;
            WriteOrganization(
                w,
                PopoloIdentifiers.Maslikhat(region.Id),
                new LocalizedName($"Maslikhat of {name.English}", name.Russian is null ? null : $"Маслихат ({name.Russian})", name.Kazakh is null ? null : $"Мәслихат ({name.Kazakh})", name.KazakhLatin is null ? null : $"Mäslihat ({name.KazakhLatin})"),
                "maslikhat",
                null,
                null,
                region.OcdId,
                null,
                region.Period.End,
                region.Provenance?.Sources ?? [],
                null);
        }

        foreach (var party in history.Parties)
        {
            WriteOrganization(w, PopoloIdentifiers.Party(party.Id), party.Name, "party", (party.Id, party.WikidataId), null, null, null, null, party.Provenance?.Sources ?? [], null);
        }

        foreach (var party in extraParties)
        {
            WriteOrganization(w, PopoloIdentifiers.Party(party), new LocalizedName(party), "party", (party, null), null, null, null, null, compositionSources, null);
        }
    }

    private static void WriteOrganization(
        Utf8JsonWriter w,
        string id,
        LocalizedName name,
        string classification,
        (string Slug, string? Wikidata)? identifiers,
        string? parentId,
        string? areaId,
        LocalDate? founding,
        LocalDate? dissolution,
        IReadOnlyList<SourceReference> sources,
        string? displayName,
        Action<Utf8JsonWriter>? extension = null)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("name", displayName ?? name.English);
        WriteOtherNames(w, name, displayName is null ? null : name.English);
        if (identifiers is { } ids)
        {
            WriteIdentifiers(w, ids.Slug, ids.Wikidata);
        }

        w.WriteString("classification", classification);
        if (parentId is not null)
        {
            w.WriteString("parent_id", parentId);
        }

        if (areaId is not null)
        {
            w.WriteString("area_id", areaId);
        }

        if (founding is { } f)
        {
            w.WriteString("founding_date", Preconditions.Iso(f));
        }

        if (dissolution is { } d)
        {
            w.WriteString("dissolution_date", Preconditions.Iso(d));
        }

        extension?.Invoke(w);
        WriteSources(w, sources);
        w.WriteEndObject();
    }

    private static void WritePost(Utf8JsonWriter w, PostInfo post)
    {
        w.WriteStartObject();
        w.WriteString("id", post.Id);
        w.WriteString("label", post.Label);
        w.WriteString("role", post.Role);
        w.WriteString("organization_id", post.OrganizationId);
        if (post.AreaId is not null)
        {
            w.WriteString("area_id", post.AreaId);
        }

        if (post.Start is { } start)
        {
            w.WriteString("start_date", Preconditions.Iso(start));
        }

        if (post.End is { } end)
        {
            w.WriteString("end_date", Preconditions.Iso(end));
        }

        WriteSources(w, post.Sources.Items);
        w.WriteEndObject();
    }

    private static void WriteEvents(Utf8JsonWriter w, LegislativeHistory history)
    {
        foreach (var c in history.Convocations)
        {
            w.WriteStartObject();
            w.WriteString("id", PopoloIdentifiers.Convocation(c.Id));
            w.WriteString("name", $"{BodyName(c.Body)}, {c.Roman} convocation");
            w.WriteString("classification", "legislative period");
            w.WriteString("organization_id", BodyOrganization(c.Body));
            WriteIdentifiers(w, c.Id, null);
            if (c.FirstSitting is { } first)
            {
                w.WriteString("start_date", Preconditions.Iso(first));
            }
            else if (c.ElectedOn is { } elected)
            {
                w.WriteString("start_date", Preconditions.Iso(elected));
                w.WriteString("description", "start_date is the election day: the first sitting is not in the data.");
            }

            if (c.Until is { } until)
            {
                w.WriteString("end_date", Preconditions.Iso(until));
            }

            WriteSources(w, c.Provenance.Sources);
            w.WriteEndObject();
        }

        foreach (var e in history.Elections)
        {
            w.WriteStartObject();
            w.WriteString("id", PopoloIdentifiers.Election(e.Id));
            w.WriteString("name", $"{Names.Of(e.Chamber).English} election ({Words(e.Kind.ToString())}), {Preconditions.Iso(e.Date)}");
            w.WriteString("classification", "election");
            w.WriteString("organization_id", PopoloIdentifiers.Chamber(e.Chamber));
            WriteIdentifiers(w, e.Id, null);
            w.WriteString("start_date", Preconditions.Iso(e.Dates[0]));
            w.WriteString("end_date", Preconditions.Iso(e.Dates[^1]));
            WriteSources(w, e.Provenance.Sources);
            w.WriteEndObject();
        }

        foreach (var e in history.Events)
        {
            w.WriteStartObject();
            w.WriteString("id", PopoloIdentifiers.Event(e.Id));
            w.WriteString("name", e.Name.English);
            w.WriteString("classification", Words(e.Kind.ToString()));
            WriteIdentifiers(w, e.Id, null);
            w.WriteString("start_date", Preconditions.Iso(e.Date));
            WriteSources(w, e.Provenance.Sources);
            w.WriteEndObject();
        }
    }

    private static void WriteOtherNames(Utf8JsonWriter w, LocalizedName name, string? english)
    {
        if (english is null && name.Russian is null && name.Kazakh is null && name.KazakhLatin is null && name.Alternatives.Count == 0)
        {
            return;
        }

        w.WriteStartArray("other_names");
        if (english is not null)
        {
            WriteOtherName(w, english, "en");
        }

        if (name.Russian is not null)
        {
            WriteOtherName(w, name.Russian, "ru");
        }

        if (name.Kazakh is not null)
        {
            WriteOtherName(w, name.Kazakh, "kk");
        }

        if (name.KazakhLatin is not null)
        {
            WriteOtherName(w, name.KazakhLatin, "kk-Latn");
        }

        foreach (var alternative in name.Alternatives)
        {
            WriteOtherName(w, alternative, "alternative");
        }

        w.WriteEndArray();

        static void WriteOtherName(Utf8JsonWriter w, string value, string note)
        {
            w.WriteStartObject();
            w.WriteString("name", value);
            w.WriteString("note", note);
            w.WriteEndObject();
        }
    }

    private static void WriteIdentifiers(Utf8JsonWriter w, string slug, string? wikidata)
    {
        w.WriteStartArray("identifiers");
        w.WriteStartObject();
        w.WriteString("identifier", slug);
        w.WriteString("scheme", PopoloIdentifiers.Scheme);
        w.WriteEndObject();
        if (wikidata is not null)
        {
            w.WriteStartObject();
            w.WriteString("identifier", wikidata);
            w.WriteString("scheme", "wikidata");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteSources(Utf8JsonWriter w, IReadOnlyList<SourceReference> sources)
    {
        w.WriteStartArray("sources");
        foreach (var s in sources)
        {
            w.WriteStartObject();
            w.WriteString("url", s.Url.OriginalString);
            w.WriteString("note", s.Title);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private sealed record MembershipInfo(string Id, Mandate Mandate, string OrganizationId, string PostId, string? AreaId, string? LegislativePeriodId);

    /// <summary>Sources in first-seen order without repeats (by URL).</summary>
    private sealed class SourceSet
    {
        private readonly HashSet<string> urls = new(StringComparer.Ordinal);

        public List<SourceReference> Items { get; } = [];

        public void AddAll(IEnumerable<SourceReference> sources)
        {
            foreach (var s in sources)
            {
                if (urls.Add(s.Url.OriginalString))
                {
                    Items.Add(s);
                }
            }
        }
    }

    private sealed class PostInfo(string id, string label, string role, string organizationId, string? areaId, LocalDate? start, LocalDate? end)
    {
        public string Id { get; } = id;

        public string Label { get; } = label;

        public string Role { get; } = role;

        public string OrganizationId { get; } = organizationId;

        public string? AreaId { get; } = areaId;

        public LocalDate? Start { get; } = start;

        public LocalDate? End { get; set; } = end;

        public SourceSet Sources { get; } = new();

        public bool Contains(LocalDate date) => (Start is not { } s || s <= date) && (End is not { } e || date < e);
    }

    /// <summary>The seats of every chamber over time, from the seat plans of the rule sets and the regions.</summary>
    private sealed class PostCatalogue
    {
        private readonly Dictionary<string, List<PostInfo>> byBase = new(StringComparer.Ordinal);
        private readonly LegislativeHistory history;

        private PostCatalogue(LegislativeHistory history) => this.history = history;

        public List<PostInfo> All { get; } = [];

        public static PostCatalogue Build(LegislativeHistory history)
        {
            var catalogue = new PostCatalogue(history);
            foreach (var rules in history.RuleSets)
            {
                foreach (var chamber in rules.Chambers)
                {
                    foreach (var allotment in chamber.SeatPlan)
                    {
                        if (allotment.SeatsPerRegion is { } perRegion)
                        {
                            foreach (var region in history.Regions)
                            {
                                if (!Intersect(rules.Period, region.Period, out var start, out var end))
                                {
                                    continue;
                                }

                                for (var n = 1; n <= perRegion; n++)
                                {
                                    var post = catalogue.Extend(chamber.Kind, allotment.Source, region, n, start, end);
                                    post.Sources.AddAll(chamber.Provenance.Sources);
                                    post.Sources.AddAll(region.Provenance?.Sources ?? []);
                                }
                            }
                        }
                        else
                        {
                            for (var n = 1; n <= allotment.Seats; n++)
                            {
                                catalogue.Extend(chamber.Kind, allotment.Source, null, n, rules.Period.Start, rules.Period.End).Sources.AddAll(chamber.Provenance.Sources);
                            }
                        }
                    }
                }
            }

            return catalogue;
        }

        /// <summary>Finds (or, for a seat the history does not know, creates) the post a mandate holds on <paramref name="date"/>.</summary>
        public string Resolve(ChamberKind chamber, Mandate m, LocalDate date, Dictionary<string, int> counters, List<PostInfo> extra, IReadOnlyList<SourceReference> sources)
        {
            string baseId;
            string? regionId = null;
            if (m.Source == SeatSource.SingleMemberDistrict && m.District is { } district)
            {
                baseId = PopoloIdentifiers.Post(chamber, m.Source, null, district);
            }
            else
            {
                regionId = m.Source == SeatSource.ElectedByMaslikhats ? m.RegionId : null;
                var key = PopoloIdentifiers.SourceSlug(m.Source) + "/" + regionId;
                counters.TryGetValue(key, out var k);
                counters[key] = ++k;
                baseId = PopoloIdentifiers.Post(chamber, m.Source, regionId, k);
            }

            if (byBase.TryGetValue(baseId, out var spans))
            {
                foreach (var span in spans)
                {
                    if (span.Contains(date))
                    {
                        return span.Id;
                    }
                }

                return spans[^1].Id;
            }

            var region = regionId is null ? null : history.FindRegion(regionId);
            var post = new PostInfo(baseId, Label(chamber, m.Source, region?.CurrentName.English ?? regionId, m.District ?? counters.GetValueOrDefault(PopoloIdentifiers.SourceSlug(m.Source) + "/" + regionId)), Role(chamber), PopoloIdentifiers.Chamber(chamber), region?.OcdId, null, null);
            post.Sources.AddAll(sources);
            byBase[baseId] = [post];
            extra.Add(post);
            return post.Id;
        }

        private static bool Intersect(Term a, Term b, out LocalDate start, out LocalDate? end)
        {
            start = a.Start > b.Start ? a.Start : b.Start;
            end = a.End is not { } ae ? b.End : (b.End is not { } be ? ae : (ae < be ? ae : be));
            return end is not { } e || start < e;
        }

        private static string Role(ChamberKind chamber) => chamber == ChamberKind.Senate ? "Senator" : "Deputy";

        private static string Label(ChamberKind chamber, SeatSource source, string? region, int number)
        {
            var n = number.ToString(CultureInfo.InvariantCulture);
            var chamberName = Names.Of(chamber).English;
            return source switch
            {
                SeatSource.SingleMemberDistrict => $"{chamberName}: single-member district No. {n}",
                SeatSource.ElectedByMaslikhats when region is not null => $"{chamberName}: {region}, elected by maslikhat deputies, seat {n}",
                _ => $"{chamberName}: {Names.Of(source).English}, seat {n}",
            };
        }

        private PostInfo Extend(ChamberKind chamber, SeatSource source, Region? region, int number, LocalDate start, LocalDate? end)
        {
            var baseId = PopoloIdentifiers.Post(chamber, source, region?.Id, number);
            if (!byBase.TryGetValue(baseId, out var spans))
            {
                spans = [];
                byBase[baseId] = spans;
            }

            if (spans.Count > 0 && spans[^1].End == start)
            {
                spans[^1].End = end;
                return spans[^1];
            }

            var id = spans.Count == 0 ? baseId : baseId + "@" + Preconditions.Iso(start);
            var post = new PostInfo(id, Label(chamber, source, region?.CurrentName.English, number), Role(chamber), PopoloIdentifiers.Chamber(chamber), region?.OcdId, start, end);
            spans.Add(post);
            All.Add(post);
            return post;
        }
    }
}

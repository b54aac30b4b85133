using System.Globalization;
using System.Text.Json;
using Kz.Legislature.History;
using Kz.Legislature.Internal;
using Kz.Legislature.Serialization.Popolo;

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
/// is linear in the size of the history. Serialized with source-generated metadata: no reflection.</para>
/// </remarks>
public static partial class PopoloExporter
{
    /// <summary>Exports the whole history: organizations, posts, areas and events, the persons of <see cref="LegislativeHistory.People"/>, a post per chamber office (for example Chair of the Senate) and a membership per <see cref="LegislativeHistory.Offices"/> term, and the party composition of each sitting at its formation (<c>seat_counts</c> on the chamber's organization).</summary>
    /// <param name="history">The history, for example <see cref="LegislativeHistory.Kazakhstan"/>.</param>
    /// <returns>The Popolo JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static string Export(LegislativeHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return ToString(Build(history, [], null, [], people: true));
    }

    /// <summary>Exports the whole history to a stream as UTF-8.</summary>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="history">The history.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void ExportTo(Stream utf8Json, LegislativeHistory history)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(history);
        Serialize(utf8Json, Build(history, [], null, [], people: true));
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
        return ToString(Build(history, [composition], null, list));
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
        Serialize(utf8Json, Build(history, [composition], null, list));
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
        return ToString(Build(history, parliament.Chambers, parliament.Convocation, list));
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
        Serialize(utf8Json, Build(history, parliament.Chambers, parliament.Convocation, list));
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

    private static string ToString(PopoloDocumentDto document) => JsonSerializer.Serialize(document, PopoloJsonContext.Writing.PopoloDocumentDto);

    private static void Serialize(Stream utf8Json, PopoloDocumentDto document) => JsonSerializer.Serialize(utf8Json, document, PopoloJsonContext.Writing.PopoloDocumentDto);

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

    private static PopoloDocumentDto Build(LegislativeHistory history, IReadOnlyList<ChamberComposition> compositions, int? parliamentConvocation, IReadOnlyList<SourceReference> compositionSources, bool people = false)
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

        var document = new PopoloDocumentDto();
        foreach (var d in persons)
        {
            document.Persons.Add(new PopoloPersonDto
            {
                Id = PopoloIdentifiers.Person(d.Id),
                Name = d.Name.English,
                OtherNames = OtherNames(d.Name, null),
                Identifiers = Identifiers(d.Id, null),
                BirthDate = d.BirthDate is { } birth ? Preconditions.Iso(birth) : null,
                Sources = SourceDtos(compositionSources),
            });
        }

        if (people)
        {
            AddPeoplePersons(document.Persons, history);
        }

        AddOrganizations(document.Organizations, history, extraParties, compositionSources, people);

        foreach (var ms in memberships)
        {
            var m = ms.Mandate;
            document.Memberships.Add(new PopoloMembershipDto
            {
                Id = ms.Id,
                Role = "member",
                PersonId = PopoloIdentifiers.Person(m.Deputy.Id),
                OrganizationId = ms.OrganizationId,
                PostId = ms.PostId,
                OnBehalfOfId = m.PartyId is { } party ? PopoloIdentifiers.Party(party) : null,
                AreaId = ms.AreaId,
                LegislativePeriodId = ms.LegislativePeriodId,
                StartDate = Preconditions.Iso(m.Start),
                EndDate = m.End is { } end ? Preconditions.Iso(end) : null,
                EndReason = m.EndReason is { } reason ? EndReasonName(reason) : null,
                Sources = SourceDtos(compositionSources),
            });
        }

        if (people)
        {
            AddOfficeMemberships(document.Memberships, history);
        }

        foreach (var post in posts.All)
        {
            document.Posts.Add(Post(post));
        }

        foreach (var post in extraPosts)
        {
            document.Posts.Add(Post(post));
        }

        if (people)
        {
            AddOfficePosts(document.Posts, history);
        }

        foreach (var region in history.Regions)
        {
            document.Areas.Add(new PopoloAreaDto
            {
                Id = region.OcdId,
                Name = region.CurrentName.English,
                Identifiers = Identifiers(region.Id, region.WikidataId),
                Classification = AreaClassification(region.Kinds[^1].Value),
                Sources = SourceDtos(region.Provenance?.Sources ?? []),
            });
        }

        AddEvents(document.Events, history);
        return document;
    }

    private static void AddOrganizations(List<PopoloOrganizationDto> w, LegislativeHistory history, List<string> extraParties, IReadOnlyList<SourceReference> compositionSources, bool people)
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
            w.Add(Organization(PopoloIdentifiers.Parliament, Names.Parliament, "legislature", null, null, null, ps, parliamentEnd, bicameral.Items, "Parliament of the Republic of Kazakhstan"));
        }

        foreach (var kind in Enum.GetValues<ChamberKind>())
        {
            if (!chambers.TryGetValue(kind, out var span))
            {
                continue;
            }

            var bicameralChamber = kind is ChamberKind.Senate or ChamberKind.Mazhilis;
            w.Add(Organization(
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
                people ? SeatCounts(history, kind) : null));
        }

        if (assembly.Items.Count > 0)
        {
            w.Add(Organization(PopoloIdentifiers.AssemblyOfPeople, AssemblyOfPeople.Instance.Name, "assembly", null, null, null, null, null, assembly.Items, null));
        }

        foreach (var region in history.Regions)
        {
            var name = region.CurrentName;
            w.Add(Organization(
                PopoloIdentifiers.Maslikhat(region.Id),
                new LocalizedName($"Maslikhat of {name.English}", name.Russian is null ? null : $"Маслихат ({name.Russian})", name.Kazakh is null ? null : $"Мәслихат ({name.Kazakh})", name.KazakhLatin is null ? null : $"Mäslihat ({name.KazakhLatin})"),
                "maslikhat",
                null,
                null,
                region.OcdId,
                null,
                region.Period.End,
                region.Provenance?.Sources ?? [],
                null));
        }

        foreach (var party in history.Parties)
        {
            w.Add(Organization(PopoloIdentifiers.Party(party.Id), party.Name, "party", (party.Id, party.WikidataId), null, null, null, null, party.Provenance?.Sources ?? [], null));
        }

        foreach (var party in extraParties)
        {
            w.Add(Organization(PopoloIdentifiers.Party(party), new LocalizedName(party), "party", (party, null), null, null, null, null, compositionSources, null));
        }
    }

    private static PopoloOrganizationDto Organization(
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
        List<PopoloSeatCountDto>? seatCounts = null) => new()
    {
        Id = id,
        Name = displayName ?? name.English,
        OtherNames = OtherNames(name, displayName is null ? null : name.English),
        Identifiers = identifiers is { } ids ? Identifiers(ids.Slug, ids.Wikidata) : null,
        Classification = classification,
        ParentId = parentId,
        AreaId = areaId,
        FoundingDate = founding is { } f ? Preconditions.Iso(f) : null,
        DissolutionDate = dissolution is { } d ? Preconditions.Iso(d) : null,
        SeatCounts = seatCounts,
        Sources = SourceDtos(sources),
    };

    private static PopoloPostDto Post(PostInfo post) => new()
    {
        Id = post.Id,
        Label = post.Label,
        Role = post.Role,
        OrganizationId = post.OrganizationId,
        AreaId = post.AreaId,
        StartDate = post.Start is { } start ? Preconditions.Iso(start) : null,
        EndDate = post.End is { } end ? Preconditions.Iso(end) : null,
        Sources = SourceDtos(post.Sources.Items),
    };

    private static void AddEvents(List<PopoloEventDto> events, LegislativeHistory history)
    {
        foreach (var c in history.Convocations)
        {
            var first = c.FirstSitting;
            var start = first ?? c.ElectedOn;
            events.Add(new PopoloEventDto
            {
                Id = PopoloIdentifiers.Convocation(c.Id),
                Name = $"{BodyName(c.Body)}, {c.Roman} convocation",
                Classification = "legislative period",
                OrganizationId = BodyOrganization(c.Body),
                Identifiers = Identifiers(c.Id, null),
                StartDate = start is { } s ? Preconditions.Iso(s) : null,
                Description = first is null && start is not null ? "start_date is the election day: the first sitting is not in the data." : null,
                EndDate = c.Until is { } until ? Preconditions.Iso(until) : null,
                Sources = SourceDtos(c.Provenance.Sources),
            });
        }

        foreach (var e in history.Elections)
        {
            events.Add(new PopoloEventDto
            {
                Id = PopoloIdentifiers.Election(e.Id),
                Name = $"{Names.Of(e.Chamber).English} election ({Words(e.Kind.ToString())}), {Preconditions.Iso(e.Date)}",
                Classification = "election",
                OrganizationId = PopoloIdentifiers.Chamber(e.Chamber),
                Identifiers = Identifiers(e.Id, null),
                StartDate = Preconditions.Iso(e.Dates[0]),
                EndDate = Preconditions.Iso(e.Dates[^1]),
                Sources = SourceDtos(e.Provenance.Sources),
            });
        }

        foreach (var e in history.Events)
        {
            events.Add(new PopoloEventDto
            {
                Id = PopoloIdentifiers.Event(e.Id),
                Name = e.Name.English,
                Classification = Words(e.Kind.ToString()),
                Identifiers = Identifiers(e.Id, null),
                StartDate = Preconditions.Iso(e.Date),
                Sources = SourceDtos(e.Provenance.Sources),
            });
        }
    }

    private static List<PopoloOtherNameDto>? OtherNames(LocalizedName name, string? english)
    {
        if (english is null && name.Russian is null && name.Kazakh is null && name.KazakhLatin is null && name.Alternatives.Count == 0)
        {
            return null;
        }

        var names = new List<PopoloOtherNameDto>();
        if (english is not null)
        {
            names.Add(new(english, "en"));
        }

        if (name.Russian is not null)
        {
            names.Add(new(name.Russian, "ru"));
        }

        if (name.Kazakh is not null)
        {
            names.Add(new(name.Kazakh, "kk"));
        }

        if (name.KazakhLatin is not null)
        {
            names.Add(new(name.KazakhLatin, "kk-Latn"));
        }

        foreach (var alternative in name.Alternatives)
        {
            names.Add(new(alternative, "alternative"));
        }

        return names;
    }

    private static List<PopoloIdentifierDto> Identifiers(string slug, string? wikidata) =>
        wikidata is null ? [new(slug, PopoloIdentifiers.Scheme)] : [new(slug, PopoloIdentifiers.Scheme), new(wikidata, "wikidata")];

    private static List<PopoloSourceDto> SourceDtos(IReadOnlyList<SourceReference> sources)
    {
        var list = new List<PopoloSourceDto>(sources.Count);
        foreach (var s in sources)
        {
            list.Add(new(s.Url.OriginalString, s.Title));
        }

        return list;
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

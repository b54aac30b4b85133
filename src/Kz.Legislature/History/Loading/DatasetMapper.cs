using System.Globalization;
using System.Text.Json;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History.Loading;

internal sealed record SeatPlanEntry(SeatSource Source, int? Seats, int? PerRegion, Citation Citation);

internal sealed record SeatCountBasisEntry(Term Period, SeatCountBasis Basis, Confidence Confidence, string Note);

internal sealed record ChamberRuleData(
    ChamberKind Kind,
    IReadOnlyList<SeatPlanEntry> Plan,
    IReadOnlyList<SeatCountBasisEntry> SeatCountBases,
    int? TermYears,
    RenewalRule? Renewal,
    EligibilityRules Eligibility,
    IReadOnlyList<Incompatibility> Incompatibilities,
    IReadOnlyList<ElectoralSystem> Systems,
    IReadOnlyList<ListQuotaRule> Quotas,
    Provenance Provenance,
    IReadOnlyList<KeyValuePair<RuleAspect, Citation>> Citations);

internal sealed record RuleSetData(string Id, Instrument Instrument, Term Period, LegislatureForm Form, IReadOnlyList<ChamberRuleData> Chambers, Provenance Provenance, Citation FormCitation);

internal sealed record Dataset(
    string DataVersion,
    LocalDate CoverageStart,
    LocalDate VerifiedThrough,
    IReadOnlyList<Party> Parties,
    IReadOnlyList<Region> Regions,
    IReadOnlyList<Instrument> Instruments,
    IReadOnlyList<RuleSetData> RuleSets,
    IReadOnlyList<Sitting> Sittings,
    IReadOnlyList<Convocation> Convocations,
    IReadOnlyList<Election> Elections,
    IReadOnlyList<LegislativeEvent> Events)
{
    /// <summary>Gets the party compositions at formation (the optional "compositions" section).</summary>
    public CompositionSection? Compositions { get; init; }

    /// <summary>Gets the people and presiding-officer terms (the optional "people" and "offices" sections).</summary>
    public PeopleData People { get; init; } = PeopleData.Empty;

    /// <summary>Gets the decisions of each rule set (the optional "decisionRules" section).</summary>
    public IReadOnlyList<DecisionSetData>? DecisionRules { get; init; }
}

/// <summary>
/// Turns the parsed DTOs into the model, checking what one value alone cannot say: references to ids that must exist,
/// periods, overlaps and gaps, sort order, citations. Every problem is collected with its JSON path; if there is any,
/// one <see cref="LegislativeDataException"/> lists them all.
/// </summary>
internal sealed partial class DatasetMapper
{
    /// <summary>The largest seat count accepted in a seat plan (guards the per-region products against overflow).</summary>
    public const int MaxSeats = 10_000;

    private readonly List<DataProblem> problems = [];
    private readonly Dictionary<string, Instrument> instruments = new(StringComparer.Ordinal);
    private readonly string fileName;
    private HashSet<string> declaredInstruments = [];

    private DatasetMapper(string fileName)
    {
        this.fileName = fileName;
    }

    /// <summary>Maps and checks a parsed document.</summary>
    /// <param name="dto">The document.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="LegislativeDataException">One or more problems, each with its JSON path.</exception>
    public static Dataset Map(DatasetDto dto, string fileName)
    {
        var mapper = new DatasetMapper(fileName);
        var dataset = mapper.MapRoot(dto);
        return mapper.problems.Count > 0 || dataset is null ? throw new LegislativeDataException(fileName, mapper.problems) : dataset;
    }

    private static string Item(string path, int i) => path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";

    private bool Fail(string path, string reason)
    {
        problems.Add(new DataProblem(path, reason));
        return false;
    }

    private T? Wrap<T>(string path, Func<T> build)
        where T : class
    {
        try
        {
            return build();
        }
        catch (ArgumentException ex)
        {
            Fail(path, Preconditions.MessageOf(ex));
            return null;
        }
    }

    private Dataset? MapRoot(DatasetDto d)
    {
        var coverageStart = d.CoverageStart!.Value;
        var verifiedThrough = d.VerifiedThrough!.Value;
        if (verifiedThrough < coverageStart)
        {
            Fail("$.verifiedThrough", "verifiedThrough is before coverageStart.");
        }

        var parties = Unique(d.Parties!, "$.parties", ReadParty, p => p.Id);
        var regions = Unique(d.Regions!, "$.regions", ReadRegion, r => r.Id);
        declaredInstruments = Ids(d.Instruments!, i => i.Id);
        var instrumentList = Unique(d.Instruments!, "$.instruments", ReadInstrument, i => i.Id);
        foreach (var (_, i) in instrumentList)
        {
            instruments[i.Id] = i;
        }

        var ruleSets = Unique(d.RuleSets!, "$.ruleSets", ReadRuleSet, r => r.Id);
        CheckRuleSetPeriods(d.RuleSets!.Count, ruleSets, coverageStart);
        var convocations = Unique(d.Convocations!, "$.convocations", ReadConvocation, c => c.Id);
        var ruleSetsById = new Dictionary<string, RuleSetData>(StringComparer.Ordinal);
        foreach (var (_, r) in ruleSets)
        {
            ruleSetsById.TryAdd(r.Id, r);
        }

        // References are checked against the ids the document declares, so that a record with a problem of its own
        // (already reported) does not make every reference to it a second problem.
        var ruleSetIds = Ids(d.RuleSets!, r => r.Id);
        var convocationIds = Ids(d.Convocations!, c => c.Id);
        var convocationsById = new Dictionary<string, Convocation>(StringComparer.Ordinal);
        foreach (var (_, c) in convocations)
        {
            convocationsById.TryAdd(c.Id, c);
        }

        var sittings = Unique(d.Sittings!, "$.sittings", (s, p) => ReadSitting(s, p, ruleSetsById, ruleSetIds, convocationsById, convocationIds), s => s.Id);
        CheckSittings(sittings);
        var partyIds = Ids(d.Parties!, p => p.Id);
        var regionIds = Ids(d.Regions!, r => r.Id);
        var elections = Unique(d.Elections!, "$.elections", (e, p) => ReadElection(e, p, partyIds, regionIds), e => e.Id);
        var allIds = new HashSet<string>(StringComparer.Ordinal);
        allIds.UnionWith(partyIds);
        allIds.UnionWith(regionIds);
        allIds.UnionWith(Ids(d.Instruments!, i => i.Id));
        allIds.UnionWith(ruleSetIds);
        allIds.UnionWith(convocationIds);
        allIds.UnionWith(Ids(d.Sittings!, s => s.Id));
        allIds.UnionWith(Ids(d.Elections!, e => e.Id));
        var events = Unique(d.Events!, "$.events", (e, p) => ReadEvent(e, p, allIds), e => e.Id);
        for (var i = 1; i < events.Count; i++)
        {
            if (events[i].Value.Date < events[i - 1].Value.Date)
            {
                Fail(events[i].Path + ".date", $"Events must be sorted by date: {Preconditions.Iso(events[i].Value.Date)} comes after {Preconditions.Iso(events[i - 1].Value.Date)}.");
            }
        }

        var decisionRules = ReadDecisionRules(d.DecisionRules, ruleSetsById, ruleSetIds);
        var people = ReadPeople(d.People);
        var offices = ReadOffices(d.Offices, people, Ids(d.People ?? [], p => p.Id), sittings, sittings.Count == d.Sittings!.Count, coverageStart);
        var compositions = ReadCompositions(d.Compositions, sittings, parties, elections, Ids(d.Sittings!, s => s.Id), partyIds, Ids(d.Elections!, e => e.Id));
        return problems.Count > 0
            ? null
            : new Dataset(d.DataVersion!, coverageStart, verifiedThrough, Values(parties), Values(regions), Values(instrumentList), Values(ruleSets), Values(sittings), Values(convocations), Values(elections), Values(events))
            {
                DecisionRules = decisionRules,
                Compositions = new CompositionSection(fileName, compositions),
                People = new PeopleData(people, offices),
            };
    }

    private static HashSet<string> Ids<TDto>(List<TDto?> items, Func<TDto, string?> id)
        where TDto : class
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item is not null && id(item) is { } value)
            {
                ids.Add(value);
            }
        }

        return ids;
    }

    private static List<T> Values<T>(List<(string Path, T Value)> list) => list.ConvertAll(x => x.Value);

    /// <summary>Reads the items of a section, each at its path; an item given twice by id is a problem at its id.</summary>
    private List<(string Path, T Value)> Unique<TDto, T>(List<TDto?> items, string path, Func<TDto, string, T?> read, Func<T, string> id)
        where TDto : class
        where T : class
    {
        var list = new List<(string, T)>(items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = Item(path, i);
            if (items[i] is not { } item)
            {
                Fail(itemPath, "Expected an object, found null.");
                continue;
            }

            if (read(item, itemPath) is not { } value)
            {
                continue;
            }

            if (!seen.Add(id(value)))
            {
                Fail(itemPath + ".id", $"The id '{id(value)}' is used twice.");
                continue;
            }

            list.Add((itemPath, value));
        }

        return list;
    }

    /// <summary>Reads a list of objects that may hold null items.</summary>
    private List<T> Objects<TDto, T>(List<TDto?>? items, string path, Func<TDto, string, T?> read)
        where TDto : class
        where T : class
    {
        var list = new List<T>();
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                Fail(Item(path, i), "Expected an object, found null.");
            }
            else if (read(item, Item(path, i)) is { } value)
            {
                list.Add(value);
            }
        }

        return list;
    }

    private List<string> Strings(List<string?>? items, string path)
    {
        var list = new List<string>(items?.Count ?? 0);
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            if (items[i] is { } s)
            {
                list.Add(s);
            }
            else
            {
                Fail(Item(path, i), "Expected a string, found null.");
            }
        }

        return list;
    }

    private Provenance? ReadProvenance(IProvenanceDto n, string path) =>
        ReadSources(n.Sources!, path + ".sources") is { } sources ? Wrap(path, () => new Provenance(sources, n.Confidence!.Value, n.Note)) : null;

    private List<SourceReference>? ReadSources(List<SourceDto?> items, string path)
    {
        var sources = new List<SourceReference>();
        var ok = true;
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = Item(path, i);
            if (items[i] is not { } s)
            {
                ok = Fail(itemPath, "Expected an object, found null.");
                continue;
            }

            var url = s.Url!;
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                ok = Fail(itemPath + ".url", $"A source URL must be an absolute http(s) address, found '{url}'.");
                continue;
            }

            if (url.Any(c => c > '\u007e' || char.IsWhiteSpace(c)))
            {
                ok = Fail(itemPath + ".url", $"A source URL must be written in ASCII with other characters percent-encoded (as the schema's 'uri' format requires), found '{url}'.");
                continue;
            }

            sources.Add(new SourceReference(uri, s.Title!));
        }

        if (items.Count == 0)
        {
            return Fail(path, "At least one source is required: no fact without a source.") ? null : null;
        }

        return ok ? sources : null;
    }

    private LocalizedName? ReadNames(NamesDto n, string path)
    {
        var alternatives = Strings(n.Alternatives, path + ".alternatives");
        return Wrap(path, () => new LocalizedName(n.En!, n.Ru, n.Kk, n.KkLatn, alternatives));
    }

    private Term? ReadPeriod(LocalDate from, LocalDate? until, string path, string untilName = "validUntil")
    {
        if (until is { } u && u <= from)
        {
            Fail(path + "." + untilName, $"The period ends ({Preconditions.Iso(u)}) on or before it starts ({Preconditions.Iso(from)}); periods are half-open [from, until).");
            return null;
        }

        return new Term(from, until);
    }

    private Party? ReadParty(PartyDto n, string path)
    {
        var names = ReadNames(n.Names!, path + ".names");
        var provenance = ReadProvenance(n, path);
        var former = ReadFormerNames(n, path + ".formerNames");
        return names is null || provenance is null || former is null ? null : Wrap(path, () => new Party(n.Id!, names, n.Wikidata, provenance, former));
    }

    /// <summary>Reads a party's former names: oldest first, each ending after the one before and inside the party's period.</summary>
    private List<PartyName>? ReadFormerNames(PartyDto n, string path)
    {
        var former = new List<PartyName>();
        var ok = true;
        LocalDate? previous = null;
        for (var i = 0; i < (n.FormerNames?.Count ?? 0); i++)
        {
            var itemPath = Item(path, i);
            if (n.FormerNames![i] is not { } f)
            {
                ok = Fail(itemPath, "Expected an object, found null.");
                continue;
            }

            var until = f.Until!.Value;
            if (previous is { } p && until <= p)
            {
                ok = Fail(itemPath + ".until", $"The former names are given oldest first, each ending after the one before; this one ends on {Preconditions.Iso(until)}, not after {Preconditions.Iso(p)}.");
            }
            else if ((n.ValidFrom is { } from && until <= from.Value) || (n.ValidUntil is { } end && until >= end.Value))
            {
                ok = Fail(itemPath + ".until", $"A former name must give way inside the party's own period (validFrom to validUntil), found {Preconditions.Iso(until)}.");
            }

            previous = until;
            var names = ReadNames(f.Names!, itemPath + ".names");
            var provenance = ReadProvenance(f, itemPath);
            if (names is null || provenance is null)
            {
                ok = false;
                continue;
            }

            former.Add(new PartyName(names, until, provenance));
        }

        return ok ? former : null;
    }

    private Region? ReadRegion(RegionDto n, string path)
    {
        var period = ReadPeriod(n.ValidFrom!.Value, n.ValidUntil, path);
        var kinds = Objects(n.Kinds, path + ".kinds", (k, p) => ReadPeriod(k.ValidFrom!.Value, k.ValidUntil, p) is { } t ? new Dated<RegionKind>(t, k.Kind!.Value) : null);
        var names = Objects(n.Names, path + ".names", (k, p) => ReadPeriod(k.ValidFrom!.Value, k.ValidUntil, p) is { } t && ReadNames(k.Names!, p + ".names") is { } nm ? new Dated<LocalizedName>(t, nm) : null);
        var provenance = ReadProvenance(n, path);
        return period is null || provenance is null ? null : Wrap(path, () => new Region(n.Id!, n.OcdId!, n.Wikidata, period, kinds, names, provenance));
    }

    private Instrument? ReadInstrument(InstrumentDto n, string path)
    {
        ReferendumResult? referendum = null;
        if (n.Referendum is { } r)
        {
            var alternatives = Strings(r.Alternatives, path + ".referendum.alternatives");
            referendum = Wrap(path + ".referendum", () => new ReferendumResult(r.HeldOn!.Value, r.RegisteredVoters, r.BallotsCast, r.TurnoutPercent, r.YesVotes, r.YesPercent, r.NoVotes, r.InvalidVotes, r.Approved!.Value, alternatives));
            if (referendum is null)
            {
                return null;
            }
        }

        var names = ReadNames(n.Names!, path + ".names");
        var changes = Strings(n.LegislativeChanges, path + ".legislativeChanges");
        var provenance = ReadProvenance(n, path);
        return names is null || provenance is null
            ? null
            : Wrap(path, () => new Instrument(n.Id!, n.Kind!.Value, names, n.Number, n.AdoptedOn, n.SignedOn, n.InForceFrom, n.InForceFromAlternatives ?? [], changes, referendum, provenance));
    }

    private RuleSetData? ReadRuleSet(RuleSetDto n, string path)
    {
        var ok = true;
        if (!instruments.TryGetValue(n.Instrument!, out var instrument))
        {
            ok = UnknownInstrument(path, n.Instrument!);
        }

        var period = ReadPeriod(n.ValidFrom!.Value, n.ValidUntil, path);
        var form = n.Form!.Value;
        var confidence = n.Confidence!.Value;
        Citation? formCitation = null;
        if (n.Citations is not { } citations)
        {
            ok = MissingCitations(path, "the form of the legislature (which chambers exist)");
        }
        else
        {
            formCitation = ReadCitation(citations.Form, path + ".citations", "form", "the form of the legislature (which chambers exist)", confidence);
            ok &= formCitation is not null;
        }

        var chambers = new List<ChamberRuleData>();
        for (var i = 0; period is { } p && i < n.Chambers!.Count; i++)
        {
            var chamberPath = Item(path + ".chambers", i);
            if (n.Chambers[i] is not { } c)
            {
                ok = Fail(chamberPath, "Expected an object, found null.");
                continue;
            }

            if (ReadChamber(c, chamberPath, p) is not { } chamber)
            {
                ok = false;
                continue;
            }

            if (chambers.Any(x => x.Kind == chamber.Kind))
            {
                ok = Fail(chamberPath + ".chamber", $"The chamber '{chamber.Kind}' appears twice in one rule set.");
                continue;
            }

            chambers.Add(chamber);
        }

        var expected = form switch { LegislatureForm.None => 0, LegislatureForm.Unicameral => 1, _ => 2 };
        if (ok && period is not null && chambers.Count != expected)
        {
            ok = Fail(path + ".chambers", $"A {form} legislature has {expected} chamber(s), but {chambers.Count} are given.");
        }

        var provenance = ReadProvenance(n, path);
        return ok && period is not null && provenance is not null
            ? new RuleSetData(n.Id!, instrument!, period, form, chambers, provenance, formCitation!)
            : null;
    }

    /// <summary>A reference to an instrument that is not there; one declared with problems of its own has been reported already.</summary>
    private bool UnknownInstrument(string path, string id) =>
        !declaredInstruments.Contains(id) && Fail(path + ".instrument", $"The instrument '{id}' is not defined in $.instruments.");

    private bool MissingCitations(string ownerPath, string what) =>
        Fail(ownerPath, $"The required property 'citations' is missing: {what} must cite the instrument, the article (or null with a note) and the sources that state it.");

    private ChamberRuleData? ReadChamber(ChamberDto c, string path, Term ruleSetPeriod)
    {
        var ok = true;
        var kind = c.Chamber!.Value;
        var confidence = c.Confidence!.Value;
        var citations = new List<KeyValuePair<RuleAspect, Citation>>();
        var chamberCitations = c.Citations;
        var citationsPath = path + ".citations";
        if (chamberCitations is null)
        {
            ok = MissingCitations(path, "the chamber's existence and composition");
        }
        else
        {
            ok &= Cite(citations, RuleAspect.Existence, ReadCitation(chamberCitations.Chamber, citationsPath, "chamber", "the chamber's existence", confidence));
            ok &= Cite(citations, RuleAspect.Composition, ReadCitation(chamberCitations.SeatPlan, citationsPath, "seatPlan", "the chamber's composition (its statutory seats)", confidence));
        }

        var plan = new List<SeatPlanEntry>();
        for (var i = 0; i < c.SeatPlan!.Count; i++)
        {
            var entryPath = Item(path + ".seatPlan", i);
            if (c.SeatPlan[i] is not { } s)
            {
                ok = Fail(entryPath, "Expected an object, found null.");
                continue;
            }

            var source = s.Source!.Value;
            if (s.Seats > MaxSeats || s.PerRegion > MaxSeats)
            {
                ok = Fail(entryPath, $"A seat count above {MaxSeats} is not plausible for a chamber.");
                continue;
            }

            if ((s.Seats is null) == (s.PerRegion is null))
            {
                ok = Fail(entryPath, "A seat-plan entry has exactly one of 'seats' and 'perRegion'.");
                continue;
            }

            if (plan.Any(p => p.Source == source))
            {
                ok = Fail(entryPath + ".source", $"The seat source '{source}' appears twice in one seat plan.");
                continue;
            }

            if (ReadValueCitation(s.Citation, entryPath, "citation", $"the {source} seats", confidence) is { } citation)
            {
                plan.Add(new SeatPlanEntry(source, s.Seats, s.PerRegion, citation));
            }
            else
            {
                ok = false;
            }
        }

        var bases = new List<SeatCountBasisEntry>();
        for (var i = 0; c.SeatCountBasis is { } sb && i < sb.Count; i++)
        {
            var basisPath = Item(path + ".seatCountBasis", i);
            if (sb[i] is not { } b)
            {
                ok = Fail(basisPath, "Expected an object, found null.");
                continue;
            }

            if (ReadPeriod(b.ValidFrom!.Value, b.ValidUntil, basisPath) is not { } period || !Within(basisPath, period, ruleSetPeriod))
            {
                ok = false;
                continue;
            }

            if (bases.Any(x => x.Period.Overlaps(period)))
            {
                ok = Fail(basisPath, "Seat-count basis periods of one chamber overlap.");
                continue;
            }

            if (b.Basis == SeatCountBasis.Stated)
            {
                ok = Fail(basisPath + ".basis", "A seat-count basis entry records a count no source states: 'derivedFromRegions' or 'inferredFromElection'; days with no entry are 'stated'.");
                continue;
            }

            bases.Add(new SeatCountBasisEntry(period, b.Basis!.Value, b.Confidence!.Value, b.Note!));
        }

        var termYears = c.TermYears;
        ok &= CiteIfKnown(citations, RuleAspect.TermLength, chamberCitations?.TermYears, citationsPath, "termYears", termYears is not null, path, "the term of office", confidence, chamberCitations is not null);
        RenewalRule? renewal = null;
        if (c.Renewal is { } r)
        {
            renewal = Wrap(path + ".renewal", () => new RenewalRule(r.Source!.Value, r.FractionNumerator!.Value, r.FractionDenominator!.Value, Period.FromYears(r.EveryYears!.Value)));
            ok &= renewal is not null;
        }

        ok &= CiteIfKnown(citations, RuleAspect.Renewal, chamberCitations?.Renewal, citationsPath, "renewal", renewal is not null, path, "the renewal rule", confidence, chamberCitations is not null);
        var eligibility = EligibilityRules.Unknown;
        if (c.Eligibility is { } e)
        {
            var eligibilityPath = path + ".eligibility";
            eligibility = new EligibilityRules(e.MinimumAge, e.ResidenceYears, e.RegionResidenceYears, e.HigherEducation, e.WorkExperienceYears, e.Citizenship);
            var ec = e.Citations;
            var known = new (string Name, RuleAspect Aspect, bool Known, CitationDto? Citation)[]
            {
                ("minimumAge", RuleAspect.MinimumAge, e.MinimumAge is not null, ec?.MinimumAge),
                ("residenceYears", RuleAspect.ResidenceYears, e.ResidenceYears is not null, ec?.ResidenceYears),
                ("regionResidenceYears", RuleAspect.RegionResidenceYears, e.RegionResidenceYears is not null, ec?.RegionResidenceYears),
                ("higherEducation", RuleAspect.HigherEducation, e.HigherEducation is not null, ec?.HigherEducation),
                ("workExperienceYears", RuleAspect.WorkExperienceYears, e.WorkExperienceYears is not null, ec?.WorkExperienceYears),
                ("citizenship", RuleAspect.Citizenship, e.Citizenship is not null, ec?.Citizenship),
            };
            ok &= CiteEach(citations, known, ec is not null, eligibilityPath, "each eligibility value", "the eligibility value", confidence, "Every eligibility value is null, so there is nothing to cite; remove 'citations'.");
        }

        var incompatibilities = Objects(c.Incompatibilities, path + ".incompatibilities", (i, p) =>
            ReadValueCitation(i.Citation, p, "citation", "this incompatibility", confidence) is { } citation
                ? Wrap(p, () => new Incompatibility(i.Text!, i.Kind?.Value ?? IncompatibilityKind.Other, citation))
                : null);
        var systems = new List<ElectoralSystem>();
        for (var i = 0; c.ElectoralSystems is { } es && i < es.Count; i++)
        {
            var systemPath = Item(path + ".electoralSystems", i);
            if (es[i] is not { } s)
            {
                ok = Fail(systemPath, "Expected an object, found null.");
                continue;
            }

            if (ReadPeriod(s.ValidFrom!.Value, s.ValidUntil, systemPath) is not { } period || !Within(systemPath, period, ruleSetPeriod))
            {
                ok = false;
                continue;
            }

            var systemCitations = new List<KeyValuePair<RuleAspect, Citation>>();
            var sc = s.Citations;
            var values = new (string Name, RuleAspect Aspect, bool Known, CitationDto? Citation)[]
            {
                ("thresholdPercent", RuleAspect.Threshold, s.ThresholdPercent is not null, sc?.ThresholdPercent),
                ("thresholdBase", RuleAspect.ThresholdBase, s.ThresholdBase is not null, sc?.ThresholdBase),
                ("method", RuleAspect.Method, s.Method is not null, sc?.Method),
                ("runnerUpAdmission", RuleAspect.RunnerUpAdmission, s.RunnerUpAdmission is not null, sc?.RunnerUpAdmission),
                ("tiePolicy", RuleAspect.TiePolicy, s.TiePolicy is not null, sc?.TiePolicy),
            };
            if (!CiteEach(systemCitations, values, sc is not null, systemPath, "each known electoral-system value", "the electoral-system value", s.Confidence!.Value, "Every electoral-system value is null, so there is nothing to cite; remove 'citations'."))
            {
                ok = false;
                continue;
            }

            if (ReadProvenance(s, systemPath) is not { } provenance)
            {
                ok = false;
                continue;
            }

            var system = new ElectoralSystem(s.Source!.Value, period, s.ThresholdPercent, s.ThresholdBase, s.Method, s.RunnerUpAdmission, s.TiePolicy, provenance, systemCitations);
            if (systems.Any(x => x.Source == system.Source && x.Period.Overlaps(period)))
            {
                ok = Fail(systemPath, "Electoral systems for the same seats overlap.");
                continue;
            }

            systems.Add(system);
        }

        var quotas = new List<ListQuotaRule>();
        var oneQuota = c.ListQuota is { Count: 1 };
        for (var i = 0; c.ListQuota is { } q && i < q.Count; i++)
        {
            // The one-object form has no index in its path.
            var quotaPath = oneQuota ? path + ".listQuota" : Item(path + ".listQuota", i);
            if (q[i] is not { } item)
            {
                ok = Fail(quotaPath, "Expected an object, found null.");
                continue;
            }

            if (ReadQuota(item, quotaPath, ruleSetPeriod) is { } quota)
            {
                quotas.Add(quota);
            }
            else
            {
                ok = false;
            }
        }

        var chamberProvenance = ReadProvenance(c, path);
        return ok && chamberProvenance is not null
            ? new ChamberRuleData(kind, plan, bases, termYears, renewal, eligibility, incompatibilities, systems, quotas, chamberProvenance, citations)
            : null;
    }

    private ListQuotaRule? ReadQuota(ListQuotaDto item, string path, Term ruleSetPeriod)
    {
        if (ReadPeriod(item.ValidFrom!.Value, item.ValidUntil, path) is not { } period || !Within(path, period, ruleSetPeriod))
        {
            return null;
        }

        var percent = item.MinimumPercent!.Value;
        if (decimal.Truncate(percent) != percent)
        {
            Fail(path + ".minimumPercent", "A quota percentage is a whole number.");
            return null;
        }

        var groups = Strings(item.Groups, path + ".groups");
        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g] is not ("women" or "youth" or "disabilities"))
            {
                Fail(Item(path + ".groups", g), $"Unknown quota group '{groups[g]}'. Allowed: women, youth, disabilities.");
                return null;
            }
        }

        var citation = ReadValueCitation(item.Citation, path, "citation", "the list quota (the law that set it)", item.Confidence!.Value);
        var provenance = ReadProvenance(item, path);
        return citation is null || provenance is null
            ? null
            : Wrap(path, () => new ListQuotaRule(period, (int)percent, groups, item.YouthMaximumAge, item.AppliesToSeats!.Value, provenance, citation));
    }

    private static bool Cite(List<KeyValuePair<RuleAspect, Citation>> citations, RuleAspect aspect, Citation? citation)
    {
        if (citation is null)
        {
            return false;
        }

        citations.Add(new(aspect, citation));
        return true;
    }

    /// <summary>Reads the citations of a group of values (eligibility, an electoral system): each known value is cited, no null one is.</summary>
    private bool CiteEach(List<KeyValuePair<RuleAspect, Citation>> citations, (string Name, RuleAspect Aspect, bool Known, CitationDto? Citation)[] values, bool hasCitations, string ownerPath, string what, string each, Confidence confidence, string strayMessage)
    {
        if (values.Any(k => k.Known))
        {
            if (!hasCitations)
            {
                return MissingCitations(ownerPath, what);
            }

            var ok = true;
            foreach (var (name, aspect, known, citation) in values)
            {
                ok &= CiteIfKnown(citations, aspect, citation, ownerPath + ".citations", name, known, ownerPath, each + " '" + name + "'", confidence, true);
            }

            return ok;
        }

        return !hasCitations || Fail(ownerPath + ".citations", strayMessage);
    }

    private bool CiteIfKnown(List<KeyValuePair<RuleAspect, Citation>> citations, RuleAspect aspect, CitationDto? citation, string citationsPath, string name, bool known, string ownerPath, string what, Confidence inherited, bool hasCitations)
    {
        if (!hasCitations)
        {
            return true;
        }

        if (known)
        {
            return Cite(citations, aspect, ReadCitation(citation, citationsPath, name, what, inherited));
        }

        return citation is null || Fail(citationsPath + "." + name, $"'{name}' is null in {ownerPath}, so there is nothing to cite; remove this citation or give the value.");
    }

    private Citation? ReadValueCitation(CitationDto? citation, string ownerPath, string property, string what, Confidence inherited)
    {
        if (citation is null)
        {
            Fail(ownerPath, $"The required property '{property}' is missing: {what} must cite the instrument, the article (or null with a note) and the sources that state it.");
            return null;
        }

        return ReadCitation(citation, ownerPath, property, what, inherited);
    }

    /// <summary>Reads <c>{ instrument, article, sources, confidence?, verifiedOn?, note? }</c> at <paramref name="ownerPath"/>.<paramref name="property"/> (required).</summary>
    private Citation? ReadCitation(CitationDto? n, string ownerPath, string property, string what, Confidence inherited)
    {
        if (n is null)
        {
            Fail(ownerPath, $"The required citation '{property}' is missing: {what} must cite the instrument, the article (or null with a note) and the sources that state it.");
            return null;
        }

        var path = ownerPath + "." + property;
        var ok = true;
        if (!instruments.TryGetValue(n.Instrument!, out var instrument))
        {
            ok = UnknownInstrument(path, n.Instrument!);
        }

        string? article = null;
        switch (n.Article.ValueKind)
        {
            case JsonValueKind.Undefined:
                ok = Fail(path, "The required property 'article' is missing.");
                break;
            case JsonValueKind.Null:
                if (n.Note is null)
                {
                    ok = Fail(path + ".article", "The article is null, so a 'note' must say why (for example that the article was not verified).");
                }

                break;
            case JsonValueKind.String:
                article = n.Article.GetString();
                if (string.IsNullOrWhiteSpace(article))
                {
                    ok = Fail(path + ".article", "Expected a non-empty string.");
                }

                break;
            default:
                ok = Fail(path + ".article", $"Expected a string or null, found {JsonKinds.Describe(n.Article.ValueKind)}.");
                break;
        }

        var sources = ReadSources(n.Sources!, path + ".sources");
        return ok && sources is not null
            ? new Citation(instrument!.Id, instrument.Name, article, sources, n.Confidence?.Value ?? inherited, n.VerifiedOn, n.Note)
            : null;
    }

    private bool Within(string path, Term inner, Term outer) =>
        !(inner.Start < outer.Start || (outer.End is { } oe && (inner.End is not { } ie || ie > oe)))
        || Fail(path, $"The period {inner} lies outside its rule set's period {outer}.");

    private void CheckRuleSetPeriods(int count, List<(string Path, RuleSetData Value)> ruleSets, LocalDate coverageStart)
    {
        if (count == 0)
        {
            Fail("$.ruleSets", "At least one rule set is required.");
            return;
        }

        if (ruleSets.Count != count)
        {
            // A rule set that could not be read has been reported; its neighbours' periods cannot be compared.
            return;
        }

        if (ruleSets[0].Value.Period.Start != coverageStart)
        {
            Fail(ruleSets[0].Path + ".validFrom", $"The first rule set must start on coverageStart ({Preconditions.Iso(coverageStart)}).");
        }

        for (var i = 1; i < ruleSets.Count; i++)
        {
            if (ruleSets[i].Value.Period.Start < ruleSets[i - 1].Value.Period.Start)
            {
                Fail(ruleSets[i].Path + ".validFrom", $"Rule sets must be sorted by validFrom: {Preconditions.Iso(ruleSets[i].Value.Period.Start)} comes after {Preconditions.Iso(ruleSets[i - 1].Value.Period.Start)}.");
                return;
            }
        }

        for (var i = 1; i < ruleSets.Count; i++)
        {
            var previous = ruleSets[i - 1].Value.Period;
            var current = ruleSets[i].Value.Period;
            if (previous.End is not { } end)
            {
                Fail(ruleSets[i - 1].Path, "Only the last rule set may be open-ended.");
            }
            else if (current.Start < end)
            {
                Fail(ruleSets[i].Path + ".validFrom", $"Rule sets overlap: this one starts {Preconditions.Iso(current.Start)}, before the previous one ends ({Preconditions.Iso(end)}).");
            }
            else if (current.Start > end)
            {
                Fail(ruleSets[i].Path + ".validFrom", $"There is a gap between rule sets: the previous one ends {Preconditions.Iso(end)} but this one starts {Preconditions.Iso(current.Start)}.");
            }
        }
    }

    private Convocation? ReadConvocation(ConvocationDto n, string path)
    {
        if (n.Number <= 0)
        {
            Fail(path + ".number", "A convocation number is positive.");
            return null;
        }

        return ReadProvenance(n, path) is { } provenance
            ? Wrap(path, () => new Convocation(n.Id!, n.Body!.Value, n.Number!.Value, n.FirstSitting, n.Until, n.ElectedOn, provenance, n.FirstSittingAlternatives ?? [], n.UntilAlternatives ?? []))
            : null;
    }

    private Sitting? ReadSitting(SittingDto n, string path, Dictionary<string, RuleSetData> ruleSets, HashSet<string> declaredRuleSets, Dictionary<string, Convocation> convocations, HashSet<string> declaredConvocations)
    {
        var ok = true;
        var chamber = n.Chamber!.Value;
        var ruleSet = n.HeldToRuleSet!;
        if (!ruleSets.TryGetValue(ruleSet, out var heldTo))
        {
            // A declared rule set with problems of its own has been reported already.
            ok = !declaredRuleSets.Contains(ruleSet) && Fail(path + ".heldToRuleSet", $"The rule set '{ruleSet}' is not defined in $.ruleSets.");
        }
        else if (heldTo.Chambers.All(c => c.Kind != chamber))
        {
            ok = Fail(path + ".heldToRuleSet", $"The rule set '{ruleSet}' has no {chamber}, so a {chamber} sitting cannot be held to it.");
        }

        Convocation? convocation = null;
        if (n.Convocation is { } convocationId && !convocations.TryGetValue(convocationId, out convocation))
        {
            ok = declaredConvocations.Contains(convocationId) ? false : Fail(path + ".convocation", $"The convocation '{convocationId}' is not defined in $.convocations.");
        }

        if (n.HeldToSeatPlan.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
        {
            ok = Fail(path + ".heldToSeatPlan", "'heldToSeatPlan' is reserved and must be null.");
        }

        var period = ReadPeriod(n.From!.Value, n.Until, path, "until");
        var provenance = ReadProvenance(n, path);
        return ok && period is not null && provenance is not null
            ? Wrap(path, () => new Sitting(n.Id!, chamber, convocation, period, n.FromBasis!.Value, n.EndReason, ruleSet, provenance, n.FromAlternatives ?? [], n.UntilAlternatives ?? []))
            : null;
    }

    private void CheckSittings(List<(string Path, Sitting Value)> sittings)
    {
        for (var i = 0; i < sittings.Count; i++)
        {
            var s = sittings[i].Value;
            for (var j = 0; j < i; j++)
            {
                var other = sittings[j].Value;
                if (s.Chamber == other.Chamber && s.Period.Overlaps(other.Period))
                {
                    Fail(sittings[i].Path + ".from", $"This {s.Chamber} sitting {s.Period} overlaps '{other.Id}' {other.Period}.");
                    break;
                }
            }
        }
    }

    private Election? ReadElection(ElectionDto n, string path, HashSet<string> parties, HashSet<string> regions)
    {
        var ok = true;
        var results = Objects(n.Results, path + ".results", (r, p) =>
        {
            if (r.Party is { } party && !parties.Contains(party))
            {
                Fail(p + ".party", $"The party '{party}' is not defined in $.parties.");
                return null;
            }

            return Wrap(p, () => new ElectionResult(r.Party, r.Label, r.VoteSharePercent, r.Votes, r.Seats, r.ListSeats, r.DistrictSeats));
        });
        ok &= results.Count == n.Results!.Count;
        var regionIds = Strings(n.Regions, path + ".regions");
        for (var i = 0; i < regionIds.Count; i++)
        {
            if (!regions.Contains(regionIds[i]))
            {
                ok = Fail(Item(path + ".regions", i), $"The region '{regionIds[i]}' is not defined in $.regions.");
            }
        }

        var provenance = ReadProvenance(n, path);
        return ok && provenance is not null
            ? Wrap(path, () => new Election(n.Id!, n.Chamber!.Value, n.Kind!.Value, n.Dates!, n.SeatsContested, n.TurnoutPercent, n.AgainstAllPercent, n.ListOrAgainstAllVotes, n.AgainstAllVotes, results, regionIds, provenance, n.BallotsReceived, n.RegisteredVoters))
            : null;
    }

    private LegislativeEvent? ReadEvent(EventDto n, string path, HashSet<string> ids)
    {
        var ok = true;
        var related = Strings(n.Related, path + ".related");
        for (var i = 0; i < related.Count; i++)
        {
            if (!ids.Contains(related[i]))
            {
                ok = Fail(Item(path + ".related", i), $"The related id '{related[i]}' is not defined anywhere in the dataset.");
            }
        }

        var names = ReadNames(n.Names!, path + ".names");
        var provenance = ReadProvenance(n, path);
        return ok && names is not null && provenance is not null
            ? Wrap(path, () => new LegislativeEvent(n.Id!, n.Date!.Value, n.Kind!.Value, names, related, provenance))
            : null;
    }
}

using System.Text.Json;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

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
    IReadOnlyList<LegislativeEvent> Events,
    IReadOnlyList<Procedure.DecisionSetData>? DecisionRules = null);

/// <summary>Reads and checks a dataset document. Never returns a partial dataset.</summary>
internal static class DatasetReader
{
    /// <summary>The largest dataset accepted, in bytes.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>The deepest nesting accepted.</summary>
    public const int MaxDepth = 32;

    /// <summary>The largest seat count accepted in a seat plan (guards the per-region products against overflow).</summary>
    public const int MaxSeats = 10_000;

    public static Dataset Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var ctx = new DatasetContext(fileName);
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    throw new LegislativeDataException(fileName, "$", $"The document is larger than the limit of {MaxBytes} bytes.");
                }

                buffer.Write(chunk, 0, read);
            }

            bytes = buffer.ToArray();
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = MaxDepth, AllowDuplicateProperties = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException ex)
        {
            throw new LegislativeDataException(fileName, ex.Path ?? "$", "Malformed JSON: " + Internal.JsonKinds.ReaderMessage(ex.Message), ex.LineNumber, ex.BytePositionInLine, ex);
        }

        using (doc)
        {
            return ReadRoot(new Node(ctx, doc.RootElement, "$"));
        }
    }

    private static Dataset ReadRoot(Node root)
    {
        root.OnlyProperties("$schema", "dataVersion", "coverageStart", "verifiedThrough", "parties", "regions", "instruments", "ruleSets", "sittings", "convocations", "elections", "events", "decisionRules");
        var version = root.Required("dataVersion").String();
        var coverageStart = root.Required("coverageStart").Date();
        var verifiedThrough = root.Required("verifiedThrough").Date();
        if (verifiedThrough < coverageStart)
        {
            throw root.Required("verifiedThrough").Error("verifiedThrough is before coverageStart.");
        }

        var parties = Unique(root.Required("parties"), ReadParty, p => p.Id);
        var regions = Unique(root.Required("regions"), ReadRegion, r => r.Id);
        var instruments = Unique(root.Required("instruments"), ReadInstrument, i => i.Id);
        var instrumentsById = instruments.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var ruleSets = Unique(root.Required("ruleSets"), n => ReadRuleSet(n, instrumentsById), r => r.Id);
        CheckRuleSetPeriods(root.Required("ruleSets"), ruleSets, coverageStart);
        var decisionRules = Procedure.ProcedureReader.Read(root.Optional("decisionRules")?.Element, root.Error(string.Empty).FileName ?? string.Empty, instrumentsById, ruleSets);
        var convocations = Unique(root.Required("convocations"), ReadConvocation, c => c.Id);
        var ruleSetIds = ruleSets.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var convocationIds = convocations.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var sittings = Unique(root.Required("sittings"), n => ReadSitting(n, ruleSets, convocationIds), s => s.Id);
        CheckSittings(root.Required("sittings"), sittings);
        var partyIds = parties.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var regionIds = regions.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var elections = Unique(root.Required("elections"), n => ReadElection(n, partyIds, regionIds), e => e.Id);
        var allIds = new HashSet<string>(StringComparer.Ordinal);
        allIds.UnionWith(partyIds);
        allIds.UnionWith(regions.Select(r => r.Id));
        allIds.UnionWith(instruments.Select(i => i.Id));
        allIds.UnionWith(ruleSetIds);
        allIds.UnionWith(convocationIds);
        allIds.UnionWith(sittings.Select(s => s.Id));
        allIds.UnionWith(elections.Select(e => e.Id));
        var events = Unique(root.Required("events"), n => ReadEvent(n, allIds), e => e.Id);
        CheckSorted(root.Required("events"), events.Select(e => e.Date).ToList(), "events", "date");

        return new Dataset(version, coverageStart, verifiedThrough, parties, regions, instruments, ruleSets, sittings, convocations, elections, events, decisionRules);
    }

    private static List<T> Unique<T>(Node array, Func<Node, T> read, Func<T, string> id)
    {
        var list = new List<T>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in array.Items())
        {
            var value = read(item);
            if (!seen.Add(id(value)))
            {
                throw item.Required("id").Error($"The id '{id(value)}' is used twice.");
            }

            list.Add(value);
        }

        return list;
    }

    private static Provenance ReadProvenance(Node n) =>
        new(ReadProvenanceSources(n), n.Required("confidence").Enum<Confidence>(), n.Optional("note")?.String());

    private static List<SourceReference> ReadProvenanceSources(Node n)
    {
        var sourcesNode = n.Required("sources");
        var sources = new List<SourceReference>();
        foreach (var s in sourcesNode.Items())
        {
            s.OnlyProperties("url", "title");
            var urlNode = s.Required("url");
            var url = urlNode.String();
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw urlNode.Error($"A source URL must be an absolute http(s) address, found '{url}'.");
            }

            if (url.Any(c => c > '\u007e' || char.IsWhiteSpace(c)))
            {
                throw urlNode.Error($"A source URL must be written in ASCII with other characters percent-encoded (as the schema's 'uri' format requires), found '{url}'.");
            }

            sources.Add(new SourceReference(uri, s.Required("title").String()));
        }

        if (sources.Count == 0)
        {
            throw sourcesNode.Error("At least one source is required: no fact without a source.");
        }

        return sources;
    }

    private static LocalizedName ReadNames(Node n)
    {
        n.OnlyProperties("en", "ru", "kk", "kkLatn", "alternatives");
        var alternatives = n.Optional("alternatives")?.Items().Select(a => a.String()).ToList() ?? [];
        return new LocalizedName(n.Required("en").String(), n.Optional("ru")?.String(), n.Optional("kk")?.String(), n.Optional("kkLatn")?.String(), alternatives);
    }

    private static Term ReadPeriod(Node n, string fromName = "validFrom", string untilName = "validUntil")
    {
        var from = n.Required(fromName).Date();
        var untilNode = n.Optional(untilName);
        var until = untilNode?.Date();
        if (until is { } u && u <= from)
        {
            throw untilNode!.Value.Error($"The period ends ({Preconditions.Iso(u)}) on or before it starts ({Preconditions.Iso(from)}); periods are half-open [from, until).");
        }

        return new Term(from, until);
    }

    private static Party ReadParty(Node n)
    {
        n.OnlyProperties("id", "names", "wikidata", "validFrom", "validUntil", "sources", "confidence", "note");
        var wikidata = n.Optional("wikidata");
        return Wrap(n, () => new Party(n.Required("id").String(), ReadNames(n.Required("names")), wikidata?.String(), ReadProvenance(n)));
    }

    private static Region ReadRegion(Node n)
    {
        n.OnlyProperties("id", "ocdId", "wikidata", "validFrom", "validUntil", "kinds", "names", "sources", "confidence", "note");
        var period = ReadPeriod(n);
        var kinds = n.Required("kinds").Items().Select(k =>
        {
            k.OnlyProperties("kind", "validFrom", "validUntil");
            return new Dated<RegionKind>(ReadPeriod(k), k.Required("kind").Enum<RegionKind>());
        }).ToList();
        var names = n.Required("names").Items().Select(k =>
        {
            k.OnlyProperties("names", "validFrom", "validUntil");
            return new Dated<LocalizedName>(ReadPeriod(k), ReadNames(k.Required("names")));
        }).ToList();
        return Wrap(n, () => new Region(n.Required("id").String(), n.Required("ocdId").String(), n.Optional("wikidata")?.String(), period, kinds, names, ReadProvenance(n)));
    }

    private static Instrument ReadInstrument(Node n)
    {
        n.OnlyProperties("id", "kind", "names", "number", "adoptedOn", "signedOn", "inForceFrom", "inForceFromAlternatives", "legislativeChanges", "referendum", "sources", "confidence", "note");
        ReferendumResult? referendum = null;
        if (n.Optional("referendum") is { } r)
        {
            r.OnlyProperties("heldOn", "registeredVoters", "ballotsCast", "turnoutPercent", "yesVotes", "yesPercent", "noVotes", "invalidVotes", "approved", "alternatives");
            referendum = new ReferendumResult(
                r.Required("heldOn").Date(),
                r.Optional("registeredVoters")?.Long(),
                r.Optional("ballotsCast")?.Long(),
                r.Optional("turnoutPercent")?.Percent(),
                r.Optional("yesVotes")?.Long(),
                r.Optional("yesPercent")?.Percent(),
                r.Optional("noVotes")?.Long(),
                r.Optional("invalidVotes")?.Long(),
                r.Required("approved").Bool(),
                r.Optional("alternatives")?.Items().Select(a => a.String()).ToList() ?? []);
        }

        return Wrap(n, () => new Instrument(
            n.Required("id").String(),
            n.Required("kind").Enum<InstrumentKind>(),
            ReadNames(n.Required("names")),
            n.Optional("number")?.String(),
            n.Optional("adoptedOn")?.Date(),
            n.Optional("signedOn")?.Date(),
            n.Optional("inForceFrom")?.Date(),
            n.Optional("inForceFromAlternatives")?.Items().Select(a => a.Date()).ToList() ?? [],
            n.Optional("legislativeChanges")?.Items().Select(a => a.String()).ToList() ?? [],
            referendum,
            ReadProvenance(n)));
    }

    private static RuleSetData ReadRuleSet(Node n, Dictionary<string, Instrument> instruments)
    {
        n.OnlyProperties("id", "instrument", "validFrom", "validUntil", "form", "chambers", "citations", "sources", "confidence", "note");
        var instrumentNode = n.Required("instrument");
        var instrumentId = instrumentNode.String();
        if (!instruments.TryGetValue(instrumentId, out var instrument))
        {
            throw instrumentNode.Error($"The instrument '{instrumentId}' is not defined in $.instruments.");
        }

        var period = ReadPeriod(n);
        var form = n.Required("form").Enum<LegislatureForm>();
        var confidence = n.Required("confidence").Enum<Confidence>();
        var citationsNode = RequiredCitations(n, "the form of the legislature (which chambers exist)");
        citationsNode.OnlyProperties("form");
        var formCitation = ReadCitation(citationsNode, "form", "the form of the legislature (which chambers exist)", instruments, confidence)!;
        var chambers = new List<ChamberRuleData>();
        foreach (var c in n.Required("chambers").Items())
        {
            var chamber = ReadChamber(c, period, instruments);
            if (chambers.Any(x => x.Kind == chamber.Kind))
            {
                throw c.Required("chamber").Error($"The chamber '{chamber.Kind}' appears twice in one rule set.");
            }

            chambers.Add(chamber);
        }

        var expected = form switch { LegislatureForm.None => 0, LegislatureForm.Unicameral => 1, _ => 2 };
        if (chambers.Count != expected)
        {
            throw n.Required("chambers").Error($"A {form} legislature has {expected} chamber(s), but {chambers.Count} are given.");
        }

        return new RuleSetData(n.Required("id").String(), instrument, period, form, chambers, ReadProvenance(n), formCitation);
    }

    private static ChamberRuleData ReadChamber(Node c, Term ruleSetPeriod, Dictionary<string, Instrument> instruments)
    {
        c.OnlyProperties("chamber", "seatPlan", "seatCountBasis", "termYears", "renewal", "eligibility", "incompatibilities", "electoralSystems", "listQuota", "citations", "sources", "confidence", "note");
        var kind = c.Required("chamber").Enum<ChamberKind>();
        var confidence = c.Required("confidence").Enum<Confidence>();
        var citations = new List<KeyValuePair<RuleAspect, Citation>>();
        var chamberCitations = RequiredCitations(c, "the chamber's existence and composition");
        chamberCitations.OnlyProperties("chamber", "seatPlan", "termYears", "renewal");
        citations.Add(new(RuleAspect.Existence, ReadCitation(chamberCitations, "chamber", "the chamber's existence", instruments, confidence)!));
        citations.Add(new(RuleAspect.Composition, ReadCitation(chamberCitations, "seatPlan", "the chamber's composition (its statutory seats)", instruments, confidence)!));
        var plan = new List<SeatPlanEntry>();
        foreach (var s in c.Required("seatPlan").Items())
        {
            s.OnlyProperties("source", "seats", "perRegion", "citation", "note");
            var source = s.Required("source").Enum<SeatSource>();
            var seats = s.Optional("seats")?.NonNegativeInt();
            var perRegion = s.Optional("perRegion")?.NonNegativeInt();
            if (seats > MaxSeats || perRegion > MaxSeats)
            {
                throw s.Error($"A seat count above {MaxSeats} is not plausible for a chamber.");
            }
            if ((seats is null) == (perRegion is null))
            {
                throw s.Error("A seat-plan entry has exactly one of 'seats' and 'perRegion'.");
            }

            if (plan.Any(p => p.Source == source))
            {
                throw s.Required("source").Error($"The seat source '{source}' appears twice in one seat plan.");
            }

            plan.Add(new SeatPlanEntry(source, seats, perRegion, ReadValueCitation(s, "citation", $"the {source} seats", instruments, confidence)));
        }

        var bases = new List<SeatCountBasisEntry>();
        if (c.Optional("seatCountBasis") is { } sb)
        {
            foreach (var b in sb.Items())
            {
                b.OnlyProperties("validFrom", "validUntil", "basis", "confidence", "note");
                var period = ReadPeriod(b);
                CheckWithin(b, period, ruleSetPeriod);
                if (bases.Any(x => x.Period.Overlaps(period)))
                {
                    throw b.Error("Seat-count basis periods of one chamber overlap.");
                }

                var basis = b.Required("basis").Enum<SeatCountBasis>();
                if (basis == SeatCountBasis.Stated)
                {
                    throw b.Required("basis").Error("A seat-count basis entry records a count no source states: 'derivedFromRegions' or 'inferredFromElection'; days with no entry are 'stated'.");
                }

                bases.Add(new SeatCountBasisEntry(period, basis, b.Required("confidence").Enum<Confidence>(), b.Required("note").String()));
            }
        }

        var termYears = c.Optional("termYears")?.NonNegativeInt();
        CiteIfKnown(citations, RuleAspect.TermLength, chamberCitations, "termYears", termYears is not null, c, "the term of office", instruments, confidence);
        RenewalRule? renewal = null;
        if (c.Optional("renewal") is { } r)
        {
            r.OnlyProperties("fractionNumerator", "fractionDenominator", "everyYears", "source");
            renewal = Wrap(r, () => new RenewalRule(r.Required("source").Enum<SeatSource>(), r.Required("fractionNumerator").Int(), r.Required("fractionDenominator").Int(), Period.FromYears(r.Required("everyYears").NonNegativeInt())));
        }

        CiteIfKnown(citations, RuleAspect.Renewal, chamberCitations, "renewal", renewal is not null, c, "the renewal rule", instruments, confidence);
        var eligibility = EligibilityRules.Unknown;
        if (c.Optional("eligibility") is { } e)
        {
            e.OnlyProperties("minimumAge", "residenceYears", "regionResidenceYears", "higherEducation", "workExperienceYears", "citizenship", "citations");
            eligibility = new EligibilityRules(
                e.Optional("minimumAge")?.NonNegativeInt(),
                e.Optional("residenceYears")?.NonNegativeInt(),
                e.Optional("regionResidenceYears")?.NonNegativeInt(),
                e.Optional("higherEducation")?.Bool(),
                e.Optional("workExperienceYears")?.NonNegativeInt(),
                e.Optional("citizenship")?.Bool());
            var known = new (string Name, RuleAspect Aspect, bool Known)[]
            {
                ("minimumAge", RuleAspect.MinimumAge, eligibility.MinimumAge is not null),
                ("residenceYears", RuleAspect.ResidenceYears, eligibility.ResidenceYears is not null),
                ("regionResidenceYears", RuleAspect.RegionResidenceYears, eligibility.RegionResidenceYears is not null),
                ("higherEducation", RuleAspect.HigherEducation, eligibility.HigherEducation is not null),
                ("workExperienceYears", RuleAspect.WorkExperienceYears, eligibility.WorkExperienceYears is not null),
                ("citizenship", RuleAspect.Citizenship, eligibility.Citizenship is not null),
            };
            if (known.Any(k => k.Known))
            {
                var ec = RequiredCitations(e, "each eligibility value");
                ec.OnlyProperties(known.Select(k => k.Name).ToArray());
                foreach (var (name, aspect, isKnown) in known)
                {
                    CiteIfKnown(citations, aspect, ec, name, isKnown, e, "the eligibility value '" + name + "'", instruments, confidence);
                }
            }
            else if (e.Optional("citations") is { } stray)
            {
                throw stray.Error("Every eligibility value is null, so there is nothing to cite; remove 'citations'.");
            }
        }

        var incompatibilities = new List<Incompatibility>();
        if (c.Optional("incompatibilities") is { } inc)
        {
            foreach (var i in inc.Items())
            {
                if (i.Element.ValueKind != JsonValueKind.Object)
                {
                    throw i.Error("An incompatibility is an object with 'text', an optional 'kind' and a 'citation' (the instrument, the article and the sources that state it).");
                }

                i.OnlyProperties("text", "kind", "citation");
                var text = i.Required("text").String();
                incompatibilities.Add(new Incompatibility(text, i.Optional("kind")?.Enum<IncompatibilityKind>() ?? IncompatibilityKind.Other, ReadValueCitation(i, "citation", "this incompatibility", instruments, confidence)));
            }
        }

        var systems = new List<ElectoralSystem>();
        if (c.Optional("electoralSystems") is { } es)
        {
            foreach (var s in es.Items())
            {
                s.OnlyProperties("source", "validFrom", "validUntil", "thresholdPercent", "thresholdBase", "method", "runnerUpAdmission", "tiePolicy", "citations", "sources", "confidence", "note");
                var period = ReadPeriod(s);
                CheckWithin(s, period, ruleSetPeriod);
                var systemConfidence = s.Required("confidence").Enum<Confidence>();
                var values = new (string Name, RuleAspect Aspect)[]
                {
                    ("thresholdPercent", RuleAspect.Threshold), ("thresholdBase", RuleAspect.ThresholdBase), ("method", RuleAspect.Method),
                    ("runnerUpAdmission", RuleAspect.RunnerUpAdmission), ("tiePolicy", RuleAspect.TiePolicy),
                };
                var systemCitations = new List<KeyValuePair<RuleAspect, Citation>>();
                if (values.Any(v => s.Optional(v.Name) is not null))
                {
                    var sc = RequiredCitations(s, "each known electoral-system value");
                    sc.OnlyProperties(values.Select(v => v.Name).ToArray());
                    foreach (var (name, aspect) in values)
                    {
                        CiteIfKnown(systemCitations, aspect, sc, name, s.Optional(name) is not null, s, "the electoral-system value '" + name + "'", instruments, systemConfidence);
                    }
                }
                else if (s.Optional("citations") is { } stray)
                {
                    throw stray.Error("Every electoral-system value is null, so there is nothing to cite; remove 'citations'.");
                }

                var system = new ElectoralSystem(
                    s.Required("source").Enum<SeatSource>(),
                    period,
                    s.Optional("thresholdPercent")?.Percent(),
                    s.Optional("thresholdBase")?.Enum<ThresholdBase>(),
                    s.Optional("method")?.Enum<AllocationMethod>(),
                    s.Optional("runnerUpAdmission")?.Bool(),
                    s.Optional("tiePolicy")?.Enum<TiePolicy>(),
                    ReadProvenance(s),
                    systemCitations);
                if (systems.Any(x => x.Source == system.Source && x.Period.Overlaps(period)))
                {
                    throw s.Error("Electoral systems for the same seats overlap.");
                }

                systems.Add(system);
            }
        }

        var quotas = new List<ListQuotaRule>();
        if (c.Optional("listQuota") is { } q)
        {
            foreach (var item in q.Element.ValueKind == JsonValueKind.Array ? q.Items() : [q])
            {
                item.OnlyProperties("validFrom", "validUntil", "minimumPercent", "groups", "youthMaximumAge", "appliesToSeats", "citation", "sources", "confidence", "note");
                var period = ReadPeriod(item);
                CheckWithin(item, period, ruleSetPeriod);
                var minimum = item.Required("minimumPercent");
                var percent = minimum.Percent();
                if (decimal.Truncate(percent) != percent)
                {
                    throw minimum.Error("A quota percentage is a whole number.");
                }

                var groups = new List<string>();
                foreach (var g in item.Required("groups").Items())
                {
                    var group = g.String();
                    if (group is not ("women" or "youth" or "disabilities"))
                    {
                        throw g.Error($"Unknown quota group '{group}'. Allowed: women, youth, disabilities.");
                    }

                    groups.Add(group);
                }

                var quotaConfidence = item.Required("confidence").Enum<Confidence>();
                var quotaCitation = ReadValueCitation(item, "citation", "the list quota (the law that set it)", instruments, quotaConfidence);
                quotas.Add(Wrap(item, () => new ListQuotaRule(period, (int)percent, groups, item.Optional("youthMaximumAge")?.NonNegativeInt(), item.Required("appliesToSeats").Bool(), ReadProvenance(item), quotaCitation)));
            }
        }

        return new ChamberRuleData(kind, plan, bases, termYears, renewal, eligibility, incompatibilities, systems, quotas, ReadProvenance(c), citations);
    }

    private static Node RequiredCitations(Node owner, string what)
    {
        if (owner.Optional("citations") is not { } node)
        {
            throw owner.Error($"The required property 'citations' is missing: {what} must cite the instrument, the article (or null with a note) and the sources that state it.");
        }

        return node;
    }

    private static void CiteIfKnown(List<KeyValuePair<RuleAspect, Citation>> citations, RuleAspect aspect, Node citationsNode, string name, bool known, Node owner, string what, Dictionary<string, Instrument> instruments, Confidence inherited)
    {
        if (known)
        {
            citations.Add(new(aspect, ReadCitation(citationsNode, name, what, instruments, inherited)!));
        }
        else if (citationsNode.Optional(name) is { } stray)
        {
            throw stray.Error($"'{name}' is null in {owner.Path}, so there is nothing to cite; remove this citation or give the value.");
        }
    }

    private static Citation ReadValueCitation(Node owner, string property, string what, Dictionary<string, Instrument> instruments, Confidence inherited)
    {
        if (owner.Optional(property) is null)
        {
            throw owner.Error($"The required property '{property}' is missing: {what} must cite the instrument, the article (or null with a note) and the sources that state it.");
        }

        return ReadCitation(owner, property, what, instruments, inherited)!;
    }

    /// <summary>Reads <c>{ instrument, article, sources, confidence?, verifiedOn?, note? }</c> from <paramref name="owner"/>.<paramref name="property"/> (required).</summary>
    private static Citation? ReadCitation(Node owner, string property, string what, Dictionary<string, Instrument> instruments, Confidence inherited)
    {
        if (owner.Optional(property) is not { } n)
        {
            throw owner.Error($"The required citation '{property}' is missing: {what} must cite the instrument, the article (or null with a note) and the sources that state it.");
        }

        n.OnlyProperties("instrument", "article", "sources", "confidence", "verifiedOn", "note");
        var instrumentNode = n.Required("instrument");
        var instrumentId = instrumentNode.String();
        if (!instruments.TryGetValue(instrumentId, out var instrument))
        {
            throw instrumentNode.Error($"The instrument '{instrumentId}' is not defined in $.instruments.");
        }

        var articleNode = n.Required("article");
        var article = articleNode.Element.ValueKind == JsonValueKind.Null ? null : articleNode.String();
        var note = n.Optional("note")?.String();
        if (article is null && note is null)
        {
            throw articleNode.Error("The article is null, so a 'note' must say why (for example that the article was not verified).");
        }

        var provenance = ReadProvenanceSources(n);
        var confidence = n.Optional("confidence")?.Enum<Confidence>() ?? inherited;
        return new Citation(instrument.Id, instrument.Name, article, provenance, confidence, n.Optional("verifiedOn")?.Date(), note);
    }

    private static void CheckWithin(Node n, Term inner, Term outer)
    {
        if (inner.Start < outer.Start || (outer.End is { } oe && (inner.End is not { } ie || ie > oe)))
        {
            throw n.Error($"The period {inner} lies outside its rule set's period {outer}.");
        }
    }

    private static void CheckRuleSetPeriods(Node array, List<RuleSetData> ruleSets, LocalDate coverageStart)
    {
        if (ruleSets.Count == 0)
        {
            throw array.Error("At least one rule set is required.");
        }

        var items = array.Items().ToList();
        if (ruleSets[0].Period.Start != coverageStart)
        {
            throw items[0].Required("validFrom").Error($"The first rule set must start on coverageStart ({Preconditions.Iso(coverageStart)}).");
        }

        CheckSorted(array, ruleSets.Select(r => r.Period.Start).ToList(), "rule sets", "validFrom");
        for (var i = 1; i < ruleSets.Count; i++)
        {
            var previous = ruleSets[i - 1].Period;
            var current = ruleSets[i].Period;
            if (previous.End is not { } end)
            {
                throw items[i - 1].Error("Only the last rule set may be open-ended.");
            }

            if (current.Start < end)
            {
                throw items[i].Required("validFrom").Error($"Rule sets overlap: this one starts {Preconditions.Iso(current.Start)}, before the previous one ends ({Preconditions.Iso(end)}).");
            }

            if (current.Start > end)
            {
                throw items[i].Required("validFrom").Error($"There is a gap between rule sets: the previous one ends {Preconditions.Iso(end)} but this one starts {Preconditions.Iso(current.Start)}.");
            }
        }
    }

    private static Convocation ReadConvocation(Node n)
    {
        n.OnlyProperties("id", "body", "number", "firstSitting", "firstSittingAlternatives", "until", "untilAlternatives", "electedOn", "sources", "confidence", "note");
        var number = n.Required("number");
        var value = number.Int();
        if (value <= 0)
        {
            throw number.Error("A convocation number is positive.");
        }

        return new Convocation(n.Required("id").String(), n.Required("body").Enum<LegislativeBody>(), value, n.Optional("firstSitting")?.Date(), n.Optional("until")?.Date(), n.Optional("electedOn")?.Date(), ReadProvenance(n), Dates(n, "firstSittingAlternatives"), Dates(n, "untilAlternatives"));
    }

    private static Sitting ReadSitting(Node n, List<RuleSetData> ruleSets, HashSet<string> convocations)
    {
        n.OnlyProperties("id", "chamber", "convocation", "from", "fromAlternatives", "fromBasis", "until", "untilAlternatives", "endReason", "heldToRuleSet", "heldToSeatPlan", "sources", "confidence", "note");
        var chamber = n.Required("chamber").Enum<ChamberKind>();
        var ruleSetNode = n.Required("heldToRuleSet");
        var ruleSet = ruleSetNode.String();
        var heldTo = ruleSets.FirstOrDefault(r => r.Id == ruleSet)
            ?? throw ruleSetNode.Error($"The rule set '{ruleSet}' is not defined in $.ruleSets.");
        if (heldTo.Chambers.All(c => c.Kind != chamber))
        {
            throw ruleSetNode.Error($"The rule set '{ruleSet}' has no {chamber}, so a {chamber} sitting cannot be held to it.");
        }

        var convocationNode = n.Optional("convocation");
        var convocation = convocationNode?.String();
        if (convocation is not null && !convocations.Contains(convocation))
        {
            throw convocationNode!.Value.Error($"The convocation '{convocation}' is not defined in $.convocations.");
        }

        if (n.Optional("heldToSeatPlan") is { } plan)
        {
            throw plan.Error("'heldToSeatPlan' is reserved and must be null.");
        }

        var period = ReadPeriod(n, "from", "until");
        var endReason = n.Optional("endReason")?.Enum<SittingEndReason>();
        return new Sitting(n.Required("id").String(), chamber, convocation, period, n.Required("fromBasis").Enum<SittingStartBasis>(), endReason, ruleSet, ReadProvenance(n), Dates(n, "fromAlternatives"), Dates(n, "untilAlternatives"));
    }

    /// <summary>Reads an optional array of alternative dates (a disputed date recorded with every value the sources give).</summary>
    private static List<LocalDate> Dates(Node n, string name) => n.Optional(name)?.Items().Select(a => a.Date()).ToList() ?? [];

    private static void CheckSittings(Node array, List<Sitting> sittings)
    {
        var items = array.Items().ToList();
        for (var i = 0; i < sittings.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (sittings[i].Chamber == sittings[j].Chamber && sittings[i].Period.Overlaps(sittings[j].Period))
                {
                    throw items[i].Required("from").Error($"This {sittings[i].Chamber} sitting {sittings[i].Period} overlaps '{sittings[j].Id}' {sittings[j].Period}.");
                }
            }
        }
    }

    private static Election ReadElection(Node n, HashSet<string> parties, HashSet<string> regions)
    {
        n.OnlyProperties("id", "chamber", "kind", "dates", "regions", "seatsContested", "turnoutPercent", "results", "againstAllPercent", "listOrAgainstAllVotes", "againstAllVotes", "ballotsReceived", "registeredVoters", "sources", "confidence", "note");
        var results = new List<ElectionResult>();
        foreach (var r in n.Required("results").Items())
        {
            r.OnlyProperties("party", "label", "voteSharePercent", "votes", "seats", "listSeats", "districtSeats", "note");
            var partyNode = r.Optional("party");
            var party = partyNode?.String();
            if (party is not null && !parties.Contains(party))
            {
                throw partyNode!.Value.Error($"The party '{party}' is not defined in $.parties.");
            }

            results.Add(Wrap(r, () => new ElectionResult(party, r.Optional("label")?.String(), r.Optional("voteSharePercent")?.Percent(), r.Optional("votes")?.Long(), r.Optional("seats")?.NonNegativeInt(), r.Optional("listSeats")?.NonNegativeInt(), r.Optional("districtSeats")?.NonNegativeInt())));
        }

        var dates = n.Required("dates").Items().Select(d => d.Date()).ToList();
        var regionIds = new List<string>();
        if (n.Optional("regions") is { } regionArray)
        {
            foreach (var r in regionArray.Items())
            {
                var id = r.String();
                if (!regions.Contains(id))
                {
                    throw r.Error($"The region '{id}' is not defined in $.regions.");
                }

                regionIds.Add(id);
            }
        }

        return Wrap(n, () => new Election(n.Required("id").String(), n.Required("chamber").Enum<ChamberKind>(), n.Required("kind").Enum<ElectionKind>(), dates, n.Optional("seatsContested")?.NonNegativeInt(), n.Optional("turnoutPercent")?.Percent(), n.Optional("againstAllPercent")?.Percent(), n.Optional("listOrAgainstAllVotes")?.Long(), n.Optional("againstAllVotes")?.Long(), results, regionIds, ReadProvenance(n), n.Optional("ballotsReceived")?.Long(), n.Optional("registeredVoters")?.Long()));
    }

    private static LegislativeEvent ReadEvent(Node n, HashSet<string> ids)
    {
        n.OnlyProperties("id", "date", "kind", "names", "related", "sources", "confidence", "note");
        var related = new List<string>();
        if (n.Optional("related") is { } rel)
        {
            foreach (var r in rel.Items())
            {
                var id = r.String();
                if (!ids.Contains(id))
                {
                    throw r.Error($"The related id '{id}' is not defined anywhere in the dataset.");
                }

                related.Add(id);
            }
        }

        return new LegislativeEvent(n.Required("id").String(), n.Required("date").Date(), n.Required("kind").Enum<LegislativeEventKind>(), ReadNames(n.Required("names")), related, ReadProvenance(n));
    }

    private static void CheckSorted(Node array, List<LocalDate> dates, string section, string property)
    {
        var items = array.Items().ToList();
        for (var i = 1; i < dates.Count; i++)
        {
            if (dates[i] < dates[i - 1])
            {
                throw items[i].Required(property).Error($"{char.ToUpperInvariant(section[0])}{section[1..]} must be sorted by {property}: {Preconditions.Iso(dates[i])} comes after {Preconditions.Iso(dates[i - 1])}.");
            }
        }
    }

    private static T Wrap<T>(Node n, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException ex)
        {
            throw n.Error(Internal.Preconditions.MessageOf(ex));
        }
    }
}

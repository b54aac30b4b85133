using System.Globalization;
using Kz.Legislature.History.Loading;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>
/// The constitutional history of Kazakhstan's legislature since 25 March 1990, as cited data: the rules in
/// force on any date, whether a legislature sat, the regions, instruments, events, elections and convocations.
/// </summary>
/// <remarks>
/// <para>Instances are immutable and thread-safe. <see cref="Kazakhstan"/> loads the embedded dataset once,
/// lazily and thread-safely. <see cref="Load(Stream, string)"/> reads a newer or custom dataset and checks it.</para>
/// <para>Periods are half-open: a rule set "until 2026-07-01" no longer applies on 1 July 2026.</para>
/// <para>A date after <see cref="VerifiedThrough"/> is answered from the last known rules; <see cref="SittingOn"/>
/// says when the data does not know whether a legislature sat.</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public sealed partial class LegislativeHistory
{
    private const string EmbeddedResource = "Kz.Legislature.Data.kazakhstan.json";

    private static readonly Lazy<LegislativeHistory> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dataset data;
    private readonly LocalDate[] segmentStarts;
    private readonly LegislatureRules[] segments;
    private readonly Dictionary<string, RuleSetEntry> ruleSetsById;
    private readonly Dictionary<string, Region> regionsById;
    private readonly Dictionary<string, Party> partiesById;
    private readonly Dictionary<string, PartyComposition> compositions;

    private LegislativeHistory(Dataset data)
    {
        this.data = data;
        // Loops rather than LINQ, and a rule set applied outside its own period is worked out when first asked for: the first
        // load JIT-compiles every generic method instantiated over a value type (docs/performance.md, "First load").
        ruleSetsById = new Dictionary<string, RuleSetEntry>(data.RuleSets.Count, StringComparer.Ordinal);
        foreach (var rs in data.RuleSets)
        {
            ruleSetsById.Add(rs.Id, new RuleSetEntry(rs));
        }

        regionsById = new Dictionary<string, Region>(data.Regions.Count, StringComparer.Ordinal);
        foreach (var region in data.Regions)
        {
            regionsById.Add(region.Id, region);
        }

        partiesById = new Dictionary<string, Party>(data.Parties.Count, StringComparer.Ordinal);
        foreach (var party in data.Parties)
        {
            partiesById.Add(party.Id, party);
        }

        (segmentStarts, segments) = BuildSegments();
        RuleSets = ValueList<LegislatureRules>.From(segments);
        foreach (var sitting in data.Sittings)
        {
            sitting.Resolve(RuleSetAppliedOn(sitting.HeldToRuleSetId, sitting.Period.Start)!);
        }
        compositions = (data.Compositions ?? Loading.CompositionSection.Empty("dataset.json")).Build(HeldTo);
        Compositions = ValueList<PartyComposition>.From(data.Sittings.Where(s => compositions.ContainsKey(s.Id)).Select(s => compositions[s.Id]));
    }

    /// <summary>Gets the embedded history of Kazakhstan's legislature (loaded once, lazily, thread-safely).</summary>
    /// <exception cref="LegislativeDataException">The embedded dataset is invalid (a packaging error).</exception>
    public static LegislativeHistory Kazakhstan => Embedded.Value;

    /// <summary>Gets the dataset version, for example <c>2026.12</c>.</summary>
    public string DataVersion => data.DataVersion;

    /// <summary>Gets the earliest date answered (25 March 1990).</summary>
    public LocalDate CoverageStart => data.CoverageStart;

    /// <summary>Gets the last date the dataset is known to be complete for.</summary>
    public LocalDate VerifiedThrough => data.VerifiedThrough;

    /// <summary>Gets the parties, in dataset order.</summary>
    public IReadOnlyList<Party> Parties => data.Parties;

    /// <summary>Gets every region that ever sent senators, in dataset order.</summary>
    public IReadOnlyList<Region> Regions => data.Regions;

    /// <summary>Gets the instruments, in dataset order.</summary>
    public IReadOnlyList<Instrument> Instruments => data.Instruments;

    /// <summary>
    /// Gets the rules in force from <see cref="CoverageStart"/> on, one record for each stretch of days over which every value
    /// (including every seat count) is the same, sorted by date; each record's <see cref="LegislatureRules.Period"/> is that stretch.
    /// </summary>
    /// <remarks>
    /// <para>A rule set of the dataset whose seat counts change inside it (the Senate's per-region seats as regions are created
    /// or abolished) appears once per stretch, every time with the same <see cref="LegislatureRules.RuleSetId"/> and
    /// <see cref="LegislatureRules.RuleSetPeriod"/>: the 2022 amendments appear as <c>[2022-06-07, 2022-06-08)</c> with a
    /// 44-seat Senate and <c>[2022-06-08, 2026-07-01)</c> with 50. The records are the ones <see cref="RulesOn"/> returns:
    /// <c>RulesOn(d)</c> is the record whose period contains <c>d</c>.</para>
    /// <para>Periods are half-open and abut: each record ends on the day the next one starts; the last is open-ended.</para>
    /// </remarks>
    public IReadOnlyList<LegislatureRules> RuleSets { get; }

    /// <summary>Gets the sitting records (when each chamber sat and the rules it was held to).</summary>
    public IReadOnlyList<Sitting> Sittings => data.Sittings;

    /// <summary>Gets the convocations, in dataset order.</summary>
    public IReadOnlyList<Convocation> Convocations => data.Convocations;

    /// <summary>Gets the elections, in dataset order.</summary>
    public IReadOnlyList<Election> Elections => data.Elections;

    /// <summary>Gets the timeline of events, sorted by date.</summary>
    public IReadOnlyList<LegislativeEvent> Events => data.Events;

    /// <summary>
    /// Gets the party composition of each sitting chamber at its formation, in the order of <see cref="Sittings"/> (a sitting
    /// the dataset has no composition for is left out). Each is also <see cref="ChamberSitting.CompositionAtFormation"/>
    /// of the chamber in <see cref="SittingOn"/>.
    /// </summary>
    public IReadOnlyList<PartyComposition> Compositions { get; }

    /// <summary>Gets the party composition of <paramref name="sitting"/> at its formation.</summary>
    /// <param name="sitting">A sitting record of this history.</param>
    /// <returns>The composition, or <see langword="null"/> where the dataset has none for that sitting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sitting"/> is null.</exception>
    public PartyComposition? CompositionAtFormation(Sitting sitting)
    {
        ArgumentNullException.ThrowIfNull(sitting);
        return compositions.TryGetValue(sitting.Id, out var c) && c.Sitting.Equals(sitting) ? c : null;
    }

    /// <summary>Reads a dataset in the documented format (see docs/data-format.md) and checks it.</summary>
    /// <param name="json">The JSON document.</param>
    /// <param name="fileName">A name for the document, used in error messages.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="LegislativeDataException">The document is malformed or inconsistent; the message names the file, the JSON path and the reason.</exception>
    public static LegislativeHistory Load(Stream json, string fileName = "dataset.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(fileName);
        var data = Loading.DatasetLoader.Read(json, fileName);
        try
        {
            return new LegislativeHistory(data);
        }
        catch (Exception ex) when (ex is ArgumentException or OverflowException or InvalidOperationException)
        {
            // Defence in depth: the reader checks every reference and period, so this is not expected.
            throw new LegislativeDataException(fileName, "$", "The dataset is inconsistent: " + ex.Message, innerException: ex);
        }
    }

    /// <summary>
    /// Gets the rule for a decision on <paramref name="date"/>, with "the total number of deputies" of each chamber counted as the
    /// statutory seats of the rules the chamber sitting that day is held to (for example 107 in the Mazhilis until 19 January 2023,
    /// under the transitional provisions of the 2022 amendments), or of the rules in force where the chamber does not sit.
    /// </summary>
    /// <param name="date">The date (on or after <see cref="CoverageStart"/>).</param>
    /// <param name="kind">The kind of decision.</param>
    /// <param name="subject">The subject, or <see cref="Procedure.DecisionSubject.None"/> for the general rule.</param>
    /// <returns>The rule, ready for <see cref="Procedure.DecisionRule.Decide"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before <see cref="CoverageStart"/>.</exception>
    /// <exception cref="InvalidOperationException">The data has no such decision on that date; the message names the kind, the period and the decisions that exist.</exception>
    public Procedure.DecisionRule DecisionOn(LocalDate date, Procedure.DecisionKind kind, Procedure.DecisionSubject subject = Procedure.DecisionSubject.None)
    {
        var rule = RulesOn(date).Decision(kind, subject);
        var sitting = SittingOn(date);
        var seats = rule.Stages.SelectMany(s => s.Chambers).Distinct()
            .Select(c => (c, sitting.Chamber(c)?.HeldTo.StatutorySeats ?? rule.SeatsOf(c)))
            .Where(p => p.Item2 is not null)
            .Select(p => new KeyValuePair<ChamberKind, int>(p.c, p.Item2!.Value));
        return new Procedure.DecisionRule(rule.Kind, rule.Subjects, rule.Stages, seats, rule.RuleSetId, rule.Period, rule.Note, rule.Rejection);
    }

    /// <summary>
    /// Starts a bill's course on <paramref name="date"/>: the stages of the decision (a law or a constitutional law), the
    /// rejection rule and the override of the President's objections of that period, with the seats of the chambers sitting that day.
    /// </summary>
    /// <param name="date">The date (on or after <see cref="CoverageStart"/>).</param>
    /// <param name="kind">The decision the bill goes through: <see cref="Procedure.DecisionKind.Law"/> or <see cref="Procedure.DecisionKind.ConstitutionalLaw"/>.</param>
    /// <returns>The course, awaiting its first vote.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before <see cref="CoverageStart"/>.</exception>
    /// <exception cref="InvalidOperationException">The data has no such decision on that date.</exception>
    public Procedure.BillCourse BillOn(LocalDate date, Procedure.DecisionKind kind = Procedure.DecisionKind.Law) =>
        Procedure.BillCourse.Start(
            DecisionOn(date, kind),
            RulesOn(date).TryGetDecision(Procedure.DecisionKind.VetoOverride) is null ? null : DecisionOn(date, Procedure.DecisionKind.VetoOverride));

    /// <summary>Gets the rules in force on <paramref name="date"/>: the constitution, the form and each chamber's rules.</summary>
    /// <param name="date">The date (on or after <see cref="CoverageStart"/>). Dates after <see cref="VerifiedThrough"/> are answered from the last known rules.</param>
    /// <returns>The rules in force. The same instance is returned for every date in <see cref="LegislatureRules.Period"/>; no allocation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before <see cref="CoverageStart"/>.</exception>
    public LegislatureRules RulesOn(LocalDate date)
    {
        CheckCovered(date);
        return segments[LastStartOnOrBefore(segmentStarts, date)];
    }

    /// <summary>Gets the constitution or amendment whose rules apply on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The instrument.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before <see cref="CoverageStart"/>.</exception>
    public Instrument InstrumentInForceOn(LocalDate date) => RulesOn(date).Instrument;

    /// <summary>Gets the regions in existence on <paramref name="date"/> (each sends two maslikhat-elected senators when a Senate exists).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The regions, in dataset order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before <see cref="CoverageStart"/>.</exception>
    public IReadOnlyList<Region> RegionsOn(LocalDate date)
    {
        CheckCovered(date);
        return data.Regions.Where(r => r.ExistsOn(date)).ToList();
    }

    /// <summary>Finds a region by identifier.</summary>
    /// <param name="id">The identifier; <see langword="null"/> finds nothing.</param>
    /// <returns>The region, or <see langword="null"/>.</returns>
    public Region? FindRegion(string? id) => id is not null && regionsById.TryGetValue(id, out var r) ? r : null;

    /// <summary>Finds a party by identifier.</summary>
    /// <param name="id">The identifier; <see langword="null"/> finds nothing.</param>
    /// <returns>The party, or <see langword="null"/>.</returns>
    public Party? FindParty(string? id) => id is not null && partiesById.TryGetValue(id, out var p) ? p : null;

    /// <summary>
    /// Says whether a legislature was sitting on <paramref name="date"/>: which chambers, their convocations,
    /// since when, and for each chamber the rules its composition is held to under the transitional provisions;
    /// or why none sat; or, beyond <see cref="VerifiedThrough"/>, that the data does not know.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before <see cref="CoverageStart"/>.</exception>
    public LegislatureSitting SittingOn(LocalDate date)
    {
        var rules = RulesOn(date);
        var sitting = data.Sittings.Where(s => s.Period.Contains(date)).ToList();
        var lastEnded = data.Sittings.Where(s => s.Period.End is { } e && e <= date).MaxBy(s => s.Period.End);
        var nextElection = data.Elections.Where(e => e.Date > date).MinBy(e => e.Date);
        if (sitting.Count > 0)
        {
            var chambers = sitting
                .OrderBy(s => s.Chamber)
                .Select(s => new ChamberSitting(s, s.Convocation, HeldTo(s, date), ChairStatusOn(s.Chamber, date), compositions.GetValueOrDefault(s.Id)))
                .ToList();
            var text = string.Join("; ", chambers.Select(c => c.ToString()));
            if (date > VerifiedThrough)
            {
                text += $" (the data is verified through {Preconditions.Iso(VerifiedThrough)})";
            }

            return new LegislatureSitting(date, SittingStatus.Sitting, chambers, null, text, rules, lastEnded, nextElection);
        }

        var lastText = lastEnded is null ? string.Empty : LastEndedText(lastEnded.Period.End!.Value);
        if (rules.Form == LegislatureForm.None)
        {
            return new LegislatureSitting(date, SittingStatus.NotSitting, [], NoSittingReason.NoneProvided, "The constitution in force provides for no legislature." + lastText, rules, lastEnded, nextElection);
        }

        if (date > VerifiedThrough && !(nextElection is { } ne && ne.Chamber.IsIn(rules) && !ne.HasResults))
        {
            return new LegislatureSitting(
                date,
                SittingStatus.Unknown,
                [],
                null,
                $"The data is verified through {Preconditions.Iso(VerifiedThrough)}; whether a legislature sat on {Preconditions.Iso(date)} is not known.{lastText}",
                rules,
                lastEnded,
                nextElection);
        }

        var reason = lastEnded?.EndReason switch
        {
            SittingEndReason.SelfDissolution => NoSittingReason.SelfDissolved,
            SittingEndReason.ConstitutionalTermination => NoSittingReason.Terminated,
            SittingEndReason.Dissolution or SittingEndReason.DissolutionByDecree when !NewConstitutionSince(lastEnded, rules, date) => NoSittingReason.Dissolved,
            _ => NoSittingReason.NotYetFormed,
        };
        var explanation = reason switch
        {
            NoSittingReason.SelfDissolved => "No legislature sat: the last one dissolved itself and its successor had not been elected.",
            NoSittingReason.Dissolved => "No legislature sat: the last one was dissolved and its successor had not sat yet.",
            NoSittingReason.Terminated => $"No legislature sat: the powers of the previous chambers ended by the constitution in force ({rules.Instrument.Name.English}) and the {EnglishNames.Chambers(rules.Chambers.Select(c => c.Kind))} had not been elected.",
            _ => $"No legislature sat: the {EnglishNames.Chambers(rules.Chambers.Select(c => c.Kind))} provided for by {rules.Instrument.Name.English} had not sat yet.",
        };
        if (nextElection is { } next && next.Chamber.IsIn(rules))
        {
            explanation += $" The {EnglishNames.Of(next.Chamber)} election was set for {Preconditions.Iso(next.Date)}.";
        }

        return new LegislatureSitting(date, SittingStatus.NotSitting, [], reason, explanation + lastText, rules, lastEnded, nextElection);
    }

    /// <summary>
    /// The sentence on the sittings that ended last, on <paramref name="end"/>: every chamber that ended that day, with why,
    /// for example "The last sitting chambers (Senate and Mazhilis) ended on 2026-07-01 (powers ended by the constitution)."
    /// </summary>
    private string LastEndedText(LocalDate end)
    {
        var ended = data.Sittings.Where(s => s.Period.End == end).OrderBy(s => s.Chamber).ToList();
        var reasons = ended.Select(s => s.EndReason is { } r ? EnglishNames.Of(r) : "end").Distinct(StringComparer.Ordinal).ToList();
        var why = reasons.Count == 1
            ? reasons[0]
            : string.Join("; ", ended.Select(s => $"{EnglishNames.Of(s.Chamber)}: {(s.EndReason is { } r ? EnglishNames.Of(r) : "end")}"));
        var which = ended.Count == 1 ? "chamber" : "chambers";
        return $" The last sitting {which} ({EnglishNames.Chambers(ended.Select(s => s.Chamber))}) ended on {Preconditions.Iso(end)} ({why}).";
    }

    /// <summary>Lists what changed for the legislature between two dates, as structured differences.</summary>
    /// <param name="from">The earlier date.</param>
    /// <param name="to">The later date (on or after <paramref name="from"/>).</param>
    /// <returns>The differences between <c>RulesOn(from)</c> and <c>RulesOn(to)</c>; empty if none.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is before <see cref="CoverageStart"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlyList<LegislativeChange> ChangesBetween(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw Internal.ArgumentErrors.Invalid($"The second date ({Preconditions.Iso(to)}) is before the first ({Preconditions.Iso(from)}).", nameof(to));
        }

        return RuleDiff.Compare(RulesOn(from), RulesOn(to));
    }

    /// <summary>Gets the rules of <paramref name="ruleSetId"/> applied on <paramref name="date"/> (regions counted that day).</summary>
    /// <param name="ruleSetId">The rule set identifier; <see langword="null"/> finds nothing.</param>
    /// <param name="date">The date.</param>
    /// <returns>
    /// The rules, or <see langword="null"/> if no such rule set exists. Their <see cref="LegislatureRules.Period"/> is the
    /// half-open stretch of days around <paramref name="date"/> over which the rule set, so applied, gives the same values (a
    /// single day before <see cref="CoverageStart"/>); it may lie outside <see cref="LegislatureRules.RuleSetPeriod"/>, as a
    /// sitting chamber is held to the rules it was formed under after they ceased to be in force.
    /// </returns>
    public LegislatureRules? RuleSetAppliedOn(string? ruleSetId, LocalDate date)
    {
        if (ruleSetId is null || !ruleSetsById.TryGetValue(ruleSetId, out var entry))
        {
            return null;
        }

        var rs = entry.Data;
        if (date < data.CoverageStart)
        {
            var start = rs.Period.Start;
            return BuildRules(rs, date, new Term(date, date.PlusDays(1)), start);
        }

        var applied = entry.Applied(this);
        return applied.Rules[LastStartOnOrBefore(applied.Starts, date)];
    }

    /// <summary>Returns the version and coverage.</summary>
    /// <returns>For example <c>Kazakhstan legislature dataset 2026.12 (1990-03-25 – verified through 2026-07-03)</c>.</returns>
    public override string ToString() => $"Kazakhstan legislature dataset {DataVersion} ({Preconditions.Iso(CoverageStart)} – verified through {Preconditions.Iso(VerifiedThrough)})";

    private static LegislativeHistory LoadEmbedded()
    {
        using var stream = typeof(LegislativeHistory).Assembly.GetManifestResourceStream(EmbeddedResource)
            ?? throw new LegislativeDataException(EmbeddedResource, "$", "The embedded dataset is missing from the assembly.");
        return Load(stream, "kazakhstan.json");
    }

    private bool NewConstitutionSince(Sitting ended, LegislatureRules rules, LocalDate date) =>
        RulesOn(ended.Period.End!.Value.PlusDays(-1)).Instrument.Id != rules.Instrument.Id
        && !data.Sittings.Any(s => rules.HasChamber(s.Chamber) && s.Period.Start <= date && s.Period.Start >= ended.Period.End!.Value);

    private void CheckCovered(LocalDate date)
    {
        if (date < data.CoverageStart)
        {
            throw Internal.ArgumentErrors.OutOfRange(
                nameof(date),
                Preconditions.Iso(date),
                $"The history starts on {Preconditions.Iso(data.CoverageStart)} (the earliest date covered); {Preconditions.Iso(date)} is before it.");
        }
    }

    private ChamberRules HeldTo(Sitting sitting, LocalDate date)
    {
        var rules = RuleSetAppliedOn(sitting.HeldToRuleSetId, date)!;
        return rules.TryGetChamber(sitting.Chamber)
            ?? throw new LegislativeDataException("kazakhstan.json", "$.sittings", $"Sitting '{sitting.Id}' is held to rule set '{sitting.HeldToRuleSetId}', which has no {sitting.Chamber}.");
    }

    /// <summary>The index of the last of <paramref name="starts"/> (sorted, distinct) on or before <paramref name="date"/>; -1 if none is.</summary>
    private static int LastStartOnOrBefore(LocalDate[] starts, LocalDate date)
    {
        // A binary search written out: Array.BinarySearch over LocalDate is generic code the first load would JIT-compile.
        int low = 0, high = starts.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (starts[middle] <= date)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high;
    }

    private (LocalDate[] Starts, LegislatureRules[] Rules) BuildSegments()
    {
        var cutsOfRuleSet = new LocalDate[data.RuleSets.Count][];
        var total = 0;
        for (var i = 0; i < cutsOfRuleSet.Length; i++)
        {
            var rs = data.RuleSets[i];
            var cuts = new DateSet();
            cuts.Add(rs.Period.Start);
            AddBoundaries(rs, cuts, rs.Period);
            cutsOfRuleSet[i] = cuts.ToArray();
            total += cutsOfRuleSet[i].Length;
        }

        var starts = new LocalDate[total];
        var rules = new LegislatureRules[total];
        var k = 0;
        for (var i = 0; i < cutsOfRuleSet.Length; i++)
        {
            var rs = data.RuleSets[i];
            var list = cutsOfRuleSet[i];
            for (var j = 0; j < list.Length; j++, k++)
            {
                var end = j + 1 < list.Length ? list[j + 1] : rs.Period.End;
                starts[k] = list[j];
                rules[k] = BuildRules(rs, list[j], new Term(list[j], end));
            }
        }

        return (starts, rules);
    }

    /// <summary>
    /// Adds the days on which what a rule set says can change: a region, one of its electoral systems or quotas, or a seat-count
    /// basis begins or ends; only those inside <paramref name="within"/> when it is given.
    /// </summary>
    private void AddBoundaries(RuleSetData rs, DateSet cuts, Term? within)
    {
        foreach (var region in data.Regions)
        {
            cuts.AddBounds(region.Period, within);
        }

        foreach (var c in rs.Chambers)
        {
            foreach (var system in c.Systems)
            {
                cuts.AddBounds(system.Period, within);
            }

            foreach (var quota in c.Quotas)
            {
                cuts.AddBounds(quota.Period, within);
            }

            foreach (var basis in c.SeatCountBases)
            {
                cuts.AddBounds(basis.Period, within);
            }
        }
    }

    /// <summary>
    /// Precomputes a rule set applied on any date of the covered range (as a sitting chamber is held to it):
    /// seat counts follow the regions of the date; the electoral system and quota are those of the date, clamped
    /// into the rule set's own period.
    /// </summary>
    private SegmentTable BuildAppliedSegments(RuleSetData rs)
    {
        var cuts = new DateSet();
        AddBoundaries(rs, cuts, null);
        cuts.Add(data.CoverageStart);
        cuts.Add(rs.Period.Start);
        if (rs.Period.End is { } rsEnd)
        {
            cuts.Add(rsEnd);
        }

        var list = cuts.ToArray(data.CoverageStart);
        var rules = new LegislatureRules[list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            var day = list[i];
            var clamped = rs.Period.Contains(day) ? day : (day < rs.Period.Start ? rs.Period.Start : rs.Period.End!.Value.PlusDays(-1));
            rules[i] = BuildRules(rs, day, new Term(day, i + 1 < list.Length ? list[i + 1] : null), clamped);
        }

        return new SegmentTable(list, rules);
    }

    private LegislatureRules BuildRules(RuleSetData rs, LocalDate date, Term period, LocalDate? systemsDate = null)
    {
        var regionCount = 0;
        foreach (var region in data.Regions)
        {
            if (region.ExistsOn(date))
            {
                regionCount++;
            }
        }

        var onDate = systemsDate ?? date;
        var chambers = new List<ChamberRules>(rs.Chambers.Count);
        foreach (var c in rs.Chambers)
        {
            chambers.Add(NewChamberRules(c, regionCount, onDate, date));
        }

        return new LegislatureRules(rs.Id, period, rs.Period, rs.Instrument, rs.Form, chambers, rs.Provenance, rs.FormCitation, Loading.DecisionSetData.RulesFor(data.DecisionRules ?? [], rs.Id, rs.Period, chambers));
    }

    private static ChamberRules NewChamberRules(ChamberRuleData c, int regionCount, LocalDate onDate, LocalDate date)
    {
        var basis = c.SeatCountBases.FirstOrDefault(b => b.Period.Contains(date));
        return new ChamberRules(
            c.Kind,
            c.Plan.Select(p => new SeatAllotment(p.Source, p.Seats ?? checked(p.PerRegion!.Value * regionCount), p.PerRegion, p.Citation)),
            c.TermYears is { } y ? Period.FromYears(y) : null,
            c.Renewal,
            c.Eligibility,
            c.Incompatibilities.Select(i => i.Text),
            c.Systems.FirstOrDefault(s => s.Source == SeatSource.PartyList && s.Period.Contains(onDate)),
            c.Quotas.FirstOrDefault(q => q.Period.Contains(onDate)),
            c.Plan.Any(p => p.PerRegion is not null) ? regionCount : null,
            c.Provenance,
            basis?.Basis ?? SeatCountBasis.Stated,
            basis?.Confidence,
            basis?.Note,
            c.Citations,
            c.Incompatibilities);
    }

    /// <summary>A rule set of the dataset, and the table of its rules applied on each date, built when first asked for.</summary>
    private sealed class RuleSetEntry(RuleSetData data)
    {
        private SegmentTable? applied;

        /// <summary>Gets the rule set.</summary>
        public RuleSetData Data { get; } = data;

        /// <summary>
        /// Gets the table of the rule set applied on each date of the covered range, built on first use. Thread-safe: the
        /// build has no side effect, and every caller gets the table that was published first.
        /// </summary>
        public SegmentTable Applied(LegislativeHistory history)
        {
            var table = Volatile.Read(ref applied);
            if (table is null)
            {
                Interlocked.CompareExchange(ref applied, history.BuildAppliedSegments(Data), null);
                table = Volatile.Read(ref applied)!;
            }

            return table;
        }
    }

    /// <summary>Rules over stretches of days: <c>Rules[i]</c> holds from <c>Starts[i]</c> to the next start.</summary>
    private sealed class SegmentTable(LocalDate[] starts, LegislatureRules[] rules)
    {
        /// <summary>Gets the first day of each stretch, sorted.</summary>
        public LocalDate[] Starts { get; } = starts;

        /// <summary>Gets the rules of each stretch.</summary>
        public LegislatureRules[] Rules { get; } = rules;
    }

    /// <summary>
    /// A sorted set of distinct days in an array, written out because <see cref="SortedSet{T}"/> and LINQ over
    /// <see cref="LocalDate"/> are generic code over a value type that the first load would JIT-compile.
    /// </summary>
    private sealed class DateSet
    {
        private LocalDate[] items = new LocalDate[16];
        private int count;

        /// <summary>Adds the start and the end (if any) of <paramref name="period"/>, or only those inside <paramref name="within"/> when it is given.</summary>
        public void AddBounds(Term period, Term? within)
        {
            if (within is null || within.Contains(period.Start))
            {
                Add(period.Start);
            }

            if (period.End is { } end && (within is null || within.Contains(end)))
            {
                Add(end);
            }
        }

        /// <summary>Adds <paramref name="day"/> unless it is there already.</summary>
        public void Add(LocalDate day)
        {
            int low = 0, high = count - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                if (items[middle] == day)
                {
                    return;
                }

                if (items[middle] < day)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            if (count == items.Length)
            {
                var bigger = new LocalDate[items.Length * 2];
                Array.Copy(items, bigger, count);
                items = bigger;
            }

            Array.Copy(items, low, items, low + 1, count - low);
            items[low] = day;
            count++;
        }

        /// <summary>Returns the days, sorted; only those on or after <paramref name="from"/> when it is given.</summary>
        public LocalDate[] ToArray(LocalDate? from = null)
        {
            var first = 0;
            while (from is { } f && first < count && items[first] < f)
            {
                first++;
            }

            var result = new LocalDate[count - first];
            Array.Copy(items, first, result, 0, result.Length);
            return result;
        }
    }
}

/// <summary>Helpers for chamber kinds.</summary>
internal static class ChamberKindExtensions
{
    public static bool IsIn(this ChamberKind kind, LegislatureRules rules) => rules.HasChamber(kind);
}

/// <summary>Computes structured differences between two sets of rules.</summary>
internal static class RuleDiff
{
    public static IReadOnlyList<LegislativeChange> Compare(LegislatureRules a, LegislatureRules b)
    {
        var changes = new List<LegislativeChange>();
        if (a.Instrument.Id != b.Instrument.Id)
        {
            changes.Add(new LegislativeChange(ChangeKind.Instrument, null, null, a.Instrument.Name.English, b.Instrument.Name.English, a, b));
        }

        if (a.Form != b.Form)
        {
            changes.Add(new LegislativeChange(ChangeKind.Form, null, null, a.Form.ToString(), b.Form.ToString(), a, b));
        }

        foreach (var kind in Enum.GetValues<ChamberKind>())
        {
            var ca = a.TryGetChamber(kind);
            var cb = b.TryGetChamber(kind);
            if (ca is null && cb is null)
            {
                continue;
            }

            if (ca is null)
            {
                changes.Add(new LegislativeChange(ChangeKind.ChamberAdded, kind, null, null, Seats(cb!), a, b));
                continue;
            }

            if (cb is null)
            {
                changes.Add(new LegislativeChange(ChangeKind.ChamberRemoved, kind, null, Seats(ca), null, a, b));
                continue;
            }

            if (ca.StatutorySeats != cb.StatutorySeats)
            {
                changes.Add(new LegislativeChange(ChangeKind.StatutorySeats, kind, null, Seats(ca), Seats(cb), a, b));
            }

            foreach (var source in Enum.GetValues<SeatSource>())
            {
                var sa = ca.SeatsFor(source);
                var sb = cb.SeatsFor(source);
                if (sa != sb)
                {
                    changes.Add(new LegislativeChange(ChangeKind.SeatsBySource, kind, source, sa.ToString(CultureInfo.InvariantCulture), sb.ToString(CultureInfo.InvariantCulture), a, b));
                }
            }

            AddIfDifferent(changes, a, b, ChangeKind.TermLength, kind, Years(ca.TermLength), Years(cb.TermLength));
            AddIfDifferent(changes, a, b, ChangeKind.Renewal, kind, ca.Renewal?.ToString(), cb.Renewal?.ToString());
            AddIfDifferent(changes, a, b, ChangeKind.MinimumAge, kind, ca.MinimumAge?.ToString(CultureInfo.InvariantCulture), cb.MinimumAge?.ToString(CultureInfo.InvariantCulture));
            AddIfDifferent(changes, a, b, ChangeKind.ElectoralSystem, kind, ca.PartyListSystem?.ToString(), cb.PartyListSystem?.ToString());
            AddIfDifferent(changes, a, b, ChangeKind.ListQuota, kind, ca.ListQuota?.ToString(), cb.ListQuota?.ToString());
        }

        return changes;
    }

    private static string Seats(ChamberRules c) => c.StatutorySeats.ToString(CultureInfo.InvariantCulture);

    private static string? Years(Period? p) => p is null ? null : p.Years.ToString(CultureInfo.InvariantCulture) + " years";

    private static void AddIfDifferent(List<LegislativeChange> changes, LegislatureRules rulesA, LegislatureRules rulesB, ChangeKind kind, ChamberKind chamber, string? a, string? b)
    {
        if (!string.Equals(a, b, StringComparison.Ordinal))
        {
            changes.Add(new LegislativeChange(kind, chamber, null, a, b, rulesA, rulesB));
        }
    }
}

using Kz.Legislature.History.Loading;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kz.Legislature.History;
using Kz.Legislature.Internal;

namespace Kz.Legislature.Procedure;

/// <summary>The decisions of one rule set, as read from <c>$.decisionRules</c>; seats are added per period by <see cref="ProcedureReader.RulesFor"/>.</summary>
internal sealed record DecisionSetData(string RuleSetId, IReadOnlyList<DecisionData> Decisions, Provenance Provenance);

/// <summary>One decision as read, before the seats of a period are known.</summary>
internal sealed record DecisionData(DecisionKind Kind, IReadOnlyList<DecisionSubject> Subjects, IReadOnlyList<DecisionStage> Stages, string? Note, RejectionRule? Rejection);

/// <summary>Reads and checks <c>$.decisionRules</c> (source-generated DTOs, strict), with the cross-references to rule sets and instruments.</summary>
internal static partial class ProcedureReader
{
    private const string Root = "$.decisionRules";

    private static readonly Dictionary<string, string> Shapes = new(StringComparer.Ordinal)
    {
        [nameof(DecisionSetDto)] = "a decision set takes ruleSet, decisions, sources, confidence and note",
        [nameof(DecisionDto)] = "a decision takes kind, subjects, stages, rejection and note",
        [nameof(RejectionDto)] = "a rejection takes stage, returnsTo, reapproval, citation and note",
        [nameof(StageDto)] = "a stage takes body, counting, majority, quorum, readings, citations and note",
        [nameof(FractionDto)] = "a majority or quorum takes numerator, denominator, strict and base",
        [nameof(StageCitationsDto)] = "a stage's citations take body, majority, quorum and readings",
        [nameof(CitationDto)] = "a citation takes instrument, article, sources, confidence, verifiedOn and note",
        [nameof(SourceDto)] = "a source takes url and title",
    };

    private static readonly DecisionSubject[] LawSubjects = [DecisionSubject.Budget, DecisionSubject.Taxes, DecisionSubject.TreatyRatification, DecisionSubject.TreatyDenunciation, DecisionSubject.Amnesty];

    private static readonly DecisionSubject[] Offices = [DecisionSubject.PrimeMinister, DecisionSubject.VicePresident, DecisionSubject.SupremeCourt, DecisionSubject.NationalBank, DecisionSubject.ProsecutorGeneral, DecisionSubject.NationalSecurityCommittee];

    private static readonly DecisionSubject[] Chairs = [DecisionSubject.ChairOfSenate, DecisionSubject.ChairOfMazhilis, DecisionSubject.ChairOfKurultai];

    /// <summary>Reads <c>$.decisionRules</c>; an absent section gives no decisions.</summary>
    public static IReadOnlyList<DecisionSetData> Read(JsonElement? section, string fileName, IReadOnlyDictionary<string, Instrument> instruments, IReadOnlyList<RuleSetData> ruleSets)
    {
        if (section is not { } element)
        {
            return [];
        }

        List<DecisionSetDto>? dtos;
        try
        {
            dtos = element.Deserialize(ProcedureJsonContext.Default.ListDecisionSetDto);
        }
        catch (JsonException ex)
        {
            var path = ex.Path is { Length: > 1 } p ? Root + p[1..] : Root;
            throw new LegislativeDataException(fileName, path, Reason(ex.Message), innerException: ex);
        }

        if (dtos is null)
        {
            throw new LegislativeDataException(fileName, Root, "Expected an array of decision sets, found null.");
        }

        var result = new List<DecisionSetData>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < dtos.Count; i++)
        {
            var path = $"{Root}[{i}]";
            var dto = dtos[i];
            var ruleSet = ruleSets.FirstOrDefault(r => string.Equals(r.Id, dto.RuleSet, StringComparison.Ordinal))
                ?? throw new LegislativeDataException(fileName, path + ".ruleSet", $"The rule set '{dto.RuleSet}' is not defined in $.ruleSets.");
            if (!seen.Add(dto.RuleSet))
            {
                throw new LegislativeDataException(fileName, path + ".ruleSet", $"The rule set '{dto.RuleSet}' has two decision sets; give one entry per rule set.");
            }

            var r = new Reader(fileName, instruments, ruleSet);
            var confidence = r.Enum<Confidence>(dto.Confidence, path + ".confidence");
            var provenance = new Provenance(r.Sources(dto.Sources, path + ".sources"), confidence, dto.Note);
            var decisions = new List<DecisionData>();
            for (var j = 0; j < dto.Decisions.Count; j++)
            {
                decisions.Add(r.Decision(dto.Decisions[j], $"{path}.decisions[{j}]", confidence));
            }

            CheckUnique(fileName, path, decisions);
            result.Add(new DecisionSetData(dto.RuleSet, decisions, provenance));
        }

        return result;
    }

    /// <summary>The decision rules of a rule set for a period whose chambers have the given seats.</summary>
    public static IEnumerable<DecisionRule> RulesFor(IReadOnlyList<DecisionSetData> sets, string ruleSetId, Term ruleSetPeriod, IEnumerable<ChamberRules> chambers)
    {
        var set = sets.FirstOrDefault(s => string.Equals(s.RuleSetId, ruleSetId, StringComparison.Ordinal));
        if (set is null)
        {
            return [];
        }

        var seats = chambers.Select(c => new KeyValuePair<ChamberKind, int>(c.Kind, c.StatutorySeats)).ToList();
        return set.Decisions.Select(d => new DecisionRule(d.Kind, d.Subjects, d.Stages, seats.Where(s => d.Stages.Any(st => st.Chambers.Contains(s.Key))), ruleSetId, ruleSetPeriod, d.Note, d.Rejection)).ToList();
    }

    private static void CheckUnique(string fileName, string path, List<DecisionData> decisions)
    {
        for (var j = 0; j < decisions.Count; j++)
        {
            for (var k = 0; k < j; k++)
            {
                var a = decisions[k];
                var b = decisions[j];
                if (a.Kind != b.Kind)
                {
                    continue;
                }

                var clash = a.Subjects.Count == 0 && b.Subjects.Count == 0 ? "the general rule" : string.Join(", ", a.Subjects.Intersect(b.Subjects));
                if (clash.Length > 0)
                {
                    throw new LegislativeDataException(fileName, $"{path}.decisions[{j}]", $"Decisions {k} and {j} are both {a.Kind} for {clash}; each kind and subject may have one rule.");
                }
            }
        }
    }

    private static string Reason(string message)
    {
        if (UnmappedRegex().Match(message) is { Success: true } m)
        {
            return $"Unknown property '{m.Groups[1].Value}': {(Shapes.TryGetValue(m.Groups[2].Value, out var s) ? s : "see kazakhstan.schema.json")}.";
        }

        if (MissingRegex().Match(message) is { Success: true } mm)
        {
            return $"Missing required properties: {mm.Groups[2].Value.TrimEnd('.')} ({(Shapes.TryGetValue(mm.Groups[1].Value, out var s) ? s : "see kazakhstan.schema.json")}).";
        }

        if (message.Contains("null", StringComparison.OrdinalIgnoreCase) && message.Contains("non-nullable", StringComparison.OrdinalIgnoreCase))
        {
            return "This value may not be null (see $defs/decisionSet in kazakhstan.schema.json for what each property accepts).";
        }

        return "The value is not of the expected kind: numbers are whole numbers, strict is true or false, names and ids are strings, lists are arrays (see $defs/decisionSet in kazakhstan.schema.json).";
    }

    [GeneratedRegex(@"property '([^']+)' could not be mapped to any \.NET member contained in type '(?:[\w.]+\.)?(\w+)'")]
    private static partial Regex UnmappedRegex();

    [GeneratedRegex(@"type '(?:[\w.]+\.)?(\w+)' was missing required properties(?: including)?: (.+)$")]
    private static partial Regex MissingRegex();

    private sealed class Reader(string fileName, IReadOnlyDictionary<string, Instrument> instruments, RuleSetData ruleSet)
    {
        public LegislativeDataException Error(string path, string reason) => new(fileName, path, reason);

        public T Enum<T>(string value, string path)
            where T : struct, System.Enum
        {
            foreach (var v in System.Enum.GetValues<T>())
            {
                if (string.Equals(JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), value, StringComparison.Ordinal))
                {
                    return v;
                }
            }

            throw Error(path, $"Unknown value '{value}'. Expected one of: {string.Join(", ", System.Enum.GetValues<T>().Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString())))}.");
        }

        public List<SourceReference> Sources(List<SourceDto> sources, string path)
        {
            var list = new List<SourceReference>();
            for (var i = 0; i < sources.Count; i++)
            {
                var s = sources[i];
                if (!Uri.TryCreate(s.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                {
                    throw Error($"{path}[{i}].url", $"A source URL must be an absolute http(s) address, found '{s.Url}'.");
                }

                if (string.IsNullOrWhiteSpace(s.Title))
                {
                    throw Error($"{path}[{i}].title", "A source needs a title.");
                }

                list.Add(new SourceReference(uri, s.Title));
            }

            if (list.Count == 0)
            {
                throw Error(path, "At least one source is required.");
            }

            return list;
        }

        public DecisionData Decision(DecisionDto dto, string path, Confidence inherited)
        {
            var kind = Enum<DecisionKind>(dto.Kind, path + ".kind");
            var subjects = new List<DecisionSubject>();
            for (var i = 0; i < dto.Subjects.Count; i++)
            {
                var subject = dto.Subjects[i] == "none" ? DecisionSubject.None : Enum<DecisionSubject>(dto.Subjects[i], $"{path}.subjects[{i}]");
                var allowed = kind switch
                {
                    DecisionKind.Law => LawSubjects,
                    DecisionKind.ConsentToAppointment => Offices,
                    DecisionKind.ElectionOfChair => Chairs,
                    _ => [],
                };
                if (!allowed.Contains(subject))
                {
                    throw Error($"{path}.subjects[{i}]", $"'{dto.Subjects[i]}' is not a subject of a {JsonNamingPolicy.CamelCase.ConvertName(kind.ToString())} decision; {(allowed.Length == 0 ? "this kind takes no subjects" : "accepted: " + string.Join(", ", allowed.Select(a => JsonNamingPolicy.CamelCase.ConvertName(a.ToString()))))}.");
                }

                if (subjects.Contains(subject))
                {
                    throw Error($"{path}.subjects[{i}]", $"The subject '{dto.Subjects[i]}' is listed twice.");
                }

                subjects.Add(subject);
            }

            if (dto.Stages.Count == 0)
            {
                throw Error(path + ".stages", "A decision has at least one stage.");
            }

            var stages = dto.Stages.Select((s, i) => Stage(s, $"{path}.stages[{i}]", inherited)).ToList();
            RejectionRule? rejection = null;
            if (dto.Rejection is { } r)
            {
                if (r.Stage < 1 || r.Stage >= stages.Count)
                {
                    throw Error(path + ".rejection.stage", string.Create(CultureInfo.InvariantCulture, $"The rejecting stage must be one of the decision's later stages (1 to {stages.Count - 1}); found {r.Stage}."));
                }

                if (r.ReturnsTo < 0 || r.ReturnsTo >= r.Stage)
                {
                    throw Error(path + ".rejection.returnsTo", string.Create(CultureInfo.InvariantCulture, $"A rejected bill returns to an earlier stage (0 to {r.Stage - 1}); found {r.ReturnsTo}."));
                }

                rejection = new RejectionRule(r.Stage, r.ReturnsTo, Fraction(r.Reapproval, path + ".rejection.reapproval")!, Citation(r.Citation, path + ".rejection.citation", inherited), r.Note);
            }

            return new DecisionData(kind, subjects, stages, dto.Note, rejection);
        }

        private DecisionStage Stage(StageDto dto, string path, Confidence inherited)
        {
            var body = Enum<StageBody>(dto.Body, path + ".body");
            var chambers = body == StageBody.JointSitting ? [ChamberKind.Senate, ChamberKind.Mazhilis] : new[] { body switch { StageBody.Senate => ChamberKind.Senate, StageBody.Mazhilis => ChamberKind.Mazhilis, StageBody.Kurultai => ChamberKind.Kurultai, _ => ChamberKind.SupremeCouncil } };
            var missing = chambers.Where(c => ruleSet.Chambers.All(rc => rc.Kind != c)).ToList();
            if (missing.Count > 0)
            {
                throw Error(path + ".body", $"The rule set '{ruleSet.Id}' has no {EnglishNames.Chambers(missing)}, so '{dto.Body}' cannot vote under it; its chambers are: {EnglishNames.Chambers(ruleSet.Chambers.Select(c => c.Kind))}.");
            }

            JointCounting? counting = dto.Counting is null ? null : Enum<JointCounting>(dto.Counting, path + ".counting");
            if (counting is not null && body != StageBody.JointSitting)
            {
                throw Error(path + ".counting", "Only a joint sitting has a counting; remove it for a single chamber.");
            }

            if (dto.Readings is < 1)
            {
                throw Error(path + ".readings", string.Create(CultureInfo.InvariantCulture, $"The number of readings is 1 or more (or null where unknown); found {dto.Readings}."));
            }

            var majority = Fraction(dto.Majority, path + ".majority");
            var quorum = Fraction(dto.Quorum, path + ".quorum");
            if (quorum is not null && quorum.Base != MajorityBase.TotalDeputies)
            {
                throw Error(path + ".quorum.base", "A quorum is a fraction of the total number of deputies: its base must be 'totalDeputies'.");
            }

            if (majority is null && dto.Note is null)
            {
                throw Error(path + ".majority", "The majority is null, so a 'note' on the stage must say why (for example that no source gives it).");
            }

            var c = dto.Citations;
            var cp = path + ".citations";
            return new DecisionStage(
                body,
                counting,
                majority,
                quorum,
                dto.Readings,
                Citation(c.Body, cp + ".body", inherited),
                CiteIfKnown(c.Majority, majority is not null, cp, "majority", inherited),
                CiteIfKnown(c.Quorum, quorum is not null, cp, "quorum", inherited),
                CiteIfKnown(c.Readings, dto.Readings is not null, cp, "readings", inherited),
                dto.Note);
        }

        private Majority? Fraction(FractionDto? dto, string path)
        {
            if (dto is null)
            {
                return null;
            }

            if (dto.Numerator < 1 || dto.Denominator < dto.Numerator)
            {
                throw Error(path, string.Create(CultureInfo.InvariantCulture, $"A majority is a fraction from 1/d to d/d with whole numbers; {dto.Numerator}/{dto.Denominator} is not."));
            }

            if (dto.Strict && dto.Numerator == dto.Denominator)
            {
                throw Error(path + ".strict", "No count is more than the whole of its base; use strict: false for unanimity.");
            }

            return new Majority(dto.Numerator, dto.Denominator, dto.Strict, Enum<MajorityBase>(dto.Base, path + ".base"));
        }

        private Citation? CiteIfKnown(CitationDto? dto, bool known, string path, string name, Confidence inherited)
        {
            if (known)
            {
                return dto is null
                    ? throw Error(path, $"The required citation '{name}' is missing: a known {name} must cite the instrument, the article (or null with a note) and the sources that state it.")
                    : Citation(dto, $"{path}.{name}", inherited);
            }

            return dto is null ? null : throw Error($"{path}.{name}", $"The {name} is null, so there is nothing to cite; remove this citation or give the value.");
        }

        private Citation Citation(CitationDto dto, string path, Confidence inherited)
        {
            if (!instruments.TryGetValue(dto.Instrument, out var instrument))
            {
                throw Error(path + ".instrument", $"The instrument '{dto.Instrument}' is not defined in $.instruments.");
            }

            if (string.IsNullOrWhiteSpace(dto.Article) && string.IsNullOrWhiteSpace(dto.Note))
            {
                throw Error(path + ".article", "The article is null, so a 'note' must say why (for example that the article was not verified).");
            }

            LocalDate? verifiedOn = null;
            if (dto.VerifiedOn is { } v)
            {
                var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(v);
                verifiedOn = parsed.Success ? parsed.Value : throw Error(path + ".verifiedOn", $"'{v}' is not a date such as \"2024-01-01\".");
            }

            var confidence = dto.Confidence is null ? inherited : Enum<Confidence>(dto.Confidence, path + ".confidence");
            return new Citation(instrument.Id, instrument.Name, dto.Article, Sources(dto.Sources, path + ".sources"), confidence, verifiedOn, dto.Note);
        }
    }
}

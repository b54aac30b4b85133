using System.Globalization;
using System.Text.Json;
using Kz.Legislature.Internal;
using Kz.Legislature.Procedure;

namespace Kz.Legislature.History.Loading;

/// <summary>Maps and checks <c>$.decisionRules</c>: the rule set and the instruments each decision set refers to, the subjects of each kind, the stages and their citations.</summary>
internal sealed partial class DatasetMapper
{
    private const string DecisionRulesPath = "$.decisionRules";

    private static readonly DecisionSubject[] LawSubjects = [DecisionSubject.Budget, DecisionSubject.Taxes, DecisionSubject.TreatyRatification, DecisionSubject.TreatyDenunciation, DecisionSubject.Amnesty];

    private static readonly DecisionSubject[] OfficeSubjects = [DecisionSubject.PrimeMinister, DecisionSubject.VicePresident, DecisionSubject.SupremeCourt, DecisionSubject.NationalBank, DecisionSubject.ProsecutorGeneral, DecisionSubject.NationalSecurityCommittee];

    private static readonly DecisionSubject[] ChairSubjects = [DecisionSubject.ChairOfSenate, DecisionSubject.ChairOfMazhilis, DecisionSubject.ChairOfKurultai];

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    /// <summary>Reads <c>$.decisionRules</c>; an absent section gives no decisions.</summary>
    private List<DecisionSetData> ReadDecisionRules(List<DecisionSetDto?>? items, Dictionary<string, RuleSetData> ruleSets, HashSet<string> declaredRuleSets)
    {
        var result = new List<DecisionSetData>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            var path = Item(DecisionRulesPath, i);
            if (items[i] is not { } dto)
            {
                Fail(path, "Expected an object, found null.");
                continue;
            }

            var id = dto.RuleSet!;
            if (!ruleSets.TryGetValue(id, out var ruleSet))
            {
                if (!declaredRuleSets.Contains(id))
                {
                    Fail(path + ".ruleSet", $"The rule set '{id}' is not defined in $.ruleSets.");
                }

                continue;
            }

            if (!seen.Add(id))
            {
                Fail(path + ".ruleSet", $"The rule set '{id}' has two decision sets; give one entry per rule set.");
                continue;
            }

            var provenance = ReadProvenance(dto, path);
            var confidence = dto.Confidence!.Value;
            var decisions = new List<DecisionData>();
            var ok = provenance is not null;
            for (var j = 0; j < dto.Decisions!.Count; j++)
            {
                var decisionPath = Item(path + ".decisions", j);
                if (dto.Decisions[j] is not { } decision)
                {
                    ok = Fail(decisionPath, "Expected an object, found null.");
                }
                else if (ReadDecision(decision, decisionPath, ruleSet, confidence) is { } read)
                {
                    decisions.Add(read);
                }
                else
                {
                    ok = false;
                }
            }

            if (ok && CheckUniqueDecisions(path, decisions))
            {
                result.Add(new DecisionSetData(id, decisions, provenance!));
            }
        }

        return result;
    }

    private bool CheckUniqueDecisions(string path, List<DecisionData> decisions)
    {
        var ok = true;
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

                string clash;
                if (a.Subjects.Count == 0 && b.Subjects.Count == 0)
                {
                    clash = "the general rule";
                }
                else
                {
                    var shared = new List<DecisionSubject>();
                    foreach (var subject in a.Subjects)
                    {
                        if (Contains(b.Subjects, subject) && !Contains(shared, subject))
                        {
                            shared.Add(subject);
                        }
                    }

                    clash = string.Join(", ", shared);
                }

                if (clash.Length > 0)
                {
                    ok = Fail(Item(path + ".decisions", j), string.Create(CultureInfo.InvariantCulture, $"Decisions {k} and {j} are both {a.Kind} for {clash}; each kind and subject may have one rule."));
                }
            }
        }

        return ok;
    }

    private static bool Contains(IReadOnlyList<DecisionSubject> subjects, DecisionSubject subject)
    {
        for (var i = 0; i < subjects.Count; i++)
        {
            if (subjects[i] == subject)
            {
                return true;
            }
        }

        return false;
    }

    private DecisionData? ReadDecision(DecisionDto dto, string path, RuleSetData ruleSet, Confidence inherited)
    {
        var kind = dto.Kind!.Value;
        var allowed = kind switch
        {
            DecisionKind.Law => LawSubjects,
            DecisionKind.ConsentToAppointment => OfficeSubjects,
            DecisionKind.ElectionOfChair => ChairSubjects,
            _ => [],
        };
        var ok = true;
        var subjects = new List<DecisionSubject>();
        for (var i = 0; i < dto.Subjects!.Count; i++)
        {
            var subjectPath = Item(path + ".subjects", i);
            if (dto.Subjects[i] is not { } boxed)
            {
                ok = Fail(subjectPath, "Expected a string, found null.");
                continue;
            }

            var subject = boxed.Value;
            if (!Contains(allowed, subject))
            {
                var accepted = new List<string>(allowed.Length);
                foreach (var a in allowed)
                {
                    accepted.Add(Camel(a.ToString()));
                }

                ok = Fail(subjectPath, $"'{Camel(subject.ToString())}' is not a subject of a {Camel(kind.ToString())} decision; {(allowed.Length == 0 ? "this kind takes no subjects" : "accepted: " + string.Join(", ", accepted))}.");
            }
            else if (Contains(subjects, subject))
            {
                ok = Fail(subjectPath, $"The subject '{Camel(subject.ToString())}' is listed twice.");
            }
            else
            {
                subjects.Add(subject);
            }
        }

        if (dto.Stages!.Count == 0)
        {
            return Fail(path + ".stages", "A decision has at least one stage.") ? null : null;
        }

        var stages = new List<DecisionStage>(dto.Stages.Count);
        for (var i = 0; i < dto.Stages.Count; i++)
        {
            var stagePath = Item(path + ".stages", i);
            if (dto.Stages[i] is not { } stage)
            {
                ok = Fail(stagePath, "Expected an object, found null.");
            }
            else if (ReadStage(stage, stagePath, ruleSet, inherited) is { } read)
            {
                stages.Add(read);
            }
            else
            {
                ok = false;
            }
        }

        RejectionRule? rejection = null;
        if (dto.Rejection is { } r)
        {
            var stageCount = dto.Stages.Count;
            var at = r.Stage!.Value;
            var returnsTo = r.ReturnsTo!.Value;
            if (at < 1 || at >= stageCount)
            {
                ok = Fail(path + ".rejection.stage", string.Create(CultureInfo.InvariantCulture, $"The rejecting stage must be one of the decision's later stages (1 to {stageCount - 1}); found {at}."));
            }
            else if (returnsTo < 0 || returnsTo >= at)
            {
                ok = Fail(path + ".rejection.returnsTo", string.Create(CultureInfo.InvariantCulture, $"A rejected bill returns to an earlier stage (0 to {at - 1}); found {returnsTo}."));
            }

            var reapproval = ReadFraction(r.Reapproval, path + ".rejection.reapproval");
            var citation = ReadCitation(r.Citation, path + ".rejection", "citation", "the rejection rule", inherited);
            if (ok && reapproval is not null && citation is not null)
            {
                rejection = new RejectionRule(at, returnsTo, reapproval, citation, r.Note);
            }
            else
            {
                ok = false;
            }
        }

        return ok ? new DecisionData(kind, subjects, stages, dto.Note, rejection) : null;
    }

    private DecisionStage? ReadStage(StageDto dto, string path, RuleSetData ruleSet, Confidence inherited)
    {
        var body = dto.Body!.Value;
        ChamberKind[] chambers = body switch
        {
            StageBody.JointSitting => [ChamberKind.Senate, ChamberKind.Mazhilis],
            StageBody.Senate => [ChamberKind.Senate],
            StageBody.Mazhilis => [ChamberKind.Mazhilis],
            StageBody.Kurultai => [ChamberKind.Kurultai],
            _ => [ChamberKind.SupremeCouncil],
        };
        var missing = new List<ChamberKind>();
        foreach (var chamber in chambers)
        {
            if (!HasChamber(ruleSet, chamber))
            {
                missing.Add(chamber);
            }
        }

        if (missing.Count > 0)
        {
            var present = new List<ChamberKind>(ruleSet.Chambers.Count);
            foreach (var rules in ruleSet.Chambers)
            {
                present.Add(rules.Kind);
            }

            return Fail(path + ".body", $"The rule set '{ruleSet.Id}' has no {EnglishNames.Chambers(missing)}, so '{Camel(body.ToString())}' cannot vote under it; its chambers are: {EnglishNames.Chambers(present)}.") ? null : null;
        }

        var ok = true;
        JointCounting? counting = dto.Counting;
        if (counting is not null && body != StageBody.JointSitting)
        {
            ok = Fail(path + ".counting", "Only a joint sitting has a counting; remove it for a single chamber.");
        }

        int? readings = dto.Readings!.Value;
        if (readings is < 1)
        {
            ok = Fail(path + ".readings", string.Create(CultureInfo.InvariantCulture, $"The number of readings is 1 or more (or null where unknown); found {readings}."));
        }

        var majority = ReadFraction(dto.Majority!.Value, path + ".majority");
        var quorum = ReadFraction(dto.Quorum!.Value, path + ".quorum");
        ok &= (dto.Majority.Value is null || majority is not null) && (dto.Quorum.Value is null || quorum is not null);
        if (quorum is not null && quorum.Base != MajorityBase.TotalDeputies)
        {
            ok = Fail(path + ".quorum.base", "A quorum is a fraction of the total number of deputies: its base must be 'totalDeputies'.");
        }

        if (dto.Majority.Value is null && dto.Note is null)
        {
            ok = Fail(path + ".majority", "The majority is null, so a 'note' on the stage must say why (for example that no source gives it).");
        }

        var c = dto.Citations!;
        var cp = path + ".citations";
        var bodyCitation = ReadCitation(c.Body, cp, "body", "the voting body", inherited);
        var majorityCitation = StageCitation(c.Majority, dto.Majority.Value is not null, cp, "majority", inherited, ref ok);
        var quorumCitation = StageCitation(c.Quorum, dto.Quorum.Value is not null, cp, "quorum", inherited, ref ok);
        var readingsCitation = StageCitation(c.Readings, readings is not null, cp, "readings", inherited, ref ok);
        return ok && bodyCitation is not null
            ? new DecisionStage(body, counting, majority, quorum, readings, bodyCitation, majorityCitation, quorumCitation, readingsCitation, dto.Note)
            : null;
    }

    private static bool HasChamber(RuleSetData ruleSet, ChamberKind kind)
    {
        foreach (var c in ruleSet.Chambers)
        {
            if (c.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The citation of a stage's value: required where the value is known, refused where it is null.</summary>
    private Citation? StageCitation(CitationDto? dto, bool known, string path, string name, Confidence inherited, ref bool ok)
    {
        if (known)
        {
            if (dto is null)
            {
                ok = Fail(path, $"The required citation '{name}' is missing: a known {name} must cite the instrument, the article (or null with a note) and the sources that state it.");
                return null;
            }

            var citation = ReadCitation(dto, path, name, "the " + name, inherited);
            ok &= citation is not null;
            return citation;
        }

        if (dto is not null)
        {
            ok = Fail(path + "." + name, $"The {name} is null, so there is nothing to cite; remove this citation or give the value.");
        }

        return null;
    }

    private Majority? ReadFraction(FractionDto? dto, string path)
    {
        if (dto is null)
        {
            return null;
        }

        var numerator = dto.Numerator!.Value;
        var denominator = dto.Denominator!.Value;
        var strict = dto.Strict!.Value;
        if (numerator < 1 || denominator < numerator)
        {
            return Fail(path, string.Create(CultureInfo.InvariantCulture, $"A majority is a fraction from 1/d to d/d with whole numbers; {numerator}/{denominator} is not.")) ? null : null;
        }

        if (strict && numerator == denominator)
        {
            return Fail(path + ".strict", "No count is more than the whole of its base; use strict: false for unanimity.") ? null : null;
        }

        return new Majority(numerator, denominator, strict, dto.Base!.Value);
    }
}

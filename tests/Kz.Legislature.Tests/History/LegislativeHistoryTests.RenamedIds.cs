using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentValidation.Results;
using Kz.Legislature.Elections;
using Kz.Legislature.History;
using Kz.Legislature.Testing;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;

namespace Kz.Legislature.Tests.History;

/// <summary>
/// Rules are data: a custom dataset in which every id is renamed (parties, regions, instruments, rule sets, sittings,
/// convocations, elections, events) gives the same answers and the same citations as the embedded one, apart from the
/// ids. No article, instrument or rule is looked up by id in code.
/// </summary>
public sealed partial class LegislativeHistoryTests
{
    private static readonly Lazy<(LegislativeHistory Renamed, Dictionary<string, string> Back)> Renaming = new(Rename);

    private static LegislativeHistory Original => SessionHistory.Current;

    private static LegislativeHistory Renamed => Renaming.Value.Renamed;

    /// <summary>Every day sampled from 1990 to 2026 (the 1st and 15th of each month, plus every rule-set boundary and the day before).</summary>
    public static IEnumerable<LocalDate> RenamedIdsDates()
    {
        var dates = new SortedSet<LocalDate>();
        for (var d = new LocalDate(1990, 4, 1); d <= new LocalDate(2026, 12, 1); d = d.PlusMonths(1))
        {
            dates.Add(d);
            dates.Add(d.PlusDays(14));
        }

        foreach (var r in Original.RuleSets)
        {
            dates.Add(r.RuleSetPeriod.Start);
            if (r.RuleSetPeriod.Start > Original.CoverageStart)
            {
                dates.Add(r.RuleSetPeriod.Start.PlusDays(-1));
            }
        }

        return dates;
    }

    /// <summary>The renamed dataset really renames every id (so the comparisons below are not vacuous).</summary>
    [Fact]
    public void every_id_is_renamed()
    {
        Renamed.Instruments.Should().OnlyContain(i => IdPattern().IsMatch(i.Id));
        Renamed.RuleSets.Should().OnlyContain(r => IdPattern().IsMatch(r.RuleSetId));
        Renamed.Regions.Should().OnlyContain(r => IdPattern().IsMatch(r.Id));
        Renamed.Parties.Should().OnlyContain(p => IdPattern().IsMatch(p.Id));
        Renamed.Sittings.Should().OnlyContain(s => IdPattern().IsMatch(s.Id) && IdPattern().IsMatch(s.HeldToRuleSetId));
        Renamed.Elections.Should().OnlyContain(e => IdPattern().IsMatch(e.Id));
        Renamed.Events.Should().OnlyContain(e => IdPattern().IsMatch(e.Id));
        Renamed.RulesOn(new LocalDate(2024, 1, 1)).Chamber(ChamberKind.Senate).CitationFor(RuleAspect.Composition)!.InstrumentId.Should().MatchRegex(IdPattern().ToString());
    }

    /// <summary>The rules in force, with every citation of every value, are the same on every sampled day.</summary>
    [Fact]
    public void the_rules_and_their_citations_are_the_same_on_every_day()
    {
        foreach (var date in RenamedIdsDates())
        {
            Back(DumpRules(Renamed.RulesOn(date))).Should().Be(DumpRules(Original.RulesOn(date)), "the rules on {0} must not depend on ids", date);
        }
    }

    /// <summary>Who sat, since when, under which rules, and the changes between rule sets with their citations, are the same.</summary>
    [Fact]
    public void sittings_and_changes_are_the_same()
    {
        foreach (var date in RenamedIdsDates())
        {
            Back(DumpSitting(Renamed.SittingOn(date))).Should().Be(DumpSitting(Original.SittingOn(date)), "the sitting on {0}", date);
        }

        var starts = Original.RuleSets.Select(r => r.RuleSetPeriod.Start).ToList();
        for (var i = 1; i < starts.Count; i++)
        {
            var (from, to) = (starts[i].PlusDays(-1), starts[i]);
            Back(DumpChanges(Renamed, from, to)).Should().Be(DumpChanges(Original, from, to), "the changes on {0}", to);
        }
    }

    /// <summary>Validation failures (codes, messages, severities and citations) are the same for valid and broken compositions on many days.</summary>
    [Fact]
    public void validation_failures_and_their_citations_are_the_same_on_many_days()
    {
        var checkedCases = 0;
        foreach (var date in RenamedIdsDates().Where((_, i) => i % 3 == 0))
        {
            foreach (var kind in Enum.GetValues<ChamberKind>())
            {
                var original = Compositions(Original, kind, date);
                var renamed = Compositions(Renamed, kind, date);
                renamed.Count.Should().Be(original.Count);
                for (var i = 0; i < original.Count; i++)
                {
                    Back(DumpResult(Validate(Renamed, renamed[i]))).Should().Be(DumpResult(Validate(Original, original[i])), "{0} case {1} on {2}", kind, i, date);
                    checkedCases++;
                }
            }
        }

        checkedCases.Should().BeGreaterThan(500);
    }

    /// <summary>Party lists are checked against the same quota, with the same citation.</summary>
    [Fact]
    public void party_list_failures_are_the_same()
    {
        foreach (var date in new[] { new LocalDate(2019, 1, 1), new LocalDate(2021, 1, 1), new LocalDate(2023, 2, 1), new LocalDate(2026, 8, 1), new LocalDate(1996, 1, 1) })
        {
            foreach (var kind in new[] { ChamberKind.Mazhilis, ChamberKind.Kurultai, ChamberKind.Senate })
            {
                var list = new PartyList("p", kind, date, [new PartyListCandidate("a"), new PartyListCandidate("b"), new PartyListCandidate("c", hasDisability: true), new PartyListCandidate("a")]);
                Back(DumpResult(new PartyListValidator(Renamed).Validate(list))).Should().Be(DumpResult(new PartyListValidator(Original).Validate(list)), "{0} list on {1}", kind, date);
            }
        }
    }

    /// <summary>Every party-list election in the data is replayed under the same law to the same seats and explanation.</summary>
    [Fact]
    public void the_allocation_law_replays_every_election_the_same_way()
    {
        var replayed = 0;
        for (var i = 0; i < Original.Elections.Count; i++)
        {
            var (original, renamed) = (Original.Elections[i], Renamed.Elections[i]);
            string Run(LegislativeHistory h, Election e)
            {
                try
                {
                    var result = ElectionLaw.Replay(h, e);
                    return result is null ? "none" : result.Explain();
                }
                catch (InvalidOperationException ex)
                {
                    return "refused: " + ex.Message;
                }
            }

            var text = Run(Original, original);
            Back(Run(Renamed, renamed)).Should().Be(text, "election {0}", original.Id);
            replayed += text.StartsWith("Seat allocation", StringComparison.Ordinal) ? 1 : 0;
        }

        replayed.Should().BeGreaterThan(3);
    }

    private static List<ChamberComposition> Compositions(LegislativeHistory history, ChamberKind kind, LocalDate date)
    {
        ChamberComposition valid;
        try
        {
            valid = kind switch
            {
                ChamberKind.Senate => ValidCompositions.SenateOn(date, history),
                ChamberKind.Mazhilis => ValidCompositions.MazhilisOn(date, history),
                ChamberKind.Kurultai => ValidCompositions.KurultaiOn(date, history),
                _ => ValidCompositions.SupremeCouncilOn(date, history),
            };
        }
        catch (ArgumentException)
        {
            // The chamber neither sits nor exists: validate an empty one, which fails with the chamber's absence.
            ChamberComposition empty = kind switch
            {
                ChamberKind.Senate => new Senate(date, []),
                ChamberKind.Mazhilis => new Mazhilis(date, []),
                ChamberKind.Kurultai => new Kurultai(date, []),
                _ => new SupremeCouncil(date, []),
            };
            return [empty];
        }

        var first = valid.Mandates[0];
        var last = valid.Mandates[^1];
        return
        [
            valid,
            valid.WithoutMandateAt(0),
            valid.WithoutMandateAt(valid.Mandates.Count - 1),
            valid.WithMandateAt(0, first.WithDeputy(new Deputy(first.Deputy.Id, first.Deputy.Name, date.PlusYears(-20)))),
            valid.WithMandateAt(0, first.WithTerm(first.Start, first.Start.PlusYears(12))),
            valid.WithMandateAt(valid.Mandates.Count - 1, last.WithSource(last.Source == SeatSource.StateList ? SeatSource.PublicOrganization : SeatSource.StateList)),
            valid.WithMandate(last.WithDeputy(new Deputy("extra", "Extra", last.Deputy.BirthDate))),
        ];
    }

    private static ValidationResult Validate(LegislativeHistory history, ChamberComposition composition) => composition switch
    {
        Senate s => new SenateValidator(history).Validate(s),
        Mazhilis m => new MazhilisValidator(history).Validate(m),
        Kurultai k => new KurultaiValidator(history).Validate(k),
        SupremeCouncil c => new SupremeCouncilValidator(history).Validate(c),
        _ => throw new ArgumentOutOfRangeException(nameof(composition)),
    };

    private static string DumpResult(ValidationResult result)
    {
        var text = new StringBuilder();
        foreach (var f in result.Errors)
        {
            text.Append(CultureInfo.InvariantCulture, $"{f.ErrorCode}|{f.Severity}|{f.PropertyName}|{f.ErrorMessage}|{Dump(f.CustomState as Citation)}\n");
        }

        return text.ToString();
    }

    private static string DumpRules(LegislatureRules rules)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{rules.RuleSetId} {rules.Instrument.Id} {rules}\nform: {Dump(rules.FormCitation)}\nset: {Dump(rules.RuleSetCitation)}\n");
        foreach (var c in rules.Chambers)
        {
            text.Append(CultureInfo.InvariantCulture, $"{c} term {c.TermLength} renewal {c.Renewal} eligibility {c.Eligibility} regions {c.RegionCount}\n");
            foreach (var s in c.SeatPlan)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {s}: {Dump(s.Citation)}\n");
            }

            foreach (var aspect in Enum.GetValues<RuleAspect>())
            {
                text.Append(CultureInfo.InvariantCulture, $"  {aspect}: {Dump(c.CitationFor(aspect))}\n");
            }

            foreach (var i in c.IncompatibilityRules)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {i.Kind} {i.Text}: {Dump(i.Citation)}\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"  system {c.PartyListSystem} {c.PartyListSystem?.Period} quota {c.ListQuota} {c.ListQuota?.CountedGroups} {c.ListQuota?.YouthMaximumAge} {c.ListQuota?.AppliesToSeats}\n");
        }

        return text.ToString();
    }

    private static string DumpSitting(LegislatureSitting s)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{s} {s.Reason} {s.RulesInForce.RuleSetId} last {s.LastEnded?.Id} next {s.NextElection?.Id}\n");
        foreach (var c in s.Chambers)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {c} {c.Sitting.Id} {c.Sitting.HeldToRuleSetId} {c.Convocation?.Id} {c.HeldTo}\n");
        }

        return text.ToString();
    }

    private static string DumpChanges(LegislativeHistory history, LocalDate from, LocalDate to)
    {
        var after = history.RulesOn(to);
        var before = history.RulesOn(from);
        return string.Join("\n", history.ChangesBetween(from, to).Select(c => $"{c}: {Dump(c.After is null ? before.CitationFor(c) : after.CitationFor(c))}"));
    }

    private static string Dump(Citation? c) => c is null
        ? "none"
        : $"{c.InstrumentId} [{c.InstrumentName.English} / {c.InstrumentName.Russian} / {c.InstrumentName.Kazakh}] {c.Article} ({string.Join(", ", c.Sources.Select(s => s.Url.OriginalString))}) {c.Confidence} {c.VerifiedOn} {c.Note}";

    private static string Back(string text) => IdPattern().Replace(text, m => Renaming.Value.Back[m.Value]);

    private static (LegislativeHistory, Dictionary<string, string>) Rename()
    {
        var doc = LegislativeHistoryTests.Document();
        var ids = new List<string>();
        foreach (var section in new[] { "parties", "regions", "instruments", "ruleSets", "sittings", "convocations", "elections", "events" })
        {
            ids.AddRange(doc[section]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        }

        var forward = ids.Distinct(StringComparer.Ordinal).Select((id, i) => (id, renamed: string.Create(CultureInfo.InvariantCulture, $"zid{i:D4}q"))).ToDictionary(p => p.id, p => p.renamed, StringComparer.Ordinal);
        Replace(doc, forward);
        var back = forward.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        return (LegislativeHistoryTests.Load(doc), back);
    }

    /// <summary>Replaces every string value that is an id (a reference or a definition) with its new name.</summary>
    private static void Replace(JsonNode? node, Dictionary<string, string> forward)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    if (o[key] is JsonValue v && v.TryGetValue<string>(out var s) && forward.TryGetValue(s, out var renamed))
                    {
                        o[key] = renamed;
                    }
                    else
                    {
                        Replace(o[key], forward);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonValue v && v.TryGetValue<string>(out var s) && forward.TryGetValue(s, out var renamed))
                    {
                        a[i] = renamed;
                    }
                    else
                    {
                        Replace(a[i], forward);
                    }
                }

                break;
        }
    }

    [GeneratedRegex("zid[0-9]{4}q")]
    private static partial Regex IdPattern();
}

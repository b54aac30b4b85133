using System.Globalization;
using System.Text;
using Kz.Legislature.Cli.Commands;
using Kz.Legislature.Cli.Output;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.Docs;

/// <summary>Renders the generated decision tables of docs/procedure.md from the dataset, one per rule set.</summary>
internal static class ProcedureDocument
{
    public const string TablesBegin = "<!-- BEGIN GENERATED: decision tables (tests/Kz.Legislature.Tests/Docs/ProcedureDocument.cs) -->";
    public const string TablesEnd = "<!-- END GENERATED: decision tables -->";

    /// <summary>
    /// The rules of each rule set in date order: of its segments (a rule set is split where a seat count changes), the one in
    /// force longest (an open-ended one counts as longest), whose seats its table counts.
    /// </summary>
    public static IEnumerable<LegislatureRules> RuleSets(LegislativeHistory history)
    {
        var segments = new List<LegislatureRules>();
        var rules = history.RulesOn(history.CoverageStart);
        while (true)
        {
            segments.Add(rules);
            if (rules.Period.End is not { } end)
            {
                break;
            }

            rules = history.RulesOn(end);
        }

        static long Days(LegislatureRules r) => r.Period.End is { } e ? NodaTime.Period.Between(r.Period.Start, e, NodaTime.PeriodUnits.Days).Days : long.MaxValue;
        return segments.GroupBy(r => r.RuleSetId).Select(g => g.OrderByDescending(Days).First()).OrderBy(r => r.RuleSetPeriod.Start).ToList();
    }

    public static string Tables(LegislativeHistory history)
    {
        var sb = new StringBuilder();
        foreach (var rules in RuleSets(history))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"### {rules.RuleSetId}: {rules.Instrument.Name.English}, in force {rules.RuleSetPeriod}");
            sb.AppendLine();
            if (rules.Decisions.Count == 0)
            {
                sb.AppendLine(rules.Chambers.Count == 0 ? "No legislature: no decisions." : "The data records no decisions for these rules.");
                sb.AppendLine();
                continue;
            }

            sb.AppendLine(CultureInfo.InvariantCulture, $"Seats counted (the longest period of these rules, {rules.Period}): {string.Join(", ", rules.Chambers.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Kind} {c.StatutorySeats}")))}.");
            sb.AppendLine();
            sb.AppendLine("| Decision | Body | Majority | Quorum | Readings | Article | Note |");
            sb.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var decision in rules.Decisions)
            {
                for (var i = 0; i < decision.Stages.Count; i++)
                {
                    var stage = decision.Stages[i];
                    var note = string.Join(" ", new[] { i == 0 ? decision.Note : null, stage.Note }.Where(n => n is not null));
                    sb.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(i == 0 ? ProcedureLabels.Decision(decision, "en") : "↳")} | {Cell(ProcedureLabels.Body(stage, "en"))} | {Cell(PowersCommand.MajorityText(decision, stage, "en"))} | {Cell(stage.Quorum is null ? "not known" : ProcedureLabels.Majority(stage.Quorum, "en"))} | {stage.Readings?.ToString(CultureInfo.InvariantCulture) ?? "not known"} | {Cell(ProcedureLabels.Article(stage.MajorityCitation ?? stage.Citation, "en"))} | {Cell(note)} |");
                }
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}

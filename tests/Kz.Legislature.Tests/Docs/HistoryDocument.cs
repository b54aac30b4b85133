using System.Globalization;
using System.Text;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.Docs;

/// <summary>Renders the generated parts of docs/history.md from the dataset.</summary>
internal static class HistoryDocument
{
    public const string RulesBegin = "<!-- BEGIN GENERATED: rule sets (tests/Kz.Legislature.Tests/Docs/HistoryDocument.cs) -->";
    public const string RulesEnd = "<!-- END GENERATED: rule sets -->";
    public const string TimelineBegin = "<!-- BEGIN GENERATED: timeline -->";
    public const string TimelineEnd = "<!-- END GENERATED: timeline -->";
    public const string SittingsBegin = "<!-- BEGIN GENERATED: sittings -->";
    public const string SittingsEnd = "<!-- END GENERATED: sittings -->";

    public static string RuleTable(LegislativeHistory history)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| In force (half-open) | Instrument | Form | Chamber | Seats | Seats by source | Term | Min. age | Party-list system |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|");
        var rules = history.RulesOn(history.CoverageStart);
        while (true)
        {
            var chambers = rules.Chambers.Count == 0 ? [null] : rules.Chambers.Cast<ChamberRules?>().ToList();
            foreach (var c in chambers)
            {
                sb.Append(CultureInfo.InvariantCulture, $"| {rules.Period} | {rules.Instrument.Name.English} | {rules.Form} | ");
                if (c is null)
                {
                    sb.AppendLine("– | – | – | – | – | – |");
                    continue;
                }

                var plan = string.Join(" + ", c.SeatPlan.Select(s => s.SeatsPerRegion is { } p
                    ? string.Create(CultureInfo.InvariantCulture, $"{s.Seats} {s.Source} ({p} × {c.RegionCount} regions)")
                    : string.Create(CultureInfo.InvariantCulture, $"{s.Seats} {s.Source}")));
                var term = c.TermLength is { } t ? string.Create(CultureInfo.InvariantCulture, $"{t.Years} years") : "unknown";
                if (c.Renewal is { } r)
                {
                    term += string.Create(CultureInfo.InvariantCulture, $", {r.Numerator}/{r.Denominator} every {r.Interval.Years} years");
                }

                var age = c.MinimumAge?.ToString(CultureInfo.InvariantCulture) ?? "unknown";
                var system = c.PartyListSystem?.ToString() ?? "–";
                var seats = c.IsSeatCountStated
                    ? c.StatutorySeats.ToString(CultureInfo.InvariantCulture)
                    : string.Create(CultureInfo.InvariantCulture, $"{c.StatutorySeats} ({(c.SeatCountBasis == SeatCountBasis.DerivedFromRegions ? "derived from regions" : "inferred from a later election")}, not stated by any source; {c.SeatCountConfidence.ToString().ToLowerInvariant()} confidence)");
                sb.AppendLine(CultureInfo.InvariantCulture, $"{c.Kind} | {seats} | {plan} | {term} | {age} | {system} |");
            }

            if (rules.Period.End is not { } end)
            {
                break;
            }

            rules = history.RulesOn(end);
        }

        return sb.ToString();
    }

    public static string Sittings(LegislativeHistory history)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| Chamber | Sat (half-open) | Start basis | Ended by | Convocation | Held to rule set | Confidence |");
        sb.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var s in history.Sittings.OrderBy(s => s.Period.Start).ThenBy(s => s.Chamber))
        {
            var convocation = s.ConvocationId is { } id ? history.Convocations.First(c => c.Id == id).ToString() : "–";
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {s.Chamber} | {s.Period} | {s.StartBasis} | {s.EndReason?.ToString() ?? "–"} | {convocation} | {s.HeldToRuleSetId} | {s.Provenance.Confidence} |");
        }

        return sb.ToString();
    }

    public static string Timeline(LegislativeHistory history)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| Date | Kind | Event | Confidence | First source |");
        sb.AppendLine("|---|---|---|---|---|");
        foreach (var e in history.Events)
        {
            var source = e.Provenance.Sources[0];
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {e.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} | {e.Kind} | {e.Name.English.Replace("|", "\\|", StringComparison.Ordinal)} | {e.Provenance.Confidence} | [{source.Title.Replace("|", "\\|", StringComparison.Ordinal).Replace("[", "(", StringComparison.Ordinal).Replace("]", ")", StringComparison.Ordinal)}]({source.Url.OriginalString}) |");
        }

        return sb.ToString();
    }

    public static string Replace(string document, string begin, string end, string content)
    {
        var i = document.IndexOf(begin, StringComparison.Ordinal);
        var j = document.IndexOf(end, StringComparison.Ordinal);
        if (i < 0 || j < i)
        {
            throw new InvalidOperationException($"The markers {begin} … {end} are missing.");
        }

        return document[..(i + begin.Length)] + "\n" + content + document[j..];
    }
}

using System.Globalization;
using System.Text;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.Docs;

/// <summary>Renders the generated parts of docs/people.md (the presiding officers and the compositions) from the dataset.</summary>
internal static class PeopleDocument
{
    public const string ChairsBegin = "<!-- BEGIN GENERATED: chairs (tests/Kz.Legislature.Tests/Docs/PeopleDocument.cs) -->";
    public const string ChairsEnd = "<!-- END GENERATED: chairs -->";
    public const string CompositionsBegin = "<!-- BEGIN GENERATED: compositions -->";
    public const string CompositionsEnd = "<!-- END GENERATED: compositions -->";

    /// <summary>One row per presiding-officer term (chairs and acting chairs), by chamber and date.</summary>
    public static string Chairs(LegislativeHistory history)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| Chamber | Office | Person | Term (half-open) | Took office | Ended | Confidence |");
        sb.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var o in history.Offices.Where(o => o.IsPresiding).OrderBy(o => o.Chamber).ThenBy(o => o.Term.Start))
        {
            var person = o.Person.WikidataId is { } q ? $"{o.Person.Name.English} ([{q}](https://www.wikidata.org/wiki/{q}))" : o.Person.Name.English;
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {o.Chamber} | {o.Role} | {person} | {o.Term} | {o.Accession} | {o.EndReason?.ToString() ?? "–"} | {o.Provenance.Confidence} |"));
        }

        return sb.ToString();
    }

    /// <summary>One row per composition: the sitting, the day, the seats by holder, and what is unknown or vacant.</summary>
    public static string Compositions(LegislativeHistory history)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| Chamber | Sitting | At formation | Seats by party or group (list + district where split) | Not known | Vacant | Total | Confidence |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var c in history.Compositions.OrderBy(c => c.Chamber).ThenBy(c => c.AsOf))
        {
            var holders = c.Seats.Where(s => s.Holder != SeatHolderKind.Unknown)
                .GroupBy(s => s.HolderName, StringComparer.Ordinal)
                .Select(g =>
                {
                    var total = g.Sum(s => s.Seats);
                    var split = g.Count() > 1 ? " (" + string.Join(" + ", g.Select(s => s.Seats.ToString(CultureInfo.InvariantCulture))) + ")" : string.Empty;
                    return string.Create(CultureInfo.InvariantCulture, $"{g.Key} {total}{split}");
                });
            var text = string.Join("; ", holders);
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {c.Chamber} | {c.Sitting.Id} | {c.AsOf:uuuu-MM-dd} | {(text.Length == 0 ? "–" : text)} | {c.UnknownSeats} | {c.VacantSeats} | {c.Total} | {c.Provenance.Confidence} |"));
        }

        return sb.ToString();
    }
}

using Kz.Legislature.History;
using NodaTime;

namespace Kz.Legislature.Cli.Output;

/// <summary>One day a presiding officer took or left office, for <c>kzleg timeline</c>.</summary>
/// <param name="Date">The day: the term's first day, or the first day after it (terms are half-open).</param>
/// <param name="Takes">Whether the person takes office that day (otherwise they no longer hold it).</param>
/// <param name="Term">The term of office.</param>
internal sealed record ChairEvent(LocalDate Date, bool Takes, OfficeTerm Term)
{
    /// <summary>Gets the kind as written in JSON: <c>chairTakesOffice</c> or <c>chairLeavesOffice</c>.</summary>
    public string Kind => Takes ? "chairTakesOffice" : "chairLeavesOffice";

    /// <summary>Gets the event in words in <paramref name="lang"/>.</summary>
    /// <param name="lang">The language.</param>
    /// <returns>For example <c>Kassym-Jomart Tokayev takes office as Chair of the Senate</c>.</returns>
    public string Name(string lang) => Takes
        ? PeopleLabels.Format("ChairTakesOffice", lang, Term.Person.Name.In(lang), PeopleLabels.Get("Role." + Term.Role, lang), Labels.Name(Term.Chamber, lang))
        : PeopleLabels.Format("ChairLeavesOffice", lang, Term.Person.Name.In(lang), PeopleLabels.Get("Role." + Term.Role, lang), Labels.Name(Term.Chamber, lang), DateArgument.Iso(Date.PlusDays(-1)));

    /// <summary>Gets the presiding officers' (chairs' and acting chairs') taking and leaving office between two days, both included, by date.</summary>
    /// <param name="history">The history.</param>
    /// <param name="from">The first day, or <see langword="null"/>.</param>
    /// <param name="to">The last day, or <see langword="null"/>.</param>
    /// <returns>The events, sorted by date (a leaving before a taking on the same day).</returns>
    public static List<ChairEvent> Between(LegislativeHistory history, LocalDate? from, LocalDate? to) =>
        history.Offices.Where(o => o.IsPresiding)
            .SelectMany(o => o.Term.End is { } end ? new[] { new ChairEvent(o.Term.Start, true, o), new ChairEvent(end, false, o) } : [new ChairEvent(o.Term.Start, true, o)])
            .Where(e => (from is null || e.Date >= from) && (to is null || e.Date <= to))
            .OrderBy(e => e.Date).ThenBy(e => e.Takes).ThenBy(e => e.Term.Chamber)
            .ToList();
}

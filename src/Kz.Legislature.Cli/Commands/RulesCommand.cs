using System.ComponentModel;
using System.Globalization;
using Kz.Legislature.Cli.Output;
using Kz.Legislature.History;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kz.Legislature.Cli.Commands;

/// <summary>Options of <c>kzleg rules</c>.</summary>
public sealed class RulesSettings : CommonSettings
{
    /// <summary>Gets or sets the date asked about.</summary>
    [CommandOption("--on <DATE>")]
    [Description("The date (yyyy-MM-dd). Required: kzleg never assumes today's date.")]
    public string? On { get; set; }

    /// <summary>Gets or sets a value indicating whether the text output includes the sources, their URLs and the notes.</summary>
    [CommandOption("--sources")]
    [Description("Also print the sources (titles and URLs), the URL of each citation and the notes of every value (text output; JSON always has them).")]
    public bool Sources { get; set; }
}

/// <summary><c>kzleg rules --on DATE</c>: the rules in force, whether a legislature sat, and each chamber's rules.</summary>
public sealed class RulesCommand : Command<RulesSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, RulesSettings settings, CancellationToken cancellationToken)
    {
        var ctx = (CliContext)context.Data!;
        var date = DateArgument.Required(settings.On, "--on", ctx.History);
        var rules = ctx.History.RulesOn(date);
        var sitting = ctx.History.SittingOn(date);
        if (settings.Format == OutputFormat.Json)
        {
            Json.Write(ctx.Stdout, ToJson(ctx.History, date, rules, sitting, settings.Lang), Json.Context.RulesJson);
        }
        else
        {
            WriteText(ctx.Console, ctx.History, date, rules, sitting, settings.Lang, settings.Sources);
        }

        return ExitCodes.Ok;
    }

    /// <summary>Returns whether a sitting chamber is held to a seat plan other than the one in force.</summary>
    internal static bool HeldToDiffers(ChamberSitting chamber, LegislatureRules rulesInForce) =>
        rulesInForce.TryGetChamber(chamber.Kind) is not { } inForce || !SameSeats(inForce, chamber.HeldTo);

    /// <summary>Returns whether two chambers have the same seats by source (whatever instrument states them).</summary>
    internal static bool SameSeats(ChamberRules a, ChamberRules b) =>
        a.SeatPlan.Select(s => (s.Source, s.Seats, s.SeatsPerRegion)).SequenceEqual(b.SeatPlan.Select(s => (s.Source, s.Seats, s.SeatsPerRegion)));

    private static void WriteText(IAnsiConsole console, LegislativeHistory history, LocalDate date, LegislatureRules rules, LegislatureSitting sitting, string lang, bool sources)
    {
        string L(string key) => Labels.Get(key, lang);
        console.Write(TextConsole.Heading(Labels.Format("RulesOn", lang, DateArgument.Iso(date))));

        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow(new Markup($"[bold]{Markup.Escape(L("Instrument"))}[/]"), new Text($"{rules.Instrument.Name.In(lang)} ({rules.Instrument.Id})"));
        grid.AddRow(new Markup($"[bold]{Markup.Escape(L("Form"))}[/]"), new Text(Labels.Name(rules.Form, lang)));
        if (rules.FormCitation is { } formCitation)
        {
            grid.AddRow(new Markup($"[bold]{Markup.Escape(L("Aspect.Form"))}[/]"), new Text(Labels.CitationText(formCitation, lang, sources)));
        }

        grid.AddRow(new Markup($"[bold]{Markup.Escape(L("PeriodInForce"))}[/]"), new Text(PeriodText(rules.RuleSetPeriod, lang)));
        grid.AddRow(new Markup($"[bold]{Markup.Escape(L("Sitting"))}[/]"), new Text(SittingText(sitting, rules, history.VerifiedThrough, lang)));
        if (sitting.NextElection is { } next && sitting.Status != SittingStatus.Sitting)
        {
            grid.AddRow(new Markup($"[bold]{Markup.Escape(L("NextElection"))}[/]"), new Text($"{Labels.Name(next.Chamber, lang)} {DateArgument.Iso(next.Date)}"));
        }

        grid.AddRow(new Markup($"[bold]{Markup.Escape(L("Confidence"))}[/]"), new Text(ConfidenceText(rules.Provenance.Confidence, lang)));
        if (sources)
        {
            grid.AddRow(new Markup($"[bold]{Markup.Escape(L("Sources"))}[/]"), new Text(SourcesText(rules.Provenance)));
        }

        if (sources && rules.Provenance.Note is { } note)
        {
            grid.AddRow(new Markup($"[bold]{Markup.Escape(L("Note"))}[/]"), new Text(note));
        }

        grid.AddRow(new Text(string.Empty), new Markup($"[dim]{Markup.Escape(Labels.Format("Dataset", lang, history.DataVersion, DateArgument.Iso(history.VerifiedThrough)))}[/]"));
        if (date > history.VerifiedThrough)
        {
            grid.AddRow(new Text(string.Empty), new Markup($"[yellow]{Markup.Escape(Labels.Format("BeyondVerified", lang, DateArgument.Iso(history.VerifiedThrough)))}[/]"));
        }

        console.Write(grid);
        console.WriteLine();

        if (rules.Chambers.Count == 0)
        {
            console.WriteLine(L("NoChambers"));
        }

        foreach (var chamber in rules.Chambers)
        {
            WriteChamberText(console, chamber, lang, sources);
        }

        if (!sources)
        {
            console.MarkupLine($"[dim]{Markup.Escape(Labels.Format("SourcesHint", lang, DateArgument.Iso(date)))}[/]");
        }
    }

    private static void WriteChamberText(IAnsiConsole console, ChamberRules chamber, string lang, bool sources)
    {
        string L(string key) => Labels.Get(key, lang);
        var sum = string.Join(" + ", chamber.SeatPlan.Select(s => s.Seats.ToString(CultureInfo.InvariantCulture)));
        console.Write(TextConsole.Heading($"{Labels.Name(chamber.Kind, lang)}: {Labels.Seats(chamber.StatutorySeats, lang)} ({sum})"));

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(L("SeatSource"))
            .AddColumn(new TableColumn(L("Seats")).RightAligned())
            .AddColumn(string.Empty)
            .AddColumn(L("Citation"));
        foreach (var s in chamber.SeatPlan)
        {
            var per = s.SeatsPerRegion is { } p && chamber.RegionCount is { } rc ? Labels.Format("PerRegion", lang, p, rc) : string.Empty;
            table.AddRow(new Text(Labels.Name(s.Source, lang)), new Text(s.Seats.ToString(CultureInfo.InvariantCulture)), new Text(per), new Text(s.Citation is { } c ? Labels.CitationText(c, lang, sources) : string.Empty));
        }

        table.AddRow(new Markup($"[bold]{Markup.Escape(L("Total"))}[/]"), new Markup($"[bold]{chamber.StatutorySeats.ToString(CultureInfo.InvariantCulture)}[/]"), new Text(string.Empty),
            new Text(chamber.CitationFor(RuleAspect.Composition) is { } composition ? Labels.CitationText(composition, lang, sources) : string.Empty));
        console.Write(table);

        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string key, string value) => grid.AddRow(new Markup($"[bold]{Markup.Escape(L(key))}[/]"), new Text(value));
        if (!chamber.IsSeatCountStated)
        {
            Row("SeatCount", Labels.Format("SeatCountBasis." + chamber.SeatCountBasis, lang, ConfidenceText(chamber.SeatCountConfidence, lang)) + (chamber.SeatCountNote is { } why ? "\n" + why : string.Empty));
        }

        Row("Term", chamber.TermLength is { } t ? Labels.Period(t, lang) : L("Unknown"));
        Row("Renewal", chamber.Renewal is { } r
            ? Labels.Format("RenewalRule", lang, r.Numerator, r.Denominator, Labels.Name(r.Source, lang), Labels.Period(r.Interval, lang))
            : L("NoRenewal"));
        Row("Eligibility", EligibilityText(chamber.Eligibility, lang));
        if (chamber.IncompatibilityRules.Count > 0)
        {
            Row("Incompatibilities", string.Join("\n", chamber.IncompatibilityRules.Select(i => i.Citation is { } c ? $"{i.Text} ({c.In(lang)})" : i.Text)));
        }

        if (chamber.PartyListSystem is { } es)
        {
            Row("ElectoralSystem", SystemText(es, lang, sources));
        }

        if (chamber.ListQuota is { } q)
        {
            Row("ListQuota", QuotaText(q, lang, sources));
        }

        var cited = CitedAspects(chamber).Where(a => a.Aspect is not (RuleAspect.Composition or RuleAspect.ListQuota) && a.Citation is not null).ToList();
        if (cited.Count > 0)
        {
            // Values stated by the same article are listed together: "Minimum age, Residence, ...: <instrument>, Art. 51(4)".
            var lines = cited
                .GroupBy(a => a.Citation!.In(lang) + (a.Citation!.Article is null ? " (" + L("ArticleUnknown") + ")" : string.Empty), StringComparer.Ordinal)
                .Select(g => $"{string.Join(", ", g.Select(a => L("Aspect." + a.Aspect)))}: {g.Key}");
            Row("Citations", string.Join("\n", lines));
        }

        Row("Confidence", ConfidenceText(chamber.Provenance.Confidence, lang));
        if (sources)
        {
            Row("Sources", SourcesText(chamber.Provenance));
        }

        if (sources && chamber.Provenance.Note is { } note)
        {
            Row("Note", note);
        }

        console.Write(grid);
        console.WriteLine();
    }

    /// <summary>Every aspect of a chamber's rules with its citation (null where the value is unknown).</summary>
    internal static IEnumerable<(RuleAspect Aspect, Citation? Citation)> CitedAspects(ChamberRules chamber) =>
        Enum.GetValues<RuleAspect>().Select(a => (a, chamber.CitationFor(a)));

    internal static string PeriodText(Term period, string lang) =>
        period.End is { } end
            ? Labels.Format("HalfOpen", lang, DateArgument.Iso(period.Start), DateArgument.Iso(end))
            : Labels.Format("OpenEnded", lang, DateArgument.Iso(period.Start));

    internal static string ConfidenceText(Confidence confidence, string lang) => Labels.Get("Confidence." + confidence, lang);

    internal static string SourcesText(Provenance provenance) =>
        string.Join("\n", provenance.Sources.Select((s, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {s.Title} — {s.Url.OriginalString}")));

    private static string SittingText(LegislatureSitting sitting, LegislatureRules rules, LocalDate verifiedThrough, string lang)
    {
        switch (sitting.Status)
        {
            case SittingStatus.Sitting:
                var lines = new List<string> { Labels.Get("SittingYes", lang) };
                foreach (var c in sitting.Chambers)
                {
                    var line = $"{Labels.Name(c.Kind, lang)}";
                    if (c.Convocation is { } conv)
                    {
                        line += $" ({ConvocationText(conv, lang)})";
                    }

                    line += ", " + Labels.Format("Since", lang, DateArgument.Iso(c.Since)) + $" ({Labels.Get("SinceBasis." + c.Sitting.StartBasis, lang)})";
                    if (HeldToDiffers(c, rules))
                    {
                        var inForce = rules.TryGetChamber(c.Kind)?.StatutorySeats;
                        line += "; " + Labels.Format("HeldTo", lang, c.HeldTo.StatutorySeats, c.Sitting.HeldToRuleSetId, inForce?.ToString(CultureInfo.InvariantCulture) ?? Labels.Get("None", lang));
                        line += " [" + string.Join(" + ", c.HeldTo.SeatPlan.Select(s => $"{s.Seats.ToString(CultureInfo.InvariantCulture)} {Labels.Name(s.Source, lang)}")) + "]";
                    }

                    lines.Add(line);
                }

                return string.Join("\n", lines);
            case SittingStatus.NotSitting:
                var reason = sitting.Reason is { } rs ? Labels.Get("Reason." + rs, lang) : string.Empty;
                return lang == "en" ? $"{Labels.Get("SittingNo", lang)}: {sitting.Explanation}" : $"{Labels.Get("SittingNo", lang)}: {reason}";
            default:
                return lang == "en"
                    ? $"{Labels.Get("SittingUnknown", lang)}: {sitting.Explanation}"
                    : $"{Labels.Get("SittingUnknown", lang)}: {Labels.Format("Reason.Unknown", lang, DateArgument.Iso(verifiedThrough))}";
        }
    }

    /// <summary>Formats a convocation, for example "Parliament, convocation VIII".</summary>
    internal static string ConvocationText(Convocation convocation, string lang)
    {
        var body = convocation.Body switch
        {
            LegislativeBody.SupremeCouncil => Labels.Name(ChamberKind.SupremeCouncil, lang),
            LegislativeBody.Kurultai => Labels.Name(ChamberKind.Kurultai, lang),
            _ => Names.Parliament.In(lang),
        };
        return Labels.Format("ConvocationOf", lang, body, convocation.Roman);
    }

    private static string EligibilityText(EligibilityRules e, string lang)
    {
        var parts = new List<string>();
        string L(string key) => Labels.Get(key, lang);
        if (e.MinimumAge is { } a)
        {
            parts.Add($"{L("MinimumAge")}: {Labels.Format("AgeValue", lang, a)}");
        }

        if (e.ResidenceYears is { } r)
        {
            parts.Add($"{L("Residence")}: {Labels.Years(r, lang)}");
        }

        if (e.RegionResidenceYears is { } rr)
        {
            parts.Add($"{L("RegionResidence")}: {Labels.Years(rr, lang)}");
        }

        if (e.HigherEducation is { } he)
        {
            parts.Add($"{L("HigherEducation")}: {L(he ? "Required" : "NotRequired")}");
        }

        if (e.WorkExperienceYears is { } w)
        {
            parts.Add($"{L("WorkExperience")}: {Labels.Years(w, lang)}");
        }

        if (e.Citizenship is { } c)
        {
            parts.Add($"{L("Citizenship")}: {L(c ? "Required" : "NotRequired")}");
        }

        return parts.Count == 0 ? L("Unknown") : string.Join("\n", parts);
    }

    internal static string SystemText(ElectoralSystem es, string lang, bool sources = true)
    {
        string L(string key) => Labels.Get(key, lang);
        var threshold = es.ThresholdPercent is { } t
            ? Labels.Format("ThresholdOf", lang, t.ToString(CultureInfo.InvariantCulture), es.ThresholdBase is { } b ? L("Base." + b) : L("Unknown"))
            : L("Unknown");
        var lines = new List<string>
        {
            $"{L("Threshold")}: {threshold}",
            $"{L("Method")}: {(es.Method is { } m ? L("Method." + m) : L("Unknown"))}",
            $"{L("RunnerUp")}: {(es.RunnerUpAdmission is { } ru ? L(ru ? "Yes" : "No") : L("Unknown"))}",
            $"{L("TiePolicy")}: {(es.TiePolicy is { } tp ? L("Tie." + tp) : L("Unknown"))}",
            $"{L("PeriodInForce")}: {PeriodText(es.Period, lang)}",
            $"{L("Confidence")}: {ConfidenceText(es.Provenance.Confidence, lang)}",
        };
        if (sources)
        {
            lines.Add($"{L("Sources")}:");
            lines.Add(SourcesText(es.Provenance));
        }

        if (sources && es.Provenance.Note is { } note)
        {
            lines.Add($"{L("Note")}: {note}");
        }

        return string.Join("\n", lines);
    }

    /// <summary>Summarises an electoral system on one line, for example "Hare quota, largest remainders; 5% of all ballots cast".</summary>
    internal static string SystemSummary(ElectoralSystem es, string lang)
    {
        string L(string key) => Labels.Get(key, lang);
        var method = es.Method is { } m ? L("Method." + m) : $"{L("Method")}: {L("Unknown")}";
        var threshold = es.ThresholdPercent is { } t
            ? Labels.Format("ThresholdOf", lang, t.ToString(CultureInfo.InvariantCulture), es.ThresholdBase is { } b ? L("Base." + b) : L("Unknown"))
            : $"{L("Threshold")}: {L("Unknown")}";
        var text = $"{method}; {threshold}";
        if (es.RunnerUpAdmission == true)
        {
            text += "; " + L("RunnerUp");
        }

        return text;
    }

    /// <summary>Summarises a list quota on one line.</summary>
    internal static string QuotaSummary(ListQuotaRule q, string lang)
    {
        var groups = string.Join(", ", q.Groups.Select(g => GroupName(g, lang)));
        var text = Labels.Format("QuotaRule", lang, q.MinimumPercent, groups);
        if (q.AppliesToSeats)
        {
            text += "; " + Labels.Get("QuotaSeats", lang);
        }

        return text;
    }

    private static string QuotaText(ListQuotaRule q, string lang, bool sources)
    {
        var text = QuotaSummary(q, lang);
        if (q.Citation is { } citation)
        {
            text += $"\n{Labels.Get("Citation", lang)}: {Labels.CitationText(citation, lang, sources)}";
        }

        text += $"\n{Labels.Get("PeriodInForce", lang)}: {PeriodText(q.Period, lang)}\n{Labels.Get("Confidence", lang)}: {ConfidenceText(q.Provenance.Confidence, lang)}";
        return sources ? text + $"\n{Labels.Get("Sources", lang)}:\n{SourcesText(q.Provenance)}" : text;
    }

    private static string GroupName(string group, string lang) =>
        Labels.Keys.Contains("Group." + group, StringComparer.Ordinal) ? Labels.Get("Group." + group, lang) : group;

    private static RulesJson ToJson(LegislativeHistory history, LocalDate date, LegislatureRules rules, LegislatureSitting sitting, string lang) => new(
        "rules",
        lang,
        history.DataVersion,
        Json.Date(history.VerifiedThrough),
        Json.Date(date),
        date > history.VerifiedThrough,
        rules.RuleSetId,
        Json.Instrument(rules.Instrument, lang),
        Json.Enum((LegislatureForm?)rules.Form),
        Labels.Name(rules.Form, lang),
        Json.Citation(rules.FormCitation, lang),
        Json.Period(rules.Period),
        Json.Period(rules.RuleSetPeriod),
        new SittingJson(
            Json.Enum((SittingStatus?)sitting.Status),
            Json.Enum(sitting.Reason),
            sitting.Explanation,
            [.. sitting.Chambers.Select(c => new SittingChamberJson(
                Json.Enum((ChamberKind?)c.Kind),
                Labels.Name(c.Kind, lang),
                c.Sitting.Id,
                c.Convocation?.Id,
                c.Convocation?.ToString(),
                Json.Date(c.Since),
                Json.Enum((SittingStartBasis?)c.Sitting.StartBasis),
                Json.Date(c.Sitting.Period.End),
                c.Sitting.HeldToRuleSetId,
                HeldToDiffers(c, rules),
                c.HeldTo.StatutorySeats,
                SeatPlan(c.HeldTo, lang)))],
            sitting.LastEnded is { } last ? new LastEndedJson(last.Id, Json.Enum((ChamberKind?)last.Chamber), Json.Date(last.Period.End), Json.Enum(last.EndReason)) : null,
            sitting.NextElection is { } next ? new NextElectionJson(next.Id, Json.Enum((ChamberKind?)next.Chamber), Json.Date(next.Date), next.HasResults) : null),
        [.. rules.Chambers.Select(c => ChamberJson(c, lang))],
        Json.Enum((Confidence?)rules.Provenance.Confidence),
        Json.Sources(rules.Provenance.Sources),
        rules.Provenance.Note);

    private static List<SeatPlanJson> SeatPlan(ChamberRules chamber, string lang) =>
        [.. chamber.SeatPlan.Select(s => new SeatPlanJson(Json.Enum((SeatSource?)s.Source), Labels.Name(s.Source, lang), s.Seats, s.SeatsPerRegion, Json.Citation(s.Citation, lang)))];

    private static ChamberRulesJson ChamberJson(ChamberRules c, string lang) => new(
        Json.Enum((ChamberKind?)c.Kind),
        Labels.Name(c.Kind, lang),
        c.StatutorySeats,
        Json.Enum((SeatCountBasis?)c.SeatCountBasis),
        Json.Enum((Confidence?)c.SeatCountConfidence),
        c.SeatCountNote,
        SeatPlan(c, lang),
        c.RegionCount,
        c.TermLength?.ToString(),
        c.TermLength is { Months: 0, Days: 0 } t ? t.Years : null,
        c.Renewal is { } r ? new RenewalJson(Json.Enum((SeatSource?)r.Source), r.Numerator, r.Denominator, r.Interval.ToString()) : null,
        new EligibilityJson(c.Eligibility.MinimumAge, c.Eligibility.ResidenceYears, c.Eligibility.RegionResidenceYears, c.Eligibility.HigherEducation, c.Eligibility.WorkExperienceYears, c.Eligibility.Citizenship),
        [.. c.Incompatibilities],
        [.. c.IncompatibilityRules.Select(i => new IncompatibilityJson(i.Text, Json.Enum((IncompatibilityKind?)i.Kind), Json.Citation(i.Citation, lang)))],
        Json.Citations(CitedAspects(c), lang),
        c.PartyListSystem is { } es ? SystemJson(es, lang) : null,
        c.ListQuota is { } q
            ? new ListQuotaJson(
                q.MinimumPercent,
                [.. q.Groups],
                q.YouthMaximumAge,
                q.AppliesToSeats,
                Json.Period(q.Period),
                Json.Citation(q.Citation, lang),
                Json.Enum((Confidence?)q.Provenance.Confidence),
                Json.Sources(q.Provenance.Sources),
                q.Provenance.Note)
            : null,
        Json.Enum((Confidence?)c.Provenance.Confidence),
        Json.Sources(c.Provenance.Sources),
        c.Provenance.Note);

    /// <summary>Gets an electoral system as JSON.</summary>
    internal static ElectoralSystemJson SystemJson(ElectoralSystem es, string lang) => new(
        Json.Enum((SeatSource?)es.Source),
        es.ThresholdPercent,
        Json.Enum(es.ThresholdBase),
        Json.Enum(es.Method),
        es.RunnerUpAdmission,
        Json.Enum(es.TiePolicy),
        es.IsComplete,
        Json.Period(es.Period),
        Json.Citations(new[] { RuleAspect.Threshold, RuleAspect.ThresholdBase, RuleAspect.Method, RuleAspect.RunnerUpAdmission, RuleAspect.TiePolicy }.Select(a => (a, es.CitationFor(a))), lang),
        Json.Enum((Confidence?)es.Provenance.Confidence),
        Json.Sources(es.Provenance.Sources),
        es.Provenance.Note);
}

using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
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
            Json.Write(ctx.Stdout, w => WriteJson(w, ctx.History, date, rules, sitting, settings.Lang));
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

    private static void WriteJson(Utf8JsonWriter w, LegislativeHistory history, LocalDate date, LegislatureRules rules, LegislatureSitting sitting, string lang)
    {
        w.WriteStartObject();
        w.Header("rules", lang, history);
        w.Date("date", date);
        w.WriteBoolean("beyondVerified", date > history.VerifiedThrough);
        w.WriteString("ruleSet", rules.RuleSetId);
        w.Instrument("instrument", rules.Instrument, lang);
        w.Enum("form", (LegislatureForm?)rules.Form);
        w.WriteString("formName", Labels.Name(rules.Form, lang));
        w.Citation("formCitation", rules.FormCitation, lang);
        w.Period("period", rules.Period);
        w.Period("ruleSetPeriod", rules.RuleSetPeriod);

        w.WriteStartObject("sitting");
        w.Enum("status", (SittingStatus?)sitting.Status);
        w.Enum("reason", sitting.Reason);
        w.WriteString("explanation", sitting.Explanation);
        w.WriteStartArray("chambers");
        foreach (var c in sitting.Chambers)
        {
            w.WriteStartObject();
            w.Enum("chamber", (ChamberKind?)c.Kind);
            w.WriteString("name", Labels.Name(c.Kind, lang));
            w.WriteString("sittingId", c.Sitting.Id);
            w.StringOrNull("convocation", c.Convocation?.Id);
            w.StringOrNull("convocationName", c.Convocation?.ToString());
            w.Date("since", c.Since);
            w.Enum("sinceBasis", (SittingStartBasis?)c.Sitting.StartBasis);
            w.Date("until", c.Sitting.Period.End);
            w.WriteString("heldToRuleSet", c.Sitting.HeldToRuleSetId);
            w.WriteBoolean("heldToDiffersFromRulesInForce", HeldToDiffers(c, rules));
            w.WriteNumber("heldToSeats", c.HeldTo.StatutorySeats);
            WriteSeatPlan(w, "heldToSeatPlan", c.HeldTo, lang);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (sitting.LastEnded is { } last)
        {
            w.WriteStartObject("lastEnded");
            w.WriteString("sittingId", last.Id);
            w.Enum("chamber", (ChamberKind?)last.Chamber);
            w.Date("until", last.Period.End);
            w.Enum("endReason", last.EndReason);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("lastEnded");
        }

        if (sitting.NextElection is { } next)
        {
            w.WriteStartObject("nextElection");
            w.WriteString("id", next.Id);
            w.Enum("chamber", (ChamberKind?)next.Chamber);
            w.Date("date", next.Date);
            w.WriteBoolean("hasResults", next.HasResults);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("nextElection");
        }

        w.WriteEndObject();

        w.WriteStartArray("chambers");
        foreach (var c in rules.Chambers)
        {
            WriteChamberJson(w, c, lang);
        }

        w.WriteEndArray();
        w.Provenance(rules.Provenance);
        w.WriteEndObject();
    }

    private static void WriteSeatPlan(Utf8JsonWriter w, string name, ChamberRules chamber, string lang)
    {
        w.WriteStartArray(name);
        foreach (var s in chamber.SeatPlan)
        {
            w.WriteStartObject();
            w.Enum("source", (SeatSource?)s.Source);
            w.WriteString("name", Labels.Name(s.Source, lang));
            w.WriteNumber("seats", s.Seats);
            w.NumberOrNull("seatsPerRegion", s.SeatsPerRegion);
            w.Citation("citation", s.Citation, lang);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteChamberJson(Utf8JsonWriter w, ChamberRules c, string lang)
    {
        w.WriteStartObject();
        w.Enum("chamber", (ChamberKind?)c.Kind);
        w.WriteString("name", Labels.Name(c.Kind, lang));
        w.WriteNumber("statutorySeats", c.StatutorySeats);
        w.Enum("seatCountBasis", (SeatCountBasis?)c.SeatCountBasis);
        w.Enum("seatCountConfidence", (Confidence?)c.SeatCountConfidence);
        w.StringOrNull("seatCountNote", c.SeatCountNote);
        WriteSeatPlan(w, "seatPlan", c, lang);
        w.NumberOrNull("regionCount", c.RegionCount);
        w.StringOrNull("term", c.TermLength?.ToString());
        w.NumberOrNull("termYears", c.TermLength is { Months: 0, Days: 0 } t ? t.Years : null);
        if (c.Renewal is { } r)
        {
            w.WriteStartObject("renewal");
            w.Enum("source", (SeatSource?)r.Source);
            w.WriteNumber("numerator", r.Numerator);
            w.WriteNumber("denominator", r.Denominator);
            w.WriteString("interval", r.Interval.ToString());
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("renewal");
        }

        w.WriteStartObject("eligibility");
        w.NumberOrNull("minimumAge", c.Eligibility.MinimumAge);
        w.NumberOrNull("residenceYears", c.Eligibility.ResidenceYears);
        w.NumberOrNull("regionResidenceYears", c.Eligibility.RegionResidenceYears);
        w.BoolOrNull("higherEducation", c.Eligibility.HigherEducation);
        w.NumberOrNull("workExperienceYears", c.Eligibility.WorkExperienceYears);
        w.BoolOrNull("citizenship", c.Eligibility.Citizenship);
        w.WriteEndObject();

        w.WriteStartArray("incompatibilities");
        foreach (var i in c.Incompatibilities)
        {
            w.WriteStringValue(i);
        }

        w.WriteEndArray();
        w.WriteStartArray("incompatibilityRules");
        foreach (var i in c.IncompatibilityRules)
        {
            w.WriteStartObject();
            w.WriteString("text", i.Text);
            w.Enum("kind", (IncompatibilityKind?)i.Kind);
            w.Citation("citation", i.Citation, lang);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.Citations("citations", CitedAspects(c), lang);

        if (c.PartyListSystem is { } es)
        {
            w.WriteStartObject("electoralSystem");
            WriteSystem(w, es, lang);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("electoralSystem");
        }

        if (c.ListQuota is { } q)
        {
            w.WriteStartObject("listQuota");
            w.WriteNumber("minimumPercent", q.MinimumPercent);
            w.WriteStartArray("groups");
            foreach (var g in q.Groups)
            {
                w.WriteStringValue(g);
            }

            w.WriteEndArray();
            w.NumberOrNull("youthMaximumAge", q.YouthMaximumAge);
            w.WriteBoolean("appliesToSeats", q.AppliesToSeats);
            w.Period("period", q.Period);
            w.Citation("citation", q.Citation, lang);
            w.Provenance(q.Provenance);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("listQuota");
        }

        w.Provenance(c.Provenance);
        w.WriteEndObject();
    }

    /// <summary>Writes the properties of an electoral system (inside an object).</summary>
    internal static void WriteSystem(Utf8JsonWriter w, ElectoralSystem es, string lang)
    {
        w.Enum("source", (SeatSource?)es.Source);
        w.NumberOrNull("thresholdPercent", es.ThresholdPercent);
        w.Enum("thresholdBase", es.ThresholdBase);
        w.Enum("method", es.Method);
        w.BoolOrNull("runnerUpAdmission", es.RunnerUpAdmission);
        w.Enum("tiePolicy", es.TiePolicy);
        w.WriteBoolean("isComplete", es.IsComplete);
        w.Period("period", es.Period);
        w.Citations("citations", new[] { RuleAspect.Threshold, RuleAspect.ThresholdBase, RuleAspect.Method, RuleAspect.RunnerUpAdmission, RuleAspect.TiePolicy }.Select(a => (a, es.CitationFor(a))), lang);
        w.Provenance(es.Provenance);
    }
}

using System.ComponentModel;
using Kz.Legislature.Cli.Output;
using Kz.Legislature.History;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kz.Legislature.Cli.Commands;

/// <summary>Options of <c>kzleg timeline</c>.</summary>
public sealed class TimelineSettings : CommonSettings
{
    /// <summary>Gets or sets the first day shown (inclusive).</summary>
    [CommandOption("--from <DATE>")]
    [Description("First day shown, included (yyyy-MM-dd). Default: the start of the data, 1990-03-25.")]
    public string? From { get; set; }

    /// <summary>Gets or sets the last day shown (inclusive).</summary>
    [CommandOption("--to <DATE>")]
    [Description("Last day shown, included (yyyy-MM-dd). Default: the last event in the data.")]
    public string? To { get; set; }
}

/// <summary><c>kzleg timeline</c>: instruments, referendums, elections, sittings and dissolutions in date order.</summary>
public sealed class TimelineCommand : Command<TimelineSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, TimelineSettings settings, CancellationToken cancellationToken)
    {
        var ctx = (CliContext)context.Data!;
        var history = ctx.History;
        var from = DateArgument.Optional(settings.From, "--from", history);
        var to = DateArgument.Optional(settings.To, "--to", history);
        if (from is { } f && to is { } t && t < f)
        {
            throw new CliException($"--to ({DateArgument.Iso(t)}) is before --from ({DateArgument.Iso(f)}); both days are included, so --to must be on or after --from.");
        }

        // Both bounds are inclusive; Events is sorted by date (ties keep dataset order).
        var events = history.Events.Where(e => (from is null || e.Date >= from) && (to is null || e.Date <= to)).ToList();
        var chairs = ChairEvent.Between(history, from, to);
        var lang = settings.Lang;
        if (settings.Format == OutputFormat.Json)
        {
            Json.Write(
                ctx.Stdout,
                new TimelineJson(
                    "timeline",
                    lang,
                    history.DataVersion,
                    Json.Date(history.VerifiedThrough),
                    Json.Date(from),
                    Json.Date(to),
                    true,
                    events.Count,
                    [.. events.Select(e => new EventJson(
                        e.Id,
                        Json.Date(e.Date),
                        Json.Enum((LegislativeEventKind?)e.Kind),
                        Labels.Get("EventKind." + e.Kind, lang),
                        e.Name.In(lang),
                        [.. e.Related],
                        Json.Enum((Confidence?)e.Provenance.Confidence),
                        Json.Sources(e.Provenance.Sources),
                        e.Provenance.Note))],
                    [.. chairs.Select(c => new ChairChangeJson(
                        Json.Date(c.Date),
                        c.Kind,
                        c.Name(lang),
                        c.Term.Id,
                        c.Term.Person.Id,
                        Json.Enum((ChamberKind?)c.Term.Chamber),
                        Json.Enum((OfficeRole?)c.Term.Role),
                        Json.Enum((Confidence?)c.Term.Provenance.Confidence),
                        Json.Sources(c.Term.Provenance.Sources),
                        c.Term.Provenance.Note))]),
                Json.Context.TimelineJson);
            return ExitCodes.Ok;
        }

        // The heading states the range asked for; a bound left out is the first or last event shown, and with no event
        // shown the open side is left open (never a range that ends before it starts).
        var heading = (from, to, events.Count) switch
        {
            (_, _, > 0) => Labels.Format("TimelineRange", lang, DateArgument.Iso(from ?? Min(events[0].Date, chairs.Count > 0 ? chairs[0].Date : events[0].Date)), DateArgument.Iso(to ?? Max(events[^1].Date, chairs.Count > 0 ? chairs[^1].Date : events[^1].Date))),
            ({ } f0, { } t0, _) => Labels.Format("TimelineRange", lang, DateArgument.Iso(f0), DateArgument.Iso(t0)),
            ({ } f0, null, _) => Labels.Format("TimelineFrom", lang, DateArgument.Iso(f0)),
            (null, { } t0, _) => Labels.Format("TimelineUntil", lang, DateArgument.Iso(t0)),
            _ => Labels.Format("TimelineRange", lang, DateArgument.Iso(history.CoverageStart), DateArgument.Iso(history.VerifiedThrough)),
        };
        ctx.Console.Write(TextConsole.Heading(heading));
        if (events.Count == 0 && chairs.Count == 0)
        {
            ctx.Console.WriteLine(Labels.Get("NoEvents", lang));
            if (history.Events.Count > 0)
            {
                ctx.Console.WriteLine(Labels.Format("EventsSpan", lang, DateArgument.Iso(history.Events[0].Date), DateArgument.Iso(history.Events[^1].Date), DateArgument.Iso(history.VerifiedThrough)));
            }

            return ExitCodes.Ok;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn(Labels.Get("Date", lang)).NoWrap())
            .AddColumn(new TableColumn(Labels.Get("Kind", lang)).NoWrap())
            .AddColumn(Labels.Get("Event", lang));
        // The chair changes are merged in by date, after the events of the same day.
        var next = 0;
        foreach (var e in events)
        {
            for (; next < chairs.Count && chairs[next].Date < e.Date; next++)
            {
                table.AddRow(new Text(DateArgument.Iso(chairs[next].Date)), new Text(PeopleLabels.Get("EventKind." + char.ToUpperInvariant(chairs[next].Kind[0]) + chairs[next].Kind[1..], lang)), new Text(chairs[next].Name(lang)));
            }

            var kind = Labels.Get("EventKind." + e.Kind, lang);
            table.AddRow(new Text(DateArgument.Iso(e.Date)), new Markup(Style(e.Kind, kind)), new Text(e.Name.In(lang)));
        }

        for (; next < chairs.Count; next++)
        {
            table.AddRow(new Text(DateArgument.Iso(chairs[next].Date)), new Text(PeopleLabels.Get("EventKind." + char.ToUpperInvariant(chairs[next].Kind[0]) + chairs[next].Kind[1..], lang)), new Text(chairs[next].Name(lang)));
        }

        ctx.Console.Write(table);
        ctx.Console.MarkupLine($"[dim]{Markup.Escape(Labels.Format("Dataset", lang, history.DataVersion, DateArgument.Iso(history.VerifiedThrough)))}[/]");
        return ExitCodes.Ok;
    }

    private static NodaTime.LocalDate Min(NodaTime.LocalDate a, NodaTime.LocalDate b) => a < b ? a : b;

    private static NodaTime.LocalDate Max(NodaTime.LocalDate a, NodaTime.LocalDate b) => a > b ? a : b;

    private static string Style(LegislativeEventKind kind, string text)
    {
        var escaped = Markup.Escape(text);
        return kind switch
        {
            LegislativeEventKind.InstrumentInForce or LegislativeEventKind.Referendum => $"[bold]{escaped}[/]",
            LegislativeEventKind.Dissolution or LegislativeEventKind.SelfDissolution or LegislativeEventKind.Termination => $"[red]{escaped}[/]",
            LegislativeEventKind.Election or LegislativeEventKind.SenateElection => $"[green]{escaped}[/]",
            _ => escaped,
        };
    }
}

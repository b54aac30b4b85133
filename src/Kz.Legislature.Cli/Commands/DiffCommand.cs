using System.Globalization;
using System.ComponentModel;
using Kz.Legislature.Cli.Output;
using Kz.Legislature.History;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kz.Legislature.Cli.Commands;

/// <summary>Options of <c>kzleg diff</c>.</summary>
public sealed class DiffSettings : CommonSettings
{
    /// <summary>Gets or sets the earlier date.</summary>
    [CommandArgument(0, "<FROM>")]
    [Description("The earlier date (yyyy-MM-dd).")]
    public string From { get; set; } = string.Empty;

    /// <summary>Gets or sets the later date.</summary>
    [CommandArgument(1, "<TO>")]
    [Description("The later date (yyyy-MM-dd), on or after FROM.")]
    public string To { get; set; } = string.Empty;
}

/// <summary><c>kzleg diff FROM TO</c>: what changed for the legislature between two dates.</summary>
public sealed class DiffCommand : Command<DiffSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, DiffSettings settings, CancellationToken cancellationToken)
    {
        var ctx = (CliContext)context.Data!;
        var history = ctx.History;
        var from = DateArgument.Required(settings.From, "FROM", history);
        var to = DateArgument.Required(settings.To, "TO", history);
        if (to < from)
        {
            throw new CliException($"the second date ({DateArgument.Iso(to)}) is before the first ({DateArgument.Iso(from)}); write the earlier date first: kzleg diff {DateArgument.Iso(to)} {DateArgument.Iso(from)}");
        }

        var changes = history.ChangesBetween(from, to);
        var before = history.RulesOn(from);
        var after = history.RulesOn(to);
        var lang = settings.Lang;
        if (settings.Format == OutputFormat.Json)
        {
            Json.Write(
                ctx.Stdout,
                new DiffJson(
                    "diff",
                    lang,
                    history.DataVersion,
                    Json.Date(history.VerifiedThrough),
                    Json.Date(from),
                    Json.Date(to),
                    Json.Instrument(before.Instrument, lang),
                    Json.Instrument(after.Instrument, lang),
                    changes.Count,
                    [.. changes.Select(c => new ChangeJson(Json.Enum((ChangeKind?)c.Kind), Json.Enum(c.Chamber), Json.Enum(c.Source), c.Before, c.After, Describe(c, lang), Json.Citation(c.Citation, lang)))]),
                Json.Context.DiffJson);
            return ExitCodes.Ok;
        }

        ctx.Console.Write(TextConsole.Heading(Labels.Format("DiffTitle", lang, DateArgument.Iso(from), DateArgument.Iso(to))));
        if (changes.Count == 0)
        {
            ctx.Console.WriteLine(Labels.Get("NoChanges", lang));
            return ExitCodes.Ok;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(Labels.Get("Chamber", lang))
            .AddColumn(Labels.Get("What", lang))
            .AddColumn(new TableColumn(Labels.Get("Before", lang)))
            .AddColumn(new TableColumn(Labels.Get("After", lang)))
            .AddColumn(new TableColumn(string.Empty).NoWrap());
        var notes = new List<string>();
        foreach (var c in changes)
        {
            table.AddRow(
                new Text(c.Chamber is { } k ? Labels.Name(k, lang) : Labels.Get("WholeLegislature", lang)),
                new Text(What(c, lang)),
                new Text(Value(c, c.Before, c.RulesBefore, c.ChamberBefore, lang)),
                new Text(Value(c, c.After, c.RulesAfter, c.ChamberAfter, lang)),
                new Text(Footnote(c.Citation, notes, lang)));
        }

        ctx.Console.Write(table);
        if (notes.Count > 0)
        {
            ctx.Console.WriteLine(Labels.Get("Citations", lang) + ":");
            for (var i = 0; i < notes.Count; i++)
            {
                ctx.Console.WriteLine($"[{(i + 1).ToString(CultureInfo.InvariantCulture)}] {notes[i].Replace("\n", " — ", StringComparison.Ordinal)}");
            }
        }
        return ExitCodes.Ok;
    }

    /// <summary>The footnote mark of a citation ("[2]"), adding it to the notes the first time it is seen.</summary>
    private static string Footnote(Citation? citation, List<string> notes, string lang)
    {
        if (citation is null)
        {
            return string.Empty;
        }

        var text = Labels.CitationText(citation, lang);
        var index = notes.IndexOf(text);
        if (index < 0)
        {
            notes.Add(text);
            index = notes.Count - 1;
        }

        return "[" + (index + 1).ToString(CultureInfo.InvariantCulture) + "]";
    }

    private static string What(LegislativeChange c, string lang) =>
        c.Kind == ChangeKind.SeatsBySource && c.Source is { } s
            ? Labels.Format("Change.SeatsBySource", lang, Labels.Name(s, lang))
            : Labels.Get("Change." + c.Kind, lang);

    /// <summary>A side of the change in <paramref name="lang"/>, from the typed rules of that side (not from the English text).</summary>
    private static string Value(LegislativeChange c, string? value, LegislatureRules rules, ChamberRules? chamber, string lang) => c.Kind switch
    {
        _ when value is null => "—",
        ChangeKind.Instrument => rules.Instrument.Name.In(lang),
        ChangeKind.Form => Labels.Name(rules.Form, lang),
        ChangeKind.TermLength when chamber?.TermLength is { } t => Labels.Period(t, lang),
        ChangeKind.ElectoralSystem when chamber?.PartyListSystem is { } es => RulesCommand.SystemSummary(es, lang),
        ChangeKind.ListQuota when chamber?.ListQuota is { } q => RulesCommand.QuotaSummary(q, lang),
        _ => value,
    };

    private static string Describe(LegislativeChange c, string lang)
    {
        var subject = c.Chamber is { } k ? Labels.Name(k, lang) + ": " : string.Empty;
        return $"{subject}{What(c, lang)}: {c.Before ?? "—"} → {c.After ?? "—"}";
    }
}

using System.ComponentModel;
using Kz.Legislature.Cli.Output;
using Kz.Legislature.History;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kz.Legislature.Cli.Commands;

/// <summary>Options of <c>kzleg who</c>.</summary>
public sealed class WhoSettings : CommonSettings
{
    /// <summary>Gets or sets the date asked about.</summary>
    [CommandOption("--on <DATE>")]
    [Description("The date (yyyy-MM-dd). Required: kzleg never assumes today's date.")]
    public string? On { get; set; }
}

/// <summary><c>kzleg who --on DATE</c>: each sitting chamber's chair on the date and its party composition at formation.</summary>
public sealed class WhoCommand : Command<WhoSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, WhoSettings settings, CancellationToken cancellationToken)
    {
        var ctx = (CliContext)context.Data!;
        var history = ctx.History;
        var date = DateArgument.Required(settings.On, "--on", history);
        var lang = settings.Lang;
        var sitting = history.SittingOn(date);

        // The chambers asked about: those sitting, or else those the constitution in force provides for (with why none sat).
        var rows = sitting.Chambers.Count > 0
            ? sitting.Chambers.Select(c => (Kind: c.Kind, Sitting: (ChamberSitting?)c, Chair: c.ChairStatus ?? history.ChairStatusOn(c.Kind, date))).ToList()
            : sitting.RulesInForce.Chambers.Select(c => (Kind: c.Kind, Sitting: (ChamberSitting?)null, Chair: history.ChairStatusOn(c.Kind, date))).ToList();

        if (settings.Format == OutputFormat.Json)
        {
            Json.Write(
                ctx.Stdout,
                new WhoJson(
                    "who",
                    lang,
                    history.DataVersion,
                    Json.Date(history.VerifiedThrough),
                    Json.Date(date),
                    Json.Enum((SittingStatus?)sitting.Status),
                    Json.Enum(sitting.Reason),
                    sitting.Explanation,
                    [.. rows.Select(row => new WhoChamberJson(
                        Json.Enum((ChamberKind?)row.Kind),
                        Labels.Name(row.Kind, lang),
                        row.Sitting is not null,
                        row.Sitting?.Sitting.Id,
                        Json.Date(row.Sitting?.Since),
                        row.Sitting?.HeldTo.StatutorySeats,
                        ChairJson(row.Chair, lang),
                        Json.Enum(row.Chair.Reason),
                        ChairText(row.Chair, lang),
                        CompositionJson(row.Sitting?.CompositionAtFormation, lang)))]),
                Json.Context.WhoJson);
            return ExitCodes.Ok;
        }

        ctx.Console.Write(TextConsole.Heading(PeopleLabels.Format("Who", lang, DateArgument.Iso(date))));
        if (sitting.Chambers.Count == 0)
        {
            var reason = sitting.Reason is { } rs
                ? Labels.Get("Reason." + rs, lang)
                : Labels.Format("Reason.Unknown", lang, DateArgument.Iso(history.VerifiedThrough));
            ctx.Console.WriteLine(PeopleLabels.Format("NotSittingChairs", lang, reason));
        }

        foreach (var (kind, chamber, chair) in rows)
        {
            ctx.Console.WriteLine();
            var title = chamber is null ? Labels.Name(kind, lang) : $"{Labels.Name(kind, lang)} ({Labels.Format("Since", lang, DateArgument.Iso(chamber.Since))})";
            ctx.Console.MarkupLine($"[bold]{Markup.Escape(title)}[/]");
            var role = chair.Chair is { } held ? PeopleLabels.Get("Role." + held.Role, lang) : PeopleLabels.Get("Role.Chair", lang);
            ctx.Console.WriteLine($"{role}: {ChairText(chair, lang)}");
            if (chamber is null)
            {
                continue;
            }

            if (chamber.CompositionAtFormation is not { } composition)
            {
                ctx.Console.WriteLine(PeopleLabels.Get("NoComposition", lang));
                continue;
            }

            ctx.Console.WriteLine(PeopleLabels.Format("CompositionAtFormation", lang, DateArgument.Iso(composition.AsOf)));
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn(PeopleLabels.Get("Holder", lang))
                .AddColumn(PeopleLabels.Get("HowFilled", lang))
                .AddColumn(new TableColumn(Labels.Get("Seats", lang)).RightAligned());
            foreach (var row in composition.Seats)
            {
                table.AddRow(
                    new Text(PeopleLabels.HolderName(row, lang)),
                    new Text(row.Source is { } s ? Labels.Name(s, lang) : PeopleLabels.Get("SourceUnknown", lang)),
                    new Text(row.Seats.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            if (composition.VacantSeats > 0)
            {
                table.AddRow(new Text(PeopleLabels.Get("Vacant", lang)), new Text(string.Empty), new Text(composition.VacantSeats.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            table.AddRow(new Markup($"[bold]{Markup.Escape(Labels.Get("Total", lang))}[/]"), new Text(string.Empty), new Markup($"[bold]{composition.Total.ToString(System.Globalization.CultureInfo.InvariantCulture)}[/]"));
            ctx.Console.Write(table);
        }

        ctx.Console.MarkupLine($"[dim]{Markup.Escape(Labels.Format("Dataset", lang, history.DataVersion, DateArgument.Iso(history.VerifiedThrough)))}[/]");
        return ExitCodes.Ok;
    }

    /// <summary>The chair in words: the person and since when; or why no one presided.</summary>
    internal static string ChairText(ChairStatus status, string lang)
    {
        if (status.Chair is { } term)
        {
            return PeopleLabels.Format("ChairSince", lang, term.Person.Name.In(lang), DateArgument.Iso(term.Term.Start));
        }

        var reason = status.Reason ?? NoChairReason.Unknown;
        return PeopleLabels.Get("ChairReason." + reason, lang);
    }

    private static ChairJson? ChairJson(ChairStatus status, string lang) => status.Chair is { } term
        ? new(term.Id, term.Person.Id, term.Person.Name.In(lang), term.Person.WikidataId, Json.Enum((OfficeRole?)term.Role), Json.Period(term.Term))
        : null;

    private static PartyCompositionJson? CompositionJson(PartyComposition? composition, string lang) => composition is null
        ? null
        : new(
            Json.Date(composition.AsOf),
            composition.Total,
            composition.VacantSeats,
            composition.UnknownSeats,
            [.. composition.Seats.Select(row => new SeatRowJson(Json.Enum((SeatHolderKind?)row.Holder), row.Party?.Id, PeopleLabels.HolderName(row, lang), Json.Enum(row.Source), row.Seats, row.Election?.Id))],
            Json.Enum((Confidence?)composition.Provenance.Confidence),
            Json.Sources(composition.Provenance.Sources),
            composition.Provenance.Note);
}

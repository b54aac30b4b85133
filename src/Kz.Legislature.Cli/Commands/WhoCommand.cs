using System.ComponentModel;
using System.Text.Json;
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
            Json.Write(ctx.Stdout, w =>
            {
                w.WriteStartObject();
                w.Header("who", lang, history);
                w.Date("date", date);
                w.Enum("status", (SittingStatus?)sitting.Status);
                w.Enum("reason", sitting.Reason);
                w.WriteString("explanation", sitting.Explanation);
                w.WriteStartArray("chambers");
                foreach (var (kind, chamber, chair) in rows)
                {
                    w.WriteStartObject();
                    w.Enum("chamber", (ChamberKind?)kind);
                    w.WriteString("name", Labels.Name(kind, lang));
                    w.WriteBoolean("sitting", chamber is not null);
                    w.StringOrNull("sittingId", chamber?.Sitting.Id);
                    w.Date("since", chamber?.Since);
                    w.NumberOrNull("heldToSeats", chamber?.HeldTo.StatutorySeats);
                    WriteChair(w, chair, lang);
                    WriteComposition(w, chamber?.CompositionAtFormation, lang);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
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

    private static void WriteChair(Utf8JsonWriter w, ChairStatus status, string lang)
    {
        if (status.Chair is { } term)
        {
            w.WriteStartObject("chair");
            w.WriteString("officeId", term.Id);
            w.WriteString("personId", term.Person.Id);
            w.WriteString("name", term.Person.Name.In(lang));
            w.StringOrNull("wikidata", term.Person.WikidataId);
            w.Enum("role", (OfficeRole?)term.Role);
            w.Period("term", term.Term);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("chair");
        }

        w.Enum("chairReason", status.Reason);
        w.WriteString("chairText", ChairText(status, lang));
    }

    private static void WriteComposition(Utf8JsonWriter w, PartyComposition? composition, string lang)
    {
        if (composition is null)
        {
            w.WriteNull("compositionAtFormation");
            return;
        }

        w.WriteStartObject("compositionAtFormation");
        w.Date("asOf", composition.AsOf);
        w.WriteNumber("total", composition.Total);
        w.WriteNumber("vacant", composition.VacantSeats);
        w.WriteNumber("unknown", composition.UnknownSeats);
        w.WriteStartArray("seats");
        foreach (var row in composition.Seats)
        {
            w.WriteStartObject();
            w.Enum("holder", (SeatHolderKind?)row.Holder);
            w.StringOrNull("party", row.Party?.Id);
            w.WriteString("name", PeopleLabels.HolderName(row, lang));
            w.Enum("source", row.Source);
            w.WriteNumber("seats", row.Seats);
            w.StringOrNull("election", row.Election?.Id);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.Provenance(composition.Provenance);
        w.WriteEndObject();
    }
}

using System.ComponentModel;
using System.Globalization;
using Kz.Legislature.Cli.Output;
using Kz.Legislature.History;
using Kz.Legislature.Procedure;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kz.Legislature.Cli.Commands;

/// <summary>Options of <c>kzleg powers</c>.</summary>
public sealed class PowersSettings : CommonSettings
{
    /// <summary>Gets or sets the date asked about.</summary>
    [CommandOption("--on <DATE>")]
    [Description("The date (yyyy-MM-dd). Required: kzleg never assumes today's date.")]
    public string? On { get; set; }
}

/// <summary><c>kzleg powers --on DATE</c>: every decision the legislature takes under the rules in force, by what majority of what base.</summary>
public sealed class PowersCommand : Command<PowersSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, PowersSettings settings, CancellationToken cancellationToken)
    {
        var ctx = (CliContext)context.Data!;
        var date = DateArgument.Required(settings.On, "--on", ctx.History);
        var rules = ctx.History.RulesOn(date);
        if (settings.Format == OutputFormat.Json)
        {
            Json.Write(ctx.Stdout, ToJson(ctx.History, date, rules, settings.Lang), Json.Context.PowersJson);
        }
        else
        {
            WriteText(ctx.Console, ctx.History, date, rules, settings.Lang);
        }

        return ExitCodes.Ok;
    }

    /// <summary>The yes votes a stage needs of each chamber's seats where its base is the total number of deputies: "38 of 50 seats".</summary>
    /// <param name="decision">The decision (its seats).</param>
    /// <param name="stage">The stage.</param>
    /// <returns>One entry per chamber (or one for a joint total), or none where the base is not the seats or they are not known.</returns>
    internal static IReadOnlyList<(ChamberKind? Chamber, int Seats, int RequiredYes)> RequiredOfSeats(DecisionRule decision, DecisionStage stage)
    {
        if (stage.Majority is not { Base: MajorityBase.TotalDeputies } majority)
        {
            return [];
        }

        if (stage.Body == StageBody.JointSitting && stage.Counting == JointCounting.JointTotal)
        {
            var seats = stage.Chambers.Select(decision.SeatsOf).ToList();
            return seats.All(s => s is not null) ? [(null, seats.Sum(s => s!.Value), majority.RequiredOf(seats.Sum(s => s!.Value)))] : [];
        }

        if (stage.Body == StageBody.JointSitting && stage.Counting is null)
        {
            return [];
        }

        var list = new List<(ChamberKind?, int, int)>();
        foreach (var chamber in stage.Chambers)
        {
            if (decision.SeatsOf(chamber) is { } s)
            {
                list.Add((chamber, s, majority.RequiredOf(s)));
            }
        }

        return list;
    }

    /// <summary>The majority of a stage in words, with the yes votes it takes of the seats where the base is the seats.</summary>
    internal static string MajorityText(DecisionRule decision, DecisionStage stage, string lang)
    {
        if (decision.Kind == DecisionKind.LegislativeInitiative && stage.Majority is null)
        {
            return ProcedureLabels.Get("NotAVote", lang);
        }

        var text = ProcedureLabels.Majority(stage.Majority, lang);
        var required = RequiredOfSeats(decision, stage);
        if (required.Count == 0)
        {
            return text;
        }

        var parts = required.Select(r =>
        {
            var ofSeats = ProcedureLabels.Format("OfSeats", lang, r.RequiredYes, r.Seats);
            return r.Chamber is { } c && stage.Body == StageBody.JointSitting ? $"{Labels.Name(c, lang)}: {ofSeats}" : ofSeats;
        });
        return $"{text} ({string.Join("; ", parts)})";
    }

    private static void WriteText(IAnsiConsole console, LegislativeHistory history, LocalDate date, LegislatureRules rules, string lang)
    {
        console.Write(TextConsole.Heading(ProcedureLabels.Format("PowersOn", lang, DateArgument.Iso(date))));
        var period = rules.Period.End is { } end
            ? Labels.Format("HalfOpen", lang, DateArgument.Iso(rules.Period.Start), DateArgument.Iso(end))
            : Labels.Format("OpenEnded", lang, DateArgument.Iso(rules.Period.Start));
        console.WriteLine(ProcedureLabels.Format("RulesOf", lang, Labels.ShortName(rules.Instrument, lang), rules.RuleSetId, period));
        if (rules.Decisions.Count == 0)
        {
            console.WriteLine(ProcedureLabels.Format(rules.Chambers.Count == 0 ? "NoLegislature" : "NoDecisions", lang, DateArgument.Iso(date)));
            console.MarkupLine($"[dim]{Markup.Escape(Labels.Format("Dataset", lang, history.DataVersion, DateArgument.Iso(history.VerifiedThrough)))}[/]");
            return;
        }

        string P(string key) => ProcedureLabels.Get(key, lang);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(P("Decision"))
            .AddColumn(P("Body"))
            .AddColumn(P("Majority"))
            .AddColumn(P("Quorum"))
            .AddColumn(new TableColumn(P("Readings")).RightAligned())
            .AddColumn(P("Article"))
            .AddColumn(Labels.Get("Note", lang));
        foreach (var decision in rules.Decisions)
        {
            for (var i = 0; i < decision.Stages.Count; i++)
            {
                var stage = decision.Stages[i];
                var note = string.Join(" ", new[] { i == 0 ? decision.Note : null, stage.Note }.Where(n => n is not null));
                table.AddRow(
                    new Text(i == 0 ? ProcedureLabels.Decision(decision, lang) : string.Empty),
                    new Text(ProcedureLabels.Body(stage, lang)),
                    new Text(MajorityText(decision, stage, lang)),
                    new Text(stage.Quorum is null ? P("NotKnown") : ProcedureLabels.Majority(stage.Quorum, lang)),
                    new Text(stage.Readings?.ToString(CultureInfo.InvariantCulture) ?? P("NotKnown")),
                    new Text(ProcedureLabels.Article(stage.MajorityCitation ?? stage.Citation, lang)),
                    new Text(note));
            }
        }

        console.Write(table);
        console.MarkupLine($"[dim]{Markup.Escape(Labels.Format("Dataset", lang, history.DataVersion, DateArgument.Iso(history.VerifiedThrough)))}[/]");
    }

    private static PowersJson ToJson(LegislativeHistory history, LocalDate date, LegislatureRules rules, string lang) => new(
        "powers",
        lang,
        history.DataVersion,
        Json.Date(history.VerifiedThrough),
        Json.Date(date),
        rules.RuleSetId,
        Json.Instrument(rules.Instrument, lang),
        Json.Period(rules.Period),
        [.. rules.Decisions.Select(d => DecisionJson(d, lang))]);

    /// <summary>Gets a decision rule as JSON: kind, subjects, whether it is known, its note and its stages.</summary>
    internal static DecisionJson DecisionJson(DecisionRule decision, string lang) => new(
        Labels.Camel(decision.Kind),
        ProcedureLabels.Decision(decision, lang),
        [.. decision.Subjects.Select(s => Labels.Camel(s))],
        decision.IsKnown,
        decision.Note,
        [.. decision.Stages.Select((stage, i) => new StageJson(
            i + 1,
            Labels.Camel(stage.Body),
            ProcedureLabels.Body(stage, lang),
            [.. stage.Chambers.Select(c => Labels.Camel(c))],
            Json.Enum(stage.Counting),
            MajorityJson(stage.Majority, lang),
            [.. RequiredOfSeats(decision, stage).Select(r => new RequiredOfSeatsJson(Json.Enum(r.Chamber), r.Seats, r.RequiredYes))],
            MajorityJson(stage.Quorum, lang),
            stage.Readings,
            Json.Citation(stage.Citation, lang),
            Json.Citation(stage.MajorityCitation, lang),
            Json.Citation(stage.QuorumCitation, lang),
            Json.Citation(stage.ReadingsCitation, lang),
            stage.Note))]);

    private static MajorityJson? MajorityJson(Majority? majority, string lang) => majority is null
        ? null
        : new(majority.Numerator, majority.Denominator, majority.Strict, Labels.Camel(majority.Base), ProcedureLabels.Majority(majority, lang));
}

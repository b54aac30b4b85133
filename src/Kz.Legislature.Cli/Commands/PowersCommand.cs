using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
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
            Json.Write(ctx.Stdout, w => WriteJson(w, ctx.History, date, rules, settings.Lang));
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

    private static void WriteJson(Utf8JsonWriter w, LegislativeHistory history, LocalDate date, LegislatureRules rules, string lang)
    {
        w.WriteStartObject();
        w.Header("powers", lang, history);
        w.Date("on", date);
        w.WriteString("ruleSetId", rules.RuleSetId);
        w.Instrument("instrument", rules.Instrument, lang);
        w.Period("period", rules.Period);
        w.WriteStartArray("decisions");
        foreach (var decision in rules.Decisions)
        {
            WriteDecision(w, decision, lang);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes a decision rule: kind, subjects, whether it is known, its note and its stages.</summary>
    internal static void WriteDecision(Utf8JsonWriter w, DecisionRule decision, string lang)
    {
        w.WriteStartObject();
        w.WriteString("kind", Labels.Camel(decision.Kind));
        w.WriteString("name", ProcedureLabels.Decision(decision, lang));
        w.WriteStartArray("subjects");
        foreach (var s in decision.Subjects)
        {
            w.WriteStringValue(Labels.Camel(s));
        }

        w.WriteEndArray();
        w.WriteBoolean("known", decision.IsKnown);
        w.StringOrNull("note", decision.Note);
        w.WriteStartArray("stages");
        for (var i = 0; i < decision.Stages.Count; i++)
        {
            var stage = decision.Stages[i];
            w.WriteStartObject();
            w.WriteNumber("stage", i + 1);
            w.WriteString("body", Labels.Camel(stage.Body));
            w.WriteString("bodyName", ProcedureLabels.Body(stage, lang));
            w.WriteStartArray("chambers");
            foreach (var c in stage.Chambers)
            {
                w.WriteStringValue(Labels.Camel(c));
            }

            w.WriteEndArray();
            w.Enum("counting", stage.Counting);
            WriteMajority(w, "majority", stage.Majority, lang);
            w.WriteStartArray("requiredOfSeats");
            foreach (var (chamber, seats, required) in RequiredOfSeats(decision, stage))
            {
                w.WriteStartObject();
                w.Enum("chamber", chamber);
                w.WriteNumber("seats", seats);
                w.WriteNumber("requiredYes", required);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteMajority(w, "quorum", stage.Quorum, lang);
            w.NumberOrNull("readings", stage.Readings);
            w.Citation("citation", stage.Citation, lang);
            w.Citation("majorityCitation", stage.MajorityCitation, lang);
            w.Citation("quorumCitation", stage.QuorumCitation, lang);
            w.Citation("readingsCitation", stage.ReadingsCitation, lang);
            w.StringOrNull("note", stage.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteMajority(Utf8JsonWriter w, string name, Majority? majority, string lang)
    {
        if (majority is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("numerator", majority.Numerator);
        w.WriteNumber("denominator", majority.Denominator);
        w.WriteBoolean("strict", majority.Strict);
        w.WriteString("base", Labels.Camel(majority.Base));
        w.WriteString("text", ProcedureLabels.Majority(majority, lang));
        w.WriteEndObject();
    }
}

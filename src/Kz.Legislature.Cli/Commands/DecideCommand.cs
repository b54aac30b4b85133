using System.ComponentModel;
using System.Globalization;
using System.Text;
using Kz.Legislature.Cli.Output;
using Kz.Legislature.History;
using Kz.Legislature.Procedure;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kz.Legislature.Cli.Commands;

/// <summary>Options of <c>kzleg decide</c>.</summary>
public sealed class DecideSettings : CommonSettings
{
    /// <summary>Gets or sets the date of the vote.</summary>
    [CommandOption("--on <DATE>")]
    [Description("The date of the vote (yyyy-MM-dd). Required: kzleg never assumes today's date.")]
    public string? On { get; set; }

    /// <summary>Gets or sets the decision, as typed.</summary>
    [CommandOption("--kind <KIND>")]
    [Description("The decision: [green]law[/], [green]constitutional-law[/], [green]constitutional-amendment[/], [green]veto-override[/], [green]delegation-of-powers[/], [green]no-confidence[/], [green]consent-to-appointment[/], [green]removal-of-president[/] or [green]election-of-chair[/].")]
    public string? Kind { get; set; }

    /// <summary>Gets or sets the subject, as typed.</summary>
    [CommandOption("--subject <SUBJECT>")]
    [Description("What the decision is about where the rule depends on it: a law's subject ([green]budget[/], [green]taxes[/], [green]treaty-ratification[/], [green]treaty-denunciation[/], [green]amnesty[/]), the office of a consent ([green]prime-minister[/], [green]vice-president[/], [green]supreme-court[/], [green]national-bank[/], [green]prosecutor-general[/], [green]national-security-committee[/]) or the chair ([green]chair-of-senate[/], [green]chair-of-mazhilis[/], [green]chair-of-kurultai[/]). Default: the general rule of the kind.")]
    public string? Subject { get; set; }

    /// <summary>Gets or sets the votes, one per chamber, as typed.</summary>
    [CommandOption("--vote <VOTE>")]
    [Description("A chamber's vote: CHAMBER=YES,NO[,ABSTAINED[,PRESENT]], for example [green]mazhilis=70,20,5[/]. Repeat for each chamber that votes (senate, mazhilis, kurultai, supreme-council).")]
    public string[]? Votes { get; set; }
}

/// <summary>
/// <c>kzleg decide --on DATE --kind KIND --vote CHAMBER=YES,NO[,ABSTAINED[,PRESENT]]</c>: whether a vote passed under the rules of
/// its date, stage by stage, each step with its article. Exit 0 passed, 1 not passed, 4 not known.
/// </summary>
public sealed class DecideCommand : Command<DecideSettings>
{
    /// <summary>The form of a <c>--vote</c> value, as the messages show it.</summary>
    internal const string VoteForm = "CHAMBER=YES,NO[,ABSTAINED[,PRESENT]]";

    /// <inheritdoc/>
    public override int Execute(CommandContext context, DecideSettings settings, CancellationToken cancellationToken)
    {
        var ctx = (CliContext)context.Data!;
        var history = ctx.History;
        var date = DateArgument.Required(settings.On, "--on", history);
        var kind = ParseKind(settings.Kind);
        var subject = ParseSubject(settings.Subject);
        var votes = ParseVotes(settings.Votes);
        if (kind == DecisionKind.LegislativeInitiative)
        {
            throw new CliException("--kind: legislative-initiative is not a vote, so there is nothing to decide; 'kzleg powers --on DATE' shows where bills are introduced.");
        }

        var rules = history.RulesOn(date);
        if (rules.TryGetDecision(kind, subject) is null)
        {
            throw new CliException(NoSuchDecision(kind, subject, date, rules));
        }

        DecisionRule decision;
        try
        {
            decision = history.DecisionOn(date, kind, subject);
        }
        catch (InvalidOperationException e)
        {
            throw new CliException(e.Message);
        }

        VoteOutcome outcome;
        try
        {
            outcome = decision.Decide(votes);
        }
        catch (ArgumentException e)
        {
            throw new CliException("--vote: " + e.Message);
        }

        var code = ExitCode(outcome.Passed);
        if (settings.Format == OutputFormat.Json)
        {
            Json.Write(ctx.Stdout, ToJson(history, date, decision, votes, outcome, code, settings.Lang), Json.Context.DecideJson);
        }
        else
        {
            WriteText(ctx.Console, history, date, rules, decision, outcome, settings.Lang);
        }

        return code;
    }

    /// <summary>The exit code of an outcome: 0 passed, 1 not passed, 4 not known.</summary>
    internal static int ExitCode(bool? passed) => passed switch
    {
        true => ExitCodes.Ok,
        false => ExitCodes.Invalid,
        null => ExitCodes.Unknown,
    };

    /// <summary>An enumeration value in the kebab-case the options take: <c>ConstitutionalLaw</c> is <c>constitutional-law</c>.</summary>
    internal static string Kebab<T>(T value)
        where T : struct, Enum
    {
        var s = value.ToString();
        var sb = new StringBuilder(s.Length + 4);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsUpper(s[i]) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(s[i]));
        }

        return sb.ToString();
    }

    /// <summary>Parses <c>--kind</c> (kebab-case, camelCase or PascalCase, any case).</summary>
    internal static DecisionKind ParseKind(string? text)
    {
        var accepted = string.Join(", ", Enum.GetValues<DecisionKind>().Where(k => k != DecisionKind.LegislativeInitiative).Select(Kebab));
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CliException($"--kind is required: the decision voted on, one of {accepted}.");
        }

        return TryParse<DecisionKind>(text, out var kind)
            ? kind
            : throw new CliException($"--kind: '{text}' is not a decision; use one of {accepted}.");
    }

    /// <summary>Parses <c>--subject</c>; none is the general rule.</summary>
    internal static DecisionSubject ParseSubject(string? text)
    {
        if (text is null)
        {
            return DecisionSubject.None;
        }

        return TryParse<DecisionSubject>(text, out var subject) && subject != DecisionSubject.None
            ? subject
            : throw new CliException($"--subject: '{text}' is not a subject; use one of {string.Join(", ", Enum.GetValues<DecisionSubject>().Where(s => s != DecisionSubject.None).Select(Kebab))}, or leave it out for the general rule.");
    }

    /// <summary>Parses the <c>--vote</c> values, one per chamber.</summary>
    internal static IReadOnlyList<ChamberVote> ParseVotes(string[]? values)
    {
        if (values is null || values.Length == 0)
        {
            throw new CliException($"--vote is required: give each chamber's vote as {VoteForm}, for example --vote mazhilis=70,20,5 --vote senate=40,5.");
        }

        var votes = new List<ChamberVote>();
        foreach (var value in values)
        {
            var eq = value.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new CliException($"--vote: '{value}' is not of the form {VoteForm}; for example --vote mazhilis=70,20,5.");
            }

            var name = value[..eq].Trim();
            if (!Names.TryParseChamber(name, out var chamber) && !Names.TryParseChamber(name.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal), out chamber))
            {
                throw new CliException($"--vote: '{name}' is not a chamber; use senate, mazhilis, kurultai or supreme-council.");
            }

            var parts = value[(eq + 1)..].Split(',');
            if (parts.Length is < 2 or > 4)
            {
                throw new CliException($"--vote {name}: '{value[(eq + 1)..]}' has {parts.Length} number{(parts.Length == 1 ? string.Empty : "s")}; give YES,NO and optionally ABSTAINED and PRESENT ({VoteForm}).");
            }

            var numbers = new int[parts.Length];
            string[] what = ["YES", "NO", "ABSTAINED", "PRESENT"];
            for (var i = 0; i < parts.Length; i++)
            {
                if (!int.TryParse(parts[i].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
                {
                    throw new CliException($"--vote {name}: {what[i]} '{parts[i]}' is not a whole number 0 or more ({VoteForm}).");
                }
            }

            try
            {
                votes.Add(new ChamberVote(chamber, numbers[0], numbers[1], parts.Length > 2 ? numbers[2] : 0, parts.Length > 3 ? numbers[3] : null));
            }
            catch (ArgumentException e)
            {
                throw new CliException($"--vote {value}: {e.Message}");
            }
        }

        return votes;
    }

    private static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        var key = text.Trim().Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var v in Enum.GetValues<T>())
        {
            if (string.Equals(v.ToString(), key, StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string NoSuchDecision(DecisionKind kind, DecisionSubject subject, LocalDate date, LegislatureRules rules)
    {
        var asked = Kebab(kind) + (subject == DecisionSubject.None ? string.Empty : " --subject " + Kebab(subject));
        if (rules.Decisions.Count == 0)
        {
            return rules.Chambers.Count == 0
                ? $"--kind {asked}: on {DateArgument.Iso(date)} the constitution in force ({rules.RuleSetId}) provides for no legislature, so no decision is taken."
                : $"--kind {asked}: the data records no decisions for the rules in force on {DateArgument.Iso(date)} ({rules.RuleSetId}).";
        }

        var existing = rules.Decisions.Select(d => Kebab(d.Kind) + (d.Subjects.Count == 0 ? string.Empty : " (" + string.Join(", ", d.Subjects.Select(Kebab)) + ")")).Distinct();
        return $"--kind {asked}: the rules in force on {DateArgument.Iso(date)} ({rules.RuleSetId}) have no such decision; they have: {string.Join("; ", existing)}.";
    }

    private static void WriteText(IAnsiConsole console, LegislativeHistory history, LocalDate date, LegislatureRules rules, DecisionRule decision, VoteOutcome outcome, string lang)
    {
        string P(string key) => ProcedureLabels.Get(key, lang);
        console.Write(TextConsole.Heading(ProcedureLabels.Format("DecideHeading", lang, ProcedureLabels.Decision(decision, lang), DateArgument.Iso(date))));
        var period = rules.Period.End is { } end
            ? Labels.Format("HalfOpen", lang, DateArgument.Iso(rules.Period.Start), DateArgument.Iso(end))
            : Labels.Format("OpenEnded", lang, DateArgument.Iso(rules.Period.Start));
        console.WriteLine(ProcedureLabels.Format("RulesOf", lang, Labels.ShortName(rules.Instrument, lang), rules.RuleSetId, period));
        foreach (var group in outcome.Stages.GroupBy(s => s.StageIndex))
        {
            var stage = group.First().Stage;
            console.WriteLine(ProcedureLabels.Format("Stage", lang, group.Key + 1, ProcedureLabels.Body(stage, lang)));
            foreach (var s in group)
            {
                console.WriteLine("  " + StageLine(s, lang));
                console.WriteLine("    " + ProcedureLabels.Article(s.Citation, lang));
            }
        }

        if (outcome.StoppedAt is not null && outcome.Stages.Count > 0)
        {
            console.WriteLine(ProcedureLabels.Format("LaterStagesSkipped", lang, outcome.Stages[^1].StageIndex + 1));
        }

        var seats = decision.Stages.SelectMany(s => s.Chambers).Distinct()
            .Where(c => decision.SeatsOf(c) is not null)
            .Select(c => $"{Labels.Name(c, lang)} {decision.SeatsOf(c)!.Value.ToString(CultureInfo.InvariantCulture)}")
            .ToList();
        if (seats.Count > 0 && decision.Stages.Any(s => s.Majority?.Base == MajorityBase.TotalDeputies))
        {
            console.WriteLine(ProcedureLabels.Format("SeatsNote", lang, DateArgument.Iso(date), string.Join(", ", seats)));
        }

        var result = outcome.Passed switch
        {
            true => $"[green]{Markup.Escape(P("Passed"))}[/]",
            false => $"[red]{Markup.Escape(P("NotPassed"))}[/]",
            null => $"[yellow]{Markup.Escape(P("UnknownResult"))}[/]",
        };
        console.MarkupLine($"[bold]{Markup.Escape(P("Result"))}:[/] {result}");
        console.MarkupLine($"[dim]{Markup.Escape(Labels.Format("Dataset", lang, history.DataVersion, DateArgument.Iso(history.VerifiedThrough)))}[/]");
    }

    /// <summary>One chamber's (or the joint total's) line of a stage: its counts, what it needs and whether it passes.</summary>
    internal static string StageLine(StageOutcome s, string lang)
    {
        var who = s.Chamber is { } c ? Labels.Name(c, lang) : ProcedureLabels.Get("Counting.JointTotal", lang);
        var counts = s.Present is { } p
            ? ProcedureLabels.Format("VotesPresent", lang, s.Yes, s.No, s.Abstained, p)
            : ProcedureLabels.Format("Votes", lang, s.Yes, s.No, s.Abstained);
        var needs = s.RequiredYes is { } r && s.Base is { } b
            ? ProcedureLabels.Format("Needs", lang, ProcedureLabels.Majority(s.Stage.Majority, lang), b, r)
            : ProcedureLabels.Get("NeedsUnknown", lang) + (s.Stage.Note is { } note ? $" ({note})" : string.Empty);
        var quorum = s.RequiredPresent is { } q ? "; " + ProcedureLabels.Format("QuorumOf", lang, q) : string.Empty;
        var verdict = s.Passed switch
        {
            true => ProcedureLabels.Get("StagePassed", lang),
            false => ProcedureLabels.Get("StageFailed", lang),
            null => ProcedureLabels.Get("StageUnknown", lang),
        };
        return $"{who}: {counts}; {needs}{quorum} — {verdict}";
    }

    private static DecideJson ToJson(LegislativeHistory history, LocalDate date, DecisionRule decision, IReadOnlyList<ChamberVote> votes, VoteOutcome outcome, int code, string lang)
    {
        var seats = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var c in decision.Stages.SelectMany(s => s.Chambers).Distinct())
        {
            seats[Labels.Camel(c)] = decision.SeatsOf(c);
        }

        return new(
            "decide",
            lang,
            history.DataVersion,
            Json.Date(history.VerifiedThrough),
            Json.Date(date),
            Labels.Camel(decision.Kind),
            PowersCommand.DecisionJson(decision, lang),
            seats,
            [.. votes.Select(v => new VoteJson(Labels.Camel(v.Chamber), v.Yes, v.No, v.Abstained, v.Present))],
            outcome.Passed,
            outcome.Passed switch { true => "passed", false => "notPassed", null => "unknown" },
            code,
            [.. outcome.Stages.Select(s => new StageOutcomeJson(
                s.StageIndex + 1,
                Labels.Camel(s.Stage.Body),
                Json.Enum(s.Chamber),
                s.Yes,
                s.No,
                s.Abstained,
                s.Present,
                s.Base,
                s.RequiredYes,
                s.RequiredPresent,
                s.Passed,
                StageLine(s, lang),
                s.Reason,
                Json.Citation(s.Citation, lang)))],
            outcome.StoppedAt,
            outcome.Explain());
    }
}

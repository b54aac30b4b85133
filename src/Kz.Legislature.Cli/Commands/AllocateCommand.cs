using System.ComponentModel;
using System.Globalization;
using Kz.Legislature.Cli.Output;
using Kz.Legislature.Elections;
using Kz.Legislature.History;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kz.Legislature.Cli.Commands;

/// <summary>Options of <c>kzleg allocate</c>.</summary>
public sealed class AllocateSettings : CommonSettings
{
    /// <summary>Gets or sets the votes file.</summary>
    [CommandOption("--votes <FILE>")]
    [Description("The list votes, UTF-8, at most 4 MiB and 1000 lists: CSV with a header [green]list,votes[/] (optional column [green]registrationOrder[/]) or JSON [green]{ \"lists\": [[ { \"list\": ..., \"votes\": ... } ]] }[/] (optional [green]seats[/], [green]allBallots[/], [green]registrationOrder[/]). [green]kzleg example votes[/] prints one. Required.")]
    public string? Votes { get; set; }

    /// <summary>Gets or sets the election day.</summary>
    [CommandOption("--on <DATE>")]
    [Description("The election day (yyyy-MM-dd): the law in force that day is applied. Required.")]
    public string? On { get; set; }

    /// <summary>Gets or sets the chamber.</summary>
    [CommandOption("--chamber <CHAMBER>")]
    [Description("[green]mazhilis[/] or [green]kurultai[/]. Default: the chamber elected by party lists on that date.")]
    public string? Chamber { get; set; }

    /// <summary>Gets or sets the number of seats.</summary>
    [CommandOption("--seats <N>")]
    [Description("Seats to allocate, 1 to 10000. Default: the JSON file's seats, else the chamber's party-list seats in force.")]
    public string? Seats { get; set; }

    /// <summary>Gets or sets all ballots cast.</summary>
    [CommandOption("--all-ballots <N>")]
    [Description("The threshold base when it is all ballots: the votes for a list plus those 'against all' (6366441 in 2023), a whole number from 0; needed when the threshold is measured against all ballots.")]
    public string? AllBallots { get; set; }

    /// <summary>Gets or sets the method.</summary>
    [CommandOption("--method <METHOD>")]
    [Description("Override the law: [green]hare[/], [green]droop[/], [green]dhondt[/], [green]sainte-lague[/] or [green]modified-sainte-lague[/].")]
    public string? Method { get; set; }

    /// <summary>Gets or sets the threshold.</summary>
    [CommandOption("--threshold <PERCENT>")]
    [Description("Override the law: the threshold in percent, 0 to 100 with at most 10 decimals, for example 5 or 2.5 (0 for none).")]
    public string? Threshold { get; set; }

    /// <summary>Gets or sets the threshold base.</summary>
    [CommandOption("--threshold-base <BASE>")]
    [Description("Override the law: [green]valid[/] (valid list votes) or [green]all[/] (all ballots).")]
    public string? ThresholdBase { get; set; }

    /// <summary>Gets or sets the runner-up rule.</summary>
    [CommandOption("--runner-up <YESNO>")]
    [Description("Override the law: [green]yes[/] to admit the second list when only one passes, [green]no[/] not to.")]
    public string? RunnerUp { get; set; }

    /// <summary>Gets or sets the tie policy.</summary>
    [CommandOption("--ties <POLICY>")]
    [Description("Override the law: [green]earlier[/] (the list registered earlier wins) or [green]undecidable[/] (report the tie).")]
    public string? Ties { get; set; }
}

/// <summary><c>kzleg allocate --votes FILE --on DATE</c>: party-list seats under the law of a date, with the explanation.</summary>
public sealed class AllocateCommand : Command<AllocateSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, AllocateSettings settings, CancellationToken cancellationToken)
    {
        var ctx = (CliContext)context.Data!;
        var history = ctx.History;
        var lang = settings.Lang;
        if (string.IsNullOrWhiteSpace(settings.Votes))
        {
            throw new CliException("--votes is required: a CSV (list,votes[,registrationOrder]) or JSON file of list votes.");
        }

        var date = DateArgument.Required(settings.On, "--on", history);
        var seatsOption = ParseWhole(settings.Seats, "--seats", 1, AllocationInput.MaxSeats);
        var allBallotsOption = ParseWhole(settings.AllBallots, "--all-ballots", 0, long.MaxValue);
        var rules = history.RulesOn(date);

        ChamberRules chamber;
        if (settings.Chamber is { } name)
        {
            if (!Names.TryParseChamber(name, out var kind))
            {
                throw new CliException($"--chamber: '{name}' is not a chamber; use mazhilis or kurultai.");
            }

            chamber = rules.TryGetChamber(kind)
                ?? throw new CliException($"--chamber: there is no {Labels.Name(kind, "en")} under the rules in force on {DateArgument.Iso(date)} ({rules.Instrument.Name.English}).");
            if (chamber.SeatsFor(SeatSource.PartyList) == 0)
            {
                throw new CliException($"--chamber: the {Labels.Name(kind, "en")} has no party-list seats under the rules in force on {DateArgument.Iso(date)} ({rules.Instrument.Name.English}), so there is nothing to allocate; {PartyListChambers(rules)}.");
            }
        }
        else
        {
            chamber = rules.Chambers.FirstOrDefault(c => c.SeatsFor(SeatSource.PartyList) > 0)
                ?? throw new CliException($"On {DateArgument.Iso(date)} no chamber has party-list seats under the rules in force ({rules.Instrument.Name.English}), so there is nothing to allocate; give the day of an election by party lists.");
        }

        var votes = VotesFileReader.Read(settings.Votes);

        var system = chamber.PartyListSystem;
        var overridden = new List<string>();
        var method = ParseMethod(settings.Method, overridden) ?? system?.Method;
        var threshold = ParseThreshold(settings.Threshold, overridden)
            ?? (system?.ThresholdPercent is { } percent ? Kz.Legislature.Elections.Threshold.FromPercent(percent) : null);
        var thresholdBase = ParseBase(settings.ThresholdBase, overridden) ?? system?.ThresholdBase;
        var runnerUp = ParseYesNo(settings.RunnerUp, "--runner-up", overridden) ?? system?.RunnerUpAdmission;
        var ties = ParseTies(settings.Ties, overridden) ?? system?.TiePolicy;

        var missing = new List<string>();
        if (method is null)
        {
            missing.Add("--method");
        }

        if (threshold is null)
        {
            missing.Add("--threshold");
        }

        if (thresholdBase is null)
        {
            missing.Add("--threshold-base");
        }

        if (missing.Count > 0)
        {
            throw new CliException($"The party-list law of the {Labels.Name(chamber.Kind, "en")} on {DateArgument.Iso(date)} is not fully known in the data; pass {string.Join(", ", missing)} explicitly (see kzleg allocate --help).");
        }

        var seats = (int?)seatsOption ?? votes.Seats ?? chamber.SeatsFor(SeatSource.PartyList);
        var seatsSource = seatsOption is not null ? "--seats" : votes.Seats is not null ? $"{settings.Votes}: $.seats" : $"the {Labels.Name(chamber.Kind, "en")}'s party-list seats";
        var allBallots = allBallotsOption ?? votes.AllBallots;
        var allBallotsSource = allBallotsOption is not null ? "--all-ballots" : $"{settings.Votes}: $.allBallots";
        if (thresholdBase == Kz.Legislature.ThresholdBase.AllBallots && allBallots is null)
        {
            throw new CliException("the threshold is measured against all ballots cast (including invalid ballots and votes 'against all'); give --all-ballots N or \"allBallots\" in a JSON votes file.");
        }

        var options = new AllocationOptions(method!.Value, threshold!, thresholdBase!.Value, runnerUp ?? false, ties ?? TiePolicy.ReportUndecidable);
        AllocationInput input;
        try
        {
            input = new AllocationInput(seats, votes.Lists, allBallots);
        }
        catch (ArgumentException e)
        {
            // The messages of the library are sentences; the prefix says which input they are about.
            var where = e.ParamName switch
            {
                "seats" => seatsSource,
                "allBallots" => allBallotsSource,
                _ => settings.Votes,
            };
            throw new CliException($"{where}: {e.Message}");
        }

        AllocationResult result;
        try
        {
            result = SeatAllocator.Allocate(input, options);
        }
        catch (ArgumentException e)
        {
            throw new CliException($"cannot allocate: {e.Message}");
        }

        if (runnerUp is null && result.Lists.Count(l => l.PassedThreshold) == 1)
        {
            throw new CliException($"only one list passed the threshold, so the outcome depends on whether the runner-up list is admitted, which the data does not know for the {Labels.Name(chamber.Kind, "en")} on {DateArgument.Iso(date)}; pass --runner-up yes or --runner-up no.");
        }

        // Everything is computed before anything is written, and the output is written in one piece: a failure
        // never leaves partial output behind.
        if (settings.Format == OutputFormat.Json)
        {
            Json.Write(ctx.Stdout, ToJson(history, date, chamber, system, overridden, ties is null, runnerUp is null, options, result, lang), Json.Context.AllocateJson);
        }
        else
        {
            using var buffer = new StringWriter(CultureInfo.InvariantCulture);
            var console = TextConsole.CreateLike(ctx.Console, buffer);
            WriteText(console, date, chamber, system, overridden, ties is null, runnerUp is null, options, result, lang);
            ctx.Stdout.Write(buffer.ToString());
            ctx.Stdout.Flush();
        }

        return ExitCodes.Ok;
    }

    /// <summary>Parses a whole-number option within its documented range, or says which option is wrong and what is accepted.</summary>
    private static long? ParseWhole(string? text, string option, long min, long max)
    {
        if (text is null)
        {
            return null;
        }

        return long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{option}: '{Shorten(text)}' is not a whole number from {min} to {max}."));
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private static string PartyListChambers(LegislatureRules rules)
    {
        var withLists = rules.Chambers.Where(c => c.SeatsFor(SeatSource.PartyList) > 0).Select(c => Labels.Name(c.Kind, "en")).ToArray();
        return withLists.Length == 0
            ? "no chamber has party-list seats on that date"
            : "party-list seats on that date belong to the " + string.Join(" and the ", withLists) + string.Create(CultureInfo.InvariantCulture, $" ({(withLists.Length == 1 ? "use --chamber " + withLists[0].ToLowerInvariant().Replace(' ', '-') + " or leave --chamber out" : "choose one with --chamber")})");
    }

    private static void WriteText(IAnsiConsole console, NodaTime.LocalDate date, ChamberRules? chamber, ElectoralSystem? system, List<string> overridden, bool tieUnknown, bool runnerUpUnknown, AllocationOptions options, AllocationResult result, string lang)
    {
        string L(string key) => Labels.Get(key, lang);
        var who = chamber is null ? string.Empty : Labels.Name(chamber.Kind, lang) + ", ";
        console.Write(TextConsole.Heading($"{who}{DateArgument.Iso(date)}: {Labels.Seats(result.Input.Seats, lang)}"));

        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow(new Markup($"[bold]{Markup.Escape(L("Method"))}[/]"), new Text(L("Method." + options.Method)));
        grid.AddRow(new Markup($"[bold]{Markup.Escape(L("Threshold"))}[/]"), new Text(Labels.Format("ThresholdOf", lang, options.Threshold.ToString().TrimEnd('%'), L("Base." + options.ThresholdBase))));
        grid.AddRow(new Markup($"[bold]{Markup.Escape(L("RunnerUp"))}[/]"), new Text(L(options.RunnerUpAdmission ? "Yes" : "No") + (runnerUpUnknown ? $" ({L("Unknown")})" : string.Empty)));
        grid.AddRow(new Markup($"[bold]{Markup.Escape(L("TiePolicy"))}[/]"), new Text(L("Tie." + options.TiePolicy) + (tieUnknown ? $" ({L("Unknown")})" : string.Empty)));
        grid.AddRow(new Markup($"[bold]{Markup.Escape(L("LawSource"))}[/]"), new Text(overridden.Count == 0
            ? Labels.Get("LawFromData", lang)
            : Labels.Format("LawOverridden", lang, string.Join(", ", overridden))));
        if (system is not null)
        {
            grid.AddRow(new Markup($"[bold]{Markup.Escape(L("Sources"))}[/]"), new Text(RulesCommand.SourcesText(system.Provenance)));
        }

        console.Write(grid);

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(L("List"))
            .AddColumn(new TableColumn(L("Votes")).RightAligned())
            .AddColumn(new TableColumn(L("Share")).RightAligned())
            .AddColumn(L("ThresholdPassed"))
            .AddColumn(new TableColumn(L("Seats")).RightAligned());
        foreach (var l in result.Lists)
        {
            var share = result.ThresholdBaseVotes == 0 ? "—" : ((decimal)l.Votes * 100m / result.ThresholdBaseVotes).ToString("0.00", CultureInfo.InvariantCulture) + "%";
            var passed = l.PassedThreshold ? L("Yes") : l.AdmittedAsRunnerUp ? L("RunnerUpAdmitted") : L("No");
            table.AddRow(new Text(l.ListId), new Text(l.Votes.ToString(CultureInfo.InvariantCulture)), new Text(share), new Text(passed), new Text(l.Seats.ToString(CultureInfo.InvariantCulture)));
        }

        table.AddRow(new Markup($"[bold]{Markup.Escape(L("Total"))}[/]"), new Text(result.Input.TotalListVotes.ToString(CultureInfo.InvariantCulture)), new Text(string.Empty), new Text(string.Empty), new Markup($"[bold]{result.AllocatedSeats.ToString(CultureInfo.InvariantCulture)}[/]"));
        console.Write(table);
        if (!result.IsDecided)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(Labels.Format("Undecided", lang, result.UndecidedSeats))}[/]");
        }

        console.WriteLine();
        console.Write(TextConsole.Heading(L("Explanation")));
        console.Write(new Text(result.Explain()));
    }

    private static AllocateJson ToJson(LegislativeHistory history, NodaTime.LocalDate date, ChamberRules? chamber, ElectoralSystem? system, List<string> overridden, bool tieUnknown, bool runnerUpUnknown, AllocationOptions options, AllocationResult result, string lang) => new(
        "allocate",
        lang,
        history.DataVersion,
        Json.Date(history.VerifiedThrough),
        Json.Date(date),
        Json.Enum(chamber?.Kind),
        result.Input.Seats,
        new LawJson(
            Json.Enum((AllocationMethod?)options.Method),
            options.Threshold.ToString(),
            Json.Enum((ThresholdBase?)options.ThresholdBase),
            options.RunnerUpAdmission,
            !runnerUpUnknown,
            Json.Enum((TiePolicy?)options.TiePolicy),
            !tieUnknown,
            [.. overridden],
            system is not null ? RulesCommand.SystemJson(system, lang) : null),
        result.Input.AllBallots,
        result.Input.TotalListVotes,
        result.ThresholdBaseVotes,
        result.ThresholdVotes,
        result.EligibleVotes,
        result.Quota is { } q ? RationalJson(q) : null,
        [.. result.Lists.Select(l => new ListAllocationJson(l.ListId, l.Votes, l.RegistrationOrder, l.PassedThreshold, l.AdmittedAsRunnerUp, l.Quotient, l.Remainder is { } r ? RationalJson(r) : null, l.Seats))],
        [.. result.Ties.Select(t => new TieJson(Json.Enum((TieKind?)t.Kind), RationalJson(t.TiedValue), t.ContestedSeats, [.. t.TiedListIds], [.. t.WinnerListIds], t.IsResolved))],
        result.UndecidedSeats,
        result.IsDecided,
        result.Explain());

    private static RationalJson RationalJson(Rational value) => new(value.ToString(), value.ToDecimalString(4));

    private static AllocationMethod? ParseMethod(string? text, List<string> overridden)
    {
        if (text is null)
        {
            return null;
        }

        overridden.Add("--method");
        return text.Trim().ToLowerInvariant() switch
        {
            "hare" or "harelargestremainder" => AllocationMethod.HareLargestRemainder,
            "droop" or "drooplargestremainder" => AllocationMethod.DroopLargestRemainder,
            "dhondt" or "d'hondt" => AllocationMethod.DHondt,
            "sainte-lague" or "saintelague" => AllocationMethod.SainteLague,
            "modified-sainte-lague" or "modifiedsaintelague" => AllocationMethod.ModifiedSainteLague,
            _ => throw new CliException($"--method: '{text}' is not a method; use hare, droop, dhondt, sainte-lague or modified-sainte-lague."),
        };
    }

    private static Kz.Legislature.Elections.Threshold? ParseThreshold(string? text, List<string> overridden)
    {
        if (text is null)
        {
            return null;
        }

        overridden.Add("--threshold");
        var accepted = string.Create(CultureInfo.InvariantCulture, $"a percentage from 0 to 100 with at most {Kz.Legislature.Elections.Threshold.MaxPercentDecimals} decimal places, for example 5 or 2.5");
        if (!decimal.TryParse(text.Trim().TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new CliException($"--threshold: '{Shorten(text)}' is not {accepted}.");
        }

        try
        {
            return Kz.Legislature.Elections.Threshold.FromPercent(value);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new CliException($"--threshold: {e.Message} Give {accepted}.");
        }
    }

    private static ThresholdBase? ParseBase(string? text, List<string> overridden)
    {
        if (text is null)
        {
            return null;
        }

        overridden.Add("--threshold-base");
        return text.Trim().ToLowerInvariant() switch
        {
            "valid" or "validlistvotes" => Kz.Legislature.ThresholdBase.ValidListVotes,
            "all" or "allballots" => Kz.Legislature.ThresholdBase.AllBallots,
            _ => throw new CliException($"--threshold-base: '{text}' is not a base; use valid or all."),
        };
    }

    private static bool? ParseYesNo(string? text, string option, List<string> overridden)
    {
        if (text is null)
        {
            return null;
        }

        overridden.Add(option);
        return text.Trim().ToLowerInvariant() switch
        {
            "yes" or "true" => true,
            "no" or "false" => false,
            _ => throw new CliException($"{option}: '{text}' is not yes or no."),
        };
    }

    private static TiePolicy? ParseTies(string? text, List<string> overridden)
    {
        if (text is null)
        {
            return null;
        }

        overridden.Add("--ties");
        return text.Trim().ToLowerInvariant() switch
        {
            "earlier" or "earlierregistrationwins" => TiePolicy.EarlierRegistrationWins,
            "undecidable" or "reportundecidable" => TiePolicy.ReportUndecidable,
            _ => throw new CliException($"--ties: '{text}' is not a tie policy; use earlier or undecidable."),
        };
    }
}

using System.Globalization;
using System.Reflection;
using Kz.Legislature.Cli.Commands;
using Kz.Legislature.Cli.Output;
using Kz.Legislature.History;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kz.Legislature.Cli;

/// <summary>The kzleg commands, runnable in-process with explicit output writers.</summary>
public static class KzlegApp
{
    /// <summary>Runs kzleg with <paramref name="args"/>, writing to <paramref name="stdout"/> and <paramref name="stderr"/>.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code: 0 on success, non-zero on error (0 success or passed, 1 invalid composition or not passed, 2 usage or unreadable input, 3 cannot write, 4 outcome not known, 70 internal error).</returns>
    /// <remarks>Colours are used only when <paramref name="stdout"/> is the console's own output and it is a terminal.</remarks>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var terminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        return Run(args, stdout, stderr, terminal);
    }

    /// <summary>Runs kzleg, stating whether <paramref name="stdout"/> is a terminal.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="terminal">Whether standard output is a terminal (enables colours and the terminal's width).</param>
    /// <returns>The exit code.</returns>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var console = CreateConsole(stdout, terminal);
        try
        {
            var ctx = new CliContext(LegislativeHistory.Kazakhstan, stdout, stderr, console);
            var app = new CommandApp();
            app.Configure(config => Configure(config, ctx, console));
            // No command: print the help and fail, so a script that forgot the command does not silently succeed.
            var code = args.Length == 0 ? Math.Max(app.Run(["--help"]), ExitCodes.Usage) : app.Run(args);
            if (code == ExitCodes.Invalid && IsBranchWithoutCommand(args))
            {
                // A branch alone ("kzleg export") prints its help and exits 1 in the parser, the code of "invalid": it is a usage error.
                code = ExitCodes.Usage;
            }

            stdout.Flush();
            return code;
        }
        catch (CliException e)
        {
            return Fail(stderr, e.Message, e.ExitCode);
        }
        catch (CommandAppException e)
        {
            if (e.Pretty is { } pretty)
            {
                var err = CreateConsole(stderr, terminal: false);
                err.Write(pretty);
                stderr.WriteLine("Run 'kzleg --help' or 'kzleg COMMAND --help' for usage.");
                stderr.Flush();
                return ExitCodes.Usage;
            }

            return Fail(stderr, UsageMessage(e.Message, args) + " Run 'kzleg --help' for usage.", ExitCodes.Usage);
        }
        catch (LegislativeDataException e)
        {
            return Fail(stderr, e.Message, ExitCodes.Usage);
        }
        catch (Exception e)
        {
            return Fail(stderr, $"internal error ({e.GetType().Name}): {e.Message} Please report it with the command line you ran.", ExitCodes.Internal);
        }
    }

    /// <summary>The commands that only group subcommands (<c>kzleg export popolo</c>).</summary>
    private static readonly string[] Branches = ["export"];

    /// <summary>Whether <paramref name="args"/> name a branch and no subcommand of it (and do not ask for help).</summary>
    private static bool IsBranchWithoutCommand(string[] args) =>
        args.Length > 0
        && Array.IndexOf(Branches, args[0]) >= 0
        && args.Skip(1).All(a => a.StartsWith('-') && a is not ("-h" or "--help" or "-?"));

    /// <summary>
    /// Rewrites the parser's own conversion error ("Failed to convert 'abc' to Nullable`1", which names a .NET type and
    /// not the option) as the option, the value given and what it accepts.
    /// </summary>
    internal static string UsageMessage(string message, string[] args)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message, @"^Failed to convert '(?<value>.*)' to \S+\.$", System.Text.RegularExpressions.RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            return message;
        }

        var value = match.Groups["value"].Value;
        if (value == MissingValue.ParserPlaceholder)
        {
            // The option was given without its value: the parser bound its placeholder to it.
            for (var i = 0; i < args.Length; i++)
            {
                var next = i + 1 < args.Length ? args[i + 1] : null;
                if (args[i].StartsWith('-') && (next is null || next.StartsWith('-')) && OptionType(args[i]) is { } t && t != typeof(bool) && t != typeof(string))
                {
                    return $"{args[i]} needs a value; none was given.";
                }
            }
        }

        string? option = null;
        for (var i = 0; i < args.Length && option is null; i++)
        {
            if (args[i] == value && i > 0 && args[i - 1].StartsWith('-'))
            {
                option = args[i - 1];
            }
            else if (args[i].StartsWith('-') && args[i].EndsWith("=" + value, StringComparison.Ordinal))
            {
                option = args[i][..args[i].IndexOf('=', StringComparison.Ordinal)];
            }
        }

        var type = option is null ? null : OptionType(option);
        var expected = Nullable.GetUnderlyingType(type ?? typeof(string)) ?? type;
        var accepted = expected == typeof(int) ? "a whole number from -2147483648 to 2147483647"
            : expected == typeof(long) ? "a whole number from -9223372036854775808 to 9223372036854775807"
            : expected == typeof(bool) ? "true or false"
            : expected == typeof(decimal) || expected == typeof(double) ? "a number such as 5 or 2.5"
            : "a value of the documented form (see --help)";
        return option is null
            ? $"'{value}' is not a valid option value; expected {accepted}."
            : $"{option}: '{value}' is not a valid value; expected {accepted}.";
    }

    private static Type? OptionType(string option)
    {
        var name = option.TrimStart('-');
        foreach (var type in typeof(KzlegApp).Assembly.GetTypes().Where(t => typeof(CommandSettings).IsAssignableFrom(t)))
        {
            foreach (var property in type.GetProperties())
            {
                if (property.GetCustomAttribute<CommandOptionAttribute>() is { } attribute
                    && (attribute.LongNames.Contains(name, StringComparer.Ordinal) || attribute.ShortNames.Contains(name, StringComparer.Ordinal)))
                {
                    return property.PropertyType;
                }
            }
        }

        return null;
    }

    private static int Fail(TextWriter stderr, string message, int code)
    {
        stderr.WriteLine("error: " + message);
        stderr.Flush();
        return code;
    }

    private static IAnsiConsole CreateConsole(TextWriter output, bool terminal) => TextConsole.Create(output, terminal);

    private static void Configure(IConfigurator config, CliContext ctx, IAnsiConsole console)
    {
        config.SetApplicationName("kzleg");
        config.SetApplicationVersion(Version(ctx.History));
        config.ConfigureConsole(console);
        config.PropagateExceptions();
        config.UseStrictParsing();
        config.Settings.Culture = CultureInfo.InvariantCulture;
        config.Settings.ValidateExamples = true;
        config.AddExample("rules", "--on", "2024-01-01");
        config.AddExample("timeline", "--from", "2022-01-01", "--lang", "ru");
        config.AddExample("diff", "2022-01-01", "2024-01-01", "--format", "json");
        config.AddExample("chart", "--out", "composition.svg", "--lang", "kk");

        config.AddCommand<RulesCommand>("rules")
            .WithDescription("The rules in force on a date: the constitution, the form, whether a legislature sat, and each chamber's seats by source, term, renewal, eligibility, electoral system, list quota and sources.")
            .WithExample("rules", "--on", "2024-01-01")
            .WithExample("rules", "--on", "2022-08-01", "--lang", "ru")
            .WithExample("rules", "--on", "2026-07-15", "--format", "json")
            .WithData(ctx);
        config.AddCommand<WhoCommand>("who")
            .WithDescription("Who sat and presided on a date: each sitting chamber's chair (or why there was none: vacant, not known, not sitting) and its party composition at formation.")
            .WithExample("who", "--on", "2010-01-01")
            .WithExample("who", "--on", "2023-06-01", "--lang", "kk")
            .WithExample("who", "--on", "2007-06-20", "--format", "json")
            .WithData(ctx);

        config.AddCommand<TimelineCommand>("timeline")
            .WithDescription("Instruments, referendums, elections, sittings, dissolutions and each chair's taking and leaving office in date order. --from and --to are both inclusive.")
            .WithExample("timeline")
            .WithExample("timeline", "--from", "2022-01-01", "--to", "2023-12-31")
            .WithExample("timeline", "--from", "2026-01-01", "--format", "json")
            .WithData(ctx);
        config.AddCommand<DiffCommand>("diff")
            .WithDescription("What changed for the legislature between two dates (the earlier date first; reversed dates are an error).")
            .WithExample("diff", "2022-01-01", "2024-01-01")
            .WithExample("diff", "1995-01-01", "2026-07-01", "--lang", "kk")
            .WithExample("diff", "2007-01-01", "2007-06-01", "--format", "json")
            .WithData(ctx);
        config.AddCommand<AllocateCommand>("allocate")
            .WithDescription("Allocates party-list seats from a CSV or JSON file of list votes under the law in force on a date (threshold, method, runner-up and tie rules from the data, or given explicitly), with the explanation: quota, remainders, ties.")
            .WithExample("allocate", "--votes", "votes.csv", "--on", "2023-03-19", "--all-ballots", "6366441")
            .WithExample("allocate", "--votes", "votes.json", "--on", "2023-03-19", "--method", "dhondt", "--format", "json")
            .WithExample("allocate", "--votes", "votes.csv", "--on", "2026-08-23", "--method", "hare", "--threshold", "5", "--threshold-base", "valid", "--runner-up", "no")
            .WithData(ctx);
        config.AddCommand<ValidateCommand>("validate")
            .WithDescription("Validates a composition file (a chamber or a parliament) against the rules in force on its date, or --on DATE: every failure with its code, message and citation. Exit 0 valid, 1 invalid, 2 unreadable input.")
            .WithExample("validate", "senate.json")
            .WithExample("validate", "mazhilis.json", "--on", "2024-01-01", "--allow-vacancies", "--lang", "ru")
            .WithExample("validate", "parliament.json", "--format", "json")
            .WithData(ctx);
        config.AddCommand<ExampleCommand>("example")
            .WithDescription("Prints an example input file to standard output: votes (the 2023 Mazhilis list votes, for allocate) or a synthetic, valid composition (senate, mazhilis, kurultai, supreme-council, parliament; for validate). Without a name, the list of examples.")
            .WithExample("example")
            .WithExample("example", "votes")
            .WithExample("example", "senate", "--on", "2024-01-01")
            .WithData(ctx);
        config.AddBranch("export", export =>
        {
            export.SetDescription("Exports the data in other formats.");
            export.AddCommand<ExportPopoloCommand>("popolo")
                .WithDescription("Exports the history (or a composition file, with --input) as Popolo JSON, to standard output or --out FILE.")
                .WithExample("export", "popolo")
                .WithExample("export", "popolo", "--out", "kazakhstan-popolo.json")
                .WithExample("export", "popolo", "--input", "senate.json", "--out", "senate-popolo.json")
                .WithData(ctx);
        });
        config.AddCommand<PowersCommand>("powers")
            .WithDescription("What the legislature decides under the rules in force on a date: each decision's body, majority (an exact fraction of the total number of deputies, those present or the votes cast), quorum, readings and article.")
            .WithExample("powers", "--on", "2024-01-01")
            .WithExample("powers", "--on", "2010-06-01", "--lang", "ru")
            .WithExample("powers", "--on", "2026-07-15", "--format", "json")
            .WithData(ctx);
        config.AddCommand<DecideCommand>("decide")
            .WithDescription("Whether a vote passed under the rules of its date, stage by stage, each step with its article. Exit 0 passed, 1 not passed, 2 usage, 4 not known (the data does not know a rule the vote needs).")
            .WithExample("decide", "--on", "2024-01-01", "--kind", "constitutional-law", "--vote", "mazhilis=70,20,5", "--vote", "senate=40,5")
            .WithExample("decide", "--on", "2023-03-30", "--kind", "consent-to-appointment", "--subject", "prime-minister", "--vote", "mazhilis=82,7,8", "--lang", "kk")
            .WithExample("decide", "--on", "2022-09-16", "--kind", "constitutional-amendment", "--vote", "senate=50,0", "--vote", "mazhilis=99,0", "--format", "json")
            .WithData(ctx);
        config.AddCommand<ChartCommand>("chart")
            .WithDescription("Writes an SVG of each chamber's statutory seats by source from 1990 to the date the data is verified through, with the constitutional changes marked.")
            .WithExample("chart", "--out", "composition.svg")
            .WithExample("chart", "--out", "composition-ru.svg", "--lang", "ru")
            .WithExample("chart", "--out", "composition-2030.svg", "--to", "2030-12-31")
            .WithData(ctx);
    }

    private static string Version(LegislativeHistory history)
    {
        var informational = typeof(KzlegApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        var version = plus < 0 ? informational : informational[..plus];
        return $"{version} (dataset {history.DataVersion}, verified through {DateArgument.Iso(history.VerifiedThrough)})";
    }
}

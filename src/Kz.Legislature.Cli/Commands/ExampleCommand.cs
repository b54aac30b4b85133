using System.ComponentModel;
using Kz.Legislature.Cli.Output;
using Kz.Legislature.History;
using Kz.Legislature.Serialization;
using Kz.Legislature.Testing;
using NodaTime;
using NodaTime.Text;
using Spectre.Console.Cli;

namespace Kz.Legislature.Cli.Commands;

/// <summary>Options of <c>kzleg example</c>.</summary>
public sealed class ExampleSettings : CommandSettings
{
    /// <summary>Gets or sets the name of the example.</summary>
    [CommandArgument(0, "[NAME]")]
    [Description("The example to print: [green]votes[/] (a votes file for kzleg allocate), or [green]senate[/], [green]mazhilis[/], [green]kurultai[/], [green]supreme-council[/], [green]parliament[/] (a composition file for kzleg validate). Without a name, the list of examples.")]
    public string? Name { get; set; }

    /// <summary>Gets or sets the date of a composition example.</summary>
    [CommandOption("--on <DATE>")]
    [Description("The date of a composition example (yyyy-MM-dd). Default: " + ExampleCommand.DefaultDate + ".")]
    public string? On { get; set; }
}

/// <summary><c>kzleg example NAME</c>: prints an example input file, so a user of the installed tool needs no clone of the repository.</summary>
public sealed class ExampleCommand : Command<ExampleSettings>
{
    /// <summary>The date a composition example is built for when <c>--on</c> is not given (a fixed date, never today's).</summary>
    internal const string DefaultDate = "2024-01-01";

    private static readonly (string Name, string Description)[] Examples =
    [
        ("votes", "CSV list votes of the Mazhilis election of 19 March 2023 (CEC final figures), for kzleg allocate --votes FILE --on 2023-03-19 --all-ballots 6366441"),
        ("senate", "a synthetic, valid Senate composition (JSON) on --on DATE, for kzleg validate FILE"),
        ("mazhilis", "a synthetic, valid Mazhilis composition (JSON) on --on DATE"),
        ("kurultai", "a synthetic, valid Kurultai composition (JSON) on --on DATE, a date on which the Kurultai exists"),
        ("supreme-council", "a synthetic, valid Supreme Council composition (JSON) on --on DATE, a date from 1990 to 1995"),
        ("parliament", "the synthetic, valid chambers of the legislature (JSON) on --on DATE"),
    ];

    /// <inheritdoc/>
    public override int Execute(CommandContext context, ExampleSettings settings, CancellationToken cancellationToken)
    {
        var ctx = (CliContext)context.Data!;
        var name = settings.Name?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
        {
            if (settings.On is not null)
            {
                throw new CliException("--on needs an example name, for example: kzleg example senate --on " + DefaultDate);
            }

            var width = Examples.Max(e => e.Name.Length);
            foreach (var (n, description) in Examples)
            {
                ctx.Stdout.WriteLine($"{n.PadRight(width)}  {description}");
            }

            ctx.Stdout.WriteLine();
            ctx.Stdout.WriteLine("Print one with kzleg example NAME, for example: kzleg example votes > votes.csv");
            ctx.Stdout.Flush();
            return ExitCodes.Ok;
        }

        if (Array.FindIndex(Examples, e => e.Name == name) < 0)
        {
            throw new CliException($"there is no example '{settings.Name}'; the examples are {string.Join(", ", Examples.Select(e => e.Name))}.");
        }

        if (name == "votes")
        {
            if (settings.On is not null)
            {
                throw new CliException("--on applies to the composition examples only; the votes example is the election of 2023-03-19.");
            }

            ctx.Stdout.Write(Resource("mazhilis-2023.csv"));
            ctx.Stdout.Flush();
            return ExitCodes.Ok;
        }

        var date = DateArgument.Optional(settings.On, "--on", ctx.History) ?? LocalDatePattern.Iso.Parse(DefaultDate).Value;
        ctx.Stdout.WriteLine(Composition(name, date, ctx.History));
        ctx.Stdout.Flush();
        return ExitCodes.Ok;
    }

    private static string Composition(string name, LocalDate date, LegislativeHistory history)
    {
        try
        {
            return name switch
            {
                "senate" => CompositionJson.WriteToString(ValidCompositions.SenateOn(date, history)),
                "mazhilis" => CompositionJson.WriteToString(ValidCompositions.MazhilisOn(date, history)),
                "kurultai" => CompositionJson.WriteToString(ValidCompositions.KurultaiOn(date, history)),
                "supreme-council" => CompositionJson.WriteToString(ValidCompositions.SupremeCouncilOn(date, history)),
                _ => CompositionJson.WriteToString(ValidCompositions.ParliamentOn(date, history)),
            };
        }
        catch (ArgumentException e)
        {
            var reason = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
            throw new CliException($"--on {DateArgument.Iso(date)}: no {name} example can be built for that date: {reason.TrimEnd('.')}. Pass --on with a date on which it sat (see kzleg timeline).");
        }
    }

    private static string Resource(string file)
    {
        using var stream = typeof(ExampleCommand).Assembly.GetManifestResourceStream("Kz.Legislature.Cli.Examples." + file)
            ?? throw new InvalidOperationException($"The example {file} is not embedded in kzleg.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}

using System.ComponentModel;
using System.Text;
using Kz.Legislature.Cli.Charts;
using Kz.Legislature.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kz.Legislature.Cli.Commands;

/// <summary>Options of <c>kzleg chart</c>.</summary>
public sealed class ChartSettings : CommonSettings
{
    /// <summary>Gets or sets the output file.</summary>
    [CommandOption("-o|--out <FILE>")]
    [Description("The SVG file to write, ending in .svg (required).")]
    public string? Out { get; set; }

    /// <summary>Gets or sets the first day drawn.</summary>
    [CommandOption("--from <DATE>")]
    [Description("First day drawn (yyyy-MM-dd). Default: the start of the data (1990-03-25).")]
    public string? From { get; set; }

    /// <summary>Gets or sets the last day drawn.</summary>
    [CommandOption("--to <DATE>")]
    [Description("Last day drawn (yyyy-MM-dd). Default: the date the data is verified through, extended to the end of a year so that the last rule set is wide enough to see (never today's date); days after the verified date are hatched.")]
    public string? To { get; set; }

    /// <summary>Gets or sets what the chart shows.</summary>
    [CommandOption("--kind <KIND>")]
    [Description("What to draw: seats (each chamber's statutory seats by source over time; the default) or parties (each convocation's party composition at its formation, stacked bars).")]
    public string? Kind { get; set; }
}

/// <summary><c>kzleg chart --out FILE.svg</c>: an SVG of each chamber's statutory seats by source over time.</summary>
public sealed class ChartCommand : Command<ChartSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ChartSettings settings, CancellationToken cancellationToken)
    {
        var ctx = (CliContext)context.Data!;
        var history = ctx.History;
        if (string.IsNullOrWhiteSpace(settings.Out))
        {
            throw new CliException("--out is required: the SVG file to write, for example --out composition.svg.");
        }

        if (!settings.Out.Trim().EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException(
                $"--out: '{settings.Out}' does not end in .svg; the chart is written as SVG only: give a name ending in .svg, for example --out composition.svg (to get a PNG, convert the SVG, for example with rsvg-convert -o composition.png composition.svg).");
        }

        var options = new ChartOptions
        {
            Language = settings.Lang,
            From = DateArgument.Optional(settings.From, "--from", history),
            To = DateArgument.Optional(settings.To, "--to", history),
        };
        var from = CompositionChart.FirstDay(history, options);
        var to = CompositionChart.LastDay(history, options);
        if (to < from)
        {
            throw new CliException(settings.To is null
                ? $"--from: {DateArgument.Iso(from)} is after the default last day {DateArgument.Iso(to)}; give a later --to as well."
                : $"--from {DateArgument.Iso(from)} is after --to {DateArgument.Iso(to)}; the first day drawn must be on or before the last.");
        }

        var parties = settings.Kind?.Trim().ToLowerInvariant() switch
        {
            null or "seats" => false,
            "parties" => true,
            _ => throw new CliException($"--kind: '{settings.Kind}' is not a chart kind; use seats (the statutory seats by source over time) or parties (the party composition of each convocation)."),
        };
        var svg = parties ? PartyChart.Render(history, options) : CompositionChart.Render(history, options);
        var bytes = Encoding.UTF8.GetByteCount(svg);
        var path = Path.GetFullPath(settings.Out);
        try
        {
            var dir = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(dir))
            {
                Directory.CreateDirectory(dir);
            }

            File.WriteAllText(path, svg, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliException($"--out: cannot write '{settings.Out}': {e.Message}", ExitCodes.CannotWrite);
        }

        if (settings.Format == OutputFormat.Json)
        {
            Json.Write(ctx.Stdout, new ChartJson("chart", settings.Lang, history.DataVersion, Json.Date(history.VerifiedThrough), settings.Out, bytes, Json.Date(from), Json.Date(to)), Json.Context.ChartJson);
        }
        else
        {
            ctx.Console.WriteLine(Labels.Format("ChartWritten", settings.Lang, settings.Out, bytes));
        }

        return ExitCodes.Ok;
    }
}

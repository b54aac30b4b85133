using System.ComponentModel;
using System.Text;
using Kz.Legislature.Cli.Output;
using Kz.Legislature.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kz.Legislature.Cli.Commands;

/// <summary>Options of <c>kzleg export popolo</c>.</summary>
public sealed class ExportPopoloSettings : CommonSettings
{
    /// <summary>Gets or sets the output file.</summary>
    [CommandOption("-o|--out <FILE>")]
    [Description("The file to write. Default: standard output.")]
    public string? Out { get; set; }

    /// <summary>Gets or sets a composition to export instead of the whole history.</summary>
    [CommandOption("--input <FILE>")]
    [Description("A composition file (chamber or parliament) to export with its people and memberships. Default: the whole history (organizations, posts, areas, events).")]
    public string? Input { get; set; }
}

/// <summary><c>kzleg export popolo</c>: the history, or a composition, as Popolo JSON.</summary>
public sealed class ExportPopoloCommand : Command<ExportPopoloSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ExportPopoloSettings settings, CancellationToken cancellationToken)
    {
        var ctx = (CliContext)context.Data!;
        var history = ctx.History;
        string json;
        if (settings.Input is { } input)
        {
            var bytes = InputFile.Read(input, "--input", CompositionJson.MaxDocumentBytes);
            try
            {
                var document = CompositionJson.ReadDocument(bytes, input);
                json = document.IsParliament ? PopoloExporter.Export(document.Parliament, history) : PopoloExporter.Export(document.Chamber, history);
            }
            catch (LegislatureJsonException e)
            {
                throw new CliException("--input: " + e.Message);
            }
        }
        else
        {
            json = PopoloExporter.Export(history);
        }

        if (!json.EndsWith('\n'))
        {
            json += "\n";
        }

        if (settings.Out is null)
        {
            ctx.Stdout.Write(json);
            ctx.Stdout.Flush();
            return ExitCodes.Ok;
        }

        try
        {
            var path = Path.GetFullPath(settings.Out);
            if (Path.GetDirectoryName(path) is { Length: > 0 } dir)
            {
                Directory.CreateDirectory(dir);
            }

            File.WriteAllText(path, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliException($"--out: cannot write '{settings.Out}': {e.Message}", ExitCodes.CannotWrite);
        }

        var bytesWritten = Encoding.UTF8.GetByteCount(json);
        if (settings.Format == OutputFormat.Json)
        {
            Json.Write(ctx.Stdout, new ExportJson("export popolo", settings.Lang, history.DataVersion, Json.Date(history.VerifiedThrough), settings.Out, bytesWritten), Json.Context.ExportJson);
        }
        else
        {
            ctx.Console.WriteLine(Labels.Format("ChartWritten", settings.Lang, settings.Out, bytesWritten));
        }

        return ExitCodes.Ok;
    }
}

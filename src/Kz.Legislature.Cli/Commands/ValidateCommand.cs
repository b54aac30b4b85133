using System.ComponentModel;
using System.Globalization;
using Kz.Legislature.Cli.Output;
using Kz.Legislature.History;
using Kz.Legislature.Internal;
using Kz.Legislature.Serialization;
using Kz.Legislature.Validation;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kz.Legislature.Cli.Commands;

/// <summary>Options of <c>kzleg validate</c>.</summary>
public sealed class ValidateSettings : CommonSettings
{
    /// <summary>Gets or sets the composition file.</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("A composition file (a chamber or a parliament) in the composition JSON format; [green]kzleg example senate[/] prints one, and the JSON Schema is content/schemas/composition.schema.json in the Kz.Legislature package.")]
    public string File { get; set; } = string.Empty;

    /// <summary>Gets or sets the date to validate against.</summary>
    [CommandOption("--on <DATE>")]
    [Description("Validate against the rules of this date instead of the file's own date (yyyy-MM-dd).")]
    public string? On { get; set; }

    /// <summary>Gets or sets whether vacancies are allowed.</summary>
    [CommandOption("--allow-vacancies")]
    [Description("Allow vacant seats (never more seats than the statute, never a wrong source). Default: every seat must be filled.")]
    public bool AllowVacancies { get; set; }
}

/// <summary>
/// <c>kzleg validate FILE</c>: every failure with code, message and citation; exit 0 valid (no failure of any severity, as
/// <c>ValidationResult.IsValid</c>), 1 invalid (any error or warning), 2 unreadable.
/// </summary>
public sealed class ValidateCommand : Command<ValidateSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        var ctx = (CliContext)context.Data!;
        var history = ctx.History;
        var lang = settings.Lang;
        var on = DateArgument.Optional(settings.On, "--on", history);
        var bytes = InputFile.Read(settings.File, option: null, CompositionJson.MaxDocumentBytes);
        var fileName = settings.File;
        var options = new ValidationOptions(vacancyTolerant: settings.AllowVacancies, culture: CultureInfo.GetCultureInfo(lang));
        string kind;
        string kindName;
        LocalDate date;
        FluentValidation.Results.ValidationResult result;
        try
        {
            var document = CompositionJson.ReadDocument(bytes, fileName);
            if (on is { } d)
            {
                document = document.WithDate(d);
            }

            date = document.Date;
            if (document.IsParliament)
            {
                kind = "parliament";
                kindName = Labels.Get("Parliament", lang);
                result = new ParliamentValidator(history, options).Validate(document.Parliament);
            }
            else
            {
                var composition = document.Chamber;
                kind = composition.Kind.WireName();
                kindName = Labels.Name(composition.Kind, lang);
                result = composition switch
                {
                    Senate s => new SenateValidator(history, options).Validate(s),
                    Mazhilis m => new MazhilisValidator(history, options).Validate(m),
                    Kurultai k => new KurultaiValidator(history, options).Validate(k),
                    SupremeCouncil sc => new SupremeCouncilValidator(history, options).Validate(sc),
                    _ => throw new CliException($"{fileName}: unsupported composition kind {composition.Kind}."),
                };
            }
        }
        catch (LegislatureJsonException e)
        {
            return Unreadable(ctx, settings, e);
        }

        // One verdict on every surface: valid means no failure of any severity, as FluentValidation's ValidationResult.IsValid
        // says; a warning is a failure too (docs/validation-codes.md).
        var errors = result.Errors.Count(f => f.Severity == FluentValidation.Severity.Error);
        var warnings = result.Errors.Count - errors;
        var valid = result.IsValid;
        if (settings.Format == OutputFormat.Json)
        {
            Json.Write(
                ctx.Stdout,
                new ValidateJson(
                    "validate",
                    lang,
                    history.DataVersion,
                    Json.Date(history.VerifiedThrough),
                    settings.File,
                    kind,
                    Json.Date(date),
                    settings.AllowVacancies,
                    valid,
                    errors,
                    warnings,
                    [.. result.Errors.Select(f => new FailureJson(f.ErrorCode, f.Severity.ToString().ToLowerInvariant(), f.PropertyName, f.ErrorMessage, Json.Citation(f.CustomState as Citation, lang)))]),
                Json.Context.ValidateJson);
        }
        else
        {
            var title = valid ? Labels.Format("Valid", lang, fileName, kindName, DateArgument.Iso(date)) : Labels.Format("Invalid", lang, fileName, kindName, DateArgument.Iso(date), Labels.Counted(errors, lang, "error", "errors"), Labels.Counted(warnings, lang, "warning", "warnings"));
            ctx.Console.Write(TextConsole.Heading(title));
            if (result.Errors.Count > 0)
            {
                var table = new Table().Border(TableBorder.Rounded)
                    .AddColumn(new TableColumn(Labels.Get("Code", lang)).NoWrap())
                    .AddColumn(Labels.Get("Property", lang))
                    .AddColumn(Labels.Get("Message", lang))
                    .AddColumn(Labels.Get("Citation", lang));
                foreach (var f in result.Errors)
                {
                    var code = f.Severity == FluentValidation.Severity.Error ? $"[red]{Markup.Escape(f.ErrorCode)}[/]" : $"[yellow]{Markup.Escape(f.ErrorCode)}[/]";
                    var citation = f.CustomState is Citation c ? Labels.CitationText(c, lang) : string.Empty;
                    table.AddRow(new Markup(code), new Text(f.PropertyName), new Text(f.ErrorMessage), new Text(citation));
                }

                ctx.Console.Write(table);
            }
        }

        return valid ? ExitCodes.Ok : ExitCodes.Invalid;
    }

    private static int Unreadable(CliContext ctx, ValidateSettings settings, LegislatureJsonException e)
    {
        var where = e.LineNumber is { } l ? string.Create(CultureInfo.InvariantCulture, $" (line {l + 1}, position {(e.BytePositionInLine ?? 0) + 1})") : string.Empty;
        var message = $"{e.FileName ?? settings.File}: {e.JsonPath ?? "$"}{where}: {e.Reason}";
        if (settings.Format == OutputFormat.Json)
        {
            Json.Write(
                ctx.Stdout,
                new ValidateParseErrorJson(
                    "validate",
                    settings.Lang,
                    ctx.History.DataVersion,
                    Json.Date(ctx.History.VerifiedThrough),
                    settings.File,
                    false,
                    new ParseErrorJson(e.JsonPath, e.LineNumber + 1, e.LineNumber is null ? null : (e.BytePositionInLine ?? 0) + 1, e.Reason)),
                Json.Context.ValidateParseErrorJson);
        }

        ctx.Stderr.WriteLine("error: " + message);
        ctx.Stderr.Flush();
        return ExitCodes.Usage;
    }
}

using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kz.Legislature.Cli.Output;

/// <summary>The output format.</summary>
public enum OutputFormat
{
    /// <summary>Human-readable text with tables.</summary>
    Text,

    /// <summary>Stable JSON for scripts (see docs/cli.md).</summary>
    Json,
}

/// <summary>Options every command takes.</summary>
public class CommonSettings : CommandSettings
{
    /// <summary>Gets or sets the output format as typed: text or json.</summary>
    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output format: [green]text[/] (tables, the default) or [green]json[/] (stable, for scripts).")]
    [DefaultValue("text")]
    public string FormatName { get; set; } = "text";

    /// <summary>Gets the output format (valid after validation).</summary>
    public OutputFormat Format => string.Equals(FormatName, "json", StringComparison.OrdinalIgnoreCase) ? OutputFormat.Json : OutputFormat.Text;

    /// <summary>Gets or sets the language of names and labels.</summary>
    [CommandOption("-l|--lang <LANG>")]
    [Description("Language of names and labels: [green]en[/] (default), [green]ru[/] or [green]kk[/] (Kazakh, Cyrillic).")]
    [DefaultValue("en")]
    public string Lang { get; set; } = "en";

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (MissingValue.Find(this) is { } missing)
        {
            return ValidationResult.Error(missing);
        }

        if (!Labels.IsSupported(Lang))
        {
            return ValidationResult.Error($"--lang: '{Lang}' is not supported; use en, ru or kk.");
        }

        if (!string.Equals(FormatName, "text", StringComparison.OrdinalIgnoreCase) && !string.Equals(FormatName, "json", StringComparison.OrdinalIgnoreCase))
        {
            return ValidationResult.Error($"--format: '{FormatName}' is not supported; use text or json.");
        }

        Lang = Labels.Normalize(Lang);
        return ValidationResult.Success();
    }
}

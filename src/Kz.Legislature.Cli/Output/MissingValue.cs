using System.Reflection;
using Spectre.Console.Cli;

namespace Kz.Legislature.Cli.Output;

/// <summary>
/// Finds an option given without its value (<c>kzleg rules --on</c>, <c>kzleg export popolo --out</c>).
/// </summary>
/// <remarks>The parser binds such an option to the name of its internal default command instead of failing, so a
/// missing date would be reported as "'__default_command' is not a date" and a missing <c>--out</c> would write a
/// file of that name. <see cref="CommonSettings.Validate"/> checks every string option of every command with this
/// before anything else, so no command can miss it.</remarks>
internal static class MissingValue
{
    /// <summary>The value the parser binds to an option whose value is missing.</summary>
    internal const string ParserPlaceholder = "__default_command";

    /// <summary>Returns the error for the first option of <paramref name="settings"/> given without a value, or <see langword="null"/>.</summary>
    /// <param name="settings">The bound settings.</param>
    /// <returns>For example "--on needs a value (--on DATE); none was given.", or <see langword="null"/>.</returns>
    public static string? Find(CommandSettings settings)
    {
        foreach (var property in settings.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.PropertyType == typeof(string)
                && property.GetCustomAttribute<CommandOptionAttribute>() is { } option
                && property.GetValue(settings) is ParserPlaceholder)
            {
                var name = OptionName(option);
                var value = option.ValueName is { Length: > 0 } v ? " " + v : string.Empty;
                return $"{name} needs a value ({name}{value}); none was given.";
            }
        }

        return null;
    }

    /// <summary>Gets the name an option is written with: its first long name (<c>--on</c>), else its first short name (<c>-o</c>).</summary>
    /// <param name="option">The option.</param>
    /// <returns>The name with its dashes.</returns>
    public static string OptionName(CommandOptionAttribute option) =>
        option.LongNames.Count > 0 ? "--" + option.LongNames[0] : "-" + option.ShortNames[0];
}

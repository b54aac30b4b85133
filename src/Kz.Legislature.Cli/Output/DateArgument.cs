using NodaTime;
using NodaTime.Text;

namespace Kz.Legislature.Cli.Output;

/// <summary>Parses ISO dates given on the command line.</summary>
internal static class DateArgument
{
    /// <summary>Parses a required date option or argument.</summary>
    /// <param name="value">The text, or <see langword="null"/> if it was not given.</param>
    /// <param name="name">The option or argument name, for example <c>--on</c>.</param>
    /// <param name="history">The dataset (its coverage start bounds the date).</param>
    /// <returns>The date.</returns>
    /// <exception cref="CliException">The value is missing, not an ISO date, or before the coverage start.</exception>
    public static LocalDate Required(string? value, string name, History.LegislativeHistory history)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new CliException($"{name} is required (a date, yyyy-MM-dd); kzleg never assumes today's date.");
        }

        return Parse(value, name, history);
    }

    /// <summary>Parses an optional date option.</summary>
    /// <param name="value">The text, or <see langword="null"/>.</param>
    /// <param name="name">The option name.</param>
    /// <param name="history">The dataset.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    public static LocalDate? Optional(string? value, string name, History.LegislativeHistory history) =>
        value is null ? null : Parse(value, name, history);

    private static LocalDate Parse(string value, string name, History.LegislativeHistory history)
    {
        var result = LocalDatePattern.Iso.Parse(value.Trim());
        if (!result.Success)
        {
            throw new CliException($"{name}: '{value}' is not a date; write it as yyyy-MM-dd, for example 2024-01-01.");
        }

        if (result.Value < history.CoverageStart)
        {
            throw new CliException($"{name}: {Iso(result.Value)} is before {Iso(history.CoverageStart)}, the first date the data covers.");
        }

        return result.Value;
    }

    /// <summary>Formats a date as yyyy-MM-dd.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The ISO text.</returns>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}

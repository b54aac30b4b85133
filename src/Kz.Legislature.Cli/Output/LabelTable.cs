using System.Globalization;

namespace Kz.Legislature.Cli.Output;

/// <summary>The one lookup of the tool's label tables (<see cref="Labels"/>, <see cref="PeopleLabels"/>, <see cref="ProcedureLabels"/>): an (En, Ru, Kk) entry per key.</summary>
internal static class LabelTable
{
    /// <summary>Gets the text of <paramref name="key"/> in <paramref name="lang"/>.</summary>
    /// <param name="table">The table.</param>
    /// <param name="key">The key.</param>
    /// <param name="lang">en, ru or kk (anything else is English).</param>
    /// <returns>The text.</returns>
    /// <exception cref="KeyNotFoundException">The key is not in the table (a bug).</exception>
    public static string Get(this IReadOnlyDictionary<string, (string En, string Ru, string Kk)> table, string key, string lang)
    {
        var entry = table[key];
        return lang switch
        {
            "ru" => entry.Ru,
            "kk" => entry.Kk,
            _ => entry.En,
        };
    }

    /// <summary>Gets the text of <paramref name="key"/> in <paramref name="lang"/> with its placeholders filled (invariant formatting).</summary>
    /// <param name="table">The table.</param>
    /// <param name="key">The key.</param>
    /// <param name="lang">en, ru or kk.</param>
    /// <param name="args">The values.</param>
    /// <returns>The text.</returns>
    public static string Format(this IReadOnlyDictionary<string, (string En, string Ru, string Kk)> table, string key, string lang, object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, table.Get(key, lang), args);
}

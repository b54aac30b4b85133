using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>
/// A name in English, Russian, Kazakh (Cyrillic) and Kazakh (Latin script), with known alternative spellings.
/// </summary>
/// <remarks>
/// Names compare by value, including the alternative spellings in order. A missing translation falls back to English.
/// </remarks>
public sealed record LocalizedName
{
    private readonly ValueList<string> alternatives;

    /// <summary>Creates a name.</summary>
    /// <param name="english">The English name (required).</param>
    /// <param name="russian">The Russian name, or <see langword="null"/> if not known.</param>
    /// <param name="kazakh">The Kazakh name in Cyrillic script, or <see langword="null"/> if not known.</param>
    /// <param name="kazakhLatin">The Kazakh name in Latin script, or <see langword="null"/> if not known.</param>
    /// <param name="alternatives">Other spellings in any language (for example "Mäjilis", "Majilis").</param>
    /// <exception cref="ArgumentException"><paramref name="english"/> is blank, or an alternative is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="english"/> is null.</exception>
    public LocalizedName(string english, string? russian = null, string? kazakh = null, string? kazakhLatin = null, IEnumerable<string>? alternatives = null)
    {
        English = Preconditions.NotBlank(english, nameof(english));
        Russian = russian;
        Kazakh = kazakh;
        KazakhLatin = kazakhLatin;
        var alts = ValueList<string>.From(alternatives);
        foreach (var alt in alts)
        {
            if (string.IsNullOrWhiteSpace(alt))
            {
                throw Internal.ArgumentErrors.Invalid("Alternative spellings must not be empty.", nameof(alternatives));
            }
        }

        this.alternatives = alts;
    }

    /// <summary>Gets the English name.</summary>
    public string English { get; }

    /// <summary>Gets the Russian name, or <see langword="null"/> if not known.</summary>
    public string? Russian { get; }

    /// <summary>Gets the Kazakh name in Cyrillic script, or <see langword="null"/> if not known.</summary>
    public string? Kazakh { get; }

    /// <summary>Gets the Kazakh name in Latin script, or <see langword="null"/> if not known.</summary>
    public string? KazakhLatin { get; }

    /// <summary>Gets other known spellings (immutable; compared by content).</summary>
    public IReadOnlyList<string> Alternatives => alternatives;

    /// <summary>Gets the name in a language: <c>en</c>, <c>ru</c>, <c>kk</c> (Cyrillic) or <c>kk-Latn</c>, falling back to English.</summary>
    /// <param name="language">A language tag such as <c>"ru"</c>, <c>"kk"</c>, <c>"kk-Latn"</c> or <c>"en"</c>; other tags give English.</param>
    /// <returns>The name in that language, or the English name if none is known.</returns>
    public string In(string? language)
    {
        var tag = (language ?? string.Empty).Trim();
        if (tag.StartsWith("kk-Latn", StringComparison.OrdinalIgnoreCase))
        {
            return KazakhLatin ?? English;
        }

        if (tag.StartsWith("kk", StringComparison.OrdinalIgnoreCase))
        {
            return Kazakh ?? English;
        }

        if (tag.StartsWith("ru", StringComparison.OrdinalIgnoreCase))
        {
            return Russian ?? English;
        }

        return English;
    }

    /// <summary>Gets the name in the language of <paramref name="culture"/>, falling back to English.</summary>
    /// <param name="culture">The culture, for example <c>ru-RU</c> or <c>kk-KZ</c>.</param>
    /// <returns>The name in that language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string In(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return In(culture.Name);
    }

    /// <summary>Returns whether <paramref name="spelling"/> is one of this name's spellings (case-insensitive, in any language).</summary>
    /// <param name="spelling">The spelling to test.</param>
    /// <returns><see langword="true"/> if it matches a name or an alternative.</returns>
    public bool Matches(string? spelling)
    {
        if (string.IsNullOrWhiteSpace(spelling))
        {
            return false;
        }

        var s = spelling.Trim();
        return Same(English, s) || Same(Russian, s) || Same(Kazakh, s) || Same(KazakhLatin, s) || alternatives.Any(a => Same(a, s));

        static bool Same(string? a, string b) => a is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Returns the English name.</summary>
    /// <returns>The English name.</returns>
    public override string ToString() => English;
}

using System.Globalization;

namespace Kz.Legislature.Validation;

/// <summary>
/// The message templates of the validation codes in English, Russian and Kazakh (Cyrillic). Messages are rendered in
/// <see cref="CultureInfo.CurrentUICulture"/> at validation time: the exact culture, then its parent (so <c>kk-KZ</c>
/// gives Kazakh and <c>ru-RU</c> Russian), then English for every other culture.
/// </summary>
/// <remarks>
/// The templates use FluentValidation placeholders such as <c>{Expected}</c>; the values are in each failure's
/// <see cref="FluentValidation.Results.ValidationFailure.FormattedMessagePlaceholderValues"/>. The three languages
/// have the same placeholders. The global <c>ValidatorOptions.Global.LanguageManager</c> is never touched.
/// </remarks>
public static class ValidationMessages
{
    /// <summary>Gets the languages every template is available in: <c>en</c>, <c>ru</c>, <c>kk</c>.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "ru", "kk"];

    /// <summary>Gets the message template of <paramref name="code"/> in <paramref name="culture"/> (default: the current UI culture), falling back to English.</summary>
    /// <param name="code">A code from <see cref="ValidationCodes"/>.</param>
    /// <param name="culture">The culture, or <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The template, for example <c>The {Chamber} on {Date} has {Actual} members; the statute provides {Expected} seats.</c></returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a known code.</exception>
    public static string GetTemplate(string code, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!ValidationCodes.All.Contains(code, StringComparer.Ordinal))
        {
            throw Internal.ArgumentErrors.Invalid($"'{code}' is not a Kz.Legislature validation code.", nameof(code));
        }

        return Template(code, culture ?? CultureInfo.CurrentUICulture);
    }

    internal static string Template(string code, CultureInfo culture)
    {
        var text = MessageCatalog.Languages.GetString(code, culture);
        return string.IsNullOrEmpty(text) ? MessageCatalog.Get(code).English : text;
    }
}

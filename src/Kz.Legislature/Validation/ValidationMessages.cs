using System.Globalization;

namespace Kz.Legislature.Validation;

/// <summary>
/// The message templates of the validation codes in English, Russian and Kazakh (Cyrillic). Messages are rendered at
/// validation time in <see cref="ValidationOptions.Culture"/>, else <c>ValidatorOptions.Global.LanguageManager.Culture</c>,
/// else <see cref="CultureInfo.CurrentUICulture"/>: the exact culture, then its parent (so <c>kk-KZ</c> gives Kazakh and
/// <c>ru-RU</c> Russian), then English for every other culture. With <c>ValidatorOptions.Global.LanguageManager.Enabled</c>
/// set to <see langword="false"/> every message is English, as FluentValidation does.
/// </summary>
/// <remarks>
/// <para>As in FluentValidation, the error code is the first key looked up in the global language manager: a text added with
/// <c>ValidatorOptions.Global.LanguageManager.AddTranslation("en", "KZL1002", "...")</c> replaces the built-in English template
/// (and is used for every culture without a built-in translation); one added for <c>ru</c> or <c>kk</c> replaces the built-in
/// Russian or Kazakh one. The library never changes the global language manager.</para>
/// <para>The templates use FluentValidation placeholders such as <c>{Expected}</c>; the values are in each failure's
/// <see cref="FluentValidation.Results.ValidationFailure.FormattedMessagePlaceholderValues"/>. The three languages
/// have the same placeholders.</para>
/// </remarks>
public static class ValidationMessages
{
    /// <summary>Gets the languages every template is available in: <c>en</c>, <c>ru</c>, <c>kk</c>.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "ru", "kk"];

    /// <summary>
    /// Gets the message template of <paramref name="code"/> in <paramref name="culture"/>, falling back to English: the one the
    /// validators use (a translation added to the global language manager first, then the built-in one).
    /// </summary>
    /// <param name="code">A code from <see cref="ValidationCodes"/>.</param>
    /// <param name="culture">The culture, or <see langword="null"/> for <c>ValidatorOptions.Global.LanguageManager.Culture</c>, else
    /// <see cref="CultureInfo.CurrentUICulture"/>.</param>
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

        return Template(code, Localizer.For(culture).Culture);
    }

    internal static string Template(string code, CultureInfo culture) => Localizer.Template(code, culture);
}

using System.Globalization;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Resources;
using FluentValidation.Results;

namespace Kz.Legislature.Validation;

/// <summary>
/// Renders coded failures in one culture: the one of <see cref="ValidationOptions.Culture"/>, else
/// <c>ValidatorOptions.Global.LanguageManager.Culture</c>, else <see cref="CultureInfo.CurrentUICulture"/>; English when the global
/// language manager is disabled (FluentValidation's meaning of <see cref="ILanguageManager.Enabled"/>). A template is looked up by
/// its error code in the global language manager first, then in the built-in catalogue (see <see cref="ValidationMessages"/>).
/// </summary>
/// <param name="Culture">The culture messages and names are rendered in.</param>
internal readonly record struct Localizer(CultureInfo Culture)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>Gets the culture in force without options: the global language manager's, else the current UI culture.</summary>
    public static Localizer Current => For((CultureInfo?)null);

    /// <summary>Gets the localizer for <paramref name="culture"/> (or the ambient culture when null), read now.</summary>
    public static Localizer For(CultureInfo? culture)
    {
        var global = ValidatorOptions.Global.LanguageManager;
        return new Localizer(!global.Enabled ? English : culture ?? global.Culture ?? CultureInfo.CurrentUICulture);
    }

    /// <summary>Gets the localizer for the options' culture.</summary>
    public static Localizer For(ValidationOptions? options) => For(options?.Culture);

    /// <summary>
    /// The template of <paramref name="code"/> in <paramref name="culture"/>: a translation added to the global language manager for the
    /// culture (or a parent culture), then the built-in one for it; for a culture without a built-in translation (neither Russian nor
    /// Kazakh), the global manager's English one, then the built-in English one.
    /// </summary>
    public static string Template(string code, CultureInfo culture)
    {
        var global = ValidatorOptions.Global.LanguageManager;
        var fromGlobal = global.GetString(code, culture);
        if (!string.IsNullOrEmpty(fromGlobal))
        {
            // The global manager falls back to English; an English text only wins where the built-in catalogue has no translation.
            if (BuiltInLanguage(culture) is null || !string.Equals(fromGlobal, global.GetString(code, English), StringComparison.Ordinal))
            {
                return fromGlobal;
            }
        }

        var text = MessageCatalog.Languages.GetString(code, culture);
        return string.IsNullOrEmpty(text) ? MessageCatalog.Get(code).English : text;
    }

    /// <summary>Builds a coded, cited failure with its message rendered in <see cref="Culture"/>.</summary>
    public ValidationFailure Create(string code, string propertyName, object? attemptedValue, Citation? citation, params (string Name, object? Value)[] arguments)
    {
        var formatter = new MessageFormatter();
        foreach (var (name, value) in arguments)
        {
            formatter.AppendArgument(name, value);
        }

        var message = formatter.BuildMessage(Template(code, Culture));
        return new ValidationFailure(propertyName, message, attemptedValue)
        {
            ErrorCode = code,
            CustomState = citation,
            Severity = MessageCatalog.SeverityOf(code),
            FormattedMessagePlaceholderValues = new Dictionary<string, object>(formatter.PlaceholderValues, StringComparer.Ordinal),
        };
    }

    public string Name(ChamberKind kind) => Names.Of(kind).In(Culture);

    public string Name(SeatSource source) => Names.Of(source).In(Culture);

    public string Name(LocalizedName name) => name.In(Culture);

    /// <summary>The word for an empty list of chambers.</summary>
    public string None() => Language switch
    {
        "ru" => "нет",
        "kk" => "жоқ",
        _ => "none",
    };

    public string Chambers(IEnumerable<ChamberKind> kinds)
    {
        var list = kinds.Order().Select(Name).ToList();
        return list.Count == 0 ? None() : string.Join(", ", list);
    }

    /// <summary>The name of what was to be validated (a chamber, a parliament, a mandate, a party list), never a type name.</summary>
    public string Subject(string typeName)
    {
        if (Enum.TryParse<ChamberKind>(typeName, out var kind))
        {
            return Name(kind);
        }

        var lang = Language;
        return typeName switch
        {
            nameof(Parliament) => lang is "ru" or "kk" ? "Парламент" : "Parliament",
            nameof(Mandate) => lang is "ru" or "kk" ? "мандат" : "mandate",
            nameof(PartyList) => lang == "ru" ? "партийный список" : lang == "kk" ? "партиялық тізім" : "party list",
            nameof(Procedure.Division) => lang == "ru" ? "голосование" : lang == "kk" ? "дауыс беру" : "division",
            nameof(ChamberComposition) => lang == "ru" ? "состав палаты" : lang == "kk" ? "палата құрамы" : "chamber composition",
            _ => typeName,
        };
    }

    /// <summary>Gets <c>ru</c> or <c>kk</c> when <see cref="Culture"/> is Russian or Kazakh, otherwise <c>en</c>.</summary>
    public string Language => BuiltInLanguage(Culture) ?? "en";

    /// <summary>The built-in non-English language of a culture (<c>ru</c> or <c>kk</c>, from the culture or a parent), or null.</summary>
    private static string? BuiltInLanguage(CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (string.Equals(c.Name, "ru", StringComparison.OrdinalIgnoreCase) || string.Equals(c.Name, "kk", StringComparison.OrdinalIgnoreCase))
            {
                return c.Name.ToLowerInvariant();
            }
        }

        return null;
    }
}

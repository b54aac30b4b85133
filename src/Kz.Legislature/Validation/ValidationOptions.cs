using System.Globalization;

namespace Kz.Legislature.Validation;

/// <summary>How strictly a composition is checked against the statute, and the language of the messages. Immutable; compares by value.</summary>
/// <remarks>
/// By default (<see cref="Statutory"/>) every seat must be filled: the total and the seats of each source equal
/// the statute. With <see cref="VacancyTolerant"/> a composition may have vacancies, but never more seats than
/// the statute (in total, per source or per region) and never a seat of a source the seat plan does not have.
/// </remarks>
public sealed record ValidationOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="vacancyTolerant">Whether vacancies are allowed (see <see cref="VacancyTolerant"/>).</param>
    /// <param name="culture">The culture of the messages (see <see cref="Culture"/>), or <see langword="null"/> for the ambient one.</param>
    public ValidationOptions(bool vacancyTolerant = false, CultureInfo? culture = null)
    {
        VacancyTolerant = vacancyTolerant;
        Culture = culture;
    }

    /// <summary>Gets the default options: every seat filled, exactly as the statute says.</summary>
    public static ValidationOptions Statutory { get; } = new();

    /// <summary>Gets options that allow vacancies (never more seats than the statute, never a wrong source).</summary>
    public static ValidationOptions AllowingVacancies { get; } = new(vacancyTolerant: true);

    /// <summary>
    /// Gets a value indicating whether vacancies are allowed: seat counts may be below the statute but never above it,
    /// and no seat may come from a source outside the seat plan. The default is <see langword="false"/>.
    /// </summary>
    public bool VacancyTolerant { get; }

    /// <summary>
    /// Gets the culture the messages are rendered in (English, Russian or Kazakh; other cultures fall back to their parent, then to
    /// English), or <see langword="null"/> (the default) for <c>ValidatorOptions.Global.LanguageManager.Culture</c>, else
    /// <see cref="CultureInfo.CurrentUICulture"/> at validation time. The thread's culture is never changed.
    /// </summary>
    public CultureInfo? Culture { get; }

    /// <summary>Returns these options with messages in <paramref name="culture"/>.</summary>
    /// <param name="culture">The culture, or <see langword="null"/> for the ambient one (see <see cref="Culture"/>).</param>
    /// <returns>The options, otherwise unchanged.</returns>
    public ValidationOptions WithCulture(CultureInfo? culture) => new(VacancyTolerant, culture);

    /// <summary>Returns the mode, and the culture when one is set.</summary>
    /// <returns><c>Statutory</c> or <c>VacancyTolerant</c>, followed by the culture's name when set, for example <c>Statutory (ru)</c>.</returns>
    public override string ToString() => (VacancyTolerant ? "VacancyTolerant" : "Statutory") + (Culture is { } c ? $" ({c.Name})" : string.Empty);
}

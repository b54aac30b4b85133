using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>
/// Where one legal value is stated: the instrument, the article where it was verified, the public sources that state the
/// value, how well they support it, and the last day a person checked it. Every seat allotment, term, renewal rule,
/// eligibility value, incompatibility, electoral-system value, list quota and chamber existence in the dataset carries
/// one, and every validation failure carries the citation of the value that failed in
/// <see cref="FluentValidation.Results.ValidationFailure.CustomState"/> (except the general codes <c>KZL0xxx</c>, which
/// are about the input rather than the law).
/// </summary>
/// <remarks>
/// <para>
/// Articles of the 1995 Constitution are cited as numbered in the text in force on the date the value applies (for
/// example <c>Art. 50(2)</c> for the Senate's composition). <see cref="Article"/> is <see langword="null"/> where no
/// article was verified; <see cref="Note"/> then says why. The sources are those that state the value itself, not the
/// first source of the instrument.
/// </para>
/// <para>
/// The instrument's name is known in English, Russian and Kazakh: <see cref="InstrumentNameIn(string)"/> and
/// <see cref="In(string)"/> give it in the language asked for. Citations compare by value.
/// </para>
/// <code>
/// var senate = LegislativeHistory.Kazakhstan.RulesOn(new LocalDate(2024, 1, 1)).Chamber(ChamberKind.Senate);
/// Citation c = senate.CitationFor(RuleAspect.TermLength)!;
/// c.ToString();          // "Constitutional referendum of 5 June 2022, Art. 50(5)"
/// c.In("ru");            // "Республиканский референдум 5 июня 2022 года …, Art. 50(5)"
/// c.Sources[0].Url;      // a source that states the six-year term
/// </code>
/// </remarks>
public sealed record Citation
{
    private readonly ValueList<SourceReference> sources;

    /// <summary>Creates a citation.</summary>
    /// <param name="instrumentId">The identifier of the instrument in the dataset, for example <c>referendum-2022</c>, or <see langword="null"/> where none.</param>
    /// <param name="instrumentName">The name of the instrument in English, Russian and Kazakh.</param>
    /// <param name="article">The article, for example <c>Art. 50(2)</c>, or <see langword="null"/> where not verified.</param>
    /// <param name="sources">The public sources that state the value (may be empty only for a citation built by hand).</param>
    /// <param name="confidence">How well the sources support the value.</param>
    /// <param name="verifiedOn">The last day a person checked the value against a source, or <see langword="null"/>.</param>
    /// <param name="note">Why the article is unknown, what is derived or disputed, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="instrumentName"/> or <paramref name="sources"/> is null, or a source is null.</exception>
    public Citation(string? instrumentId, LocalizedName instrumentName, string? article, IEnumerable<SourceReference> sources, Confidence confidence = Confidence.Medium, LocalDate? verifiedOn = null, string? note = null)
    {
        InstrumentId = string.IsNullOrWhiteSpace(instrumentId) ? null : instrumentId;
        InstrumentName = Preconditions.NotNull(instrumentName, nameof(instrumentName));
        Article = string.IsNullOrWhiteSpace(article) ? null : article;
        this.sources = Preconditions.NoNullItems(sources, nameof(sources));
        Confidence = confidence;
        VerifiedOn = verifiedOn;
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
    }

    /// <summary>Gets the identifier of the instrument in the dataset, or <see langword="null"/>.</summary>
    public string? InstrumentId { get; }

    /// <summary>Gets the name of the instrument in English, Russian and Kazakh.</summary>
    public LocalizedName InstrumentName { get; }

    /// <summary>Gets the article, for example <c>Art. 50(2)</c>, or <see langword="null"/> where not verified.</summary>
    public string? Article { get; }

    /// <summary>Gets the public sources that state the value (immutable; compared by content).</summary>
    public IReadOnlyList<SourceReference> Sources => sources;

    /// <summary>Gets the address of the first source that states the value, or <see langword="null"/> if there is none.</summary>
    public Uri? Source => sources.Count > 0 ? sources[0].Url : null;

    /// <summary>Gets how well the sources support the value.</summary>
    public Confidence Confidence { get; }

    /// <summary>Gets the last day a person checked the value against a source, or <see langword="null"/>.</summary>
    public LocalDate? VerifiedOn { get; }

    /// <summary>Gets why the article is unknown, or what is derived or disputed, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Gets the instrument's name in a language: <c>en</c>, <c>ru</c>, <c>kk</c> or <c>kk-Latn</c>, falling back to English.</summary>
    /// <param name="language">A language tag such as <c>"ru"</c>; other tags and <see langword="null"/> give English.</param>
    /// <returns>The name.</returns>
    public string InstrumentNameIn(string? language) => InstrumentName.In(language);

    /// <summary>Gets the instrument's name in the language of <paramref name="culture"/>, falling back to English.</summary>
    /// <param name="culture">The culture, for example <c>ru-RU</c>.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string InstrumentNameIn(CultureInfo culture) => InstrumentName.In(culture);

    /// <summary>Returns the instrument, in a language, and the article.</summary>
    /// <param name="language">A language tag such as <c>"kk"</c>; other tags and <see langword="null"/> give English.</param>
    /// <returns>For example <c>Қазақстан Республикасының 1995 жылғы Конституциясы, Art. 51(4)</c>.</returns>
    public string In(string? language) => Article is null ? InstrumentNameIn(language) : $"{InstrumentNameIn(language)}, {Article}";

    /// <summary>Returns the instrument (in English) and the article.</summary>
    /// <returns>For example <c>Constitutional referendum of 5 June 2022, Art. 50(2)</c>.</returns>
    public override string ToString() => In("en");
}

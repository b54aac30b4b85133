using Kz.Legislature.Internal;

namespace Kz.Legislature.Validation;

/// <summary>
/// The legal basis of a validation rule: the instrument, the article where it was verified, and a source.
/// Every <see cref="FluentValidation.Results.ValidationFailure"/> the validators report carries one in
/// <see cref="FluentValidation.Results.ValidationFailure.CustomState"/> (except the general codes <c>KZL0xxx</c>,
/// which are about the input rather than the law).
/// </summary>
/// <remarks>
/// Articles of the 1995 Constitution are cited as numbered in the text in force on the date validated
/// (for example <c>Art. 50(2)</c> for the Senate's composition). <see cref="Article"/> is <see langword="null"/>
/// where the dataset does not give the article and it was not verified: the instrument is still named.
/// Citations compare by value.
/// </remarks>
public sealed record Citation
{
    /// <summary>Creates a citation.</summary>
    /// <param name="instrumentId">The identifier of the instrument in the dataset, for example <c>referendum-2022</c>, or <see langword="null"/>.</param>
    /// <param name="instrumentName">The English name of the instrument.</param>
    /// <param name="article">The article, for example <c>Art. 50(2)</c>, or <see langword="null"/> where not verified.</param>
    /// <param name="source">A public source for the instrument, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="instrumentName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="instrumentName"/> is blank.</exception>
    public Citation(string? instrumentId, string instrumentName, string? article, Uri? source)
    {
        InstrumentId = instrumentId;
        InstrumentName = Preconditions.NotBlank(instrumentName, nameof(instrumentName));
        Article = article;
        Source = source;
    }

    /// <summary>Gets the identifier of the instrument in the dataset, or <see langword="null"/>.</summary>
    public string? InstrumentId { get; }

    /// <summary>Gets the English name of the instrument.</summary>
    public string InstrumentName { get; }

    /// <summary>Gets the article, for example <c>Art. 50(2)</c>, or <see langword="null"/> where not verified.</summary>
    public string? Article { get; }

    /// <summary>Gets a public source for the instrument, or <see langword="null"/>.</summary>
    public Uri? Source { get; }

    /// <summary>Returns the instrument and the article.</summary>
    /// <returns>For example <c>Constitutional referendum of 5 June 2022, Art. 50(2)</c>.</returns>
    public override string ToString() => Article is null ? InstrumentName : $"{InstrumentName}, {Article}";
}

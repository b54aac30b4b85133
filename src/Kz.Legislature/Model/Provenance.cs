using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>A public source a fact was taken from.</summary>
public sealed record SourceReference
{
    /// <summary>Creates a source reference.</summary>
    /// <param name="url">The absolute http or https address of the source.</param>
    /// <param name="title">A short title of the source.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not an absolute http(s) address, or <paramref name="title"/> is blank.</exception>
    public SourceReference(Uri url, string title)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw Internal.ArgumentErrors.Invalid("A source URL must be an absolute http or https address.", nameof(url));
        }

        Url = url;
        Title = Preconditions.NotBlank(title, nameof(title));
    }

    /// <summary>Gets the address of the source.</summary>
    public Uri Url { get; }

    /// <summary>Gets the title of the source.</summary>
    public string Title { get; }

    /// <summary>Returns the title and the address.</summary>
    /// <returns>For example <c>IPU PARLINE (http://archive.ipu.org/…)</c>.</returns>
    public override string ToString() => $"{Title} ({Url.OriginalString})";
}

/// <summary>Where a fact comes from and how well it is supported.</summary>
public sealed record Provenance
{
    private readonly ValueList<SourceReference> sources;

    /// <summary>Creates a provenance record.</summary>
    /// <param name="sources">The sources (at least one).</param>
    /// <param name="confidence">How well the sources support the fact.</param>
    /// <param name="note">What is unknown, conflicting or derived, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is null or holds a null item.</exception>
    /// <exception cref="ArgumentException"><paramref name="sources"/> is empty.</exception>
    public Provenance(IEnumerable<SourceReference> sources, Confidence confidence, string? note = null)
    {
        this.sources = Preconditions.NoNullItems(sources, nameof(sources));
        if (this.sources.Count == 0)
        {
            throw Internal.ArgumentErrors.Invalid("At least one source is required: no fact without a source.", nameof(sources));
        }

        Confidence = confidence;
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
    }

    /// <summary>Gets the sources (immutable; compared by content).</summary>
    public IReadOnlyList<SourceReference> Sources => sources;

    /// <summary>Gets how well the sources support the fact.</summary>
    public Confidence Confidence { get; }

    /// <summary>Gets what is unknown, conflicting or derived, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Returns the confidence and the number of sources.</summary>
    /// <returns>For example <c>High, 2 sources</c>.</returns>
    public override string ToString() => $"{Confidence}, {Sources.Count} source{(Sources.Count == 1 ? string.Empty : "s")}";
}

/// <summary>A value that holds over a half-open period of dates.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed record Dated<T>
    where T : notnull
{
    /// <summary>Creates a dated value.</summary>
    /// <param name="period">The half-open period <c>[start, end)</c> over which the value holds.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Dated(Term period, T value)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(value);
        Period = period;
        Value = value;
    }

    /// <summary>Gets the half-open period over which the value holds.</summary>
    public Term Period { get; }

    /// <summary>Gets the value.</summary>
    public T Value { get; }

    /// <summary>Returns the value and its period.</summary>
    /// <returns>For example <c>Capital [1997-12-10, …)</c>.</returns>
    public override string ToString() => $"{Value} {Period}";
}

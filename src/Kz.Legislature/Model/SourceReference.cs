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

using Kz.Legislature.Internal;

namespace Kz.Legislature;

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

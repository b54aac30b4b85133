using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>An office or activity incompatible with a seat, with where it is stated.</summary>
public sealed record Incompatibility
{
    /// <summary>Creates an incompatibility.</summary>
    /// <param name="text">The English description.</param>
    /// <param name="kind">What it bars.</param>
    /// <param name="citation">Where it is stated, or <see langword="null"/> for one built by hand.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank.</exception>
    public Incompatibility(string text, IncompatibilityKind kind = IncompatibilityKind.Other, Citation? citation = null)
    {
        Text = Preconditions.NotBlank(text, nameof(text));
        Kind = kind;
        Citation = citation;
    }

    /// <summary>Gets the English description.</summary>
    public string Text { get; }

    /// <summary>Gets what it bars.</summary>
    public IncompatibilityKind Kind { get; }

    /// <summary>Gets where it is stated, or <see langword="null"/>.</summary>
    public Citation? Citation { get; }

    /// <summary>Returns the description.</summary>
    /// <returns>The English description.</returns>
    public override string ToString() => Text;
}

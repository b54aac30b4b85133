using System.Diagnostics.CodeAnalysis;

namespace Kz.Legislature.Serialization;

/// <summary>
/// A composition document as <see cref="CompositionJson.ReadDocument(ReadOnlySpan{byte}, string?)"/> reads it: either one
/// chamber's composition (kind <c>senate</c>, <c>mazhilis</c>, <c>kurultai</c> or <c>supremeCouncil</c>) or a
/// parliament (kind <c>parliament</c>), so that a caller never has to look at the document's kind itself.
/// </summary>
/// <remarks>Exactly one of <see cref="Chamber"/> and <see cref="Parliament"/> is set.</remarks>
public sealed class CompositionDocument
{
    private CompositionDocument(ChamberComposition? chamber, Parliament? parliament)
    {
        Chamber = chamber;
        Parliament = parliament;
    }

    /// <summary>Gets the chamber's composition, or <see langword="null"/> when the document is a parliament.</summary>
    public ChamberComposition? Chamber { get; }

    /// <summary>Gets the parliament, or <see langword="null"/> when the document is one chamber's composition.</summary>
    public Parliament? Parliament { get; }

    /// <summary>Gets a value indicating whether the document is a parliament (then <see cref="Parliament"/> is set; otherwise <see cref="Chamber"/> is).</summary>
    [MemberNotNullWhen(true, nameof(Parliament))]
    [MemberNotNullWhen(false, nameof(Chamber))]
    public bool IsParliament => Parliament is not null;

    /// <summary>Gets the date the document describes.</summary>
    public LocalDate Date => IsParliament ? Parliament.Date : Chamber.Date;

    /// <summary>Gets the chambers the document holds: the parliament's, or the one chamber.</summary>
    public IReadOnlyList<ChamberComposition> Chambers => IsParliament ? Parliament.Chambers : [Chamber];

    /// <summary>Creates a document holding one chamber's composition.</summary>
    /// <param name="chamber">The composition.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chamber"/> is null.</exception>
    public static CompositionDocument Of(ChamberComposition chamber)
    {
        ArgumentNullException.ThrowIfNull(chamber);
        return new CompositionDocument(chamber, null);
    }

    /// <summary>Creates a document holding a parliament.</summary>
    /// <param name="parliament">The parliament.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parliament"/> is null.</exception>
    public static CompositionDocument Of(Parliament parliament)
    {
        ArgumentNullException.ThrowIfNull(parliament);
        return new CompositionDocument(null, parliament);
    }

    /// <summary>Returns the same document described on another date: every chamber's mandates, unchanged, on <paramref name="date"/>.</summary>
    /// <param name="date">The new date.</param>
    /// <returns>The document on that date.</returns>
    /// <exception cref="ArgumentException">The date is not an ISO date.</exception>
    public CompositionDocument WithDate(LocalDate date) => IsParliament
        ? new CompositionDocument(null, new Parliament(date, Parliament.Chambers.Select(c => c.WithDate(date)), Parliament.Convocation))
        : new CompositionDocument(Chamber.WithDate(date), null);

    /// <summary>Returns a short, culture-invariant description.</summary>
    /// <returns>For example <c>Senate on 2024-01-01: 50 mandates</c>, or the parliament's description.</returns>
    public override string ToString() => IsParliament ? Parliament.ToString() : Chamber.ToString();
}

using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>An event in the timeline of the legislature.</summary>
public sealed record LegislativeEvent
{
    private readonly ValueList<string> related;

    /// <summary>Creates an event.</summary>
    /// <param name="id">The identifier in the dataset.</param>
    /// <param name="date">The day.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="name">A one-line description.</param>
    /// <param name="related">Identifiers of related instruments, elections, sittings or convocations.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    internal LegislativeEvent(string id, LocalDate date, LegislativeEventKind kind, LocalizedName name, IEnumerable<string> related, Provenance provenance)
    {
        Id = Preconditions.NotBlank(id, nameof(id));
        Date = date;
        Kind = kind;
        Name = Preconditions.NotNull(name, nameof(name));
        this.related = Preconditions.NoNullItems(related, nameof(related));
        Provenance = Preconditions.NotNull(provenance, nameof(provenance));
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the day.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the kind.</summary>
    public LegislativeEventKind Kind { get; }

    /// <summary>Gets the description.</summary>
    public LocalizedName Name { get; }

    /// <summary>Gets identifiers of related records.</summary>
    public IReadOnlyList<string> Related => related;

    /// <summary>Gets where the facts come from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Returns the day and the English description.</summary>
    /// <returns>For example <c>2026-07-01 Termination: …</c>.</returns>
    public override string ToString() => $"{Preconditions.Iso(Date)} {Kind}: {Name.English}";
}

using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>A constitution, amendment, referendum, law, decree or ruling that shaped the legislature.</summary>
public sealed record Instrument
{
    private readonly ValueList<LocalDate> inForceFromAlternatives;
    private readonly ValueList<string> legislativeChanges;

    /// <summary>Creates an instrument.</summary>
    /// <param name="id">The identifier in the dataset.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="name">The name.</param>
    /// <param name="number">The official number, or <see langword="null"/>.</param>
    /// <param name="adoptedOn">The day adopted, or <see langword="null"/>.</param>
    /// <param name="signedOn">The day signed, or <see langword="null"/>.</param>
    /// <param name="inForceFrom">The day it entered into force, or <see langword="null"/>.</param>
    /// <param name="inForceFromAlternatives">Other entry-into-force days given by some sources.</param>
    /// <param name="legislativeChanges">What it changed for the legislature, in English.</param>
    /// <param name="referendum">The referendum result, for referendums.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    internal Instrument(string id, InstrumentKind kind, LocalizedName name, string? number, LocalDate? adoptedOn, LocalDate? signedOn, LocalDate? inForceFrom, IEnumerable<LocalDate> inForceFromAlternatives, IEnumerable<string> legislativeChanges, ReferendumResult? referendum, Provenance provenance)
    {
        Id = Preconditions.NotBlank(id, nameof(id));
        Kind = kind;
        Name = Preconditions.NotNull(name, nameof(name));
        Number = number;
        AdoptedOn = adoptedOn;
        SignedOn = signedOn;
        InForceFrom = inForceFrom;
        this.inForceFromAlternatives = ValueList<LocalDate>.From(inForceFromAlternatives ?? throw new ArgumentNullException(nameof(inForceFromAlternatives)));
        this.legislativeChanges = Preconditions.NoNullItems(legislativeChanges, nameof(legislativeChanges));
        Referendum = referendum;
        Provenance = Preconditions.NotNull(provenance, nameof(provenance));
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the kind.</summary>
    public InstrumentKind Kind { get; }

    /// <summary>Gets the name.</summary>
    public LocalizedName Name { get; }

    /// <summary>Gets the official number, or <see langword="null"/>.</summary>
    public string? Number { get; }

    /// <summary>Gets the day adopted, or <see langword="null"/>.</summary>
    public LocalDate? AdoptedOn { get; }

    /// <summary>Gets the day signed, or <see langword="null"/>.</summary>
    public LocalDate? SignedOn { get; }

    /// <summary>Gets the day it entered into force, or <see langword="null"/>.</summary>
    public LocalDate? InForceFrom { get; }

    /// <summary>Gets other entry-into-force days given by some sources (for example 8 June 2022 beside 7 June 2022).</summary>
    public IReadOnlyList<LocalDate> InForceFromAlternatives => inForceFromAlternatives;

    /// <summary>Gets what it changed for the legislature, in English.</summary>
    public IReadOnlyList<string> LegislativeChanges => legislativeChanges;

    /// <summary>Gets the referendum result, or <see langword="null"/>.</summary>
    public ReferendumResult? Referendum { get; }

    /// <summary>Gets where the facts come from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Returns the identifier and the English name.</summary>
    /// <returns>For example <c>constitution-2026 (Constitution of the Republic of Kazakhstan (2026))</c>.</returns>
    public override string ToString() => $"{Id} ({Name.English})";
}

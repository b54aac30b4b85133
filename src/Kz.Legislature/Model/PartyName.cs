using Kz.Legislature.Internal;
using NodaTime;

namespace Kz.Legislature;

/// <summary>A name a party bore before a renaming: the name, and the day the next name took effect.</summary>
public sealed record PartyName
{
    /// <summary>Creates a former name.</summary>
    /// <param name="name">The name the party bore.</param>
    /// <param name="until">The day the next name took effect (the period of this name ends the day before).</param>
    /// <param name="provenance">Where the renaming is recorded, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public PartyName(LocalizedName name, LocalDate until, Provenance? provenance = null)
    {
        Name = Preconditions.NotNull(name, nameof(name));
        Until = until;
        Provenance = provenance;
    }

    /// <summary>Gets the name the party bore.</summary>
    public LocalizedName Name { get; }

    /// <summary>Gets the day the next name took effect (exclusive end of this name's period).</summary>
    public LocalDate Until { get; }

    /// <summary>Gets where the renaming is recorded, or <see langword="null"/>.</summary>
    public Provenance? Provenance { get; }

    /// <summary>Returns the English name and the day it gave way.</summary>
    /// <returns>For example <c>Nur Otan (until 2022-03-01)</c>.</returns>
    public override string ToString() => $"{Name.English} (until {Preconditions.Iso(Until)})";
}

using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>The Mazhilis (Mäjilis, Majilis, Мәжіліс), lower chamber of the Parliament (1995–2026).</summary>
public sealed record Mazhilis : ChamberComposition
{
    /// <summary>Creates a Mazhilis composition.</summary>
    /// <param name="date">The date the composition describes.</param>
    /// <param name="mandates">The deputies' mandates.</param>
    /// <param name="convocation">The convocation number, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mandates"/> is null.</exception>
    /// <exception cref="ArgumentException">A mandate is null, or the date is not an ISO date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convocation"/> is not positive.</exception>
    public Mazhilis(LocalDate date, IEnumerable<Mandate> mandates, int? convocation = null)
        : base(date, mandates, convocation)
    {
    }

    /// <inheritdoc/>
    public override ChamberKind Kind => ChamberKind.Mazhilis;
}

using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>The Senate, upper chamber of the Parliament (1995–2026).</summary>
public sealed record Senate : ChamberComposition
{
    /// <summary>Creates a Senate composition.</summary>
    /// <param name="date">The date the composition describes.</param>
    /// <param name="mandates">The senators' mandates.</param>
    /// <param name="convocation">The Parliament's convocation number, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mandates"/> is null.</exception>
    /// <exception cref="ArgumentException">A mandate is null, or the date is not an ISO date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convocation"/> is not positive.</exception>
    public Senate(LocalDate date, IEnumerable<Mandate> mandates, int? convocation = null)
        : base(date, mandates, convocation)
    {
    }

    /// <inheritdoc/>
    public override ChamberKind Kind => ChamberKind.Senate;
}

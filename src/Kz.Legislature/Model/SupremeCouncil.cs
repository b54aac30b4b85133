using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>The unicameral Supreme Soviet / Supreme Council (1990–1995).</summary>
public sealed record SupremeCouncil : ChamberComposition
{
    /// <summary>Creates a Supreme Council composition.</summary>
    /// <param name="date">The date the composition describes.</param>
    /// <param name="mandates">The deputies' mandates.</param>
    /// <param name="convocation">The convocation number (12 or 13), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mandates"/> is null.</exception>
    /// <exception cref="ArgumentException">A mandate is null, or the date is not an ISO date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convocation"/> is not positive.</exception>
    public SupremeCouncil(LocalDate date, IEnumerable<Mandate> mandates, int? convocation = null)
        : base(date, mandates, convocation)
    {
    }

    /// <inheritdoc/>
    public override ChamberKind Kind => ChamberKind.SupremeCouncil;
}

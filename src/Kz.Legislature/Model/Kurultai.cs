using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>The unicameral Kurultai (Qurultai, Құрылтай) under the 2026 Constitution.</summary>
public sealed record Kurultai : ChamberComposition
{
    /// <summary>Creates a Kurultai composition.</summary>
    /// <param name="date">The date the composition describes.</param>
    /// <param name="mandates">The deputies' mandates.</param>
    /// <param name="convocation">The convocation number, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mandates"/> is null.</exception>
    /// <exception cref="ArgumentException">A mandate is null, or the date is not an ISO date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convocation"/> is not positive.</exception>
    public Kurultai(LocalDate date, IEnumerable<Mandate> mandates, int? convocation = null)
        : base(date, mandates, convocation)
    {
    }

    /// <inheritdoc/>
    public override ChamberKind Kind => ChamberKind.Kurultai;
}

using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>
/// The members of one chamber on the date the composition describes: a plain list of mandates.
/// </summary>
/// <remarks>
/// <para>Compositions are permissive: a 51-member Senate, or a Senate with three senators from one region,
/// can be built so that a validator can reject it. The constructor checks only that no mandate is null and
/// that the date is an ISO date.</para>
/// <para>Compositions compare by value: same kind, date, convocation and mandates in the same order.
/// Use <see cref="ChamberCompositionExtensions"/> to add, replace or remove a mandate, or to project a
/// composition to another date.</para>
/// </remarks>
public abstract record ChamberComposition
{
    private readonly ValueList<Mandate> mandates;

    private protected ChamberComposition(LocalDate date, IEnumerable<Mandate> mandates, int? convocation)
    {
        Date = Preconditions.IsoDate(date, nameof(date));
        this.mandates = Preconditions.NoNullItems(mandates, nameof(mandates));
        if (convocation is { } c && c <= 0)
        {
            throw Internal.ArgumentErrors.OutOfRange(nameof(convocation), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A convocation number is positive; {c} was given."));
        }

        Convocation = convocation;
    }

    /// <summary>Gets the chamber this composition describes.</summary>
    public abstract ChamberKind Kind { get; }

    /// <summary>Gets the date the composition describes.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the mandates (immutable; compared by content).</summary>
    public IReadOnlyList<Mandate> Mandates => mandates;

    /// <summary>Gets the convocation number, or <see langword="null"/> if not stated.</summary>
    public int? Convocation { get; }

    /// <summary>Gets the number of mandates.</summary>
    public int SeatCount => mandates.Count;

    /// <summary>Counts the mandates filled from <paramref name="source"/>.</summary>
    /// <param name="source">The seat source.</param>
    /// <returns>The number of such mandates.</returns>
    public int CountBySource(SeatSource source)
    {
        var n = 0;
        foreach (var m in mandates)
        {
            if (m.Source == source)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Returns a short, culture-invariant description.</summary>
    /// <returns>For example <c>Senate on 2024-01-01: 50 mandates</c>.</returns>
    public sealed override string ToString() => $"{Kind} on {Preconditions.Iso(Date)}: {SeatCount} mandate{(SeatCount == 1 ? string.Empty : "s")}";

    internal ValueList<Mandate> MandateList => mandates;

    /// <summary>Creates the composition of a chamber of the given kind: a <see cref="Senate"/>, <see cref="Mazhilis"/>, <see cref="Kurultai"/> or <see cref="SupremeCouncil"/>.</summary>
    /// <param name="kind">The chamber.</param>
    /// <param name="date">The date the composition describes.</param>
    /// <param name="mandates">The mandates.</param>
    /// <param name="convocation">The convocation number, or <see langword="null"/>.</param>
    /// <returns>The composition, of the type of <paramref name="kind"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mandates"/> is null.</exception>
    /// <exception cref="ArgumentException">A mandate is null, or the date is not an ISO date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined chamber, or <paramref name="convocation"/> is not positive.</exception>
    public static ChamberComposition Create(ChamberKind kind, LocalDate date, IEnumerable<Mandate> mandates, int? convocation = null) => kind switch
    {
        ChamberKind.Senate => new Senate(date, mandates, convocation),
        ChamberKind.Mazhilis => new Mazhilis(date, mandates, convocation),
        ChamberKind.Kurultai => new Kurultai(date, mandates, convocation),
        ChamberKind.SupremeCouncil => new SupremeCouncil(date, mandates, convocation),
        _ => throw Internal.ArgumentErrors.OutOfRange(nameof(kind), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kind} is not a defined chamber.")),
    };

    internal ChamberComposition Rebuild(LocalDate date, IEnumerable<Mandate> newMandates, int? convocation) => Create(Kind, date, newMandates, convocation);
}

using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>
/// The legislature on one date: its chambers (none, one or two) and the convocation number.
/// </summary>
/// <remarks>
/// The form follows from the chambers given: none, one (unicameral) or two (bicameral). The constructor rejects
/// two chambers of the same kind and chambers that describe another date; whether the chambers fit the
/// constitution in force is for <c>ParliamentValidator</c> to say. Parliaments compare by value.
/// </remarks>
public sealed record Parliament
{
    private readonly ValueList<ChamberComposition> chambers;

    /// <summary>Creates the legislature on <paramref name="date"/>.</summary>
    /// <param name="date">The date described.</param>
    /// <param name="chambers">The chambers sitting (at most one of each kind).</param>
    /// <param name="convocation">The convocation number, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chambers"/> is null.</exception>
    /// <exception cref="ArgumentException">A chamber is null, two chambers are of the same kind, or a chamber describes another date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convocation"/> is not positive.</exception>
    public Parliament(LocalDate date, IEnumerable<ChamberComposition> chambers, int? convocation = null)
    {
        Date = Preconditions.IsoDate(date, nameof(date));
        this.chambers = Preconditions.NoNullItems(chambers, nameof(chambers));
        var seen = new HashSet<ChamberKind>();
        foreach (var c in this.chambers)
        {
            if (!seen.Add(c.Kind))
            {
                throw new ArgumentException($"Two chambers of kind {c.Kind} were given.", nameof(chambers));
            }

            if (c.Date != date)
            {
                throw new ArgumentException(
                    $"The {c.Kind} describes {Preconditions.Iso(c.Date)}, not {Preconditions.Iso(date)}.",
                    nameof(chambers));
            }
        }

        if (convocation is { } n && n <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(convocation), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A convocation number is positive; {n} was given."));
        }

        Convocation = convocation;
    }

    /// <summary>Creates a bicameral Parliament from a Senate and a Mazhilis describing the same date.</summary>
    /// <param name="senate">The Senate.</param>
    /// <param name="mazhilis">The Mazhilis.</param>
    /// <param name="convocation">The convocation number, or <see langword="null"/>.</param>
    /// <returns>The Parliament.</returns>
    /// <exception cref="ArgumentNullException">A chamber is null.</exception>
    /// <exception cref="ArgumentException">The chambers describe different dates.</exception>
    public static Parliament FromChambers(Senate senate, Mazhilis mazhilis, int? convocation = null)
    {
        ArgumentNullException.ThrowIfNull(senate);
        ArgumentNullException.ThrowIfNull(mazhilis);
        return new Parliament(senate.Date, [senate, mazhilis], convocation);
    }

    /// <summary>Gets the date described.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the chambers (immutable; compared by content).</summary>
    public IReadOnlyList<ChamberComposition> Chambers => chambers;

    /// <summary>Gets the convocation number, or <see langword="null"/>.</summary>
    public int? Convocation { get; }

    /// <summary>Gets the form implied by the chambers given.</summary>
    public LegislatureForm Form => chambers.Count switch
    {
        0 => LegislatureForm.None,
        1 => LegislatureForm.Unicameral,
        _ => LegislatureForm.Bicameral,
    };

    /// <summary>Gets the Senate, or <see langword="null"/>.</summary>
    public Senate? Senate => chambers.OfType<Senate>().FirstOrDefault();

    /// <summary>Gets the Mazhilis, or <see langword="null"/>.</summary>
    public Mazhilis? Mazhilis => chambers.OfType<Mazhilis>().FirstOrDefault();

    /// <summary>Gets the Kurultai, or <see langword="null"/>.</summary>
    public Kurultai? Kurultai => chambers.OfType<Kurultai>().FirstOrDefault();

    /// <summary>Gets the Supreme Council, or <see langword="null"/>.</summary>
    public SupremeCouncil? SupremeCouncil => chambers.OfType<SupremeCouncil>().FirstOrDefault();

    /// <summary>Gets the chamber of <paramref name="kind"/>, or <see langword="null"/>.</summary>
    /// <param name="kind">The chamber kind.</param>
    /// <returns>The chamber, or <see langword="null"/>.</returns>
    public ChamberComposition? Chamber(ChamberKind kind) => chambers.FirstOrDefault(c => c.Kind == kind);

    /// <summary>Returns a short, culture-invariant description.</summary>
    /// <returns>For example <c>Bicameral on 2024-01-01: Senate 50, Mazhilis 98</c>.</returns>
    public override string ToString() =>
        chambers.Count == 0
            ? $"{Form} on {Preconditions.Iso(Date)}"
            : $"{Form} on {Preconditions.Iso(Date)}: {string.Join(", ", chambers.Select(c => $"{c.Kind} {c.SeatCount}"))}";
}

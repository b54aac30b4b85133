using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>
/// The legislature on one date: its chambers (none, one or two) and the convocation number.
/// </summary>
/// <remarks>
/// <para>Two facts are kept apart. <see cref="Form"/> is the constitutional form of the legislature the chambers belong to:
/// a Senate or a Mazhilis is a chamber of the bicameral Parliament, a Supreme Council or a Kurultai is a unicameral
/// legislature. <see cref="SittingChambers"/> are the chambers this record gives a composition for, the ones sitting on
/// <see cref="Date"/>; <see cref="NotSittingChambers"/> are the other chambers of that form. In February 2023, when the
/// Mazhilis had been dissolved, the Parliament is <see cref="LegislatureForm.Bicameral"/> with only the Senate sitting.</para>
/// <para>The constructor rejects two chambers of the same kind and chambers that describe another date; whether the
/// chambers fit the constitution in force is for <c>ParliamentValidator</c> to say. Parliaments compare by value.</para>
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
                throw Internal.ArgumentErrors.Invalid($"Two chambers of kind {c.Kind} were given.", nameof(chambers));
            }

            if (c.Date != date)
            {
                throw Internal.ArgumentErrors.Invalid(
                    $"The {c.Kind} describes {Preconditions.Iso(c.Date)}, not {Preconditions.Iso(date)}.",
                    nameof(chambers));
            }
        }

        if (convocation is { } n && n <= 0)
        {
            throw Internal.ArgumentErrors.OutOfRange(nameof(convocation), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A convocation number is positive; {n} was given."));
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

    /// <summary>
    /// Gets the constitutional form of the legislature the chambers belong to, whichever of its chambers sit:
    /// <see cref="LegislatureForm.Bicameral"/> for a Senate and/or a Mazhilis (also when only one of them sits),
    /// <see cref="LegislatureForm.Unicameral"/> for a Supreme Council or a Kurultai; <see langword="null"/> when no chamber is
    /// given (the record then names no legislature) or the chambers belong to different legislatures.
    /// </summary>
    /// <remarks>This is not the number of chambers sitting: see <see cref="SittingChambers"/>.</remarks>
    public LegislatureForm? Form
    {
        get
        {
            var forms = chambers.Select(c => FormOf(c.Kind)).Distinct().ToList();
            return forms.Count == 1 ? forms[0] : null;
        }
    }

    /// <summary>Gets the kinds of the chambers this record gives a composition for (the chambers sitting on <see cref="Date"/>), in the order given.</summary>
    public IReadOnlyList<ChamberKind> SittingChambers => ValueList<ChamberKind>.From(chambers.Select(c => c.Kind));

    /// <summary>
    /// Gets the chambers of <see cref="Form"/> this record gives no composition for: for the bicameral Parliament, the Senate or
    /// the Mazhilis when it is not sitting (for example the dissolved Mazhilis in February 2023); empty otherwise.
    /// </summary>
    public IReadOnlyList<ChamberKind> NotSittingChambers =>
        ValueList<ChamberKind>.From(Form == LegislatureForm.Bicameral
            ? new[] { ChamberKind.Senate, ChamberKind.Mazhilis }.Where(k => Chamber(k) is null)
            : []);

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

    /// <summary>Returns a short, culture-invariant description: the form, the date, the chambers sitting and those not sitting.</summary>
    /// <returns>
    /// For example <c>Bicameral on 2024-01-01: Senate 50 sitting, Mazhilis 98 sitting</c>,
    /// <c>Bicameral on 2023-02-01: Senate 50 sitting; Mazhilis not sitting</c>, or <c>No chambers on 1994-01-01</c>.
    /// </returns>
    public override string ToString()
    {
        if (chambers.Count == 0)
        {
            return $"No chambers on {Preconditions.Iso(Date)}";
        }

        var sitting = string.Join(", ", chambers.Select(c => $"{c.Kind} {c.SeatCount} sitting"));
        var notSitting = NotSittingChambers.Count == 0 ? string.Empty : $"; {string.Join(", ", NotSittingChambers)} not sitting";
        return $"{Form?.ToString() ?? "Mixed chambers"} on {Preconditions.Iso(Date)}: {sitting}{notSitting}";
    }

    private static LegislatureForm FormOf(ChamberKind kind) =>
        kind is ChamberKind.Senate or ChamberKind.Mazhilis ? LegislatureForm.Bicameral : LegislatureForm.Unicameral;
}

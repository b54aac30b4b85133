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

/// <summary>Builders for test data: add, replace or remove a mandate, and project a composition to a date.</summary>
public static class ChamberCompositionExtensions
{
    /// <summary>Returns a copy of the composition with <paramref name="mandate"/> added at the end.</summary>
    /// <typeparam name="T">The composition type.</typeparam>
    /// <param name="composition">The composition.</param>
    /// <param name="mandate">The mandate to add.</param>
    /// <returns>The new composition.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static T WithMandate<T>(this T composition, Mandate mandate)
        where T : ChamberComposition
    {
        ArgumentNullException.ThrowIfNull(composition);
        ArgumentNullException.ThrowIfNull(mandate);
        return (T)composition.Rebuild(composition.Date, composition.MandateList.Add(mandate), composition.Convocation);
    }

    /// <summary>Returns a copy of the composition with <paramref name="mandates"/> added at the end.</summary>
    /// <typeparam name="T">The composition type.</typeparam>
    /// <param name="composition">The composition.</param>
    /// <param name="mandates">The mandates to add.</param>
    /// <returns>The new composition.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static T WithMandates<T>(this T composition, IEnumerable<Mandate> mandates)
        where T : ChamberComposition
    {
        ArgumentNullException.ThrowIfNull(composition);
        ArgumentNullException.ThrowIfNull(mandates);
        return (T)composition.Rebuild(composition.Date, composition.MandateList.Concat(mandates), composition.Convocation);
    }

    /// <summary>Returns a copy without the mandates held by the deputy with <paramref name="deputyId"/>.</summary>
    /// <typeparam name="T">The composition type.</typeparam>
    /// <param name="composition">The composition.</param>
    /// <param name="deputyId">The deputy's identifier.</param>
    /// <returns>The new composition.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No mandate is held by that deputy.</exception>
    public static T WithoutDeputy<T>(this T composition, string deputyId)
        where T : ChamberComposition
    {
        ArgumentNullException.ThrowIfNull(composition);
        ArgumentNullException.ThrowIfNull(deputyId);
        var kept = composition.MandateList.Where(m => m.Deputy.Id != deputyId).ToList();
        if (kept.Count == composition.SeatCount)
        {
            throw Internal.ArgumentErrors.Invalid($"No mandate in the {composition.Kind} is held by deputy '{deputyId}'.", nameof(deputyId));
        }

        return (T)composition.Rebuild(composition.Date, kept, composition.Convocation);
    }

    /// <summary>Returns a copy without the mandate at <paramref name="index"/>.</summary>
    /// <typeparam name="T">The composition type.</typeparam>
    /// <param name="composition">The composition.</param>
    /// <param name="index">The zero-based position of the mandate.</param>
    /// <returns>The new composition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="composition"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public static T WithoutMandateAt<T>(this T composition, int index)
        where T : ChamberComposition
    {
        ArgumentNullException.ThrowIfNull(composition);
        Internal.Preconditions.Index(index, composition.SeatCount, nameof(index));
        return (T)composition.Rebuild(composition.Date, composition.MandateList.RemoveAt(index), composition.Convocation);
    }

    /// <summary>Returns a copy with the mandate at <paramref name="index"/> replaced.</summary>
    /// <typeparam name="T">The composition type.</typeparam>
    /// <param name="composition">The composition.</param>
    /// <param name="index">The zero-based position of the mandate.</param>
    /// <param name="replacement">The new mandate.</param>
    /// <returns>The new composition.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public static T WithMandateAt<T>(this T composition, int index, Mandate replacement)
        where T : ChamberComposition
    {
        ArgumentNullException.ThrowIfNull(composition);
        ArgumentNullException.ThrowIfNull(replacement);
        Internal.Preconditions.Index(index, composition.SeatCount, nameof(index));
        return (T)composition.Rebuild(composition.Date, composition.MandateList.SetItem(index, replacement), composition.Convocation);
    }

    /// <summary>Returns a copy with every mandate matching <paramref name="predicate"/> transformed by <paramref name="replace"/>.</summary>
    /// <typeparam name="T">The composition type.</typeparam>
    /// <param name="composition">The composition.</param>
    /// <param name="predicate">Which mandates to replace.</param>
    /// <param name="replace">The transformation.</param>
    /// <returns>The new composition.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static T WithMandatesReplaced<T>(this T composition, Func<Mandate, bool> predicate, Func<Mandate, Mandate> replace)
        where T : ChamberComposition
    {
        ArgumentNullException.ThrowIfNull(composition);
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(replace);
        return (T)composition.Rebuild(
            composition.Date,
            composition.MandateList.Select(m => predicate(m) ? replace(m) : m),
            composition.Convocation);
    }

    /// <summary>Returns the same mandates described on another date.</summary>
    /// <typeparam name="T">The composition type.</typeparam>
    /// <param name="composition">The composition.</param>
    /// <param name="date">The new date.</param>
    /// <returns>The new composition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="composition"/> is null.</exception>
    public static T WithDate<T>(this T composition, LocalDate date)
        where T : ChamberComposition
    {
        ArgumentNullException.ThrowIfNull(composition);
        return (T)composition.Rebuild(date, composition.MandateList, composition.Convocation);
    }

    /// <summary>Projects the composition to <paramref name="date"/>: keeps only the mandates running that day.</summary>
    /// <typeparam name="T">The composition type.</typeparam>
    /// <param name="composition">The composition (for example a roster of every mandate of a convocation).</param>
    /// <param name="date">The date to describe.</param>
    /// <returns>The composition on that date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="composition"/> is null.</exception>
    public static T On<T>(this T composition, LocalDate date)
        where T : ChamberComposition
    {
        ArgumentNullException.ThrowIfNull(composition);
        return (T)composition.Rebuild(date, composition.MandateList.Where(m => m.IsActiveOn(date)), composition.Convocation);
    }
}

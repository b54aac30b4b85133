using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>A chamber sitting on a date, with the rules its composition is held to.</summary>
public sealed record ChamberSitting
{
    /// <summary>Creates a chamber sitting.</summary>
    /// <param name="sitting">The sitting record.</param>
    /// <param name="convocation">The convocation, or <see langword="null"/>.</param>
    /// <param name="heldTo">The chamber rules its composition is held to on the date (transitional provisions applied).</param>
    /// <param name="chairStatus">Who presided over the chamber on the date, or <see langword="null"/> where not looked up.</param>
    /// <param name="compositionAtFormation">The party composition at the sitting's formation, or <see langword="null"/> where not known.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    internal ChamberSitting(Sitting sitting, Convocation? convocation, ChamberRules heldTo, ChairStatus? chairStatus = null, PartyComposition? compositionAtFormation = null)
    {
        Sitting = Preconditions.NotNull(sitting, nameof(sitting));
        Convocation = convocation;
        HeldTo = Preconditions.NotNull(heldTo, nameof(heldTo));
        ChairStatus = chairStatus;
        CompositionAtFormation = compositionAtFormation;
    }

    /// <summary>
    /// Gets who presided over the chamber on the date asked about (see <see cref="LegislativeHistory.ChairStatusOn"/>), or
    /// <see langword="null"/> for a chamber sitting built without it.
    /// </summary>
    public ChairStatus? ChairStatus { get; }

    /// <summary>Gets the term of the chair (or acting chair) on the date asked about, or <see langword="null"/> when none is known (see <see cref="ChairStatus"/>).</summary>
    public OfficeTerm? Chair => ChairStatus?.Chair;

    /// <summary>Gets the chamber.</summary>
    public ChamberKind Kind => Sitting.Chamber;

    /// <summary>Gets the sitting record.</summary>
    public Sitting Sitting { get; }

    /// <summary>Gets the first day of the sitting record (see <see cref="Sitting.StartBasis"/>).</summary>
    public LocalDate Since => Sitting.Period.Start;

    /// <summary>Gets the convocation, or <see langword="null"/>.</summary>
    public Convocation? Convocation { get; }

    /// <summary>Gets the chamber rules its composition is held to on the date.</summary>
    public ChamberRules HeldTo { get; }

    /// <summary>
    /// Gets the party composition of the chamber at its formation (on <see cref="Since"/>): the seats by party and seat source
    /// as the elections that formed it filled them, or <see langword="null"/> where the dataset has none. It does not follow
    /// later by-elections, appointments or changes of party.
    /// </summary>
    public PartyComposition? CompositionAtFormation { get; }

    /// <summary>Returns the chamber, convocation and held-to seats.</summary>
    /// <returns>For example <c>Mazhilis (Parliament VII) since 2021-01-15, held to 107</c>.</returns>
    public override string ToString() =>
        $"{Kind}{(Convocation is null ? string.Empty : $" ({Convocation})")} since {Preconditions.Iso(Since)}, held to {HeldTo.StatutorySeats}";
}

using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>
/// The answer to "was a legislature sitting that day?": which chambers, their convocations, since when and the
/// rules each is held to; or why none sat; or that the dataset does not know.
/// </summary>
public sealed record LegislatureSitting
{
    private readonly ValueList<ChamberSitting> chambers;

    /// <summary>Creates a sitting answer.</summary>
    /// <param name="date">The date asked about.</param>
    /// <param name="status">Whether a legislature sat.</param>
    /// <param name="chambers">The chambers sitting.</param>
    /// <param name="reason">Why none sat, or <see langword="null"/>.</param>
    /// <param name="explanation">A one-line English explanation.</param>
    /// <param name="rulesInForce">The rules in force that day.</param>
    /// <param name="lastEnded">The most recent sitting that ended on or before the date, or <see langword="null"/>.</param>
    /// <param name="nextElection">A scheduled election after the date, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    internal LegislatureSitting(LocalDate date, SittingStatus status, IEnumerable<ChamberSitting> chambers, NoSittingReason? reason, string explanation, LegislatureRules rulesInForce, Sitting? lastEnded, Election? nextElection)
    {
        Date = date;
        Status = status;
        this.chambers = Preconditions.NoNullItems(chambers, nameof(chambers));
        Reason = reason;
        Explanation = Preconditions.NotBlank(explanation, nameof(explanation));
        RulesInForce = Preconditions.NotNull(rulesInForce, nameof(rulesInForce));
        LastEnded = lastEnded;
        NextElection = nextElection;
    }

    /// <summary>Gets the date asked about.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets whether a legislature sat.</summary>
    public SittingStatus Status { get; }

    /// <summary>Gets a value indicating whether at least one chamber sat.</summary>
    public bool IsSitting => Status == SittingStatus.Sitting;

    /// <summary>Gets the chambers sitting (empty if none).</summary>
    public IReadOnlyList<ChamberSitting> Chambers => chambers;

    /// <summary>Gets why none sat, or <see langword="null"/>.</summary>
    public NoSittingReason? Reason { get; }

    /// <summary>Gets a one-line English explanation.</summary>
    public string Explanation { get; }

    /// <summary>Gets the rules in force that day (which may differ from those a sitting chamber is held to).</summary>
    public LegislatureRules RulesInForce { get; }

    /// <summary>Gets the most recent sitting that ended on or before the date, or <see langword="null"/>.</summary>
    public Sitting? LastEnded { get; }

    /// <summary>Gets a scheduled election after the date, or <see langword="null"/>.</summary>
    public Election? NextElection { get; }

    /// <summary>Gets the chamber sitting of <paramref name="kind"/>, or <see langword="null"/>.</summary>
    /// <param name="kind">The chamber.</param>
    /// <returns>The chamber sitting, or <see langword="null"/>.</returns>
    public ChamberSitting? Chamber(ChamberKind kind) => chambers.FirstOrDefault(c => c.Kind == kind);

    /// <summary>Returns the date and the explanation.</summary>
    /// <returns>For example <c>2026-07-15 NotSitting: …</c>.</returns>
    public override string ToString() => $"{Preconditions.Iso(Date)} {Status}: {Explanation}";
}

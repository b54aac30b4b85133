using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>One structured difference between the rules on two dates, for example "Senate appointed seats 15 → 10".</summary>
/// <remarks>
/// <see cref="Before"/> and <see cref="After"/> are short culture-invariant English texts for logs; the typed values are in
/// the rules on each side: <see cref="RulesBefore"/> and <see cref="RulesAfter"/>, and for a chamber's change
/// <see cref="ChamberBefore"/> and <see cref="ChamberAfter"/> (read <c>ChamberAfter.TermLength</c>, <c>ChamberAfter.ListQuota</c>, ...).
/// </remarks>
public sealed record LegislativeChange
{
    /// <summary>Creates a change.</summary>
    /// <param name="kind">What changed.</param>
    /// <param name="chamber">The chamber, or <see langword="null"/> for the legislature as a whole.</param>
    /// <param name="source">The seat source, for <see cref="ChangeKind.SeatsBySource"/>.</param>
    /// <param name="before">The value before, or <see langword="null"/> if it did not exist.</param>
    /// <param name="after">The value after, or <see langword="null"/> if it no longer exists.</param>
    /// <param name="rulesBefore">The rules on the earlier date.</param>
    /// <param name="rulesAfter">The rules on the later date.</param>
    internal LegislativeChange(ChangeKind kind, ChamberKind? chamber, SeatSource? source, string? before, string? after, LegislatureRules rulesBefore, LegislatureRules rulesAfter)
    {
        Kind = kind;
        Chamber = chamber;
        Source = source;
        Before = before;
        After = after;
        RulesBefore = rulesBefore;
        RulesAfter = rulesAfter;
    }

    /// <summary>Gets the rules before the change (on the earlier date compared).</summary>
    public LegislatureRules RulesBefore { get; }

    /// <summary>Gets the rules after the change (on the later date compared).</summary>
    public LegislatureRules RulesAfter { get; }

    /// <summary>Gets the rules of <see cref="Chamber"/> before the change; <see langword="null"/> for a change of the whole legislature or a chamber that did not exist yet.</summary>
    public ChamberRules? ChamberBefore => Chamber is { } kind ? RulesBefore.TryGetChamber(kind) : null;

    /// <summary>Gets the rules of <see cref="Chamber"/> after the change; <see langword="null"/> for a change of the whole legislature or a chamber that no longer exists.</summary>
    public ChamberRules? ChamberAfter => Chamber is { } kind ? RulesAfter.TryGetChamber(kind) : null;

    /// <summary>
    /// Gets where the changed value is stated: under the rules after the change, or under the rules before it when the change
    /// removed the value (a chamber's abolition cites the rules after it, for example Art. 95 of the 2026 Constitution).
    /// </summary>
    public Citation? Citation => After is null && Kind != ChangeKind.ChamberRemoved ? RulesBefore.CitationFor(this) : RulesAfter.CitationFor(this);

    /// <summary>Gets what changed.</summary>
    public ChangeKind Kind { get; }

    /// <summary>Gets the chamber, or <see langword="null"/>.</summary>
    public ChamberKind? Chamber { get; }

    /// <summary>Gets the seat source, or <see langword="null"/>.</summary>
    public SeatSource? Source { get; }

    /// <summary>Gets the value before, or <see langword="null"/>.</summary>
    public string? Before { get; }

    /// <summary>Gets the value after, or <see langword="null"/>.</summary>
    public string? After { get; }

    private string ChamberName => Chamber is { } kind ? EnglishNames.Of(kind) : string.Empty;

    /// <summary>Returns the change in words.</summary>
    /// <returns>For example <c>Senate seats "Appointed by the President" 15 → 5</c>.</returns>
    public override string ToString()
    {
        var subject = Kind switch
        {
            ChangeKind.Instrument => "Instrument in force",
            ChangeKind.Form => "Form",
            ChangeKind.ChamberAdded => $"{ChamberName} created",
            ChangeKind.ChamberRemoved => $"{ChamberName} abolished",
            ChangeKind.StatutorySeats => $"{ChamberName} seats",
            ChangeKind.SeatsBySource => $"{ChamberName} seats \"{(Source is { } source ? EnglishNames.Of(source) : "?")}\"",
            ChangeKind.TermLength => $"{ChamberName} term",
            ChangeKind.Renewal => $"{ChamberName} renewal",
            ChangeKind.MinimumAge => $"{ChamberName} minimum age",
            ChangeKind.ElectoralSystem => $"{ChamberName} party-list system",
            ChangeKind.ListQuota => $"{ChamberName} list quota",
            _ => Kind.ToString(),
        };
        return Kind is ChangeKind.ChamberAdded or ChangeKind.ChamberRemoved
            ? $"{subject}{(After ?? Before) switch { null => string.Empty, var v => $" ({v})" }}"
            : $"{subject} {Before ?? "none"} → {After ?? "none"}";
    }
}

using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>
/// A period over which a chamber sat, and the rule set its composition is held to under the transitional
/// provisions (the rules it was formed under).
/// </summary>
public sealed record Sitting
{
    private LegislatureRules? heldTo;

    /// <summary>Creates a sitting record.</summary>
    /// <param name="id">The identifier in the dataset.</param>
    /// <param name="chamber">The chamber.</param>
    /// <param name="convocation">The convocation, or <see langword="null"/>.</param>
    /// <param name="period">The half-open period it sat.</param>
    /// <param name="startBasis">What the start date is.</param>
    /// <param name="endReason">Why it ended, or <see langword="null"/> while sitting.</param>
    /// <param name="heldToRuleSetId">The rule set its composition is held to.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <param name="startAlternatives">Other start dates some sources give (a disputed date), or <see langword="null"/> for none.</param>
    /// <param name="endAlternatives">Other end dates some sources give, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An identifier is blank.</exception>
    internal Sitting(string id, ChamberKind chamber, Convocation? convocation, Term period, SittingStartBasis startBasis, SittingEndReason? endReason, string heldToRuleSetId, Provenance provenance, IEnumerable<LocalDate>? startAlternatives = null, IEnumerable<LocalDate>? endAlternatives = null)
    {
        StartAlternatives = ValueList<LocalDate>.From(startAlternatives);
        EndAlternatives = ValueList<LocalDate>.From(endAlternatives);
        Id = Preconditions.NotBlank(id, nameof(id));
        Chamber = chamber;
        Convocation = convocation;
        Period = Preconditions.NotNull(period, nameof(period));
        StartBasis = startBasis;
        EndReason = endReason;
        HeldToRuleSetId = Preconditions.NotBlank(heldToRuleSetId, nameof(heldToRuleSetId));
        Provenance = Preconditions.NotNull(provenance, nameof(provenance));
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the chamber.</summary>
    public ChamberKind Chamber { get; }

    /// <summary>Gets the convocation (resolved when the dataset is loaded), or <see langword="null"/>.</summary>
    public Convocation? Convocation { get; }

    /// <summary>Gets the identifier of <see cref="Convocation"/>, or <see langword="null"/>.</summary>
    public string? ConvocationId => Convocation?.Id;

    /// <summary>Gets the half-open period it sat (the dates the dataset holds best supported; see <see cref="StartAlternatives"/>).</summary>
    public Term Period { get; }

    /// <summary>Gets other start dates some sources give, where the start is disputed (empty otherwise; compared by content).</summary>
    public IReadOnlyList<LocalDate> StartAlternatives { get; }

    /// <summary>Gets other end dates some sources give, where the end is disputed (empty otherwise; compared by content).</summary>
    public IReadOnlyList<LocalDate> EndAlternatives { get; }

    /// <summary>Gets what the start date is.</summary>
    public SittingStartBasis StartBasis { get; }

    /// <summary>Gets why it ended, or <see langword="null"/>.</summary>
    public SittingEndReason? EndReason { get; }

    /// <summary>Gets the identifier of the rule set its composition is held to (the <see cref="LegislatureRules.RuleSetId"/> of <see cref="HeldTo"/>).</summary>
    public string HeldToRuleSetId { get; }

    /// <summary>
    /// Gets the rules its composition is held to, as they applied on its first day (resolved when the dataset is loaded):
    /// the rule set's instrument, form and chambers. For another day (seat counts that follow the regions of the day) use
    /// <see cref="LegislativeHistory.RuleSetAppliedOn"/> or <see cref="ChamberSitting.HeldTo"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The record was not made by <see cref="LegislativeHistory"/> (never the case outside the library).</exception>
    public LegislatureRules HeldTo => heldTo ?? throw new InvalidOperationException($"The sitting '{Id}' has not been resolved against its history.");

    /// <summary>Gets where the facts come from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Returns the chamber and the period.</summary>
    /// <returns>For example <c>Mazhilis [2021-01-15, 2023-01-19) held to amendments-2007</c>.</returns>
    public override string ToString() => $"{Chamber} {Period} held to {HeldToRuleSetId}";

    /// <summary>Sets <see cref="HeldTo"/> once, when the history that loaded the sitting has built its rules.</summary>
    /// <param name="rules">The rules of <see cref="HeldToRuleSetId"/> on the first day.</param>
    internal void Resolve(LegislatureRules rules) => heldTo ??= rules;
}

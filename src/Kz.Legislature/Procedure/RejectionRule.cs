using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.Procedure;

/// <summary>
/// What follows when a stage of a bill rejects it: the bill returns to an earlier stage, which may approve it again by
/// <see cref="Reapproval"/>; the rejecting stage then votes again, and a second rejection ends the bill.
/// </summary>
public sealed record RejectionRule
{
    /// <summary>Creates a rejection rule.</summary>
    /// <param name="stage">The index of the stage whose rejection this is.</param>
    /// <param name="returnsTo">The index of the earlier stage the bill returns to.</param>
    /// <param name="reapproval">The majority by which the earlier stage approves the bill again.</param>
    /// <param name="citation">Where the rule is stated, or <see langword="null"/> for a rule built by hand.</param>
    /// <param name="note">What is particular about the rule, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reapproval"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="returnsTo"/> is not an earlier stage.</exception>
    public RejectionRule(int stage, int returnsTo, Majority reapproval, Citation? citation = null, string? note = null)
    {
        if (returnsTo < 0 || returnsTo >= stage)
        {
            throw ArgumentErrors.OutOfRange(nameof(returnsTo), string.Create(CultureInfo.InvariantCulture, $"A rejected bill returns to an earlier stage: {returnsTo} is not before stage {stage}."));
        }

        Stage = stage;
        ReturnsTo = returnsTo;
        Reapproval = Preconditions.NotNull(reapproval, nameof(reapproval));
        Citation = citation;
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
    }

    /// <summary>Gets the index of the stage whose rejection this is.</summary>
    public int Stage { get; }

    /// <summary>Gets the index of the earlier stage the bill returns to.</summary>
    public int ReturnsTo { get; }

    /// <summary>Gets the majority by which the earlier stage approves the bill again.</summary>
    public Majority Reapproval { get; }

    /// <summary>Gets where the rule is stated, or <see langword="null"/>.</summary>
    public Citation? Citation { get; }

    /// <summary>Gets what is particular about the rule, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Returns the rule in words.</summary>
    /// <returns>For example <c>stage 2 rejects: back to stage 1, at least 2/3 of the total number of deputies</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"stage {Stage + 1} rejects: back to stage {ReturnsTo + 1}, {Reapproval}");
}

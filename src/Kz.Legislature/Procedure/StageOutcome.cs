using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.Procedure;

/// <summary>
/// The outcome of one stage for one chamber (or, for a joint sitting counted as one, for both chambers together): the
/// counts, the base, the yes votes required and whether the stage passed.
/// </summary>
public sealed record StageOutcome
{
    internal StageOutcome(int stageIndex, DecisionStage stage, ChamberKind? chamber, int yes, int no, int abstained, int? present, int? baseCount, int? requiredYes, int? requiredPresent, bool? passed, string reason)
    {
        StageIndex = stageIndex;
        Stage = stage;
        Chamber = chamber;
        Yes = yes;
        No = no;
        Abstained = abstained;
        Present = present;
        Base = baseCount;
        RequiredYes = requiredYes;
        RequiredPresent = requiredPresent;
        Passed = passed;
        Reason = reason;
    }

    /// <summary>Gets the index of the stage in <see cref="DecisionRule.Stages"/>.</summary>
    public int StageIndex { get; }

    /// <summary>Gets the stage.</summary>
    public DecisionStage Stage { get; }

    /// <summary>Gets the chamber these counts are of, or <see langword="null"/> for a joint sitting counted as one body.</summary>
    public ChamberKind? Chamber { get; }

    /// <summary>Gets the votes in favour.</summary>
    public int Yes { get; }

    /// <summary>Gets the votes against.</summary>
    public int No { get; }

    /// <summary>Gets the abstentions.</summary>
    public int Abstained { get; }

    /// <summary>Gets the deputies present, or <see langword="null"/> when not recorded.</summary>
    public int? Present { get; }

    /// <summary>Gets the base the majority is a fraction of (seats, present or votes cast), or <see langword="null"/> where unknown.</summary>
    public int? Base { get; }

    /// <summary>Gets the smallest number of yes votes that passes the stage, or <see langword="null"/> where the rule or its base is unknown.</summary>
    public int? RequiredYes { get; }

    /// <summary>Gets the smallest number of deputies present that makes the quorum, or <see langword="null"/> where no quorum is known.</summary>
    public int? RequiredPresent { get; }

    /// <summary>Gets whether the stage passed, or <see langword="null"/> where the data does not know the rule (never a guess).</summary>
    public bool? Passed { get; }

    /// <summary>Gets the reasoning of this stage in one sentence.</summary>
    public string Reason { get; }

    /// <summary>Gets where the rule applied is stated: the majority's citation, or the body's where the majority is unknown.</summary>
    public Citation? Citation => Stage.MajorityCitation ?? Stage.Citation;

    /// <summary>Returns the stage, the counts and the result.</summary>
    /// <returns>For example <c>Mazhilis 70-20-5: 66 required, passed</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Chamber is { } c ? EnglishNames.Of(c) : Stage.BodyText())} {Yes}-{No}-{Abstained}: {(RequiredYes is { } r ? $"{r} required" : "requirement unknown")}, {ProcedureText.Result(Passed)}");
}

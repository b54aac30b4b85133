using System.Globalization;
using System.Text;
using Kz.Legislature.Internal;

namespace Kz.Legislature.Procedure;

/// <summary>The outcome of a vote on a decision: whether it passed, each stage's requirement and result, and the reasoning.</summary>
public sealed record VoteOutcome
{
    private readonly ValueList<StageOutcome> stages;

    internal VoteOutcome(DecisionRule decision, IEnumerable<StageOutcome> stages, bool? passed, string? stoppedAt)
    {
        Decision = decision;
        this.stages = ValueList<StageOutcome>.From(stages);
        Passed = passed;
        StoppedAt = stoppedAt;
    }

    /// <summary>Gets the decision voted on.</summary>
    public DecisionRule Decision { get; }

    /// <summary>
    /// Gets whether the decision passed: <see langword="true"/> when every stage passed, <see langword="false"/> when a stage
    /// failed, <see langword="null"/> when the data does not know a rule needed to tell (never a guess).
    /// </summary>
    public bool? Passed { get; }

    /// <summary>Gets the outcome of each stage evaluated, in order (one per chamber where a joint sitting counts each chamber).</summary>
    public IReadOnlyList<StageOutcome> Stages => stages;

    /// <summary>Gets why later stages were not evaluated (a stage failed), or <see langword="null"/>.</summary>
    public string? StoppedAt { get; }

    /// <summary>Returns the reasoning: one line per stage, each citing the article that states its rule, then the result.</summary>
    /// <returns>The explanation, in English.</returns>
    public string Explain()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{ProcedureText.Kind(Decision.Kind, Decision.Subjects)} under the rules {Decision.RuleSetId ?? "built by hand"}{(Decision.Period is { } p ? " in force " + p : string.Empty)}:").Append('\n');
        for (var i = 0; i < stages.Count; i++)
        {
            var s = stages[i];
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1}. {s.Reason} [{ProcedureText.Cite(s.Citation)}]").Append('\n');
        }

        if (StoppedAt is not null)
        {
            sb.Append(StoppedAt).Append('\n');
        }

        sb.Append("Result: ").Append(ProcedureText.Result(Passed)).Append('.');
        return sb.ToString();
    }

    /// <summary>Returns the decision and the result.</summary>
    /// <returns>For example <c>ConstitutionalLaw: passed</c>.</returns>
    public override string ToString() => $"{ProcedureText.Kind(Decision.Kind, Decision.Subjects)}: {ProcedureText.Result(Passed)}";
}

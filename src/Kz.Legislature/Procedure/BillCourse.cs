using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.Procedure;

/// <summary>
/// A bill's course through the legislature and the President, as an immutable state machine built from the data of one
/// period (<see cref="History.LegislativeHistory.BillOn"/>): the stages of its decision in order (before 2022 the Mazhilis,
/// then the Senate; from 2022 the Mazhilis adopts and the Senate approves or not; the Kurultai from July 2026), the
/// rejection rule where the data has one, the President's signature or objections, and the override.
/// </summary>
/// <remarks>
/// Each step returns a new course. Each outcome is computed from the votes (<see cref="DecisionRule.Decide"/>); a step that is
/// not due (a Senate vote before the Mazhilis's, an override without objections, a step the period does not have) throws an
/// <see cref="InvalidOperationException"/> whose message says what is due and cites its rule. Where a rule is unknown the course
/// stops in <see cref="BillState.Unknown"/> with the reason.
/// </remarks>
public sealed class BillCourse
{
    private readonly ValueList<string> steps;

    private BillCourse(DecisionRule rule, DecisionRule? overrideRule, BillState state, int stage, bool rejectedOnce, string? reason, ValueList<string> steps)
    {
        Rule = rule;
        OverrideRule = overrideRule;
        State = state;
        StageIndex = stage;
        RejectedOnce = rejectedOnce;
        Reason = reason;
        this.steps = steps;
    }

    /// <summary>Gets the decision the bill goes through (a law or a constitutional law).</summary>
    public DecisionRule Rule { get; }

    /// <summary>Gets the rule for overriding the President's objections in that period, or <see langword="null"/> if the data has none.</summary>
    public DecisionRule? OverrideRule { get; }

    /// <summary>Gets where the bill stands.</summary>
    public BillState State { get; }

    /// <summary>Gets the index of the stage due (of <see cref="Rule"/>, or of <see cref="OverrideRule"/> when awaiting an override).</summary>
    public int StageIndex { get; }

    /// <summary>Gets a value indicating whether a stage has already rejected the bill once (a second rejection ends it).</summary>
    public bool RejectedOnce { get; }

    /// <summary>Gets why the course stopped (failed or unknown), or <see langword="null"/>.</summary>
    public string? Reason { get; }

    /// <summary>Gets what happened so far, one line per step, each citing its rule.</summary>
    public IReadOnlyList<string> Steps => steps;

    /// <summary>Gets the stage due next, or <see langword="null"/> when no vote is due.</summary>
    public DecisionStage? NextStage => State switch
    {
        BillState.AwaitingVote => Rule.Stages[StageIndex],
        BillState.AwaitingReapproval => Reapproval(),
        BillState.AwaitingOverride => OverrideRule!.Stages[StageIndex],
        _ => null,
    };

    /// <summary>Starts a bill's course.</summary>
    /// <param name="rule">The decision the bill goes through.</param>
    /// <param name="overrideRule">The override rule of the same period, or <see langword="null"/>.</param>
    /// <returns>The course, awaiting the first stage's vote.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public static BillCourse Start(DecisionRule rule, DecisionRule? overrideRule = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new BillCourse(rule, overrideRule, BillState.AwaitingVote, 0, false, null, ValueList<string>.Empty);
    }

    /// <summary>Records the vote of the stage due and moves the bill on by its outcome.</summary>
    /// <param name="votes">The votes of the chambers of the stage due.</param>
    /// <returns>The course after the vote.</returns>
    /// <exception cref="InvalidOperationException">No vote is due, or the votes are not those of the stage due; the message says what is due and cites its rule.</exception>
    /// <exception cref="ArgumentException">The counts are impossible for the chamber's seats.</exception>
    public BillCourse Vote(params ChamberVote[] votes)
    {
        ArgumentNullException.ThrowIfNull(votes);
        if (NextStage is not { } stage)
        {
            throw new InvalidOperationException($"No vote is due: {Sentence(Status())}");
        }

        var expected = stage.Chambers.ToHashSet();
        if (votes.Length != expected.Count || !votes.All(v => expected.Contains(v.Chamber)) || votes.Select(v => v.Chamber).Distinct().Count() != votes.Length)
        {
            throw new InvalidOperationException(
                $"The vote of {EnglishNames.Chambers(votes.Select(v => v.Chamber).Distinct())} is not due: {Status()}, so the votes of {EnglishNames.Chambers(expected)} are expected [{ProcedureText.Cite(stage.Citation)}].");
        }

        var source = State == BillState.AwaitingOverride ? OverrideRule! : Rule;
        var single = new DecisionRule(source.Kind, source.Subjects, [stage], stage.Chambers.Where(c => source.SeatsOf(c) is not null).Select(c => new KeyValuePair<ChamberKind, int>(c, source.SeatsOf(c)!.Value)), source.RuleSetId, source.Period, source.Note);
        var outcome = single.Decide(votes);
        var line = string.Join(" ", outcome.Stages.Select(s => $"{s.Reason} [{ProcedureText.Cite(s.Citation)}]"));
        var next = steps.Add(line);
        if (outcome.Passed is null)
        {
            return With(BillState.Unknown, StageIndex, RejectedOnce, "The outcome of this vote is not known from the data: " + line, next);
        }

        var passed = outcome.Passed.Value;
        switch (State)
        {
            case BillState.AwaitingOverride:
                if (!passed)
                {
                    return With(BillState.Failed, StageIndex, RejectedOnce, "The objections were not overridden, so the law is not adopted.", next);
                }

                return StageIndex + 1 < OverrideRule!.Stages.Count
                    ? With(BillState.AwaitingOverride, StageIndex + 1, RejectedOnce, null, next)
                    : With(BillState.Law, StageIndex, RejectedOnce, null, next.Add("The objections were overridden."));
            case BillState.AwaitingReapproval:
                var rejection = Rule.Rejection!;
                return passed
                    ? With(BillState.AwaitingVote, rejection.Stage, true, null, next.Add($"Approved again; back to stage {rejection.Stage + 1} [{ProcedureText.Cite(rejection.Citation)}]."))
                    : With(BillState.Failed, StageIndex, true, "The earlier stage did not approve the bill again, so it fails.", next);
            default:
                if (passed)
                {
                    return StageIndex + 1 < Rule.Stages.Count
                        ? With(BillState.AwaitingVote, StageIndex + 1, RejectedOnce, null, next)
                        : With(BillState.AwaitingPresident, StageIndex, RejectedOnce, null, next);
                }

                if (Rule.Rejection is { } r && r.Stage == StageIndex)
                {
                    return RejectedOnce
                        ? With(BillState.Failed, StageIndex, true, $"Rejected a second time, so the bill fails ({r.Note ?? "second rejection"}) [{ProcedureText.Cite(r.Citation)}].", next)
                        : With(BillState.AwaitingReapproval, r.ReturnsTo, true, null, next.Add($"Rejected; the bill returns to stage {r.ReturnsTo + 1}, which may approve it again by {r.Reapproval} [{ProcedureText.Cite(r.Citation)}]."));
                }

                return StageIndex == 0 || Rule.Rejection is not null
                    ? With(BillState.Failed, StageIndex, RejectedOnce, string.Create(CultureInfo.InvariantCulture, $"Stage {StageIndex + 1} did not pass the bill, so it fails."), next)
                    : With(BillState.Unknown, StageIndex, RejectedOnce, string.Create(CultureInfo.InvariantCulture, $"Stage {StageIndex + 1} did not pass the bill; what follows such a rejection in this period is not in the data."), next);
        }
    }

    /// <summary>The President signs the bill, which becomes law.</summary>
    /// <returns>The course, now <see cref="BillState.Law"/>.</returns>
    /// <exception cref="InvalidOperationException">The bill is not before the President.</exception>
    public BillCourse Sign()
    {
        if (State != BillState.AwaitingPresident)
        {
            throw new InvalidOperationException($"The President cannot sign now: {Sentence(Status())}");
        }

        return With(BillState.Law, StageIndex, RejectedOnce, null, steps.Add("The President signs the law."));
    }

    /// <summary>The President returns the bill with objections.</summary>
    /// <returns>The course, awaiting the override; <see cref="BillState.Unknown"/> if the period's override rule is not in the data.</returns>
    /// <exception cref="InvalidOperationException">The bill is not before the President.</exception>
    public BillCourse Object()
    {
        if (State != BillState.AwaitingPresident)
        {
            throw new InvalidOperationException($"The President cannot object now: {Sentence(Status())}");
        }

        var next = steps.Add("The President returns the law with objections.");
        return OverrideRule is null
            ? With(BillState.Unknown, 0, RejectedOnce, "The rule for overriding the President's objections in this period is not in the data.", next)
            : With(BillState.AwaitingOverride, 0, RejectedOnce, null, next);
    }

    /// <summary>Returns the state and what is due.</summary>
    /// <returns>For example <c>AwaitingVote: the bill is before the Senate (stage 2 of Law under amendments-2007)</c>.</returns>
    public override string ToString() => $"{State}: {Status()}";

    private DecisionStage Reapproval()
    {
        var r = Rule.Rejection!;
        var back = Rule.Stages[r.ReturnsTo];
        return new DecisionStage(back.Body, back.Counting, r.Reapproval, back.Quorum, null, r.Citation, r.Citation, back.QuorumCitation, null, r.Note);
    }

    private BillCourse With(BillState state, int stage, bool rejectedOnce, string? reason, ValueList<string> next) =>
        new(Rule, OverrideRule, state, stage, rejectedOnce, reason, next);

    /// <summary>The text with a full stop at its end, unless it already ends with one (a reason is a whole sentence).</summary>
    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";

    private string Status() => State switch
    {
        BillState.AwaitingVote => string.Create(CultureInfo.InvariantCulture, $"the bill is before the {Rule.Stages[StageIndex].BodyText()} (stage {StageIndex + 1} of {Rule.Describe()})"),
        BillState.AwaitingReapproval => $"the bill is back before the {Rule.Stages[StageIndex].BodyText()}, which may approve it again by {Rule.Rejection!.Reapproval}",
        BillState.AwaitingPresident => "the bill is before the President, who signs it or returns it with objections; no override without objections",
        BillState.AwaitingOverride => string.Create(CultureInfo.InvariantCulture, $"the President objected; the override is before the {OverrideRule!.Stages[StageIndex].BodyText()} (stage {StageIndex + 1} of {OverrideRule.Describe()})"),
        BillState.Law => "the bill is already law",
        BillState.Failed => "the bill has failed" + (Reason is null ? string.Empty : ": " + Reason),
        _ => "the course stopped" + (Reason is null ? string.Empty : ": " + Reason),
    };
}

using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.Procedure;

/// <summary>
/// One decision the legislature takes under the rules of a period: its kind, the subjects it covers, its stages in order,
/// and the seats each chamber's "total number of deputies" stands for on the days it is handed out for.
/// </summary>
/// <remarks>
/// <para>"The total number of deputies" is read as the chamber's statutory seats under the rules the sitting chamber is held
/// to; vacancies do not lower it. A rule from <see cref="History.LegislatureRules.Decisions"/> counts the seats of those rules;
/// one from <see cref="History.LegislativeHistory.DecisionOn"/> counts the seats of the chamber actually sitting that day
/// (107 in the Mazhilis until January 2023, although the 2022 rules provide 98).</para>
/// <para><see cref="Decide"/> computes with integers only and answers <see langword="null"/> where the data does not know a rule.</para>
/// </remarks>
public sealed record DecisionRule
{
    private readonly ValueList<DecisionSubject> subjects;
    private readonly ValueList<DecisionStage> stages;
    private readonly ValueList<KeyValuePair<ChamberKind, int>> seats;

    /// <summary>Creates a decision rule.</summary>
    /// <param name="kind">The kind of decision.</param>
    /// <param name="subjects">The subjects the rule covers (empty for the general rule of the kind).</param>
    /// <param name="stages">The stages, in order (at least one).</param>
    /// <param name="seats">The statutory seats of each chamber that votes (the base "total number of deputies").</param>
    /// <param name="ruleSetId">The rule set the decision belongs to, or <see langword="null"/> for a rule built by hand.</param>
    /// <param name="period">The half-open period the rule holds over, or <see langword="null"/>.</param>
    /// <param name="note">What is particular or unknown about the decision, or <see langword="null"/>.</param>
    /// <param name="rejection">What follows when a stage rejects a bill, or <see langword="null"/> where the data has no such rule.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">There is no stage, a subject or a chamber's seats are given twice, a seat count is negative, or the rejection names a stage that does not exist.</exception>
    public DecisionRule(
        DecisionKind kind,
        IEnumerable<DecisionSubject> subjects,
        IEnumerable<DecisionStage> stages,
        IEnumerable<KeyValuePair<ChamberKind, int>> seats,
        string? ruleSetId = null,
        Term? period = null,
        string? note = null,
        RejectionRule? rejection = null)
    {
        Kind = kind;
        this.subjects = ValueList<DecisionSubject>.From(Preconditions.NotNull(subjects, nameof(subjects)));
        // Loops rather than LINQ over the enums: the history builds these for every period, and the first load would JIT-compile
        // LINQ's generic code for each value type (docs/performance.md, "First load").
        if (HasDuplicateOrNone(this.subjects))
        {
            throw ArgumentErrors.Invalid("Each subject may appear only once, and None is not a subject (leave the list empty for the general rule).", nameof(subjects));
        }

        this.stages = Preconditions.NoNullItems(stages, nameof(stages));
        if (this.stages.Count == 0)
        {
            throw ArgumentErrors.Invalid("A decision has at least one stage.", nameof(stages));
        }

        this.seats = ValueList<KeyValuePair<ChamberKind, int>>.From(Preconditions.NotNull(seats, nameof(seats)));
        if (HasDuplicateOrNegative(this.seats))
        {
            throw ArgumentErrors.Invalid("Each chamber's seats may be given once, as 0 or more.", nameof(seats));
        }

        if (rejection is not null && rejection.Stage >= this.stages.Count)
        {
            throw ArgumentErrors.Invalid("The rejection rule names a stage the decision does not have.", nameof(rejection));
        }

        Rejection = rejection;
        RuleSetId = string.IsNullOrWhiteSpace(ruleSetId) ? null : ruleSetId;
        Period = period;
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
    }

    /// <summary>Gets the kind of decision.</summary>
    public DecisionKind Kind { get; }

    /// <summary>Gets the subjects the rule covers; empty for the general rule of its kind.</summary>
    public IReadOnlyList<DecisionSubject> Subjects => subjects;

    /// <summary>Gets the stages, in order: the body, the majority and its base, the quorum, the readings, each with its citation.</summary>
    public IReadOnlyList<DecisionStage> Stages => stages;

    /// <summary>Gets the rule set the decision belongs to, or <see langword="null"/> for a rule built by hand.</summary>
    public string? RuleSetId { get; }

    /// <summary>Gets the half-open period the rule holds over (the start day is included, the end day is not), or <see langword="null"/>.</summary>
    public Term? Period { get; }

    /// <summary>Gets what is particular or unknown about the decision, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Gets what follows when a stage rejects a bill (used by <see cref="BillCourse"/>), or <see langword="null"/> where the data has no such rule.</summary>
    public RejectionRule? Rejection { get; }

    /// <summary>Gets where the decision is stated: the citation of its first stage's body.</summary>
    public Citation? Citation => stages[0].Citation;

    /// <summary>Gets a value indicating whether every stage's majority is known, so that <see cref="Decide"/> can answer.</summary>
    public bool IsKnown => stages.All(s => s.Majority is not null && (s.Body != StageBody.JointSitting || s.Counting is not null));

    /// <summary>Gets the statutory seats of <paramref name="chamber"/> that "the total number of deputies" stands for, or <see langword="null"/> if not known.</summary>
    /// <param name="chamber">The chamber.</param>
    /// <returns>The seats, or <see langword="null"/>.</returns>
    public int? SeatsOf(ChamberKind chamber)
    {
        foreach (var s in seats)
        {
            if (s.Key == chamber)
            {
                return s.Value;
            }
        }

        return null;
    }

    /// <summary>Returns whether this rule covers <paramref name="subject"/> (<see cref="DecisionSubject.None"/>: the general rule).</summary>
    /// <param name="subject">The subject.</param>
    /// <returns><see langword="true"/> if it does.</returns>
    public bool Covers(DecisionSubject subject) => subject == DecisionSubject.None ? subjects.Count == 0 : subjects.Contains(subject);

    /// <summary>Decides whether a vote passes: each stage in order, with each chamber's counts.</summary>
    /// <param name="votes">One vote per chamber that votes (a stage after a failed stage may be left out).</param>
    /// <returns>The outcome; <see cref="VoteOutcome.Passed"/> is <see langword="null"/> where the data does not know a rule needed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="votes"/> or a vote is null.</exception>
    /// <exception cref="ArgumentException">
    /// A chamber votes twice or takes no part in the decision, a chamber that must vote has no vote, or a chamber has more
    /// deputies present or voting than it has seats.
    /// </exception>
    public VoteOutcome Decide(IEnumerable<ChamberVote> votes)
    {
        var list = Preconditions.NoNullItems(votes, nameof(votes));
        var byChamber = new Dictionary<ChamberKind, ChamberVote>();
        var taking = stages.SelectMany(s => s.Chambers).Distinct().ToList();
        foreach (var v in list)
        {
            if (!byChamber.TryAdd(v.Chamber, v))
            {
                throw ArgumentErrors.Invalid($"Two votes were given for the {EnglishNames.Of(v.Chamber)}; give one vote per chamber.", nameof(votes));
            }

            if (!taking.Contains(v.Chamber))
            {
                throw ArgumentErrors.Invalid(
                    $"The {EnglishNames.Of(v.Chamber)} takes no part in {Describe()}; votes are accepted for: {EnglishNames.Chambers(taking)}.",
                    nameof(votes));
            }

            if (SeatsOf(v.Chamber) is { } s && Math.Max(v.Present ?? 0, v.VotesCast) > s)
            {
                throw ArgumentErrors.Invalid(
                    string.Create(CultureInfo.InvariantCulture, $"{v}: {Math.Max(v.Present ?? 0, v.VotesCast)} deputies {(v.Present > v.VotesCast ? "present" : "voting")}, but the {EnglishNames.Of(v.Chamber)} has {s} seats {SeatsWhen()}."),
                    nameof(votes));
            }
        }

        var outcomes = new List<StageOutcome>();
        bool? passed = true;
        string? stopped = null;
        for (var i = 0; i < stages.Count; i++)
        {
            var stage = stages[i];
            var missing = stage.Chambers.Where(c => !byChamber.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                throw ArgumentErrors.Invalid(
                    string.Create(CultureInfo.InvariantCulture, $"Stage {i + 1} of {Describe()} ({stage.BodyText()}) needs the votes of: {EnglishNames.Chambers(missing)}."),
                    nameof(votes));
            }

            var stageOutcomes = EvaluateStage(i, stage, byChamber);
            outcomes.AddRange(stageOutcomes);
            var stagePassed = And(stageOutcomes.Select(o => o.Passed));
            passed = And([passed, stagePassed]);
            if (stagePassed == false)
            {
                if (i + 1 < stages.Count)
                {
                    stopped = string.Create(CultureInfo.InvariantCulture, $"Stage {i + 1} failed, so the later stages do not take place.");
                }

                break;
            }
        }

        return new VoteOutcome(this, outcomes, passed, stopped);
    }

    /// <summary>Returns the kind, the subjects and the stages.</summary>
    /// <returns>For example <c>ConstitutionalLaw: Mazhilis: at least 2/3 of the total number of deputies; Senate: at least 2/3 of the total number of deputies</c>.</returns>
    public override string ToString() => $"{ProcedureText.Kind(Kind, subjects)}: {string.Join("; ", stages)}";

    internal string Describe() => $"the decision {ProcedureText.Kind(Kind, subjects)}{(RuleSetId is null ? string.Empty : " under " + RuleSetId)}";

    private static bool HasDuplicateOrNone(ValueList<DecisionSubject> subjects)
    {
        for (var i = 0; i < subjects.Count; i++)
        {
            if (subjects[i] == DecisionSubject.None)
            {
                return true;
            }

            for (var j = 0; j < i; j++)
            {
                if (subjects[j] == subjects[i])
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasDuplicateOrNegative(ValueList<KeyValuePair<ChamberKind, int>> seats)
    {
        for (var i = 0; i < seats.Count; i++)
        {
            if (seats[i].Value < 0)
            {
                return true;
            }

            for (var j = 0; j < i; j++)
            {
                if (seats[j].Key == seats[i].Key)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private string SeatsWhen() => Period is { } p ? "under the rules in force " + p : "under these rules";

    private static bool? And(IEnumerable<bool?> values)
    {
        bool? result = true;
        foreach (var v in values)
        {
            if (v == false)
            {
                return false;
            }

            if (v is null)
            {
                result = null;
            }
        }

        return result;
    }

    private List<StageOutcome> EvaluateStage(int index, DecisionStage stage, Dictionary<ChamberKind, ChamberVote> votes)
    {
        if (stage.Body == StageBody.JointSitting && stage.Counting == JointCounting.JointTotal)
        {
            var both = stage.Chambers.Select(c => votes[c]).ToList();
            int? present = both.All(v => v.Present is not null) ? both.Sum(v => v.Present!.Value) : null;
            int? seatsTotal = both.All(v => SeatsOf(v.Chamber) is not null) ? both.Sum(v => SeatsOf(v.Chamber)!.Value) : null;
            return [Evaluate(index, stage, null, both.Sum(v => v.Yes), both.Sum(v => v.No), both.Sum(v => v.Abstained), present, seatsTotal)];
        }

        return stage.Chambers.Select(c =>
        {
            var v = votes[c];
            return Evaluate(index, stage, c, v.Yes, v.No, v.Abstained, v.Present, SeatsOf(c));
        }).ToList();
    }

    private static StageOutcome Evaluate(int index, DecisionStage stage, ChamberKind? chamber, int yes, int no, int abstained, int? present, int? seatCount)
    {
        var who = chamber is { } c ? EnglishNames.Of(c) + (stage.Body == StageBody.JointSitting ? " at the joint sitting" : string.Empty) : stage.BodyText();
        var counts = string.Create(CultureInfo.InvariantCulture, $"{who}: {yes} yes, {no} no, {abstained} abstained{(present is { } p ? $", {p} present" : string.Empty)}");
        StageOutcome Unknown(string why) => new(index, stage, chamber, yes, no, abstained, present, null, null, null, null, $"{counts}; {why} The outcome is unknown.");

        if (stage.Majority is not { } majority)
        {
            return Unknown("the majority this stage needs is not known" + (stage.Note is null ? "." : stage.Note.EndsWith('.') ? $" ({stage.Note})" : $" ({stage.Note})."));
        }

        if (stage.Body == StageBody.JointSitting && stage.Counting is null)
        {
            return Unknown("whether the joint sitting counts each chamber or the joint total is not known.");
        }

        int? baseCount = majority.Base switch
        {
            MajorityBase.TotalDeputies => seatCount,
            MajorityBase.Present => present,
            _ => yes + no + abstained,
        };
        if (baseCount is not { } b)
        {
            return Unknown(majority.Base == MajorityBase.TotalDeputies
                ? "the number of seats is not known for these rules."
                : "the number of deputies present was not given, and the majority is a fraction of those present.");
        }

        var required = majority.RequiredOf(b);
        int? requiredPresent = null;
        var quorumText = string.Empty;
        if (stage.Quorum is { } quorum && seatCount is { } seatsForQuorum)
        {
            requiredPresent = quorum.RequiredOf(seatsForQuorum);
            var atLeastPresent = present ?? (yes + no + abstained);
            if (atLeastPresent < requiredPresent)
            {
                if (present is null)
                {
                    return new StageOutcome(index, stage, chamber, yes, no, abstained, present, b, required, requiredPresent, null,
                        string.Create(CultureInfo.InvariantCulture, $"{counts}; the quorum is {quorum} ({requiredPresent} of {seatsForQuorum}) and only {atLeastPresent} voted, so without the number present the quorum cannot be checked. The outcome is unknown."));
                }

                return new StageOutcome(index, stage, chamber, yes, no, abstained, present, b, required, requiredPresent, false,
                    string.Create(CultureInfo.InvariantCulture, $"{counts}; the quorum is {quorum} ({requiredPresent} of {seatsForQuorum}), and {present} present do not make it, so the stage fails."));
            }

            quorumText = string.Create(CultureInfo.InvariantCulture, $" The quorum of {requiredPresent} is met.");
        }

        var ok = yes >= required;
        return new StageOutcome(index, stage, chamber, yes, no, abstained, present, b, required, requiredPresent, ok,
            string.Create(CultureInfo.InvariantCulture, $"{counts}; it needs {majority} ({b}), that is {required} yes; {yes} {(ok ? "reach" : "fall short of")} it, so the stage {(ok ? "passes" : "fails")}.{quorumText}"));
    }
}

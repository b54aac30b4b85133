using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Kz.Legislature.History;
using Kz.Legislature.Procedure;

namespace Kz.Legislature.Validation;

/// <summary>
/// Validates a recorded vote (<see cref="Division"/>) against the rules of its date: the decision exists then, each chamber that
/// voted takes part and has no more deputies present or voting than seats, every chamber that must vote has counts, and the
/// claimed result equals the one computed from the counts (<see cref="DecisionRule.Decide"/>, with the seats of the chamber
/// sitting that day, as <see cref="LegislativeHistory.DecisionOn"/>).
/// </summary>
/// <remarks>
/// Codes <c>KZL5001</c>–<c>KZL5007</c>; each failure cites the value it concerns (the decision's body, its majority, the chamber's
/// composition, or the rule set). Where the data does not know a rule the result depends on, the warning <c>KZL5005</c> says so
/// instead of a verdict. <c>Validate</c> never throws for any input, including <see langword="null"/>. Instances are immutable
/// and thread-safe.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public sealed class DivisionValidator : AbstractValidator<Division>
{
    /// <summary>Creates a validator using the embedded history (<see cref="LegislativeHistory.Kazakhstan"/>).</summary>
    public DivisionValidator()
        : this(LegislativeHistory.Kazakhstan)
    {
    }

    /// <summary>Creates a validator using <paramref name="history"/>.</summary>
    /// <param name="history">The legislative history whose rules apply.</param>
    /// <param name="options">The culture of the messages (<see cref="ValidationOptions.Culture"/>; the seat-counting mode does not
    /// apply to votes), or <see langword="null"/> for <see cref="ValidationOptions.Statutory"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public DivisionValidator(LegislativeHistory history, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        History = history;
        Options = options ?? ValidationOptions.Statutory;
        // One verdict on the whole division, in every rule set (as the party-list rules): a selection never skips it.
        RuleSet(ValidationRuleSets.Every, () => RuleFor(d => d).Custom((division, context) => Failures.AddAll(context, Check(division))));
    }

    /// <summary>Gets the history whose rules apply.</summary>
    public LegislativeHistory History { get; }

    /// <summary>Gets the options.</summary>
    public ValidationOptions Options { get; }

    /// <inheritdoc/>
    protected override bool PreValidate(ValidationContext<Division> context, ValidationResult result) =>
        Failures.RejectNull(context, result, nameof(Division), Localizer.For(Options));

    private List<ValidationFailure> Check(Division d)
    {
        var failures = new List<ValidationFailure>();
        var loc = Localizer.For(Options);
        var date = Failures.Iso(d.Date);
        if (d.Date < History.CoverageStart)
        {
            failures.Add(loc.Create(ValidationCodes.DateBeforeCoverage, nameof(Division.Date), d.Date, null, ("Date", date), ("CoverageStart", Failures.Iso(History.CoverageStart))));
            return failures;
        }

        var rules = History.RulesOn(d.Date);
        var decisionName = DecisionNames.Of(d.Kind, d.Subject, loc);
        if (rules.TryGetDecision(d.Kind, d.Subject) is null)
        {
            var existing = rules.Decisions.Count == 0 ? loc.None() : string.Join(", ", rules.Decisions.Select(x => DecisionNames.Of(x.Kind, x.Subjects.Count == 0 ? DecisionSubject.None : x.Subjects[0], loc)));
            failures.Add(loc.Create(ValidationCodes.DecisionNotOnDate, nameof(Division.Kind), d.Kind, rules.RuleSetCitation,
                ("Decision", decisionName), ("Date", date), ("Instrument", loc.Name(rules.Instrument.Name)), ("Decisions", existing)));
            return failures;
        }

        var rule = History.DecisionOn(d.Date, d.Kind, d.Subject);
        var taking = rule.Stages.SelectMany(s => s.Chambers).Distinct().ToList();
        var sitting = History.SittingOn(d.Date);
        for (var i = 0; i < d.Votes.Count; i++)
        {
            var v = d.Votes[i];
            var property = $"{nameof(Division.Votes)}[{i.ToString(CultureInfo.InvariantCulture)}]";
            var count = d.Votes.Count(x => x.Chamber == v.Chamber);
            if (count > 1)
            {
                if (d.Votes.Select((x, k) => (x.Chamber, k)).First(p => p.Chamber == v.Chamber).k == i)
                {
                    failures.Add(loc.Create(ValidationCodes.DuplicateChamberVote, property, v, rule.Citation, ("Chamber", loc.Name(v.Chamber)), ("Count", count)));
                }

                continue;
            }

            if (!taking.Contains(v.Chamber))
            {
                failures.Add(loc.Create(ValidationCodes.ChamberTakesNoPart, property, v, rule.Citation,
                    ("Chamber", loc.Name(v.Chamber)), ("Decision", decisionName), ("Date", date), ("Chambers", loc.Chambers(taking))));
                continue;
            }

            if (rule.SeatsOf(v.Chamber) is { } seats && Math.Max(v.Present ?? 0, v.VotesCast) > seats)
            {
                var held = sitting.Chamber(v.Chamber)?.HeldTo ?? rules.TryGetChamber(v.Chamber);
                failures.Add(loc.Create(ValidationCodes.CountsExceedSeats, property, v, held?.CitationFor(RuleAspect.Composition) ?? rules.RuleSetCitation,
                    ("Chamber", loc.Name(v.Chamber)), ("Date", date), ("Actual", Math.Max(v.Present ?? 0, v.VotesCast)), ("Expected", seats)));
            }
        }

        if (failures.Count > 0)
        {
            return failures;
        }

        VoteOutcome outcome;
        try
        {
            outcome = rule.Decide(d.Votes);
        }
        catch (ArgumentException)
        {
            foreach (var c in taking.Where(c => d.Votes.All(v => v.Chamber != c)))
            {
                failures.Add(loc.Create(ValidationCodes.MissingChamberVote, nameof(Division.Votes), null, rule.Citation,
                    ("Decision", decisionName), ("Date", date), ("Chamber", loc.Name(c))));
            }

            return failures;
        }

        if (outcome.Passed is not { } computed)
        {
            var unknown = outcome.Stages.First(s => s.Passed is null);
            failures.Add(loc.Create(ValidationCodes.ResultUnknown, nameof(Division.ClaimedPassed), d.ClaimedPassed, unknown.Citation,
                ("Decision", decisionName), ("Date", date), ("Chamber", unknown.Chamber is { } uc ? loc.Name(uc) : loc.Chambers(unknown.Stage.Chambers))));
        }
        else if (computed != d.ClaimedPassed)
        {
            var deciding = computed ? outcome.Stages[^1] : outcome.Stages.First(s => s.Passed == false);
            failures.Add(loc.Create(ValidationCodes.ResultMismatch, nameof(Division.ClaimedPassed), d.ClaimedPassed, deciding.Citation,
                ("Date", date), ("Decision", decisionName), ("Claimed", DecisionNames.Result(d.ClaimedPassed, loc)), ("Computed", DecisionNames.Result(computed, loc)),
                ("Chamber", deciding.Chamber is { } dc ? loc.Name(dc) : loc.Chambers(deciding.Stage.Chambers)), ("Yes", deciding.Yes), ("Required", deciding.RequiredYes ?? 0)));
        }

        return failures;
    }
}

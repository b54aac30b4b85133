using Kz.Legislature.Procedure;

namespace Kz.Legislature.History.Loading;

/// <summary>The decisions of one rule set, as read from <c>$.decisionRules</c>; seats are added per period by <see cref="RulesFor"/>.</summary>
/// <param name="RuleSetId">The rule set.</param>
/// <param name="Decisions">Its decisions.</param>
/// <param name="Provenance">The provenance of the entry.</param>
internal sealed record DecisionSetData(string RuleSetId, IReadOnlyList<DecisionData> Decisions, Provenance Provenance)
{
    /// <summary>The decision rules of a rule set for a period whose chambers have the given seats.</summary>
    /// <param name="sets">The decision sets of the dataset.</param>
    /// <param name="ruleSetId">The rule set.</param>
    /// <param name="ruleSetPeriod">Its period.</param>
    /// <param name="chambers">The chambers of the period, with their seats.</param>
    /// <returns>The rules, none where the rule set has no decision set.</returns>
    public static IEnumerable<DecisionRule> RulesFor(IReadOnlyList<DecisionSetData> sets, string ruleSetId, Term ruleSetPeriod, IEnumerable<ChamberRules> chambers)
    {
        var set = sets.FirstOrDefault(s => string.Equals(s.RuleSetId, ruleSetId, StringComparison.Ordinal));
        if (set is null)
        {
            return [];
        }

        var seats = chambers.Select(c => new KeyValuePair<ChamberKind, int>(c.Kind, c.StatutorySeats)).ToList();
        return set.Decisions.Select(d => new DecisionRule(d.Kind, d.Subjects, d.Stages, seats.Where(s => d.Stages.Any(st => st.Chambers.Contains(s.Key))), ruleSetId, ruleSetPeriod, d.Note, d.Rejection)).ToList();
    }
}

/// <summary>One decision as read, before the seats of a period are known.</summary>
/// <param name="Kind">The kind of decision.</param>
/// <param name="Subjects">Its subjects (none for the general rule).</param>
/// <param name="Stages">Its stages.</param>
/// <param name="Note">A note.</param>
/// <param name="Rejection">What follows a rejection, if the data gives it.</param>
internal sealed record DecisionData(DecisionKind Kind, IReadOnlyList<DecisionSubject> Subjects, IReadOnlyList<DecisionStage> Stages, string? Note, RejectionRule? Rejection);

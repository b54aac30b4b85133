namespace Kz.Legislature.Validation;

/// <summary>
/// The names of the validators' rule sets, to choose rules with FluentValidation's own API, for example
/// <c>validator.Validate(senate, o =&gt; o.IncludeRuleSets(ValidationRuleSets.Seats))</c>. Without a choice every rule runs.
/// </summary>
/// <remarks>
/// <para>Every rule is also in FluentValidation's <c>default</c> rule set, so <c>Validate(x)</c>, <c>IncludeRulesNotInRuleSet()</c>
/// and <c>IncludeRuleSets("default")</c> run all of them. The verdict that a date is before the history's coverage
/// (<c>KZL0002</c>), that a chamber does not exist (<c>KZL1001</c>) and that nothing was given (<c>KZL0001</c>) belongs to every rule
/// set, so a selection never passes a composition that no rule could apply to. The party-list rules (<c>KZL4xxx</c>) are not
/// divided and run under every rule set. docs/validation-codes.md gives each code's rule set.</para>
/// <para>To leave a rule set out, include the others, for example
/// <c>o.IncludeRuleSets(ValidationRuleSets.Structure, ValidationRuleSets.Seats, ValidationRuleSets.Regions)</c> runs every rule
/// except the mandate rules.</para>
/// </remarks>
public static class ValidationRuleSets
{
    /// <summary>The members and the legislature's make-up: who sits in which chamber, on the date, once, and the convocation
    /// (<c>KZL1011</c>–<c>KZL1015</c>, <c>KZL3001</c>–<c>KZL3003</c>).</summary>
    public const string Structure = "structure";

    /// <summary>The seats by number and source, the single-member districts and the parties of party-list seats
    /// (<c>KZL1002</c>, <c>KZL1003</c>, <c>KZL1007</c>–<c>KZL1010</c>).</summary>
    public const string Seats = "seats";

    /// <summary>The region-by-region seats and their renewal cohorts (<c>KZL1004</c>–<c>KZL1006</c>, <c>KZL2007</c>).</summary>
    public const string Regions = "regions";

    /// <summary>Each mandate against the rules of its first day: term, end, age, region, formation and end of the chamber
    /// (<c>KZL2001</c>–<c>KZL2006</c>, <c>KZL2008</c>–<c>KZL2010</c>).</summary>
    public const string Mandates = "mandates";

    /// <summary>The value FluentValidation gives the rules that are in no named rule set (every rule here is in it too).</summary>
    internal const string Default = "default";

    /// <summary>Every rule set, for the rules that belong to all of them (the existence verdict, child validators).</summary>
    internal const string Every = Default + "," + Structure + "," + Seats + "," + Regions + "," + Mandates;

    /// <summary>Gets the names of the rule sets: <c>structure</c>, <c>seats</c>, <c>regions</c>, <c>mandates</c>.</summary>
    public static IReadOnlyList<string> All { get; } = Array.AsReadOnly([Structure, Seats, Regions, Mandates]);

    /// <summary>The rule-set list for a rule of <paramref name="name"/>: that set and the default one.</summary>
    internal static string AndDefault(string name) => Default + "," + name;
}

using FluentValidation;
using FluentValidation.Results;
using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

/// <summary>
/// The rules of a chamber's composition, shared by <see cref="SenateValidator"/>, <see cref="MazhilisValidator"/>,
/// <see cref="KurultaiValidator"/> and <see cref="SupremeCouncilValidator"/>: a composition is checked against the rules its
/// chamber is held to on its date (<see cref="LegislativeHistory.HeldTo(ChamberKind, LocalDate)"/>): the rules of the sitting
/// chamber under the transitional provisions or, when it is not sitting, the rules in force. Each mandate is also checked with
/// the rules of its first day (see <see cref="MandateValidator"/>; its seat source is checked by the composition's seat plan
/// instead). Only this library derives from it.
/// </summary>
/// <typeparam name="T">The composition type of the chamber.</typeparam>
/// <remarks>
/// <para>The rules are FluentValidation rules in the rule sets of <see cref="ValidationRuleSets"/> (and the default one), so
/// <c>Validate(c, o =&gt; o.IncludeRuleSets(ValidationRuleSets.Seats))</c> and <c>CreateDescriptor()</c> work as usual.</para>
/// <para>Every failure carries a code from <see cref="ValidationCodes"/>, a message in the culture of
/// <see cref="ValidationOptions.Culture"/> (else the global language manager's, else the current UI culture; en, ru or kk)
/// and a <see cref="Citation"/> in its custom state. <c>Validate</c> never throws for any input, including
/// <see langword="null"/>. Instances are immutable and thread-safe; build one and reuse it.</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public abstract class ChamberValidator<T> : AbstractValidator<T>
    where T : ChamberComposition
{
    private readonly ChamberKind kind;

    private protected ChamberValidator(LegislativeHistory history, ValidationOptions? options, ChamberKind kind)
    {
        ArgumentNullException.ThrowIfNull(history);
        History = history;
        Options = options ?? ValidationOptions.Statutory;
        this.kind = kind;
        var checks = new CompositionChecks(history, Options);
        Rule(checks, ValidationRuleSets.Every, c => c.Date, checks.CheckExistence);
        Rule(checks, ValidationRuleSets.AndDefault(ValidationRuleSets.Structure), c => c.Mandates, checks.CheckStructure);
        Rule(checks, ValidationRuleSets.AndDefault(ValidationRuleSets.Seats), c => c.Mandates, checks.CheckSeats);
        Rule(checks, ValidationRuleSets.AndDefault(ValidationRuleSets.Regions), c => c.Mandates, checks.CheckRegions);
        Rule(checks, ValidationRuleSets.AndDefault(ValidationRuleSets.Seats), c => c.Mandates, checks.CheckDistricts);
        Rule(checks, ValidationRuleSets.AndDefault(ValidationRuleSets.Regions), c => c.Mandates, checks.CheckCohorts);
        Rule(checks, ValidationRuleSets.AndDefault(ValidationRuleSets.Structure), c => c.Convocation, checks.CheckConvocation);
        RuleSet(ValidationRuleSets.AndDefault(ValidationRuleSets.Mandates), () =>
            RuleFor(c => c.Mandates).Custom((mandates, context) =>
                Failures.AddAll(context, checks.CheckMandates(mandates, context.InstanceToValidate.Date, checks.Localizer))));
    }

    /// <summary>Gets the history whose rules apply.</summary>
    public LegislativeHistory History { get; }

    /// <summary>Gets the options.</summary>
    public ValidationOptions Options { get; }

    /// <inheritdoc/>
    protected sealed override bool PreValidate(ValidationContext<T> context, ValidationResult result) =>
        Failures.RejectNull(context, result, kind.ToString(), Localizer.For(Options));

    /// <summary>One rule: a check of the whole composition, reported under <paramref name="ruleSets"/> for <paramref name="property"/>.</summary>
    private void Rule<TProperty>(
        CompositionChecks checks,
        string ruleSets,
        System.Linq.Expressions.Expression<Func<T, TProperty>> property,
        Action<ChamberComposition, ChamberKind, Localizer, List<ValidationFailure>> check)
    {
        RuleSet(ruleSets, () =>
            RuleFor(property).Custom((_, context) =>
            {
                var failures = new List<ValidationFailure>();
                check(context.InstanceToValidate, kind, checks.Localizer, failures);
                if (failures.Count > 0)
                {
                    Failures.AddAll(context, failures);
                }
            }));
    }
}

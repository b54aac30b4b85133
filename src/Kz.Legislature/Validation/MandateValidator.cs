using FluentValidation;
using FluentValidation.Results;
using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

/// <summary>
/// Validates one mandate against the rules its chamber was held to on the mandate's first day: the chamber existed and had
/// already been formed (its first election or sitting), the region named existed, the seat source was provided for, the
/// deputy was born and old enough (when the birth date is known), the term is not longer than the chamber's term of office,
/// an earlier end states a reason, and an end for a stated reason does not fall after the chamber's end (no Senate or
/// Mazhilis mandate ends after 1 July 2026, and one cut short that day ends by constitutional termination, Art. 95 of the
/// 2026 Constitution).
/// </summary>
/// <remarks>
/// A running mandate (no end) is not checked against the term or the chamber's end. The mandate is seen from its first day
/// (inside a chamber validator, from the composition's date): a scheduled end (no reason, or term expiry) after the chamber's
/// end is lawful then, because that end is history, not a defect of the record. Every failure carries a code from
/// <see cref="ValidationCodes"/>, a localized message and a <see cref="Citation"/>. <c>Validate</c> never throws.
/// Instances are immutable and thread-safe.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public sealed class MandateValidator : AbstractValidator<Mandate>
{
    /// <summary>Creates a validator using the embedded history (<see cref="LegislativeHistory.Kazakhstan"/>).</summary>
    public MandateValidator()
        : this(LegislativeHistory.Kazakhstan)
    {
    }

    /// <summary>Creates a validator using <paramref name="history"/>.</summary>
    /// <param name="history">The legislative history whose rules apply.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ValidationOptions.Statutory"/> (mandate rules do not depend on them).</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public MandateValidator(LegislativeHistory history, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        History = history;
        Options = options ?? ValidationOptions.Statutory;
        var checks = new MandateChecks(history, checkSource: true);
        RuleSet(ValidationRuleSets.Every, () =>
            RuleFor(m => m.Start).Custom((start, context) =>
            {
                if (start < history.CoverageStart)
                {
                    Failures.AddAll(context, checks.Check(context.InstanceToValidate, null, Localizer.For(Options)));
                }
            }));
        RuleSet(ValidationRuleSets.AndDefault(ValidationRuleSets.Mandates), () =>
            RuleFor(m => m).Custom((mandate, context) =>
            {
                if (mandate.Start >= history.CoverageStart)
                {
                    Failures.AddAll(context, checks.Check(mandate, null, Localizer.For(Options)));
                }
            }));
    }

    /// <summary>Gets the history whose rules apply.</summary>
    public LegislativeHistory History { get; }

    /// <summary>Gets the options.</summary>
    public ValidationOptions Options { get; }

    /// <inheritdoc/>
    protected override bool PreValidate(ValidationContext<Mandate> context, ValidationResult result) =>
        Failures.RejectNull(context, result, nameof(Mandate), Localizer.For(Options));
}

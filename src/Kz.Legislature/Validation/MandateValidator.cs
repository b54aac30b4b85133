using FluentValidation;
using FluentValidation.Results;
using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

/// <summary>
/// Validates one mandate against the rules its chamber was held to on the mandate's first day: the chamber existed, the seat
/// source was provided for, the deputy was old enough (when the birth date is known), the term is not longer than the
/// chamber's term of office, an earlier end states a reason, and the mandate does not outlive the chamber (no Senate or
/// Mazhilis mandate runs past 1 July 2026 unless it ended that day by constitutional termination, Art. 95 of the 2026 Constitution).
/// </summary>
/// <remarks>
/// A running mandate (no end) is not checked against the term or the chamber's end. Every failure carries a code from
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
        RuleFor(m => m).Custom((mandate, context) =>
        {
            Failures.AddAll(context, checks.Check(mandate));
        });
    }

    /// <summary>Gets the history whose rules apply.</summary>
    public LegislativeHistory History { get; }

    /// <summary>Gets the options.</summary>
    public ValidationOptions Options { get; }

    /// <inheritdoc/>
    protected override bool PreValidate(ValidationContext<Mandate> context, ValidationResult result) =>
        Failures.RejectNull(context, result, nameof(Mandate));
}

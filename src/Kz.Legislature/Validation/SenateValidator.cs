using FluentValidation;
using FluentValidation.Results;
using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

/// <summary>
/// Validates a composition of the Senate (1995–2026) against the rules it is held to on its date: the rules of the sitting chamber
/// under the transitional provisions, or, when it is not sitting, the rules in force. Each mandate is also checked with the
/// rules of its first day (see <see cref="MandateValidator"/>; its seat source is checked by the composition's seat plan instead).
/// </summary>
/// <remarks>
/// Every failure carries a code from <see cref="ValidationCodes"/>, a message in the current UI culture (en, ru or kk) and a
/// <see cref="Citation"/> in its custom state. <c>Validate</c> never throws for any input, including <see langword="null"/>.
/// Instances are immutable and thread-safe; build one and reuse it.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public sealed class SenateValidator : AbstractValidator<Senate>
{
    /// <summary>Creates a validator using the embedded history (<see cref="LegislativeHistory.Kazakhstan"/>) and statutory options.</summary>
    public SenateValidator()
        : this(LegislativeHistory.Kazakhstan)
    {
    }

    /// <summary>Creates a validator using <paramref name="history"/>.</summary>
    /// <param name="history">The legislative history whose rules apply.</param>
    /// <param name="options">How strictly seats are counted, or <see langword="null"/> for <see cref="ValidationOptions.Statutory"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public SenateValidator(LegislativeHistory history, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        History = history;
        Options = options ?? ValidationOptions.Statutory;
        var checks = new CompositionChecks(history, Options);
        RuleFor(c => c).Custom((composition, context) =>
        {
            Failures.AddAll(context, checks.Check(composition, ChamberKind.Senate));
        });
        RuleFor(c => c.Mandates).Custom((mandates, context) =>
        {
            Failures.AddAll(context, checks.CheckMandates(mandates, context.InstanceToValidate.Date));
        });
    }

    /// <summary>Gets the history whose rules apply.</summary>
    public LegislativeHistory History { get; }

    /// <summary>Gets the options.</summary>
    public ValidationOptions Options { get; }

    /// <inheritdoc/>
    protected override bool PreValidate(ValidationContext<Senate> context, ValidationResult result) =>
        Failures.RejectNull(context, result, nameof(Senate));
}

using FluentValidation;
using FluentValidation.Results;
using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

/// <summary>
/// Validates a composition of any chamber: it dispatches on the composition's kind to <see cref="SenateValidator"/>,
/// <see cref="MazhilisValidator"/>, <see cref="KurultaiValidator"/> or <see cref="SupremeCouncilValidator"/> built with the same
/// history and options, so the failures are exactly theirs.
/// </summary>
/// <remarks>
/// The dispatch is in every rule set of <see cref="ValidationRuleSets"/>, so a rule-set selection (for example
/// <c>o.IncludeRuleSets(ValidationRuleSets.Seats)</c>) reaches the chamber's own rules. <c>Validate</c> never throws for any
/// input, including <see langword="null"/>. Instances are immutable and thread-safe; build one and reuse it.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public sealed class ChamberCompositionValidator : AbstractValidator<ChamberComposition>
{
    /// <summary>Creates a validator using the embedded history (<see cref="LegislativeHistory.Kazakhstan"/>) and statutory options.</summary>
    public ChamberCompositionValidator()
        : this(LegislativeHistory.Kazakhstan)
    {
    }

    /// <summary>Creates a validator using <paramref name="history"/>.</summary>
    /// <param name="history">The legislative history whose rules apply.</param>
    /// <param name="options">How strictly seats are counted and the culture of the messages, or <see langword="null"/> for <see cref="ValidationOptions.Statutory"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public ChamberCompositionValidator(LegislativeHistory history, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        History = history;
        Options = options ?? ValidationOptions.Statutory;
        var senate = new SenateValidator(history, Options);
        var mazhilis = new MazhilisValidator(history, Options);
        var kurultai = new KurultaiValidator(history, Options);
        var supremeCouncil = new SupremeCouncilValidator(history, Options);
        RuleSet(ValidationRuleSets.Every, () =>
            RuleFor(c => c).SetInheritanceValidator(v => v
                .Add(senate)
                .Add(mazhilis)
                .Add(kurultai)
                .Add(supremeCouncil)));
    }

    /// <summary>Gets the history whose rules apply.</summary>
    public LegislativeHistory History { get; }

    /// <summary>Gets the options.</summary>
    public ValidationOptions Options { get; }

    /// <inheritdoc/>
    protected override bool PreValidate(ValidationContext<ChamberComposition> context, ValidationResult result) =>
        Failures.RejectNull(context, result, nameof(ChamberComposition), Localizer.For(Options));
}

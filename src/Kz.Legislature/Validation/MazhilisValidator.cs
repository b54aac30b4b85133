using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

/// <summary>
/// Validates a composition of the Mazhilis (1995–2026) against the rules it is held to on its date (see <see cref="ChamberValidator{T}"/>).
/// </summary>
/// <remarks>
/// Every failure carries a code from <see cref="ValidationCodes"/>, a localized message and a <see cref="Citation"/> in its
/// custom state. <c>Validate</c> never throws for any input, including <see langword="null"/>. Instances are immutable and
/// thread-safe; build one and reuse it.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public sealed class MazhilisValidator : ChamberValidator<Mazhilis>
{
    /// <summary>Creates a validator using the embedded history (<see cref="LegislativeHistory.Kazakhstan"/>) and statutory options.</summary>
    public MazhilisValidator()
        : this(LegislativeHistory.Kazakhstan)
    {
    }

    /// <summary>Creates a validator using <paramref name="history"/>.</summary>
    /// <param name="history">The legislative history whose rules apply.</param>
    /// <param name="options">How strictly seats are counted and the culture of the messages, or <see langword="null"/> for <see cref="ValidationOptions.Statutory"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public MazhilisValidator(LegislativeHistory history, ValidationOptions? options = null)
        : base(history, options, ChamberKind.Mazhilis)
    {
    }
}

using System.Diagnostics.CodeAnalysis;
using FluentValidation.Results;

namespace Kz.Legislature.Serialization;

/// <summary>
/// The outcome of reading then validating a document in one call: either the value read with its
/// FluentValidation result, or the parse error that stopped the read.
/// </summary>
/// <typeparam name="T">The type read: a <see cref="ChamberComposition"/> or a <see cref="Legislature.Parliament"/>.</typeparam>
/// <remarks>A document that does not parse is never validated, and nothing partial is kept: when <see cref="IsParsed"/> is
/// <see langword="false"/>, <see cref="Value"/> and <see cref="Validation"/> are <see langword="null"/>.</remarks>
public sealed class JsonReadResult<T>
    where T : class
{
    private JsonReadResult(T? value, ValidationResult? validation, IReadOnlyList<LegislatureJsonException> parseErrors)
    {
        Value = value;
        Validation = validation;
        ParseErrors = parseErrors;
    }

    /// <summary>Gets the value read, or <see langword="null"/> if the document did not parse.</summary>
    public T? Value { get; }

    /// <summary>Gets the validation result of <see cref="Value"/>, or <see langword="null"/> if the document did not parse.</summary>
    public ValidationResult? Validation { get; }

    /// <summary>Gets the parse errors (empty when the document parsed). The reader stops at the first error, so there is at most one.</summary>
    public IReadOnlyList<LegislatureJsonException> ParseErrors { get; }

    /// <summary>Gets a value indicating whether the document parsed; then <see cref="Value"/> and <see cref="Validation"/> are set.</summary>
    [MemberNotNullWhen(true, nameof(Value), nameof(Validation))]
    public bool IsParsed => Value is not null;

    /// <summary>
    /// Gets a value indicating whether the document parsed and the value passed validation: its <see cref="Validation"/> has no
    /// failure of any severity (<see cref="ValidationResult.IsValid"/>; a warning is a failure too, as in FluentValidation and in
    /// <c>kzleg validate</c>).
    /// </summary>
    [MemberNotNullWhen(true, nameof(Value), nameof(Validation))]
    public bool IsValid => Value is not null && Validation is not null && Validation.IsValid;

    /// <summary>Creates a result for a value that parsed.</summary>
    /// <param name="value">The value.</param>
    /// <param name="validation">Its validation result.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static JsonReadResult<T> Parsed(T value, ValidationResult validation)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(validation);
        return new JsonReadResult<T>(value, validation, []);
    }

    /// <summary>Creates a result for a document that did not parse.</summary>
    /// <param name="error">The parse error.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static JsonReadResult<T> Failed(LegislatureJsonException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new JsonReadResult<T>(null, null, [error]);
    }

    /// <summary>Returns a short description.</summary>
    /// <returns>For example <c>parsed, valid</c>, <c>parsed, invalid: 2 errors, 1 warning</c> or <c>not parsed: $.mandates[0].end …</c>.</returns>
    public override string ToString()
    {
        if (!IsParsed)
        {
            return "not parsed: " + ParseErrors[0].Message;
        }

        if (Validation.IsValid)
        {
            return "parsed, valid";
        }

        var errors = Validation.Errors.Count(f => f.Severity == FluentValidation.Severity.Error);
        var warnings = Validation.Errors.Count - errors;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"parsed, invalid: {errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}");
    }
}

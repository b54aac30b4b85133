using System.Globalization;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Results;
using Kz.Legislature.Internal;

namespace Kz.Legislature.Validation;

/// <summary>
/// Builds coded, cited, localized failures. The static members render in the ambient culture (<see cref="Localizer.Current"/>:
/// the global language manager's culture, else <see cref="CultureInfo.CurrentUICulture"/>); the validators pass their
/// <see cref="Localizer"/> for <see cref="ValidationOptions.Culture"/>.
/// </summary>
internal static class Failures
{
    public static ValidationFailure Create(string code, string propertyName, object? attemptedValue, Citation? citation, params (string Name, object? Value)[] arguments) =>
        Localizer.Current.Create(code, propertyName, attemptedValue, citation, arguments);

    /// <summary>Adds failures to the context, prefixing their property names with the path of the object validated (for example <c>Mandates[3].</c>).</summary>
    public static void AddAll<T>(ValidationContext<T> context, IEnumerable<ValidationFailure> failures)
    {
        foreach (var failure in failures)
        {
            failure.PropertyName = context.PropertyChain.BuildPropertyPath(failure.PropertyName);
            context.AddFailure(failure);
        }
    }

    /// <summary>Adds the failure for a null instance and stops validation (used from <c>PreValidate</c>).</summary>
    public static bool RejectNull<T>(ValidationContext<T> context, ValidationResult result, string subject) =>
        RejectNull(context, result, subject, Localizer.Current);

    /// <summary>Adds the failure for a null instance, rendered by <paramref name="localizer"/>, and stops validation.</summary>
    public static bool RejectNull<T>(ValidationContext<T> context, ValidationResult result, string subject, Localizer localizer)
    {
        if (context.InstanceToValidate is not null)
        {
            return true;
        }

        result.Errors.Add(localizer.Create(ValidationCodes.NullInstance, string.Empty, null, null, ("Subject", localizer.Subject(subject))));
        return false;
    }

    public static string Iso(LocalDate date) => Preconditions.Iso(date);

    public static string Name(ChamberKind kind) => Localizer.Current.Name(kind);

    public static string Name(SeatSource source) => Localizer.Current.Name(source);

    public static string Name(LocalizedName name) => Localizer.Current.Name(name);

    public static string None() => Localizer.Current.None();

    public static string Chambers(IEnumerable<ChamberKind> kinds) => Localizer.Current.Chambers(kinds);

    /// <summary>
    /// The whole years from <paramref name="start"/> to <paramref name="end"/>, as <c>Period.Between(start, end, PeriodUnits.Years).Years</c>
    /// counts them (add the difference of the years, truncating 29 February, and step back one where that overshoots), without
    /// allocating a <see cref="Period"/>.
    /// </summary>
    public static int YearsBetween(LocalDate start, LocalDate end)
    {
        var years = end.Year - start.Year;
        var moved = start.PlusYears(years);
        return start <= end
            ? (moved <= end ? years : years - 1)
            : (moved >= end ? years : years + 1);
    }

    /// <summary>Adds a period to a date, or returns null where the result is outside the calendar's range.</summary>
    public static LocalDate? SafePlus(LocalDate date, Period period)
    {
        try
        {
            return date.Plus(period);
        }
        catch (OverflowException)
        {
            return null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}

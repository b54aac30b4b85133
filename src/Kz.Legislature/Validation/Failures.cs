using System.Globalization;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Results;
using Kz.Legislature.Internal;

namespace Kz.Legislature.Validation;

/// <summary>
/// Shared pieces of the validators' failures: adding them under the validated object's path, the failure for a null
/// instance (rendered by the validator's <see cref="Localizer"/>, for <see cref="ValidationOptions.Culture"/>), dates.
/// </summary>
internal static class Failures
{
    /// <summary>Adds failures to the context, prefixing their property names with the path of the object validated (for example <c>Mandates[3].</c>).</summary>
    public static void AddAll<T>(ValidationContext<T> context, IEnumerable<ValidationFailure> failures)
    {
        foreach (var failure in failures)
        {
            failure.PropertyName = context.PropertyChain.BuildPropertyPath(failure.PropertyName);
            context.AddFailure(failure);
        }
    }

    /// <summary>Adds the failure for a null instance, rendered by <paramref name="localizer"/>, and stops validation (used from <c>PreValidate</c>).</summary>
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

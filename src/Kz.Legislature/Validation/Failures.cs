using System.Globalization;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Results;
using Kz.Legislature.Internal;

namespace Kz.Legislature.Validation;

/// <summary>Builds coded, cited, localized failures. The message is rendered in <see cref="CultureInfo.CurrentUICulture"/>.</summary>
internal static class Failures
{
    public static ValidationFailure Create(string code, string propertyName, object? attemptedValue, Citation? citation, params (string Name, object? Value)[] arguments)
    {
        var culture = CultureInfo.CurrentUICulture;
        var formatter = new MessageFormatter();
        foreach (var (name, value) in arguments)
        {
            formatter.AppendArgument(name, value);
        }

        var message = formatter.BuildMessage(ValidationMessages.Template(code, culture));
        return new ValidationFailure(propertyName, message, attemptedValue)
        {
            ErrorCode = code,
            CustomState = citation,
            Severity = MessageCatalog.SeverityOf(code),
            FormattedMessagePlaceholderValues = new Dictionary<string, object>(formatter.PlaceholderValues, StringComparer.Ordinal),
        };
    }

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
    public static bool RejectNull<T>(ValidationContext<T> context, ValidationResult result, string subject)
    {
        if (context.InstanceToValidate is not null)
        {
            return true;
        }

        result.Errors.Add(Create(ValidationCodes.NullInstance, string.Empty, null, null, ("Subject", Subject(subject))));
        return false;
    }

    /// <summary>The name of what was to be validated (a chamber, a parliament, a mandate, a party list) in the current UI culture, never a type name.</summary>
    private static string Subject(string typeName)
    {
        if (Enum.TryParse<ChamberKind>(typeName, out var kind))
        {
            return Name(kind);
        }

        var lang = CultureInfo.CurrentUICulture.Name;
        var ru = lang.StartsWith("ru", StringComparison.OrdinalIgnoreCase);
        var kk = lang.StartsWith("kk", StringComparison.OrdinalIgnoreCase);
        return typeName switch
        {
            nameof(Parliament) => ru || kk ? "Парламент" : "Parliament",
            nameof(Mandate) => ru || kk ? "мандат" : "mandate",
            nameof(PartyList) => ru ? "партийный список" : kk ? "партиялық тізім" : "party list",
            nameof(Procedure.Division) => ru ? "голосование" : kk ? "дауыс беру" : "division",
            _ => typeName,
        };
    }

    public static string Iso(LocalDate date) => Preconditions.Iso(date);

    public static string Name(ChamberKind kind) => Names.Of(kind).In(CultureInfo.CurrentUICulture);

    public static string Name(SeatSource source) => Names.Of(source).In(CultureInfo.CurrentUICulture);

    public static string Name(LocalizedName name) => name.In(CultureInfo.CurrentUICulture);

    public static string None()
    {
        var lang = CultureInfo.CurrentUICulture.Name;
        return lang.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? "нет"
            : lang.StartsWith("kk", StringComparison.OrdinalIgnoreCase) ? "жоқ"
            : "none";
    }

    public static string Chambers(IEnumerable<ChamberKind> kinds)
    {
        var list = kinds.Order().Select(Name).ToList();
        return list.Count == 0 ? None() : string.Join(", ", list);
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

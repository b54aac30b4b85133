using System.Globalization;

namespace Kz.Legislature.Internal;

/// <summary>Argument checks shared by the public constructors. Public members validate everything.</summary>
internal static class Preconditions
{
    public static T NotNull<T>(T? value, string paramName)
        where T : class =>
        value ?? throw new ArgumentNullException(paramName);

    public static string NotBlank(string? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw ArgumentErrors.Invalid("Value must not be empty or white space.", paramName);
        }

        return value;
    }

    public static ValueList<T> NoNullItems<T>(IEnumerable<T?>? items, string paramName)
        where T : class
    {
        if (items is null)
        {
            throw new ArgumentNullException(paramName);
        }

        var list = new List<T>();
        var index = 0;
        foreach (var item in items)
        {
            if (item is null)
            {
                throw ArgumentErrors.Invalid(
                    string.Create(CultureInfo.InvariantCulture, $"Item {index} is null; a null item is not allowed."),
                    paramName);
            }

            list.Add(item);
            index++;
        }

        return ValueList<T>.From(list);
    }

    public static int NonNegative(int value, string paramName) =>
        value < 0
            ? throw ArgumentErrors.OutOfRange(paramName, string.Create(CultureInfo.InvariantCulture, $"Value must not be negative; {value} was given."))
            : value;

    /// <summary>Checks that <paramref name="index"/> is a position in a list of <paramref name="count"/> items.</summary>
    public static int Index(int index, int count, string paramName) =>
        index < 0 || index >= count
            ? throw ArgumentErrors.OutOfRange(paramName, string.Create(CultureInfo.InvariantCulture, $"The index must be from 0 to {count - 1} (there are {count} items); {index} was given."))
            : index;

    public static LocalDate IsoDate(LocalDate value, string paramName) =>
        value.Calendar == CalendarSystem.Iso
            ? value
            : throw ArgumentErrors.Invalid("Dates must be in the ISO calendar.", paramName);

    public static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The message of an argument exception without the parameter and value suffixes .NET appends, for a reader's error about data.</summary>
    public static string MessageOf(ArgumentException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        cut = message.IndexOf("Actual value was", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).Trim();
    }
}

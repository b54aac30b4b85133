namespace Kz.Legislature.Internal;

/// <summary>
/// The argument errors of the library's public members: they keep <see cref="ArgumentException.ParamName"/> for code, but their
/// <see cref="Exception.Message"/> is only the human sentence, without the "(Parameter '…')" or "Actual value was …"
/// that .NET appends, so it can be shown to a person as it is.
/// </summary>
internal static class ArgumentErrors
{
    public static ArgumentException Invalid(string message, string? paramName) => new CleanArgumentException(message, paramName);

    public static ArgumentOutOfRangeException OutOfRange(string paramName, string message) => new CleanArgumentOutOfRangeException(paramName, null, message);

    public static ArgumentOutOfRangeException OutOfRange(string paramName, object? actualValue, string message) => new CleanArgumentOutOfRangeException(paramName, actualValue, message);

    private sealed class CleanArgumentException(string message, string? paramName) : ArgumentException(message, paramName)
    {
        private readonly string _message = message;

        public override string Message => _message;
    }

    private sealed class CleanArgumentOutOfRangeException(string paramName, object? actualValue, string message) : ArgumentOutOfRangeException(paramName, actualValue, message)
    {
        private readonly string _message = message;

        public override string Message => _message;
    }
}

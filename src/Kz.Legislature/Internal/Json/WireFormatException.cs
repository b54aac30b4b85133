using System.Text.Json;

namespace Kz.Legislature.Internal.Json;

/// <summary>
/// A reason in a wire format's own words, thrown inside the serializer (by a converter or a metadata hook) so that
/// System.Text.Json attaches the JSON path, line and position itself; the message is never rewritten afterwards.
/// </summary>
internal sealed class WireFormatException : JsonException
{
    public WireFormatException()
    {
    }

    public WireFormatException(string message)
        : base(message)
    {
    }

    public WireFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Shortens a value quoted in a message to 40 characters.</summary>
    /// <param name="text">The value.</param>
    /// <returns>The value, or its first 40 characters and an ellipsis.</returns>
    public static string Truncate(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}

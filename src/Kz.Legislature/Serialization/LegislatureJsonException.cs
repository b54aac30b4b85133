using Kz.Legislature.History;

namespace Kz.Legislature.Serialization;

/// <summary>
/// The one exception <see cref="CompositionJson"/> and <see cref="PopoloImporter"/> throw for a document they cannot
/// accept: malformed JSON, an unknown or missing property, a wrong type, a bad date, a duplicate key, a document too
/// deep or too large, an unsupported format version, or a value the model rejects (an end before a start).
/// </summary>
/// <remarks>
/// <para>The message names the file (where given), the JSON path and the position, then the reason, for example
/// <c>senate.json: $.mandates[3].end (line 41, position 14): The end 2020-01-01 must be after the start 2023-01-25 …</c>.
/// The message shows one-based line and position; <see cref="LegislativeDataException.LineNumber"/> and <see cref="LegislativeDataException.BytePositionInLine"/> are
/// zero-based, as in <see cref="System.Text.Json.JsonException"/>.</para>
/// <para>Nothing partial is ever returned: a reader either returns the whole value or throws this exception.</para>
/// <para>It is a <see cref="LegislativeDataException"/>, the one exception for bad input: catch that to handle every reader at once.</para>
/// </remarks>
public sealed class LegislatureJsonException : LegislativeDataException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public LegislatureJsonException()
        : this("The JSON document is not valid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public LegislatureJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LegislatureJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a JSON path, a reason and a position.</summary>
    /// <param name="fileName">The file (or stream) name, or <see langword="null"/>.</param>
    /// <param name="jsonPath">The JSON path of the offending value, for example <c>$.mandates[3].end</c>.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="lineNumber">The zero-based line, where known.</param>
    /// <param name="bytePositionInLine">The zero-based byte position in the line, where known.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public LegislatureJsonException(string? fileName, string jsonPath, string reason, long? lineNumber = null, long? bytePositionInLine = null, Exception? innerException = null)
        : base(fileName, jsonPath, reason, lineNumber, bytePositionInLine, innerException)
    {
    }
}

using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>
/// The one exception of the library for input it cannot accept: a dataset (<see cref="LegislativeHistory.Load"/>), a
/// composition or Popolo document (<see cref="Serialization.LegislatureJsonException"/> derives from it), or a file the
/// tool reads. It names the file, the JSON path, the position where known and the reason. No partial result is ever returned.
/// </summary>
/// <remarks>
/// <para>A dataset with several problems is reported whole: <see cref="Problems"/> lists each one with its JSON path, the
/// message lists the first ones, and <see cref="JsonPath"/> and <see cref="Reason"/> are those of the first.</para>
/// <para>The message shows one-based line and position; <see cref="LineNumber"/> and <see cref="BytePositionInLine"/> are
/// zero-based, as in <see cref="System.Text.Json.JsonException"/>.</para>
/// </remarks>
public class LegislativeDataException : Exception
{
    /// <summary>How many problems the message lists before "and N more".</summary>
    public const int ProblemsInMessage = 10;

    /// <summary>Creates the exception with a generic message.</summary>
    public LegislativeDataException()
        : this("The legislative dataset is invalid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public LegislativeDataException(string message)
        : base(message)
    {
        Reason = message;
        Problems = [];
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LegislativeDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = message;
        Problems = [];
    }

    /// <summary>Creates the exception for a file, a JSON path and a reason.</summary>
    /// <param name="fileName">The file (or stream) name, or <see langword="null"/>.</param>
    /// <param name="jsonPath">The JSON path of the offending value, for example <c>$.ruleSets[3].validFrom</c>.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="lineNumber">The zero-based line, where known.</param>
    /// <param name="bytePositionInLine">The zero-based byte position in the line, where known.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public LegislativeDataException(string? fileName, string jsonPath, string reason, long? lineNumber = null, long? bytePositionInLine = null, Exception? innerException = null)
        : base(Format(fileName, jsonPath, reason, lineNumber, bytePositionInLine), innerException)
    {
        FileName = fileName;
        JsonPath = jsonPath;
        Reason = reason;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
        Problems = [new DataProblem(jsonPath, reason)];
    }

    /// <summary>Creates the exception for every problem found in one file.</summary>
    /// <param name="fileName">The file (or stream) name, or <see langword="null"/>.</param>
    /// <param name="problems">The problems, at least one, in document order.</param>
    public LegislativeDataException(string? fileName, IReadOnlyList<DataProblem> problems)
        : base(Format(fileName, problems))
    {
        ArgumentNullException.ThrowIfNull(problems);
        FileName = fileName;
        JsonPath = problems.Count > 0 ? problems[0].JsonPath : null;
        Reason = problems.Count > 0 ? problems[0].Reason : "The legislative dataset is invalid.";
        Problems = [.. problems];
    }

    /// <summary>Gets the file (or stream) name, or <see langword="null"/>.</summary>
    public string? FileName { get; }

    /// <summary>Gets the JSON path of the (first) offending value, or <see langword="null"/>.</summary>
    public string? JsonPath { get; }

    /// <summary>Gets what is wrong (the first problem), without the file, path and position.</summary>
    public string Reason { get; }

    /// <summary>Gets the zero-based line number, where known.</summary>
    public long? LineNumber { get; }

    /// <summary>Gets the zero-based byte position in the line, where known.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>Gets every problem found, each with its JSON path; empty when the exception was made from a message alone.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    private static string Format(string? fileName, string jsonPath, string reason, long? line, long? pos)
    {
        var prefix = string.IsNullOrEmpty(fileName) ? jsonPath : $"{fileName}: {jsonPath}";
        return line is { } l
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix} (line {l + 1}, position {(pos ?? 0) + 1}): {reason}")
            : $"{prefix}: {reason}";
    }

    private static string Format(string? fileName, IReadOnlyList<DataProblem>? problems)
    {
        if (problems is null || problems.Count == 0)
        {
            return "The legislative dataset is invalid.";
        }

        if (problems.Count == 1)
        {
            return Format(fileName, problems[0].JsonPath, problems[0].Reason, null, null);
        }

        var text = new System.Text.StringBuilder();
        text.Append(string.IsNullOrEmpty(fileName) ? string.Empty : fileName + ": ")
            .Append(problems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" problems:");
        foreach (var p in problems.Take(ProblemsInMessage))
        {
            text.Append('\n').Append("  ").Append(p.JsonPath).Append(": ").Append(p.Reason);
        }

        if (problems.Count > ProblemsInMessage)
        {
            text.Append('\n').Append("  and ").Append((problems.Count - ProblemsInMessage).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" more.");
        }

        return text.ToString();
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using Kz.Legislature.Elections;
using Kz.Legislature.History;
using Kz.Legislature.Internal;
using Kz.Legislature.Internal.Json;
using Kz.Legislature.Serialization;

namespace Kz.Legislature.Cli.Output;

/// <summary>The votes read from a CSV or JSON file (see docs/cli.md).</summary>
internal sealed record VotesFile(IReadOnlyList<PartyListVotes> Lists, int? Seats, long? AllBallots);

/// <summary>
/// Reads list votes from CSV (<c>list,votes[,registrationOrder]</c> with a header) or JSON, as strictly as the composition
/// reader: at most <see cref="MaxBytes"/> bytes (refused before reading when the file says its size), UTF-8 only (an optional
/// BOM), at most <see cref="AllocationInput.MaxLists"/> lists, no unknown or repeated columns or properties, no extra fields,
/// no repeated list or registration order. Every error names the file and the line and column (CSV) or the JSON path, line
/// and position, and nothing is returned unless the whole file is good.
/// </summary>
internal static class VotesFileReader
{
    /// <summary>The largest votes file accepted, in bytes: the composition reader's limit (4 MiB).</summary>
    public const int MaxBytes = CompositionJson.MaxDocumentBytes;

    private static readonly string[] CsvColumns = ["list", "votes", "registrationOrder"];

    /// <summary>Reads a votes file; JSON if its first non-blank character is <c>{</c> or <c>[</c>, otherwise CSV.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The votes.</returns>
    /// <exception cref="CliException">The file cannot be read or parsed; the message names the line and column (CSV) or the JSON path, line and position.</exception>
    public static VotesFile Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"--votes: '{path}' is a directory, not a votes file.");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return Parse(StrictInput.ReadBytes(stream, MaxBytes, path).Span, path);
        }
        catch (LegislativeDataException e)
        {
            throw Unreadable(e, path);
        }
        catch (FileNotFoundException)
        {
            throw new CliException($"--votes: '{path}' does not exist.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliException($"--votes: '{path}' does not exist (its folder is missing).");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliException($"--votes: cannot read '{path}': {e.Message}");
        }
    }

    /// <summary>Reads the bytes of a votes file named <paramref name="name"/> (in messages).</summary>
    public static VotesFile Read(ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return Parse(StrictInput.Check(bytes.ToArray(), MaxBytes, name).Span, name);
        }
        catch (LegislativeDataException e)
        {
            throw Unreadable(e, name);
        }
    }

    /// <summary>Reads checked bytes (at most <see cref="MaxBytes"/>, UTF-8, no BOM).</summary>
    private static VotesFile Parse(ReadOnlySpan<byte> bytes, string name)
    {
        var first = bytes.TrimStart(" \t\r\n"u8);
        return first.Length > 0 && first[0] is (byte)'{' or (byte)'[' ? ReadJson(bytes, name) : ReadCsv(Encoding.UTF8.GetString(bytes), name);
    }

    /// <summary>Reads CSV text (already decoded, without a BOM).</summary>
    public static VotesFile ReadCsv(string text, string name)
    {
        var lists = new List<PartyListVotes>();
        var idLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var orderLines = new Dictionary<int, int>();
        int[]? columns = null;
        var headerCount = 0;
        var lineNo = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(start, end - start).TrimEnd('\r').ToString();
            start = end + 1;
            lineNo++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var fields = SplitCsv(line, name, lineNo);
            if (columns is null)
            {
                columns = ReadHeader(fields, name, lineNo);
                headerCount = fields.Count;
                continue;
            }

            string Where(int field) => string.Create(CultureInfo.InvariantCulture, $"{name}: line {lineNo}, column {fields[field].Column}");

            if (fields.Count != headerCount)
            {
                var at = fields.Count > headerCount ? Where(headerCount) : string.Create(CultureInfo.InvariantCulture, $"{name}: line {lineNo}, column {line.Length + 1}");
                throw new CliException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{at}: the line has {fields.Count} {(fields.Count == 1 ? "field" : "fields")}, but the header has {headerCount} columns; every line needs exactly one value per column."));
            }

            if (lists.Count == AllocationInput.MaxLists)
            {
                throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{name}: line {lineNo}: more than {AllocationInput.MaxLists} lists; at most {AllocationInput.MaxLists} are accepted."));
            }

            var list = fields[columns[0]].Text.Trim();
            if (list.Length == 0)
            {
                throw new CliException($"{Where(columns[0])}: the list name is empty.");
            }

            var votesText = fields[columns[1]].Text.Trim();
            if (!long.TryParse(votesText, NumberStyles.None, CultureInfo.InvariantCulture, out var votes))
            {
                throw new CliException($"{Where(columns[1])}: votes '{Short(votesText)}' is not a whole number from 0 to {long.MaxValue} (digits only, no separators or signs).");
            }

            var order = lists.Count + 1;
            if (columns[2] >= 0)
            {
                var orderText = fields[columns[2]].Text.Trim();
                if (!int.TryParse(orderText, NumberStyles.None, CultureInfo.InvariantCulture, out order))
                {
                    throw new CliException($"{Where(columns[2])}: registrationOrder '{Short(orderText)}' is not a whole number from 0 to {int.MaxValue} (digits only).");
                }
            }

            if (idLines.TryGetValue(list, out var firstLine))
            {
                throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{Where(columns[0])}: the list '{Short(list)}' occurs more than once (first on line {firstLine}); each list has one line."));
            }

            if (orderLines.TryGetValue(order, out var orderLine))
            {
                var at = columns[2] >= 0 ? Where(columns[2]) : string.Create(CultureInfo.InvariantCulture, $"{name}: line {lineNo}");
                throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{at}: registrationOrder {order} occurs more than once (first on line {orderLine}); each list has its own."));
            }

            idLines.Add(list, lineNo);
            orderLines.Add(order, lineNo);
            lists.Add(new PartyListVotes(list, votes, order));
        }

        if (columns is null)
        {
            throw new CliException($"{name}: the file is empty; expected a header 'list,votes[,registrationOrder]' and one line per list.");
        }

        if (lists.Count == 0)
        {
            throw new CliException($"{name}: no lists after the header.");
        }

        return new VotesFile(lists, null, null);
    }

    /// <summary>
    /// Reads JSON: <c>{ "seats"?, "allBallots"?, "lists": [ { "list", "votes", "registrationOrder"? } ] }</c> or just the
    /// array, through the source-generated wire shapes (<see cref="VotesJsonContext"/>). The serializer's metadata refuses
    /// unknown, repeated, missing and null properties and each value's converter says what it accepts; the path, line and
    /// position of those errors are the serializer's. What needs the whole file (a repeated list or registration order, the
    /// number of lists) is checked afterwards, at the path of the entry.
    /// </summary>
    public static VotesFile ReadJson(ReadOnlySpan<byte> json, string name)
    {
        var ctx = new CompositionJson.ReadContext(json, name);
        var first = json.TrimStart(" \t\r\n"u8);
        var isArray = first.Length > 0 && first[0] == (byte)'[';
        int? seats = null;
        long? allBallots = null;
        List<ListVotesDto?> items;
        try
        {
            if (isArray)
            {
                items = JsonSerializer.Deserialize(json, VotesJsonContext.Reading.Array)!;
            }
            else
            {
                var document = JsonSerializer.Deserialize(json, VotesJsonContext.Reading.Document)!;
                (seats, allBallots, items) = (document.Seats, document.AllBallots, document.Lists);
            }
        }
        catch (JsonException e)
        {
            throw FromSerializer(e, name);
        }

        return ReadLists(ref ctx, items, isArray ? "$" : "$.lists", seats, allBallots);
    }

    /// <summary>
    /// The tool's words for an error of the serializer, at the serializer's path, line and position: the format's own reason
    /// (<see cref="WireFormatException"/>); the JSON reader's, for malformed JSON; or, for a value of the wrong kind, what the
    /// format expects there. The serializer's own messages, which name .NET types, are never shown.
    /// </summary>
    private static CliException FromSerializer(JsonException e, string name)
    {
        var path = e.Path ?? "$";
        var reason = e switch
        {
            WireFormatException own => own.Message,
            { InnerException: JsonException reader } => "not valid JSON: " + JsonKinds.ReaderMessage(reader.Message),
            { InnerException: InvalidOperationException } => VotesJsonContext.InvalidText,
            _ => path.EndsWith(']') ? VotesJsonContext.ObjectExpected : VotesJsonContext.ArrayExpected,
        };
        return new CliException(new LegislatureJsonException(name, path, reason, e.LineNumber, e.BytePositionInLine).Message);
    }

    private static VotesFile ReadLists(ref CompositionJson.ReadContext ctx, List<ListVotesDto?> items, string arrayPath, int? seats, long? allBallots)
    {
        if (items.Count == 0)
        {
            throw Bad(ref ctx, arrayPath, "has no lists.");
        }

        var lists = new List<PartyListVotes>(Math.Min(items.Count, AllocationInput.MaxLists));
        var idPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        var orderPaths = new Dictionary<int, string>();
        for (var index = 0; index < items.Count; index++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{arrayPath}[{index}]");
            if (index == AllocationInput.MaxLists)
            {
                throw Bad(ref ctx, path, string.Create(CultureInfo.InvariantCulture, $"more than {AllocationInput.MaxLists} lists; at most {AllocationInput.MaxLists} are accepted."));
            }

            var item = items[index] ?? throw Bad(ref ctx, path, VotesJsonContext.ObjectExpected);
            var order = item.RegistrationOrder ?? index + 1;
            if (idPaths.TryGetValue(item.List, out var firstPath))
            {
                throw Bad(ref ctx, path + ".list", $"the list '{Short(item.List)}' occurs more than once (first at {firstPath}); each list has one entry.");
            }

            if (orderPaths.TryGetValue(order, out var orderPath))
            {
                throw Bad(ref ctx, path, string.Create(CultureInfo.InvariantCulture, $"registrationOrder {order} occurs more than once (first at {orderPath}); each list has its own."));
            }

            idPaths.Add(item.List, path);
            orderPaths.Add(order, path);
            lists.Add(new PartyListVotes(item.List, item.Votes, order));
        }

        return new VotesFile(lists, seats, allBallots);
    }

    /// <summary>The tool's words for a file the strict reader refuses: too large (no position), or not UTF-8 (the reader's reason, at a line and column).</summary>
    private static CliException Unreadable(LegislativeDataException e, string name) => e.LineNumber is { } line
        ? new CliException(string.Create(CultureInfo.InvariantCulture, $"{name}: line {line + 1}, column {e.BytePositionInLine + 1}: {char.ToLowerInvariant(e.Reason[0])}{e.Reason[1..]}"))
        : TooLarge(name);

    private static CliException TooLarge(string name) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{name}: the file is larger than the limit of {MaxBytes} bytes (4 MiB) for a votes file; a votes file has one line per list, at most {AllocationInput.MaxLists} lists."));

    private static CliException Bad(ref CompositionJson.ReadContext ctx, string path, string reason) => new(ctx.Fail(path, reason).Message);

    private static int[] ReadHeader(List<Field> fields, string name, int lineNo)
    {
        var columns = new[] { -1, -1, -1 };
        for (var i = 0; i < fields.Count; i++)
        {
            var header = fields[i].Text.Trim();
            var known = Array.FindIndex(CsvColumns, c => string.Equals(c, header, StringComparison.OrdinalIgnoreCase));
            var where = string.Create(CultureInfo.InvariantCulture, $"{name}: line {lineNo}, column {fields[i].Column}");
            if (known < 0)
            {
                throw new CliException($"{where}: unknown column '{Short(header)}' in the header; the columns are list, votes and optionally registrationOrder.");
            }

            if (columns[known] >= 0)
            {
                throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{where}: the column '{CsvColumns[known]}' occurs twice in the header (first at column {fields[columns[known]].Column})."));
            }

            columns[known] = i;
        }

        if (columns[0] < 0 || columns[1] < 0)
        {
            throw new CliException($"{name}: line {lineNo}: the header must name the columns list and votes (and optionally registrationOrder), for example: list,votes,registrationOrder");
        }

        return columns;
    }

    private static string Short(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private static List<Field> SplitCsv(string line, string name, int lineNo)
    {
        var fields = new List<Field>();
        var current = new StringBuilder();
        var quoted = false;
        var fieldStart = 1;
        var quoteStart = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
                quoteStart = i + 1;
            }
            else if (c == ',')
            {
                fields.Add(new Field(current.ToString(), fieldStart));
                current.Clear();
                fieldStart = i + 2;
            }
            else
            {
                current.Append(c);
            }
        }

        if (quoted)
        {
            throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{name}: line {lineNo}, column {quoteStart}: a quoted field is not closed."));
        }

        fields.Add(new Field(current.ToString(), fieldStart));
        return fields;
    }

    /// <summary>A CSV field and the column (1-based character position in its line) where it starts.</summary>
    private readonly record struct Field(string Text, int Column);
}

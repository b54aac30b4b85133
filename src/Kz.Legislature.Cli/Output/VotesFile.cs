using System.Globalization;
using System.Text;
using System.Text.Json;
using Kz.Legislature.Elections;

namespace Kz.Legislature.Cli.Output;

/// <summary>The votes read from a CSV or JSON file (see docs/cli.md).</summary>
internal sealed record VotesFile(IReadOnlyList<PartyListVotes> Lists, int? Seats, long? AllBallots);

/// <summary>Reads list votes from CSV (<c>list,votes[,registrationOrder]</c> with a header) or JSON.</summary>
internal static class VotesFileReader
{
    /// <summary>Reads a votes file; JSON if its first non-blank character is <c>{</c> or <c>[</c>, otherwise CSV.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The votes.</returns>
    /// <exception cref="CliException">The file cannot be read or parsed; the message names the line (CSV) or the JSON path, line and position.</exception>
    public static VotesFile Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliException($"--votes: cannot read '{path}': {e.Message}");
        }

        var first = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return first.StartsWith('{') || first.StartsWith('[') ? ReadJson(text, path) : ReadCsv(text, path);
    }

    /// <summary>Reads CSV text.</summary>
    public static VotesFile ReadCsv(string text, string name)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n');
        var lists = new List<PartyListVotes>();
        int[]? columns = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var lineNo = i + 1;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var fields = SplitCsv(line, name, lineNo);
            if (columns is null)
            {
                var header = fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
                columns = [header.IndexOf("list"), header.IndexOf("votes"), header.IndexOf("registrationorder")];
                if (columns[0] < 0 || columns[1] < 0)
                {
                    throw new CliException($"{name}: line {lineNo}: the header must name the columns list and votes (and optionally registrationOrder), for example: list,votes,registrationOrder");
                }

                continue;
            }

            string Field(int index, string column) =>
                index < fields.Count ? fields[index].Trim() : throw new CliException($"{name}: line {lineNo}: the {column} column is missing.");

            var list = Field(columns[0], "list");
            if (list.Length == 0)
            {
                throw new CliException($"{name}: line {lineNo}: the list name is empty.");
            }

            var votesText = Field(columns[1], "votes");
            if (!long.TryParse(votesText, NumberStyles.None, CultureInfo.InvariantCulture, out var votes))
            {
                throw new CliException($"{name}: line {lineNo}: votes '{votesText}' is not a whole non-negative number (no separators).");
            }

            var order = lists.Count + 1;
            if (columns[2] >= 0)
            {
                var orderText = Field(columns[2], "registrationOrder");
                if (!int.TryParse(orderText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out order))
                {
                    throw new CliException($"{name}: line {lineNo}: registrationOrder '{orderText}' is not a whole number.");
                }
            }

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

    /// <summary>Reads JSON text: <c>{ "seats"?, "allBallots"?, "lists": [ { "list", "votes", "registrationOrder"? } ] }</c> or just the array.</summary>
    public static VotesFile ReadJson(string text, string name)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } l ? string.Create(CultureInfo.InvariantCulture, $" (line {l + 1}, position {(e.BytePositionInLine ?? 0) + 1})") : string.Empty;
            var path = string.IsNullOrEmpty(e.Path) ? string.Empty : " " + e.Path;
            throw new CliException($"{name}:{path}{where}: not valid JSON: {FirstSentence(e.Message)}");
        }

        using (doc)
        {
            var root = doc.RootElement;
            int? seats = null;
            long? allBallots = null;
            JsonElement array;
            var arrayPath = "$";
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("seats", out var s) && s.ValueKind != JsonValueKind.Null)
                {
                    seats = s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var v) && v > 0 ? v : throw Bad("$.seats", "must be a positive whole number");
                }

                if (root.TryGetProperty("allBallots", out var b) && b.ValueKind != JsonValueKind.Null)
                {
                    allBallots = b.ValueKind == JsonValueKind.Number && b.TryGetInt64(out var v) && v >= 0 ? v : throw Bad("$.allBallots", "must be a whole non-negative number");
                }

                if (!root.TryGetProperty("lists", out array))
                {
                    throw Bad("$", "the property 'lists' is missing");
                }

                arrayPath = "$.lists";
            }
            else
            {
                array = root;
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                throw Bad(arrayPath, "must be an array of { \"list\", \"votes\", \"registrationOrder\" } objects");
            }

            var lists = new List<PartyListVotes>();
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"{arrayPath}[{index}]");
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw Bad(path, "must be an object");
                }

                var list = item.TryGetProperty("list", out var l) && l.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(l.GetString())
                    ? l.GetString()!.Trim()
                    : throw Bad(path + ".list", "must be a non-empty string");
                var votes = item.TryGetProperty("votes", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var vv) && vv >= 0
                    ? vv
                    : throw Bad(path + ".votes", "must be a whole non-negative number");
                var order = index + 1;
                if (item.TryGetProperty("registrationOrder", out var o) && o.ValueKind != JsonValueKind.Null)
                {
                    order = o.ValueKind == JsonValueKind.Number && o.TryGetInt32(out var oo) ? oo : throw Bad(path + ".registrationOrder", "must be a whole number");
                }

                lists.Add(new PartyListVotes(list, votes, order));
                index++;
            }

            if (lists.Count == 0)
            {
                throw Bad(arrayPath, "has no lists");
            }

            return new VotesFile(lists, seats, allBallots);
        }

        CliException Bad(string path, string reason) => new($"{name}: {path}: {reason}.");
    }

    private static string FirstSentence(string message)
    {
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return message.Trim();
    }

    private static List<string> SplitCsv(string line, string name, int lineNo)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
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
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        if (quoted)
        {
            throw new CliException($"{name}: line {lineNo}: a quoted field is not closed.");
        }

        fields.Add(current.ToString());
        return fields;
    }
}

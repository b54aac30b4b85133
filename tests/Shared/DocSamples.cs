// Shared by Kz.Legislature.Tests (which checks the markup of every sample, fast, in-process) and
// Kz.Legislature.PackageTests (which compiles and runs every sample against the packed package).
// The convention is documented in docs/quality.md, "Code samples".
using System.Text;
using System.Text.RegularExpressions;

namespace Kz.Legislature.DocTests;

/// <summary>One C# code block of a Markdown page.</summary>
/// <param name="File">The page, relative to the repository root, with forward slashes.</param>
/// <param name="Line">The 1-based line of the opening fence.</param>
/// <param name="Name">The name given by a <c>&lt;!-- sample: NAME --&gt;</c> marker, or null.</param>
/// <param name="Code">The code, as shown.</param>
/// <param name="IsFragment">Whether the block is marked as a fragment (shown, not compiled).</param>
/// <param name="ExpectedOutput">The lines of an output block following the sample, or null.</param>
/// <param name="Problems">What is wrong with the markup of this block (empty when it follows the convention).</param>
internal sealed record DocSample(string File, int Line, string? Name, string Code, bool IsFragment, IReadOnlyList<string>? ExpectedOutput, IReadOnlyList<string> Problems)
{
    /// <summary>Gets where the sample is, as <c>file:line</c> (and its name).</summary>
    public string Where => Name is null ? $"{File}:{Line}" : $"{File}:{Line} ({Name})";

    /// <summary>Gets the output each <c>Console.Write</c>/<c>WriteLine</c> line with a trailing comment claims, in order.</summary>
    public IReadOnlyList<(int Line, string Claim)> Claims =>
        Code.Split('\n')
            .Select((text, i) => (Line: Line + 1 + i, Match: DocSamples.ClaimPattern().Match(text)))
            .Where(x => x.Match.Success)
            .Select(x => (x.Line, x.Match.Groups["claim"].Value.Trim()))
            .ToList();
}

/// <summary>Finds the C# samples of the documentation and checks printed output against what the page claims.</summary>
internal static partial class DocSamples
{
    /// <summary>The marker that excludes a block from compilation; the line before it must say so in words.</summary>
    public const string FragmentMarker = "<!-- sample: fragment -->";

    /// <summary>The marker between a sample and the <c>```text</c> block of its whole output.</summary>
    public const string OutputMarker = "<!-- output -->";

    /// <summary>The pages whose C# blocks are samples: the README, the package README and every page of docs/.</summary>
    public static IReadOnlyList<string> Pages(string root) =>
    [
        "README.md",
        "src/Kz.Legislature/README.md",
        .. Directory.GetFiles(Path.Combine(root, "docs"), "*.md")
            .Select(p => "docs/" + Path.GetFileName(p))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Every C# block of every page.</summary>
    public static IReadOnlyList<DocSample> All(string root) =>
        Pages(root).SelectMany(page => Parse(page, File.ReadAllText(Path.Combine(root, page)))).ToList();

    /// <summary>The C# blocks of one page.</summary>
    public static IReadOnlyList<DocSample> Parse(string page, string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var samples = new List<DocSample>();
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = FencePattern().Match(lines[i]);
            if (!fence.Success)
            {
                continue;
            }

            var close = Close(lines, i);
            var language = fence.Groups["lang"].Value.ToLowerInvariant();
            if (language is not ("csharp" or "cs" or "c#"))
            {
                i = close;
                continue;
            }

            var openLine = i + 1;
            var problems = new List<string>();
            var code = string.Join('\n', lines[(i + 1)..close]);
            var before = PreviousNonBlank(lines, i);
            string? name = null;
            var fragment = false;
            if (before >= 0 && SampleMarkerPattern().Match(lines[before].Trim()) is { Success: true } marker)
            {
                name = marker.Groups["name"].Value;
                fragment = name == "fragment";
                if (fragment)
                {
                    name = null;
                    var sentence = PreviousNonBlank(lines, before);
                    if (sentence < 0 || !lines[sentence].Contains("fragment", StringComparison.OrdinalIgnoreCase))
                    {
                        problems.Add($"{page}:{i + 1}: a fragment must be introduced by visible text saying so (the line before '{FragmentMarker}' must contain the word \"fragment\").");
                    }
                }
            }
            else if (before >= 0 && lines[before].TrimStart().StartsWith("<!-- sample", StringComparison.Ordinal))
            {
                problems.Add($"{page}:{before + 1}: '{lines[before].Trim()}' is not a sample marker; write <!-- sample: NAME --> (lower-case letters, digits, hyphens) or {FragmentMarker}.");
            }

            IReadOnlyList<string>? output = null;
            var after = NextNonBlank(lines, close);
            if (after >= 0 && lines[after].Trim() == OutputMarker)
            {
                var open = NextNonBlank(lines, after);
                if (open < 0 || lines[open].Trim() != "```text")
                {
                    problems.Add($"{page}:{after + 1}: '{OutputMarker}' must be followed by a ```text block holding the sample's output.");
                }
                else
                {
                    var end = Close(lines, open);
                    output = lines[(open + 1)..end];
                    i = end;
                }

                if (fragment)
                {
                    problems.Add($"{page}:{after + 1}: a fragment is not run, so it cannot have an output block.");
                }
            }

            samples.Add(new DocSample(page, openLine, name, code, fragment, output, problems));
            i = Math.Max(i, close);
        }

        return samples;
    }

    /// <summary>Checks the output of a run against the sample's claims and output block; returns what differs.</summary>
    public static IReadOnlyList<string> Check(DocSample sample, string stdout)
    {
        var actual = stdout.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).ToList();
        while (actual.Count > 0 && actual[^1].Length == 0)
        {
            actual.RemoveAt(actual.Count - 1);
        }

        var problems = new List<string>();
        var cursor = 0;
        foreach (var (line, claim) in sample.Claims)
        {
            var pattern = LinePattern(claim);
            var found = actual.FindIndex(cursor, l => pattern.IsMatch(l));
            if (found < 0)
            {
                problems.Add($"{sample.File}:{line}: the comment claims the line \"{claim}\", but no later line of the output is that.");
            }
            else
            {
                cursor = found + 1;
            }
        }

        if (sample.ExpectedOutput is { } expected)
        {
            var wanted = expected.Select(l => l.TrimEnd()).ToList();
            while (wanted.Count > 0 && wanted[^1].Length == 0)
            {
                wanted.RemoveAt(wanted.Count - 1);
            }

            if (!MatchLines(wanted, 0, actual, 0, []))
            {
                problems.Add($"{sample.Where}: the output differs from the page's output block.\n--- the page shows ---\n{string.Join('\n', wanted)}\n--- the sample printed ---\n{string.Join('\n', actual)}");
            }
        }

        return problems;
    }

    /// <summary>A trailing comment on a line that writes to the console: the text that line prints.</summary>
    [GeneratedRegex(@"Console\.Write(Line)?\(.*\);\s*//\s?(?<claim>.*\S)\s*$")]
    internal static partial Regex ClaimPattern();

    private static Regex LinePattern(string expected) =>
        new("^" + string.Join(".*", expected.Split('…').Select(Regex.Escape)) + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    // "…" alone on a line stands for any number of lines; "…" within a line for any text.
    private static bool MatchLines(List<string> wanted, int w, List<string> actual, int a, HashSet<(int, int)> failed)
    {
        if (w == wanted.Count)
        {
            return a == actual.Count;
        }

        if (!failed.Add((w, a)))
        {
            return false;
        }

        if (wanted[w].Trim() == "…")
        {
            for (var skip = a; skip <= actual.Count; skip++)
            {
                if (MatchLines(wanted, w + 1, actual, skip, failed))
                {
                    return true;
                }
            }

            return false;
        }

        return a < actual.Count && LinePattern(wanted[w]).IsMatch(actual[a]) && MatchLines(wanted, w + 1, actual, a + 1, failed);
    }

    private static int Close(string[] lines, int open)
    {
        for (var j = open + 1; j < lines.Length; j++)
        {
            if (lines[j].TrimEnd() == "```")
            {
                return j;
            }
        }

        return lines.Length;
    }

    private static int PreviousNonBlank(string[] lines, int from)
    {
        for (var j = from - 1; j >= 0; j--)
        {
            if (lines[j].Trim().Length > 0)
            {
                return j;
            }
        }

        return -1;
    }

    private static int NextNonBlank(string[] lines, int from)
    {
        for (var j = from + 1; j < lines.Length; j++)
        {
            if (lines[j].Trim().Length > 0)
            {
                return j;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^```(?<lang>[A-Za-z#+-]*)\s*$")]
    private static partial Regex FencePattern();

    [GeneratedRegex(@"^<!-- sample: (?<name>[a-z0-9-]+) -->$")]
    private static partial Regex SampleMarkerPattern();

    /// <summary>A file name for a sample's project: its page and line.</summary>
    public static string ProjectName(DocSample sample)
    {
        var builder = new StringBuilder("Sample_");
        foreach (var c in sample.File)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return builder.Append('_').Append(sample.Line).ToString();
    }
}

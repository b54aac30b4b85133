using System.Text.RegularExpressions;

namespace Kz.Legislature.Tests.Cli;

/// <summary>Redirected text output a person can reuse: no line ends in padding, and no URL is broken across lines.</summary>
public partial class KzlegAppTests
{
    private static readonly Regex UrlPattern = new(@"https?://[^\s""'<>]+", RegexOptions.None, TimeSpan.FromSeconds(5));

    /// <summary>Every URL the dataset holds, as written in it.</summary>
    private static readonly HashSet<string> DatasetUrls = UrlPattern
        .Matches(File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot(), "src", "Kz.Legislature", "Data", "kazakhstan.json")))
        .Select(m => m.Value)
        .ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string[]> Commands()
    {
        var data = new TheoryData<string[]>();
        foreach (var lang in new[] { "en", "ru", "kk" })
        {
            foreach (var date in new[] { "1991-01-01", "1996-06-01", "2008-01-01", "2022-08-01", "2024-01-01", "2026-07-01", "2026-07-15", "2030-01-01" })
            {
                data.Add(["rules", "--on", date, "--lang", lang]);
                data.Add(["rules", "--on", date, "--lang", lang, "--sources"]);
            }

            data.Add(["timeline", "--lang", lang]);
            data.Add(["diff", "1990-03-25", "2026-07-15", "--lang", lang]);
            data.Add(["diff", "2022-01-01", "2024-01-01", "--lang", lang]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void No_line_ends_in_white_space_and_every_URL_is_whole_on_one_line(string[] args)
    {
        var result = CliRunner.Run(args);

        result.ExitCode.Should().Be(0, result.ToString());
        AssertReusable(result.Stdout);
    }

    [Fact]
    public void Allocate_validate_and_export_text_is_reusable_too()
    {
        var dir = Directory.CreateTempSubdirectory("kzleg-text-");
        try
        {
            var votes = CliRunner.Example(dir, "votes.csv", "votes");
            var senate = CliRunner.Example(dir, "senate.json", "senate");
            var mazhilis = CliRunner.Example(dir, "mazhilis.json", "mazhilis", "--on", "2022-12-01");

            foreach (var lang in new[] { "en", "ru", "kk" })
            {
                var allocate = CliRunner.Run("allocate", "--votes", votes, "--on", "2023-03-19", "--all-ballots", "6366441", "--lang", lang);
                allocate.ExitCode.Should().Be(0, allocate.ToString());
                AssertReusable(allocate.Stdout);

                var valid = CliRunner.Run("validate", senate, "--lang", lang);
                valid.ExitCode.Should().Be(0, valid.ToString());
                AssertReusable(valid.Stdout);

                // The 107-seat Mazhilis of 2022 judged by the 2024 rules: invalid, with failures and their citations.
                var invalid = CliRunner.Run("validate", mazhilis, "--on", "2024-01-01", "--lang", lang);
                invalid.ExitCode.Should().Be(1, invalid.ToString());
                AssertReusable(invalid.Stdout);

                var export = CliRunner.Run("export", "popolo", "--out", Path.Combine(dir.FullName, "p.json"), "--lang", lang);
                export.ExitCode.Should().Be(0, export.ToString());
                AssertReusable(export.Stdout);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_trimmer_drops_only_the_spaces_at_line_ends()
    {
        using var inner = new StringWriter();
        using var trimmer = new Kz.Legislature.Cli.Output.TextConsole.TrailingSpaceTrimmer(inner);
        trimmer.Write("a  b   \n");
        trimmer.Write("  c \t");
        trimmer.Write(" d");
        trimmer.Write("\r\n   \n");
        trimmer.Write("e   ");
        trimmer.Flush();

        inner.ToString().Should().Be("a  b\n  c \t d\r\n\ne");
    }

    [Theory]
    [InlineData("2024-01-01")]
    [InlineData("1996-06-01")]
    [InlineData("2026-07-15")]
    public void Rules_prints_the_sources_only_with_sources_and_then_every_source_of_the_JSON(string date)
    {
        var brief = CliRunner.Run("rules", "--on", date);
        var full = CliRunner.Run("rules", "--on", date, "--sources");
        var json = CliRunner.Run("rules", "--on", date, "--format", "json");

        brief.ExitCode.Should().Be(0, brief.ToString());
        brief.Stdout.Should().NotContain("://").And.Contain($"kzleg rules --on {date} --sources");
        full.ExitCode.Should().Be(0, full.ToString());
        full.Stdout.Should().NotContain("--sources");
        // The provenance of the rules and of each chamber: its sources, all printed under "Sources".
        using var doc = System.Text.Json.JsonDocument.Parse(json.Stdout);
        static IEnumerable<string> Sources(System.Text.Json.JsonElement e) => e.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("url").GetString()!);
        var urls = Sources(doc.RootElement)
            .Concat(doc.RootElement.GetProperty("chambers").EnumerateArray().SelectMany(Sources))
            .Distinct(StringComparer.Ordinal).ToList();
        urls.Should().NotBeEmpty();
        var lines = full.Stdout.Split('\n');
        urls.Should().OnlyContain(u => lines.Any(l => l.Contains(u, StringComparison.Ordinal)), "--sources prints every source URL of the JSON document, whole");
        brief.Stdout.Split('\n').Length.Should().BeLessThan(lines.Length);
    }

    private static void AssertReusable(string stdout)
    {
        stdout.Should().NotBeEmpty();
        var lines = stdout.Split('\n');
        var padded = lines.Select((l, i) => (Line: l.TrimEnd('\r'), Number: i + 1)).Where(l => l.Line.Length > 0 && char.IsWhiteSpace(l.Line[^1])).ToList();
        padded.Should().BeEmpty("no line of redirected text ends in white space (lines {0})", string.Join(", ", padded.Select(p => p.Number)));

        foreach (var line in lines)
        {
            foreach (Match url in UrlPattern.Matches(line))
            {
                // A URL in prose may be followed by punctuation; a URL cut at the line end is not in the dataset.
                var value = url.Value.TrimEnd('.', ',', ';', ')');
                (DatasetUrls.Contains(value) || DatasetUrls.Contains(url.Value)).Should().BeTrue($"the URL '{url.Value}' on the line '{line}' is a whole URL of the dataset");
            }
        }
    }
}

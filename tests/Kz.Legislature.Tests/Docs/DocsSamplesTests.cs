using System.Text.RegularExpressions;
using Kz.Legislature.Tests.Conventions;

namespace Kz.Legislature.Tests.Docs;

/// <summary>Every code sample in docs/getting-started.md is a region of GettingStartedSamples.cs, compiled and run by its test.</summary>
public partial class DocsSamplesTests
{
    [Fact]
    public void Every_sample_in_getting_started_is_the_code_the_tests_run()
    {
        var root = PublicApiTests.RepositoryRoot();
        var doc = File.ReadAllText(Path.Combine(root, "docs", "getting-started.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var source = File.ReadAllText(Path.Combine(root, "tests", "Kz.Legislature.Tests", "Docs", "GettingStartedSamples.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);

        var regions = RegionPattern().Matches(source).ToDictionary(m => m.Groups["name"].Value, m => Dedent(m.Groups["code"].Value));
        var samples = SamplePattern().Matches(doc).Select(m => (Name: m.Groups["name"].Value, Code: m.Groups["code"].Value.TrimEnd())).ToList();

        samples.Select(s => s.Name).Should().BeEquivalentTo(regions.Keys, "every region is shown in the document and every sample comes from a region");
        foreach (var (name, code) in samples)
        {
            code.Should().Be(regions[name], $"the sample '{name}' in getting-started.md must be the tested code");
        }
    }

    private static string Dedent(string code)
    {
        var lines = code.Split('\n').Where(l => l.Trim().Length > 0 || true).ToList();
        while (lines.Count > 0 && lines[^1].Trim().Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.Trim()));
    }

    [GeneratedRegex(@"#region sample: (?<name>[a-z-]+)\n(?<code>.*?)\n\s*#endregion", RegexOptions.Singleline)]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"<!-- sample: (?<name>[a-z-]+) -->\n```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex SamplePattern();
}

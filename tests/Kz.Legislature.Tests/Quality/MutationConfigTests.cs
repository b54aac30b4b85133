using System.Text.Json;
using System.Text.RegularExpressions;
using DotNet.Globbing;
using Kz.Legislature.Tests.Conventions;

namespace Kz.Legislature.Tests.Quality;

/// <summary>
/// The mutation-testing setup (scripts/mutation.sh and tests/Kz.Legislature.Tests/stryker-config.json) is not run in
/// CI, so these tests check cheaply that it would run: Stryker.NET refuses thresholds out of order, and a mutate
/// pattern that matches no file makes it ignore every mutant and report no score.
/// </summary>
public class MutationConfigTests
{
    private static string Root => PublicApiTests.RepositoryRoot();

    private static string LibraryDirectory => Path.Combine(Root, "src", "Kz.Legislature");

    private static JsonElement Config()
    {
        var text = File.ReadAllText(Path.Combine(Root, "tests", "Kz.Legislature.Tests", "stryker-config.json"));
        return JsonDocument.Parse(text).RootElement.GetProperty("stryker-config");
    }

    [Fact]
    public void The_thresholds_are_in_the_order_Stryker_accepts()
    {
        var thresholds = Config().GetProperty("thresholds");
        var high = thresholds.GetProperty("high").GetInt32();
        var low = thresholds.GetProperty("low").GetInt32();
        var breakAt = thresholds.GetProperty("break").GetInt32();

        high.Should().BeInRange(0, 100);
        high.Should().BeGreaterThanOrEqualTo(low, "Stryker refuses a low threshold above the high one");
        low.Should().BeGreaterThanOrEqualTo(breakAt, "Stryker refuses a break threshold above the low one");
    }

    [Fact]
    public void The_break_threshold_is_the_recorded_score_rounded_down()
    {
        var breakAt = Config().GetProperty("thresholds").GetProperty("break").GetInt32();
        var quality = File.ReadAllText(Path.Combine(Root, "docs", "quality.md"));
        var score = Regex.Match(quality, @"\| \*\*Mutation score\*\* \| \*\*(?<score>[0-9]+\.[0-9]+)%\*\* \|");

        score.Success.Should().BeTrue("docs/quality.md records the latest complete run's score");
        var recorded = decimal.Parse(score.Groups["score"].Value, System.Globalization.CultureInfo.InvariantCulture);
        breakAt.Should().Be((int)decimal.Floor(recorded));
    }

    [Fact]
    public void The_project_and_test_project_it_names_exist()
    {
        var config = Config();
        File.Exists(Path.Combine(LibraryDirectory, config.GetProperty("project").GetString()!)).Should().BeTrue();
        foreach (var testProject in config.GetProperty("test-projects").EnumerateArray())
        {
            File.Exists(Path.Combine(Root, "tests", "Kz.Legislature.Tests", testProject.GetString()!)).Should().BeTrue();
        }
    }

    private static bool StopOnFail(string path) =>
        JsonDocument.Parse(File.ReadAllText(path)).RootElement.TryGetProperty("stopOnFail", out var value) && value.GetBoolean();

    [Fact]
    public void A_mutation_run_stops_each_test_session_at_its_first_failure_and_every_other_run_does_not()
    {
        var tests = Path.Combine(Root, "tests", "Kz.Legislature.Tests");
        StopOnFail(Path.Combine(tests, "xunit.runner.mutation.json")).Should().BeTrue();
        StopOnFail(Path.Combine(tests, "xunit.runner.json")).Should().BeFalse();
        File.ReadAllText(Path.Combine(Root, "scripts", "mutation.sh")).Should().Contain("export KZL_MUTATION_RUN=true");

        // This build's settings: the mutation settings only when the build was made for a mutation run.
        var mutationBuild = Environment.GetEnvironmentVariable("KZL_MUTATION_RUN") == "true";
        StopOnFail(Path.Combine(AppContext.BaseDirectory, "xunit.runner.json")).Should().Be(mutationBuild);
    }

    public static TheoryData<string> DocumentedPatterns()
    {
        var data = new TheoryData<string>();
        var sources = new[]
        {
            File.ReadAllText(Path.Combine(Root, "scripts", "mutation.sh")),
            File.ReadAllText(Path.Combine(Root, "docs", "quality.md")),
        };
        foreach (var text in sources)
        {
            foreach (Match match in Regex.Matches(text, @"scripts/mutation\.sh '(?<pattern>[^']+)'"))
            {
                data.Add(match.Groups["pattern"].Value);
            }
        }

        return data;
    }

    [Fact]
    public void The_script_and_the_quality_guide_document_at_least_two_patterns()
    {
        DocumentedPatterns().Should().HaveCountGreaterThanOrEqualTo(2);
    }

    [Theory]
    [MemberData(nameof(DocumentedPatterns))]
    public void Every_documented_pattern_matches_a_library_file_as_Stryker_sees_it(string pattern)
    {
        // scripts/mutation.sh passes a pattern relative to the library project, dropping a leading
        // "src/Kz.Legislature/"; Stryker matches it with DotNet.Glob against each file's project-relative path.
        var relative = pattern.StartsWith("src/Kz.Legislature/", StringComparison.Ordinal)
            ? pattern["src/Kz.Legislature/".Length..]
            : pattern;
        var glob = Glob.Parse(relative);
        var files = Directory.EnumerateFiles(LibraryDirectory, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(LibraryDirectory, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal));

        files.Where(f => glob.IsMatch(f)).Should().NotBeEmpty($"'{pattern}' must select files, or Stryker reports no score");
    }
}

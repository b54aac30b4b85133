using System.Text.Json;

namespace Kz.Legislature.Tests.Cli;

/// <summary>
/// <c>kzleg example</c>: the installed tool carries its own example inputs, and no help or error text of the tool
/// names a path of the repository, which a user of the installed tool does not have.
/// </summary>
public sealed class ExampleCommandTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("kzleg-example-");

    public void Dispose() => dir.Delete(recursive: true);

    private string Save(string name, string content)
    {
        var path = Path.Combine(dir.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void The_votes_example_is_the_committed_2023_votes_file_and_allocates_the_2023_result()
    {
        var example = CliRunner.Run("example", "votes");
        example.ExitCode.Should().Be(0, example.ToString());
        var committed = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot(), "docs", "examples", "mazhilis-2023.csv")).Replace("\r\n", "\n", StringComparison.Ordinal);
        example.Stdout.Should().Be(committed);

        var result = CliRunner.Run("allocate", "--votes", Save("votes.csv", example.Stdout), "--on", "2023-03-19", "--all-ballots", "6366441");
        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("Result: amanat 40, auyl 8, respublica 6, ak-zhol 6, peoples-party 5, osdp 4, baytaq 0.");
    }

    [Theory]
    [InlineData("senate", null, "senate", "2024-01-01", 50)]
    [InlineData("senate", "2010-01-01", "senate", "2010-01-01", 47)]
    [InlineData("mazhilis", "2024-01-01", "mazhilis", "2024-01-01", 98)]
    [InlineData("mazhilis", "2022-12-01", "mazhilis", "2022-12-01", 107)]
    [InlineData("supreme-council", "1994-06-01", "supremeCouncil", "1994-06-01", 177)]
    public void A_composition_example_is_a_valid_composition_of_its_date(string name, string? on, string kind, string date, int members)
    {
        var example = on is null ? CliRunner.Run("example", name) : CliRunner.Run("example", name, "--on", on);
        example.ExitCode.Should().Be(0, example.ToString());
        using (var doc = JsonDocument.Parse(example.Stdout))
        {
            doc.RootElement.GetProperty("kind").GetString().Should().Be(kind);
            doc.RootElement.GetProperty("date").GetString().Should().Be(date);
            doc.RootElement.GetProperty("mandates").GetArrayLength().Should().Be(members);
        }

        var validate = CliRunner.Run("validate", Save(name + ".json", example.Stdout), "--format", "json");
        validate.ExitCode.Should().Be(0, validate.ToString());
        using var report = JsonDocument.Parse(validate.Stdout);
        report.RootElement.GetProperty("valid").GetBoolean().Should().BeTrue(validate.Stdout);
    }

    [Fact]
    public void The_parliament_example_holds_both_chambers_and_is_valid()
    {
        var example = CliRunner.Run("example", "parliament", "--on", "2024-01-01");
        example.ExitCode.Should().Be(0, example.ToString());
        example.Stdout.Should().Contain("\"kind\": \"parliament\"").And.Contain("\"kind\": \"senate\"").And.Contain("\"kind\": \"mazhilis\"");
        var validate = CliRunner.Run("validate", Save("parliament.json", example.Stdout));
        validate.ExitCode.Should().Be(0, validate.ToString());
    }

    [Fact]
    public void A_chamber_that_does_not_exist_on_the_date_is_a_usage_error_that_says_to_pass_another_date()
    {
        var result = CliRunner.Run("example", "kurultai");
        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().StartWith("error: --on 2024-01-01: no kurultai example").And.Contain("Pass --on with a date");
        result.Stderr.Should().NotContain("(Parameter").And.NotContain("Exception");
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("senat")]
    public void An_unknown_example_name_is_a_usage_error_listing_the_names(string name)
    {
        var result = CliRunner.Run("example", name);
        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain($"there is no example '{name}'").And.Contain("votes, senate, mazhilis, kurultai, supreme-council, parliament");
    }

    [Fact]
    public void Without_a_name_it_lists_every_example()
    {
        var result = CliRunner.Run("example");
        result.ExitCode.Should().Be(0, result.ToString());
        var names = result.Stdout.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("Print", StringComparison.Ordinal)).Select(l => l.Split(' ')[0]);
        names.Should().Equal("votes", "senate", "mazhilis", "kurultai", "supreme-council", "parliament");
        result.Stdout.Should().Contain("kzleg example votes > votes.csv");
    }

    [Fact]
    public void The_votes_example_takes_no_date()
    {
        var result = CliRunner.Run("example", "votes", "--on", "2021-01-10");
        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("--on applies to the composition examples only");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("rules", "--help")]
    [InlineData("timeline", "--help")]
    [InlineData("diff", "--help")]
    [InlineData("validate", "--help")]
    [InlineData("allocate", "--help")]
    [InlineData("export", "--help")]
    [InlineData("export", "popolo", "--help")]
    [InlineData("chart", "--help")]
    [InlineData("example", "--help")]
    public void No_help_text_names_a_path_of_the_repository(params string[] args)
    {
        var result = CliRunner.Run(args);
        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().NotBeEmpty();
        result.Stdout.Should().NotContain("docs/").And.NotContain(".md").And.NotContain("src/");
    }

    [Fact]
    public void The_error_for_a_law_the_data_does_not_know_names_no_path_of_the_repository()
    {
        var votes = CliRunner.Run("example", "votes").Stdout;
        var result = CliRunner.Run("allocate", "--votes", Save("v.csv", votes), "--on", "2026-08-23");
        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("kzleg allocate --help").And.NotContain("docs/").And.NotContain(".md");
    }
}

using System.Text.Json;

namespace Kz.Legislature.Tests.Cli;

/// <summary><c>kzleg allocate</c>: the 2023 Mazhilis votes, explicit options, and unreadable input.</summary>
public sealed partial class AllocateCommandTests : IDisposable
{
    // CEC final vote counts of 19 March 2023 and 6,366,441 ballots: https://en.inform.kz/news/six-political-parties-admitted-to-majilis_a4049989/
    private const string Votes2023 = "list,votes,registrationOrder\namanat,3431510,1\nauyl,693938,2\nrespublica,547154,3\nak-zhol,535139,4\npeoples-party,432920,5\nosdp,331058,6\nbaytaq,146431,7\n";

    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("kzleg-allocate-");

    public void Dispose() => dir.Delete(recursive: true);

    private string File(string name, string content)
    {
        var path = Path.Combine(dir.FullName, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void The_2023_votes_under_the_law_of_19_March_2023_give_40_8_6_6_5_4()
    {
        var result = CliRunner.Run("allocate", "--votes", File("v.csv", Votes2023), "--on", "2023-03-19", "--all-ballots", "6366441");
        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("Mazhilis, 2023-03-19: 69 seats").And.Contain("Hare quota, largest remainders").And.Contain("5% of all ballots cast");
        result.Stdout.Should().Contain("Result: amanat 40, auyl 8, respublica 6, ak-zhol 6, peoples-party 5, osdp 4, baytaq 0.");
        result.Stdout.Should().Contain("2 remaining seats go to the largest remainders: osdp, amanat.");
    }

    [Fact]
    public void The_example_votes_file_in_the_docs_reproduces_the_2023_result()
    {
        var path = Path.Combine(CliRunner.RepositoryRoot(), "docs", "examples", "mazhilis-2023.csv");
        var result = CliRunner.Run("allocate", "--votes", path, "--on", "2023-03-19", "--all-ballots", "6366441");
        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("Result: amanat 40, auyl 8, respublica 6, ak-zhol 6, peoples-party 5, osdp 4, baytaq 0.");
    }

    [Fact]
    public void The_2023_votes_in_json_give_the_seats_quota_and_remainders()
    {
        var json = """
            { "allBallots": 6366441, "lists": [
              { "list": "amanat", "votes": 3431510 }, { "list": "auyl", "votes": 693938 }, { "list": "respublica", "votes": 547154 },
              { "list": "ak-zhol", "votes": 535139 }, { "list": "peoples-party", "votes": 432920 }, { "list": "osdp", "votes": 331058 },
              { "list": "baytaq", "votes": 146431 } ] }
            """;
        var result = CliRunner.Run("allocate", "--votes", File("v.json", json), "--on", "2023-03-19", "--format", "json");
        result.ExitCode.Should().Be(0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        root.GetProperty("chamber").GetString().Should().Be("mazhilis");
        root.GetProperty("seats").GetInt32().Should().Be(69);
        root.GetProperty("law").GetProperty("method").GetString().Should().Be("hareLargestRemainder");
        root.GetProperty("law").GetProperty("overridden").GetArrayLength().Should().Be(0);
        root.GetProperty("quota").GetProperty("exact").GetString().Should().Be("1990573/23");
        root.GetProperty("lists").EnumerateArray().Select(l => l.GetProperty("seats").GetInt32()).Should().Equal(40, 8, 6, 6, 5, 4, 0);
        root.GetProperty("decided").GetBoolean().Should().BeTrue();
        root.GetProperty("explanation").GetString().Should().Contain("Hare quota");
    }

    [Fact]
    public void An_explicit_method_overrides_the_law_and_says_so()
    {
        var result = CliRunner.Run("allocate", "--votes", File("v.csv", Votes2023), "--on", "2023-03-19", "--all-ballots", "6366441", "--method", "dhondt", "-f", "json");
        result.ExitCode.Should().Be(0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        doc.RootElement.GetProperty("law").GetProperty("method").GetString().Should().Be("dHondt");
        doc.RootElement.GetProperty("law").GetProperty("overridden").EnumerateArray().Select(e => e.GetString()).Should().Equal("--method");
    }

    [Fact]
    public void Where_the_data_does_not_know_the_Kurultai_law_the_options_are_required()
    {
        var path = File("v.csv", Votes2023);
        var refused = CliRunner.Run("allocate", "--votes", path, "--on", "2026-08-23");
        refused.ExitCode.Should().Be(2);
        refused.Stderr.Should().Contain("Kurultai").And.Contain("not fully known").And.Contain("--method, --threshold, --threshold-base");

        var explicitLaw = CliRunner.Run("allocate", "--votes", path, "--on", "2026-08-23", "--method", "hare", "--threshold", "5", "--threshold-base", "valid");
        explicitLaw.ExitCode.Should().Be(0, explicitLaw.ToString());
        explicitLaw.Stdout.Should().Contain("Kurultai, 2026-08-23: 145 seats");
    }

    [Fact]
    public void A_threshold_of_all_ballots_needs_the_number_of_ballots()
    {
        var result = CliRunner.Run("allocate", "--votes", File("v.csv", Votes2023), "--on", "2023-03-19");
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("--all-ballots");
    }

    [Fact]
    public void A_date_without_a_party_list_chamber_is_refused_even_with_the_law_given()
    {
        var path = File("v.csv", Votes2023);
        foreach (var args in new[] { Array.Empty<string>(), ["--method", "hare", "--threshold", "5", "--threshold-base", "valid", "--seats", "10"] })
        {
            var result = CliRunner.Run(["allocate", "--votes", path, "--on", "1996-01-01", .. args]);
            result.ExitCode.Should().Be(2, result.ToString());
            result.Stderr.TrimEnd().Should().Be("error: On 1996-01-01 no chamber has party-list seats under the rules in force (Constitution of the Republic of Kazakhstan (1995)), so there is nothing to allocate; give the day of an election by party lists.");
            result.Stdout.Should().BeEmpty();
        }
    }

    [Fact]
    public void A_csv_line_with_a_bad_number_is_reported_with_its_line()
    {
        var result = CliRunner.Run("allocate", "--votes", File("v.csv", "list,votes\na,100\nb,1 000\n"), "--on", "2023-03-19");
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("line 3").And.Contain("'1 000'");
    }

    [Fact]
    public void Malformed_json_is_reported_with_its_line_and_position()
    {
        var result = CliRunner.Run("allocate", "--votes", File("v.json", "{\n  \"lists\": [ { \"list\": \"a\", \"votes\": } ]\n}"), "--on", "2023-03-19");
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("line 2, position").And.Contain("not valid JSON").And.NotContain("   at ");
    }

    [Fact]
    public void A_json_value_of_the_wrong_type_is_reported_with_its_path()
    {
        var result = CliRunner.Run("allocate", "--votes", File("v.json", "{ \"lists\": [ { \"list\": \"a\", \"votes\": 10 }, { \"list\": \"b\", \"votes\": \"many\" } ] }"), "--on", "2023-03-19");
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("$.lists[1].votes");
    }

    [Fact]
    public void A_missing_votes_file_is_an_error()
    {
        var result = CliRunner.Run("allocate", "--votes", Path.Combine(dir.FullName, "nope.csv"), "--on", "2023-03-19");
        result.ExitCode.Should().Be(2);
        result.Stderr.TrimEnd().Should().Be($"error: --votes: '{Path.Combine(dir.FullName, "nope.csv")}' does not exist.");
        CliRunner.Run("allocate", "--votes", dir.FullName, "--on", "2023-03-19").Stderr.TrimEnd().Should().Be($"error: --votes: '{dir.FullName}' is a directory, not a votes file.");

        CliRunner.Run("allocate", "--on", "2023-03-19").Stderr.Should().Contain("--votes is required");
    }
}

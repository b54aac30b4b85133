using System.Text.Json;

namespace Kz.Legislature.Tests.Cli;

/// <summary><c>kzleg validate</c> (exit 0, 1, 2) and <c>kzleg export popolo</c>.</summary>
public sealed partial class ValidateCommandTests : IDisposable
{
    private const string TwoSenators = """
        { "formatVersion": 1, "kind": "senate", "date": "2024-01-01", "convocation": 8,
          "mandates": [
            { "deputy": { "id": "d-001", "name": { "en": "Aigerim" }, "birthDate": "1970-05-17" }, "chamber": "senate",
              "source": "electedByMaslikhats", "start": "2023-01-25", "end": "2026-07-01", "endReason": "constitutionalTermination", "regionId": "astana" },
            { "deputy": { "id": "d-002", "name": { "en": "Bolat" } }, "chamber": "senate", "source": "appointedByPresident", "start": "2023-01-24" }
          ] }
        """;

    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("kzleg-validate-");

    public void Dispose() => dir.Delete(recursive: true);

    private string File(string name, string content)
    {
        var path = Path.Combine(dir.FullName, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void A_senate_with_vacancies_is_valid_when_vacancies_are_allowed_and_exits_0()
    {
        var result = CliRunner.Run("validate", File("s.json", TwoSenators), "--allow-vacancies");
        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("a valid Senate on 2024-01-01");
    }

    [Fact]
    public void A_senate_with_two_of_fifty_seats_is_invalid_with_every_failure_coded_and_cited()
    {
        var path = File("s.json", TwoSenators);
        var text = CliRunner.Run("validate", path);
        text.ExitCode.Should().Be(1, text.ToString());
        text.Stdout.Should().Contain("KZL1002").And.Contain("50(2)").And.Contain("Constitutional referendum");

        var json = CliRunner.Run("validate", path, "--format", "json", "--lang", "ru");
        json.ExitCode.Should().Be(1);
        using var doc = JsonDocument.Parse(json.Stdout);
        doc.RootElement.GetProperty("valid").GetBoolean().Should().BeFalse();
        var failures = doc.RootElement.GetProperty("failures").EnumerateArray().ToList();
        failures.Should().NotBeEmpty();
        failures.Should().OnlyContain(f => f.GetProperty("code").GetString()!.StartsWith("KZL", StringComparison.Ordinal));
        failures.First().GetProperty("citation").GetProperty("article").GetString().Should().Be("Art. 50(2)");
        failures.First().GetProperty("message").GetString().Should().Contain("Сенат");
    }

    /// <summary>
    /// The citation of every failure names the instrument in the language asked for, in text and JSON, with the sources
    /// that state the value (not the referendum's turnout story).
    /// </summary>
    [Theory]
    [InlineData("en", "Constitutional referendum of 5 June 2022")]
    [InlineData("ru", "Республиканский референдум 5 июня 2022 года")]
    [InlineData("kk", "2022 жылғы 5 маусымдағы республикалық референдум")]
    public void Citations_name_the_instrument_in_the_language_asked_for(string lang, string name)
    {
        var path = File("s.json", TwoSenators);
        var text = CliRunner.Run("validate", path, "--lang", lang);
        text.Stdout.Should().Contain(name.Split(' ')[0]);

        var json = CliRunner.Run("validate", path, "--format", "json", "--lang", lang);
        using var doc = JsonDocument.Parse(json.Stdout);
        var citation = doc.RootElement.GetProperty("failures").EnumerateArray()
            .First(f => f.GetProperty("code").GetString() == "KZL1002").GetProperty("citation");
        citation.GetProperty("instrument").GetString().Should().Contain(name);
        citation.GetProperty("text").GetString().Should().Be(citation.GetProperty("instrument").GetString() + ", Art. 50(2)");
        citation.GetProperty("instrumentId").GetString().Should().Be("referendum-2022");
        citation.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("url").GetString())
            .Should().NotBeEmpty().And.NotContain(u => u!.Contains("almayadeen", StringComparison.Ordinal));
    }

    /// <summary><c>kzleg rules</c> in JSON gives every value's citation, with the instrument's name in the language asked for.</summary>
    [Fact]
    public void Rules_json_cites_every_value_in_the_language_asked_for()
    {
        var json = CliRunner.Run("rules", "--on", "2024-01-01", "--format", "json", "--lang", "ru");
        using var doc = JsonDocument.Parse(json.Stdout);
        var senate = doc.RootElement.GetProperty("chambers").EnumerateArray().First();
        var citations = senate.GetProperty("citations");
        citations.GetProperty("termLength").GetProperty("article").GetString().Should().Be("Art. 50(5)");
        citations.GetProperty("minimumAge").GetProperty("instrument").GetString().Should().StartWith("Республиканский референдум");
        senate.GetProperty("seatPlan")[0].GetProperty("citation").GetProperty("article").GetString().Should().Be("Art. 50(2)");
        senate.GetProperty("incompatibilityRules").EnumerateArray().Should().Contain(i => i.GetProperty("kind").GetString() == "bothChambers");
        doc.RootElement.GetProperty("formCitation").GetProperty("article").GetString().Should().Be("Art. 50(1)");

        var mazhilis = doc.RootElement.GetProperty("chambers").EnumerateArray().Last();
        mazhilis.GetProperty("electoralSystem").GetProperty("citations").GetProperty("method").GetProperty("article").GetString().Should().Be("Art. 97-1");
        mazhilis.GetProperty("listQuota").GetProperty("citation").GetProperty("instrumentId").GetString().Should().Be("election-law-2022-02");
    }

    /// <summary><c>kzleg diff</c> cites each change (the value after it), in JSON and as footnotes in text.</summary>
    [Fact]
    public void Diff_cites_each_change()
    {
        var json = CliRunner.Run("diff", "2025-01-01", "2026-08-01", "--format", "json", "--lang", "kk");
        using var doc = JsonDocument.Parse(json.Stdout);
        var removed = doc.RootElement.GetProperty("changes").EnumerateArray().First(c => c.GetProperty("kind").GetString() == "chamberRemoved");
        removed.GetProperty("citation").GetProperty("article").GetString().Should().Be("Art. 95");
        removed.GetProperty("citation").GetProperty("instrument").GetString().Should().Contain("2026 жылғы Конституциясы");

        var text = CliRunner.Run("diff", "2025-01-01", "2026-08-01", "--lang", "ru");
        text.Stdout.Should().Contain("[1]").And.Contain("Конституция Республики Казахстан 2026 года, Art. 95");
    }

    /// <summary>
    /// One verdict: a composition whose only failure is a warning (KZL1014, no members, allowing vacancies) is invalid for the
    /// library (ValidationResult.IsValid) and for the CLI alike: exit 1, "invalid" with 0 errors and
    /// 1 warning in the text, valid false in the JSON.
    /// </summary>
    [Fact]
    public void A_composition_with_only_a_warning_is_invalid_on_every_surface()
    {
        const string empty = """{ "formatVersion": 1, "kind": "senate", "date": "2024-01-01", "mandates": [] }""";
        var path = File("empty.json", empty);
        var read = (Senate)Kz.Legislature.Serialization.CompositionJson.Read(empty);
        var library = new Kz.Legislature.Validation.SenateValidator(Kz.Legislature.Tests.Support.SessionHistory.Current, Kz.Legislature.Validation.ValidationOptions.AllowingVacancies).Validate(read);
        library.Errors.Should().ContainSingle().Which.Severity.Should().Be(FluentValidation.Severity.Warning);
        library.IsValid.Should().BeFalse();

        var text = CliRunner.Run("validate", path, "--allow-vacancies");
        text.ExitCode.Should().Be(1, text.ToString());
        text.Stdout.Should().Contain("is invalid (0 errors, 1 warning)").And.Contain("KZL1014").And.NotContain("a valid Senate");

        var json = CliRunner.Run("validate", path, "--allow-vacancies", "--format", "json");
        json.ExitCode.Should().Be(1);
        using var doc = JsonDocument.Parse(json.Stdout);
        doc.RootElement.GetProperty("valid").GetBoolean().Should().BeFalse();
        doc.RootElement.GetProperty("errorCount").GetInt32().Should().Be(0);
        doc.RootElement.GetProperty("warningCount").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Validate_on_another_date_uses_the_rules_of_that_date()
    {
        var json = CliRunner.Run("validate", File("s.json", TwoSenators), "--on", "2020-01-01", "--allow-vacancies", "-f", "json");
        using var doc = JsonDocument.Parse(json.Stdout);
        doc.RootElement.GetProperty("date").GetString().Should().Be("2020-01-01");
    }

    [Fact]
    public void An_unreadable_composition_exits_2_with_the_json_path_and_position()
    {
        var result = CliRunner.Run("validate", File("bad.json", "{ \"formatVersion\": 1, \"kind\": \"senate\", \"date\": \"2024-13-01\", \"mandates\": [] }"));
        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("$.date").And.Contain("line 1, position").And.NotContain("   at ");
    }

    [Fact]
    public void A_missing_composition_file_exits_2()
    {
        var result = CliRunner.Run("validate", Path.Combine(dir.FullName, "nope.json"));
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("cannot read");
    }

    [Fact]
    public void Export_popolo_writes_the_history_as_popolo_json_to_stdout_or_a_file()
    {
        var stdout = CliRunner.Run("export", "popolo");
        stdout.ExitCode.Should().Be(0, stdout.Stderr);
        using (var doc = JsonDocument.Parse(stdout.Stdout))
        {
            doc.RootElement.GetProperty("organizations").GetArrayLength().Should().BeGreaterThan(0);
        }

        var path = Path.Combine(dir.FullName, "p.json");
        var file = CliRunner.Run("export", "popolo", "--input", File("s.json", TwoSenators), "--out", path, "--format", "json");
        file.ExitCode.Should().Be(0, file.ToString());
        using var written = JsonDocument.Parse(System.IO.File.ReadAllText(path));
        written.RootElement.GetProperty("persons").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void Validate_and_export_have_help_with_examples()
    {
        CliRunner.Run("validate", "--help").Stdout.Should().Contain("EXAMPLES:").And.Contain("kzleg validate");
        CliRunner.Run("export", "popolo", "--help").Stdout.Should().Contain("EXAMPLES:").And.Contain("kzleg export popolo");
    }
}

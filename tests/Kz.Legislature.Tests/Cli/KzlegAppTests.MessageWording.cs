using System.Text.Json;
using System.Text.RegularExpressions;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;

namespace Kz.Legislature.Tests.Cli;

/// <summary>Messages read as sentences: numbers agree with their nouns, and things are named, not given as ids or type names.</summary>
public sealed partial class KzlegAppTests : IDisposable
{
    /// <summary>One maslikhat-elected senator (Astana) and one appointee: 1 seat of each source, 1 seat in a region.</summary>
    private const string TwoSenators = """
        { "formatVersion": 1, "kind": "senate", "date": "2024-01-01", "convocation": 8,
          "mandates": [
            { "deputy": { "id": "d-001", "name": { "en": "Aigerim" } }, "chamber": "senate",
              "source": "electedByMaslikhats", "start": "2023-01-25", "regionId": "astana" },
            { "deputy": { "id": "d-002", "name": { "en": "Bolat" } }, "chamber": "senate", "source": "appointedByPresident", "start": "2023-01-24" }
          ] }
        """;

    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("kzleg-wording-");

    public void Dispose() => dir.Delete(recursive: true);

    private string Senate()
    {
        var path = Path.Combine(dir.FullName, "s.json");
        File.WriteAllText(path, TwoSenators);
        return path;
    }

    private static List<(string Code, string Message)> Failures(CliResult result)
    {
        result.ExitCode.Should().Be(1, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        return doc.RootElement.GetProperty("failures").EnumerateArray()
            .Select(f => (f.GetProperty("code").GetString()!, f.GetProperty("message").GetString()!)).ToList();
    }

    [Fact]
    public void One_seat_of_a_source_or_in_a_region_is_not_1_seats()
    {
        var failures = Failures(CliRunner.Run("validate", Senate(), "--format", "json"));

        failures.Should().Contain(("KZL1003", "Seats filled as \"Appointed by the President\" in the Senate on 2024-01-01: 1; the seat plan provides 5."));
        failures.Should().Contain(("KZL1004", "Seats filled as \"Elected by maslikhat deputies\" for region astana in the Senate on 2024-01-01: 1; each region has 2."));
        failures.Should().NotContain(f => Regex.IsMatch(f.Message, @"\b1 (seats|members|deputies|regions)\b", RegexOptions.None, TimeSpan.FromSeconds(1)));
    }

    [Theory]
    [InlineData("ru", "В палате «Сенат» на 2024-01-01 мест, заполненных способом «Назначаются Президентом»: 1;")]
    [InlineData("kk", "2024-01-01 күнгі «Сенат» палатасында")]
    public void The_seat_messages_in_russian_and_kazakh_put_the_number_after_a_colon_or_need_no_plural(string lang, string start)
    {
        var failures = Failures(CliRunner.Run("validate", Senate(), "--format", "json", "--lang", lang));

        failures.Where(f => f.Code == "KZL1003").Should().Contain(f => f.Message.StartsWith(start, StringComparison.Ordinal), string.Join("\n", failures));
    }

    [Theory]
    [InlineData("en", "s.json: Senate on 2024-01-01 is invalid")]
    [InlineData("ru", "s.json: Сенат на 2024-01-01 — не прошёл проверку")]
    [InlineData("kk", "s.json: 2024-01-01 күнгі Сенат — тексеруден өтпеді")]
    public void The_validate_heading_names_the_chamber_in_the_language_asked_for(string lang, string heading)
    {
        var text = CliRunner.Run("validate", Senate(), "--lang", lang);

        text.ExitCode.Should().Be(1, text.ToString());
        text.Stdout.Split('\n')[0].Should().Contain(heading);
        text.Stdout.Should().NotContain(" senate ");
    }

    [Theory]
    [InlineData("en", "No Supreme Council was given to validate.", "No Senate was given to validate.", "No mandate was given to validate.")]
    [InlineData("ru", "Не передан объект для проверки (Верховный Совет).", "Не передан объект для проверки (Сенат).", "Не передан объект для проверки (мандат).")]
    [InlineData("kk", "Тексеруге нысан берілмеді (Жоғарғы Кеңес).", "Тексеруге нысан берілмеді (Сенат).", "Тексеруге нысан берілмеді (мандат).")]
    public void Nothing_to_validate_names_the_chamber_not_its_type(string lang, string supremeCouncil, string senate, string mandate)
    {
        var history = SessionHistory.Current;
        using var scope = new CultureScope(lang);

        new SupremeCouncilValidator(history).Validate((SupremeCouncil)null!).Errors.Single().ErrorMessage.Should().Be(supremeCouncil);
        new SenateValidator(history).Validate((Senate)null!).Errors.Single().ErrorMessage.Should().Be(senate);
        new MandateValidator(history).Validate((Mandate)null!).Errors.Single().ErrorMessage.Should().Be(mandate);
    }

    [Fact]
    public void A_chamber_the_rules_do_not_have_is_named_in_words_and_an_undefined_kind_by_its_number()
    {
        var rules = SessionHistory.Current.RulesOn(new NodaTime.LocalDate(2024, 1, 1));

        var act = () => rules.Chamber(ChamberKind.SupremeCouncil);
        act.Should().Throw<InvalidOperationException>().Which.Message.Should().StartWith("There is no Supreme Council under the rules in force")
            .And.EndWith("the chambers are: Senate, Mazhilis.");
        var undefined = () => rules.Chamber((ChamberKind)99);
        undefined.Should().Throw<InvalidOperationException>().Which.Message.Should().StartWith("There is no chamber kind 99 under the rules in force");
    }

    [Theory]
    [InlineData("en", "Timeline from 9999-12-31 (the day included)", "The data has events from 1990-")]
    [InlineData("ru", "Хронология с 9999-12-31 (включительно)", "События в данных — с 1990-")]
    [InlineData("kk", "Хронология: 9999-12-31 және одан кейін", "Деректердегі оқиғалар: 1990-")]
    public void A_timeline_past_the_data_says_so_and_never_shows_a_range_ending_before_it_starts(string lang, string heading, string span)
    {
        var result = CliRunner.Run("timeline", "--from", "9999-12-31", "--lang", lang);

        result.ExitCode.Should().Be(0, result.ToString());
        var lines = result.Stdout.Split('\n');
        lines[0].Should().Contain(heading).And.NotContain("2026");
        result.Stdout.Should().Contain(span).And.Contain(SessionHistory.Current.VerifiedThrough.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}

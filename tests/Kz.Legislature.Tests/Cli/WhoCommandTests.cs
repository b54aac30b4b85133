using System.Text.Json;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.Cli;

/// <summary>
/// <c>kzleg who --on DATE</c> (each sitting chamber's chair and its composition at formation) and the chair changes in
/// <c>kzleg timeline</c>. Expected chairs and seats are those of the cited dataset; the sources are beside each.
/// </summary>
public class WhoCommandTests
{
    private static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '│', '╭', '╮', '╰', '╯', '─', '┬', '┴', '├', '┤', '┼'], StringSplitOptions.RemoveEmptyEntries));

    private static JsonElement Json(CliResult result)
    {
        result.ExitCode.Should().Be(0, result.ToString());
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    [Fact]
    public void Who_names_the_Senate_chair_of_2010_and_the_Mazhilis_composition_at_formation()
    {
        // Tokayev chaired the Senate from 11 Jan 2007 to 15 Apr 2011 (Senate of Kazakhstan; Astana Times). The IV Mazhilis
        // was formed by the 2007 election: Nur Otan all 98 list seats (CEC) and the Assembly of People's 9.
        var result = CliRunner.Run("who", "--on", "2010-01-01");
        result.ExitCode.Should().Be(0, result.ToString());
        var text = Flat(result.Stdout);
        text.Should().Contain("Chair: Kassym-Jomart Tokayev (since 2007-01-11)");
        // The party was named Nur Otan from 22 Dec 2006 to 1 Mar 2022 (the dataset's formerNames), so the 2007 Mazhilis shows that name.
        text.Should().Contain("Composition at formation (2007-09-02)").And.Contain("Nur Otan Party list 98");
        text.Should().Contain("Total 107");
    }

    [Fact]
    public void Who_as_json_has_the_envelope_the_chair_and_the_composition()
    {
        var json = Json(CliRunner.Run("who", "--on", "2024-01-01", "--format", "json"));
        json.GetProperty("command").GetString().Should().Be("who");
        json.GetProperty("date").GetString().Should().Be("2024-01-01");
        var chambers = json.GetProperty("chambers").EnumerateArray().ToList();
        var mazhilis = chambers.Single(c => c.GetProperty("chamber").GetString() == "mazhilis");
        mazhilis.GetProperty("chair").GetProperty("personId").GetString().Should().Be("yerlan-koshanov");
        var composition = mazhilis.GetProperty("compositionAtFormation");
        composition.GetProperty("total").GetInt32().Should().Be(98);
        composition.GetProperty("seats").EnumerateArray()
            .Where(s => s.GetProperty("party").ValueKind == JsonValueKind.String && s.GetProperty("party").GetString() == "amanat")
            .Sum(s => s.GetProperty("seats").GetInt32()).Should().Be(62);
        var senate = chambers.Single(c => c.GetProperty("chamber").GetString() == "senate");
        senate.GetProperty("chair").GetProperty("personId").GetString().Should().Be("maulen-ashimbayev");
        senate.GetProperty("compositionAtFormation").GetProperty("unknown").GetInt32().Should().Be(50);
    }

    [Fact]
    public void Who_gives_the_reason_when_no_one_presided()
    {
        // The Mazhilis was dissolved on 20 Jun 2007 and the IV convocation first sat on 2 Sep 2007: on 1 Aug 2007 only the
        // Senate sat. On 15 Jul 2026 no chamber sat (the Kurultai had not been elected).
        var dissolved = Json(CliRunner.Run("who", "--on", "2007-08-01", "--format", "json"));
        dissolved.GetProperty("chambers").EnumerateArray().Select(c => c.GetProperty("chamber").GetString()).Should().Equal("senate");

        var none = Json(CliRunner.Run("who", "--on", "2026-07-15", "--format", "json"));
        var kurultai = none.GetProperty("chambers").EnumerateArray().Single();
        kurultai.GetProperty("sitting").GetBoolean().Should().BeFalse();
        kurultai.GetProperty("chair").ValueKind.Should().Be(JsonValueKind.Null);
        kurultai.GetProperty("chairReason").GetString().Should().NotBeNullOrEmpty();
        kurultai.GetProperty("compositionAtFormation").ValueKind.Should().Be(JsonValueKind.Null);

        var text = CliRunner.Run("who", "--on", "2026-07-15");
        text.ExitCode.Should().Be(0);
        Flat(text.Stdout).Should().Contain("No chamber sat:").And.Contain("Chair: ");
    }

    [Theory]
    [InlineData("ru", "Председатель", "Мажилис")]
    [InlineData("kk", "Төраға", "Мәжіліс")]
    public void Who_speaks_russian_and_kazakh(string lang, string chair, string mazhilis)
    {
        var result = CliRunner.Run("who", "--on", "2024-01-01", "--lang", lang);
        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain(chair).And.Contain(mazhilis);
        result.Stdout.Should().NotContain("Chair").And.NotContain("Party list");
    }

    [Fact]
    public void Who_without_a_date_is_an_error_naming_the_option()
    {
        var result = CliRunner.Run("who");
        result.ExitCode.Should().NotBe(0);
        result.Stderr.Should().Contain("--on");
    }

    [Fact]
    public void Timeline_lists_each_chairs_taking_and_leaving_office()
    {
        // Kairat Mami chaired the Senate from 15 Apr 2011 until Tokayev's return on 16 Oct 2013 (the dataset's terms).
        var json = Json(CliRunner.Run("timeline", "--from", "2011-01-01", "--to", "2013-12-31", "--format", "json"));
        var changes = json.GetProperty("chairChanges").EnumerateArray().ToList();
        changes.Should().Contain(c => c.GetProperty("officeId").GetString() == "chair-senate-2011-mami" && c.GetProperty("kind").GetString() == "chairTakesOffice" && c.GetProperty("date").GetString() == "2011-04-15");
        changes.Should().Contain(c => c.GetProperty("officeId").GetString() == "chair-senate-2011-mami" && c.GetProperty("kind").GetString() == "chairLeavesOffice" && c.GetProperty("date").GetString() == "2013-10-16");
        changes.Select(c => c.GetProperty("date").GetString()).Should().BeInAscendingOrder(StringComparer.Ordinal);

        var presiding = LegislativeHistory.Kazakhstan.Offices.Where(o => o.IsPresiding).ToList();
        var all = Json(CliRunner.Run("timeline", "--format", "json")).GetProperty("chairChanges").GetArrayLength();
        all.Should().Be(presiding.Count + presiding.Count(o => o.Term.End is not null));

        var text = Flat(CliRunner.Run("timeline", "--from", "2011-04-15", "--to", "2011-04-15").Stdout);
        text.Should().Contain("Kairat Mami takes office as Chair of the Senate");
    }
}

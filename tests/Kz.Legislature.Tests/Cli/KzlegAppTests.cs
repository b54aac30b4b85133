using System.Text.Json;

namespace Kz.Legislature.Tests.Cli;

/// <summary>Drives every kzleg command in-process, in text and JSON, and every error path.</summary>
public partial class KzlegAppTests
{
    private static CliResult Run(params string[] args) => CliRunner.Run(args);

    /// <summary>The text with every run of white space (table padding, wrapped lines) collapsed to one space.</summary>
    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    private static JsonElement Json(CliResult result)
    {
        result.ExitCode.Should().Be(0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        return doc.RootElement.Clone();
    }

    // ---- rules ----

    [Fact]
    public void Rules_on_1_January_2024_shows_the_Senate_50_as_40_plus_5_plus_5_and_the_Mazhilis_98_as_69_plus_29()
    {
        var result = Run("rules", "--on", "2024-01-01");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
        Flat(result.Stdout).Should().Contain("Senate: 50 seats (40 + 5 + 5)");
        Flat(result.Stdout).Should().Contain("Mazhilis: 98 seats (69 + 29)");
        Flat(result.Stdout).Should().Contain("Elected by maslikhat deputies").And.Contain("2 per region × 20 regions");
        Flat(result.Stdout).Should().Contain("Constitutional referendum of 5 June 2022");
        Flat(result.Stdout).Should().Contain("Bicameral");
        Flat(result.Stdout).Should().Contain("6 years").And.Contain("Minimum age: 30 years");
        Flat(result.Stdout).Should().Contain("5% of all ballots cast").And.Contain("Hare quota, largest remainders");
        Flat(result.Stdout).Should().Contain("at least 30% women, youth, persons with disabilities");
        Flat(result.Stdout).Should().Contain("Confidence").And.NotContain("https://");
        Flat(Run("rules", "--on", "2024-01-01", "--sources").Stdout).Should().Contain("https://").And.Contain("Sources");
        Flat(result.Stdout).Should().Contain("Parliament, convocation VIII").And.Contain("since 2023-03-29");
    }

    [Fact]
    public void Rules_on_a_day_in_1997_says_the_Senate_size_is_derived_from_the_regions_at_low_confidence()
    {
        // No source states the 37-seat Senate of 3 May - 10 Dec 1997 (audit, Dec 2026); it follows from 15 regions x 2 + 7.
        var text = Flat(Run("rules", "--on", "1997-06-01").Stdout);
        text.Should().Contain("Senate: 37 seats (30 + 7)");
        text.Should().Contain("Seat count derived from the regions in existence, not stated by any source; low confidence");
        var ru = Flat(Run("rules", "--on", "1997-06-01", "--lang", "ru").Stdout);
        ru.Should().Contain("ни один источник его не называет; достоверность: низкая");

        var json = Json(Run("rules", "--on", "1997-06-01", "--format", "json"));
        var senate = json.GetProperty("chambers").EnumerateArray().Single(c => c.GetProperty("chamber").GetString() == "senate");
        senate.GetProperty("statutorySeats").GetInt32().Should().Be(37);
        senate.GetProperty("seatCountBasis").GetString().Should().Be("derivedFromRegions");
        senate.GetProperty("seatCountConfidence").GetString().Should().Be("low");
        senate.GetProperty("seatCountNote").GetString().Should().Contain("not stated by any source");
    }

    [Fact]
    public void Rules_on_a_day_with_a_stated_seat_count_print_no_seat_count_caveat()
    {
        Flat(Run("rules", "--on", "2024-01-01").Stdout).Should().NotContain("not stated by any source");
        var json = Json(Run("rules", "--on", "2024-01-01", "--format", "json"));
        var senate = json.GetProperty("chambers").EnumerateArray().First();
        senate.GetProperty("seatCountBasis").GetString().Should().Be("stated");
        senate.GetProperty("seatCountNote").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Rules_output_to_a_writer_has_no_colour_codes()
    {
        Run("rules", "--on", "2024-01-01").Stdout.Should().NotContain("\u001b[");
    }

    [Fact]
    public void Rules_in_json_gives_the_seat_plans_with_iso_dates_and_camel_case_identifiers()
    {
        var json = Json(Run("rules", "--on", "2024-01-01", "--format", "json"));

        json.GetProperty("date").GetString().Should().Be("2024-01-01");
        json.GetProperty("form").GetString().Should().Be("bicameral");
        json.GetProperty("instrument").GetProperty("id").GetString().Should().Be("referendum-2022");
        json.GetProperty("ruleSetPeriod").GetProperty("from").GetString().Should().Be("2022-06-07");
        json.GetProperty("ruleSetPeriod").GetProperty("until").GetString().Should().Be("2026-07-01");
        json.GetProperty("sitting").GetProperty("status").GetString().Should().Be("sitting");
        var chambers = json.GetProperty("chambers").EnumerateArray().ToList();
        chambers.Select(c => c.GetProperty("chamber").GetString()).Should().Equal("senate", "mazhilis");
        var senate = chambers[0];
        senate.GetProperty("statutorySeats").GetInt32().Should().Be(50);
        senate.GetProperty("seatPlan").EnumerateArray().Select(s => (s.GetProperty("source").GetString(), s.GetProperty("seats").GetInt32()))
            .Should().Equal(("electedByMaslikhats", 40), ("appointedByPresident", 5), ("appointedByPresidentOnAssemblyProposal", 5));
        senate.GetProperty("termYears").GetInt32().Should().Be(6);
        var mazhilis = chambers[1];
        mazhilis.GetProperty("statutorySeats").GetInt32().Should().Be(98);
        mazhilis.GetProperty("seatPlan").EnumerateArray().Select(s => s.GetProperty("seats").GetInt32()).Should().Equal(69, 29);
        var system = mazhilis.GetProperty("electoralSystem");
        system.GetProperty("thresholdPercent").GetDecimal().Should().Be(5m);
        system.GetProperty("thresholdBase").GetString().Should().Be("allBallots");
        system.GetProperty("method").GetString().Should().Be("hareLargestRemainder");
        mazhilis.GetProperty("sources").GetArrayLength().Should().BeGreaterThan(0);
        mazhilis.GetProperty("confidence").GetString().Should().BeOneOf("high", "medium", "low");
    }

    [Fact]
    public void Rules_when_a_chamber_sits_under_transitional_provisions_show_the_seats_it_is_held_to()
    {
        var text = Run("rules", "--on", "2022-08-01");
        Flat(text.Stdout).Should().Contain("held to 107 seats under transitional provisions").And.Contain("not the 98 in force");

        var json = Json(Run("rules", "--on", "2022-08-01", "--format", "json"));
        var mazhilis = json.GetProperty("sitting").GetProperty("chambers").EnumerateArray().Single(c => c.GetProperty("chamber").GetString() == "mazhilis");
        mazhilis.GetProperty("heldToDiffersFromRulesInForce").GetBoolean().Should().BeTrue();
        mazhilis.GetProperty("heldToSeats").GetInt32().Should().Be(107);
        mazhilis.GetProperty("heldToRuleSet").GetString().Should().Be("amendments-2007");
    }

    [Fact]
    public void Rules_when_no_legislature_sat_say_why_and_name_the_next_election()
    {
        var text = Run("rules", "--on", "2026-07-02");
        text.ExitCode.Should().Be(0, text.ToString());
        Flat(text.Stdout).Should().Contain("Kurultai: 145 seats (145)").And.Contain("no: No legislature sat").And.Contain("Kurultai 2026-08-23");

        var json = Json(Run("rules", "--on", "2026-07-02", "-f", "json"));
        json.GetProperty("sitting").GetProperty("status").GetString().Should().Be("notSitting");
        json.GetProperty("sitting").GetProperty("reason").GetString().Should().Be("terminated");
        json.GetProperty("sitting").GetProperty("nextElection").GetProperty("date").GetString().Should().Be("2026-08-23");
    }

    [Fact]
    public void Rules_after_the_verified_date_warn_that_the_rules_shown_are_the_last_known()
    {
        var result = Run("rules", "--on", "2030-01-01");
        result.ExitCode.Should().Be(0, result.ToString());
        Flat(result.Stdout).Should().Contain("the data is not verified");
        Json(Run("rules", "--on", "2030-01-01", "--format", "json")).GetProperty("beyondVerified").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Rules_in_Russian_and_Kazakh_use_the_library_names_and_the_tool_labels()
    {
        var ru = Run("rules", "--on", "2024-01-01", "--lang", "ru");
        ru.ExitCode.Should().Be(0, ru.ToString());
        Flat(ru.Stdout).Should().Contain("Сенат: 50 мест (40 + 5 + 5)").And.Contain("Мажилис: 98 мест (69 + 29)")
            .And.Contain("Избираются депутатами маслихатов").And.Contain("Срок полномочий").And.Contain("Источники");

        var kk = Run("rules", "--on", "2024-01-01", "--lang", "kk");
        kk.ExitCode.Should().Be(0, kk.ToString());
        Flat(kk.Stdout).Should().Contain("Мәжіліс: 98 орын (69 + 29)").And.Contain("Дереккөздер").And.Contain("Өкілеттік мерзімі");

        Json(Run("rules", "--on", "2024-01-01", "--lang", "kk", "--format", "json"))
            .GetProperty("chambers")[1].GetProperty("name").GetString().Should().Be("Мәжіліс");
    }

    [Fact]
    public void Rules_on_the_Supreme_Soviet_in_1990_show_the_360_seats()
    {
        var result = Run("rules", "--on", "1990-03-25");
        result.ExitCode.Should().Be(0, result.ToString());
        Flat(result.Stdout).Should().Contain("Supreme Council: 360 seats (270 + 90)");
    }

    [Fact]
    public void Rules_without_on_is_an_error_because_the_tool_never_assumes_today()
    {
        var result = Run("rules");
        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain("--on is required");
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("01.01.2024")]
    [InlineData("yesterday")]
    public void Rules_with_a_bad_date_is_an_error_that_shows_the_expected_format(string date)
    {
        var result = Run("rules", "--on", date);
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain($"'{date}' is not a date").And.Contain("yyyy-MM-dd");
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Rules_before_the_data_starts_is_an_error_naming_the_first_date_covered()
    {
        var result = Run("rules", "--on", "1989-12-31");
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("1990-03-25");
    }

    [Fact]
    public void An_unsupported_language_or_format_is_an_error()
    {
        var lang = Run("rules", "--on", "2024-01-01", "--lang", "de");
        lang.ExitCode.Should().Be(2);
        lang.Stderr.Should().Contain("--lang").And.Contain("en, ru or kk");

        var format = Run("rules", "--on", "2024-01-01", "--format", "xml");
        format.ExitCode.Should().Be(2);
        format.Stderr.Should().Contain("--format").And.Contain("text or json");
    }

    // ---- timeline ----

    [Fact]
    public void Timeline_lists_every_event_in_date_order()
    {
        var result = Run("timeline");
        result.ExitCode.Should().Be(0, result.ToString());
        Flat(result.Stdout).Should().Contain("1990-03-25").And.Contain("2026-07-01").And.Contain("Constitutional referendum on the 2022 amendments");

        var json = Json(Run("timeline", "--format", "json"));
        var dates = json.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("date").GetString()!).ToList();
        dates.Should().HaveCount(Kz.Legislature.History.LegislativeHistory.Kazakhstan.Events.Count);
        dates.Should().BeInAscendingOrder(StringComparer.Ordinal);
        json.GetProperty("from").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Timeline_from_and_to_are_both_inclusive()
    {
        var json = Json(Run("timeline", "--from", "2023-01-19", "--to", "2023-03-19", "--format", "json"));
        json.GetProperty("inclusive").GetBoolean().Should().BeTrue();
        var events = json.GetProperty("events").EnumerateArray().ToList();
        events.First().GetProperty("date").GetString().Should().Be("2023-01-19");
        events.Last().GetProperty("date").GetString().Should().Be("2023-03-19");
        events.Should().Contain(e => e.GetProperty("kind").GetString() == "dissolution");
    }

    [Fact]
    public void Timeline_in_Russian_translates_kinds_and_names()
    {
        var result = Run("timeline", "--from", "2026-03-01", "--lang", "ru");
        result.ExitCode.Should().Be(0, result.ToString());
        Flat(result.Stdout).Should().Contain("Референдум").And.Contain("Хронология");
    }

    [Fact]
    public void Timeline_with_an_empty_range_says_so()
    {
        var result = Run("timeline", "--from", "1992-01-01", "--to", "1992-01-02");
        result.ExitCode.Should().Be(0);
        Flat(result.Stdout).Should().Contain("No events in this range.");
    }

    [Fact]
    public void Timeline_with_to_before_from_is_an_error()
    {
        var result = Run("timeline", "--from", "2024-01-01", "--to", "2023-01-01");
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("--to (2023-01-01) is before --from (2024-01-01)");
    }

    // ---- diff ----

    [Fact]
    public void Diff_between_2022_and_2024_shows_the_Senate_and_Mazhilis_changes()
    {
        var result = Run("diff", "2022-01-01", "2024-01-01");
        result.ExitCode.Should().Be(0, result.ToString());
        Flat(result.Stdout).Should().Contain("Changes between 2022-01-01 and 2024-01-01").And.Contain("Seats: Single-member district");

        var json = Json(Run("diff", "2022-01-01", "2024-01-01", "--format", "json"));
        var changes = json.GetProperty("changes").EnumerateArray().ToList();
        changes.Should().Contain(c => c.GetProperty("kind").GetString() == "statutorySeats" && c.GetProperty("chamber").GetString() == "mazhilis"
            && c.GetProperty("before").GetString() == "107" && c.GetProperty("after").GetString() == "98");
        changes.Should().Contain(c => c.GetProperty("kind").GetString() == "seatsBySource" && c.GetProperty("source").GetString() == "appointedByPresident"
            && c.GetProperty("before").GetString() == "15" && c.GetProperty("after").GetString() == "5");
        json.GetProperty("instrumentTo").GetProperty("id").GetString().Should().Be("referendum-2022");
    }

    [Fact]
    public void Diff_between_two_dates_under_the_same_rules_says_nothing_changed()
    {
        var result = Run("diff", "2024-01-01", "2024-06-01");
        result.ExitCode.Should().Be(0);
        Flat(result.Stdout).Should().Contain("the same on both dates");
        Json(Run("diff", "2024-01-01", "2024-06-01", "--format", "json")).GetProperty("count").GetInt32().Should().Be(0);
    }

    [Fact]
    public void Diff_with_the_dates_reversed_is_an_error_that_shows_the_right_order()
    {
        var result = Run("diff", "2024-01-01", "2022-01-01");
        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain("the second date (2022-01-01) is before the first (2024-01-01)").And.Contain("kzleg diff 2022-01-01 2024-01-01");
    }

    [Fact]
    public void Diff_with_one_date_is_an_error()
    {
        var result = Run("diff", "2024-01-01");
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("missing required argument");
    }

    // ---- chart ----

    [Fact]
    public void Chart_writes_an_svg_file_and_reports_it()
    {
        var dir = Directory.CreateTempSubdirectory("kzleg-");
        try
        {
            var path = Path.Combine(dir.FullName, "out", "c.svg");
            var result = Run("chart", "--out", path, "--lang", "ru");
            result.ExitCode.Should().Be(0, result.ToString());
            Flat(result.Stdout).Should().Contain("байт");
            File.ReadAllText(path).Should().StartWith("<svg").And.Contain("Мажилис");

            var json = Json(Run("chart", "--out", path, "--to", "2030-12-31", "--format", "json"));
            json.GetProperty("to").GetString().Should().Be("2030-12-31");
            json.GetProperty("bytes").GetInt32().Should().BeGreaterThan(1000);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Chart_from_draws_a_later_range_and_an_inverted_range_is_a_usage_error()
    {
        var dir = Directory.CreateTempSubdirectory("kzleg-");
        try
        {
            var path = Path.Combine(dir.FullName, "c.svg");
            var json = Json(Run("chart", "--out", path, "--from", "2020-01-01", "--format", "json"));
            json.GetProperty("from").GetString().Should().Be("2020-01-01");
            File.ReadAllText(path).Should().Contain("2020–").And.NotContain("1978 Constitution");

            // By default the chart runs past VerifiedThrough (2026-07-03) to the end of a year, far enough for the rule set
            // in force from 2026-07-01 to take a tenth of the width: 2030 from 1990-03-25.
            Json(Run("chart", "--out", path, "--format", "json")).GetProperty("to").GetString().Should().Be("2030-12-31");

            var inverted = Run("chart", "--out", path, "--from", "2024-01-01", "--to", "2022-01-01");
            inverted.ExitCode.Should().Be(2, inverted.ToString());
            inverted.Stderr.Should().Contain("--from 2024-01-01 is after --to 2022-01-01");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Chart_without_out_is_an_error()
    {
        var result = Run("chart");
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("--out is required");
    }

    [Theory]
    [InlineData("x.png")]
    [InlineData("chart.pdf")]
    [InlineData("composition")]
    [InlineData("c.svg.png")]
    public void Chart_refuses_an_out_name_that_is_not_svg_and_writes_nothing(string name)
    {
        var dir = Directory.CreateTempSubdirectory("kzleg-");
        try
        {
            var path = Path.Combine(dir.FullName, name);
            var result = Run("chart", "--out", path);
            result.ExitCode.Should().Be(2, result.ToString());
            result.Stderr.Should().Contain("does not end in .svg").And.Contain("--out composition.svg");
            File.Exists(path).Should().BeFalse("nothing is written under a name that promises another format");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Chart_writes_an_out_name_ending_in_upper_case_svg()
    {
        var dir = Directory.CreateTempSubdirectory("kzleg-");
        try
        {
            var path = Path.Combine(dir.FullName, "C.SVG");
            Run("chart", "--out", path).ExitCode.Should().Be(0);
            File.ReadAllText(path).Should().StartWith("<svg");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Chart_to_an_unwritable_path_fails_with_exit_code_3()
    {
        var dir = Directory.CreateTempSubdirectory("kzleg-");
        try
        {
            // A folder cannot be created where a file is.
            var blocker = Path.Combine(dir.FullName, "blocker");
            File.WriteAllText(blocker, "x");
            var result = Run("chart", "--out", Path.Combine(blocker, "c.svg"));
            result.ExitCode.Should().Be(3, result.ToString());
            result.Stderr.Should().StartWith("error: --out: cannot write");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    // ---- help, version, usage errors ----

    [Theory]
    [InlineData("rules")]
    [InlineData("timeline")]
    [InlineData("diff")]
    [InlineData("chart")]
    [InlineData("allocate")]
    public void Every_command_has_help_with_examples(string command)
    {
        var result = Run(command, "--help");
        result.ExitCode.Should().Be(0, result.ToString());
        Flat(result.Stdout).Should().Contain("EXAMPLES:").And.Contain($"kzleg {command}").And.Contain("--format").And.Contain("--lang");
    }

    [Fact]
    public void Help_lists_every_command()
    {
        var result = Run("--help");
        result.ExitCode.Should().Be(0);
        Flat(result.Stdout).Should().Contain("rules").And.Contain("timeline").And.Contain("diff").And.Contain("chart").And.Contain("allocate");
    }

    [Fact]
    public void No_command_prints_the_help_and_fails()
    {
        var result = Run();
        result.ExitCode.Should().Be(2);
        Flat(result.Stdout).Should().Contain("COMMANDS:");
    }

    [Fact]
    public void Version_names_the_dataset()
    {
        var result = Run("--version");
        result.ExitCode.Should().Be(0);
        Flat(result.Stdout).Should().Contain("dataset 2026.12");
    }

    [Fact]
    public void An_unknown_command_is_an_error_on_stderr()
    {
        var result = Run("frobnicate");
        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain("Unknown command 'frobnicate'").And.Contain("kzleg --help");
    }

    [Fact]
    public void An_unknown_option_is_an_error_on_stderr()
    {
        var result = Run("rules", "--on", "2024-01-01", "--bogus");
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("Unknown option 'bogus'");
    }

    [Fact]
    public void Errors_never_show_a_stack_trace()
    {
        string[][] cases =
        [
            ["frobnicate"], ["rules"], ["rules", "--on", "x"], ["diff", "2024-01-01", "2022-01-01"], ["chart"], ["timeline", "--to", "nope"],
        ];
        foreach (var args in cases)
        {
            var result = Run(args);
            result.ExitCode.Should().NotBe(0);
            result.Stderr.Should().NotContain("   at ").And.NotContain("Exception", because: string.Join(' ', args));
        }
    }
}

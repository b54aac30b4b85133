using System.Text.Json;
using Kz.Legislature.Cli.Commands;
using Kz.Legislature.Cli.Output;
using Kz.Legislature.Procedure;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Cli;

/// <summary><c>kzleg powers</c> and <c>kzleg decide</c>: text and JSON in en, ru and kk, exit codes and every usage error.</summary>
public partial class KzlegAppTests
{
    private static JsonElement PowersAndDecideJson(CliResult result, int exit = 0)
    {
        result.ExitCode.Should().Be(exit, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        return doc.RootElement.Clone();
    }

    // ---- powers ----

    [Fact]
    public void Powers_on_1_January_2024_lists_every_decision_of_the_rules_in_force_with_its_majority_and_article()
    {
        var date = new LocalDate(2024, 1, 1);
        var rules = SessionHistory.Current.RulesOn(date);
        rules.Decisions.Should().NotBeEmpty();

        var result = Run("powers", "--on", "2024-01-01");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
        var text = Flat(result.Stdout);
        text.Should().Contain("What the legislature decides, and by what majority, on 2024-01-01");
        foreach (var decision in rules.Decisions)
        {
            text.Should().Contain(Flat(ProcedureLabels.Decision(decision, "en")));
            foreach (var stage in decision.Stages)
            {
                text.Should().Contain(Flat(PowersCommand.MajorityText(decision, stage, "en")));
                text.Should().Contain(Flat(ProcedureLabels.Article(stage.MajorityCitation ?? stage.Citation, "en")));
            }
        }
    }

    [Fact]
    public void Powers_states_a_constitutional_law_in_2024_as_two_thirds_of_98_and_of_50_seats_in_integers()
    {
        // Constitution Art. 62(4) as amended 2022: constitutional laws by at least two thirds of the total number of deputies
        // of each chamber; 2/3 of 98 is 65.33…, so 66; 2/3 of 50 is 33.33…, so 34.
        var text = Flat(Run("powers", "--on", "2024-01-01").Stdout);
        text.Should().Contain("at least 2/3 of the total number of deputies").And.Contain("66 of 98 seats");
        text.Should().Contain("34 of 50 seats");
    }

    [Theory]
    [InlineData("ru", "Конституционный закон", "не менее 2/3 от общего числа депутатов")]
    [InlineData("kk", "Конституциялық заң", "депутаттардың жалпы санының кемінде 2/3")]
    public void Powers_speaks_russian_and_kazakh(string lang, string kind, string majority)
    {
        var result = Run("powers", "--on", "2024-01-01", "--lang", lang);

        result.ExitCode.Should().Be(0, result.ToString());
        Flat(result.Stdout).Should().Contain(kind).And.Contain(majority).And.NotContain("What the legislature decides");
    }

    [Fact]
    public void Powers_json_has_the_envelope_and_every_decision_with_exact_fractions()
    {
        var date = new LocalDate(2024, 1, 1);
        var rules = SessionHistory.Current.RulesOn(date);

        var json = PowersAndDecideJson(Run("powers", "--on", "2024-01-01", "--format", "json"));

        json.GetProperty("command").GetString().Should().Be("powers");
        json.GetProperty("on").GetString().Should().Be("2024-01-01");
        json.GetProperty("ruleSetId").GetString().Should().Be(rules.RuleSetId);
        var decisions = json.GetProperty("decisions").EnumerateArray().ToList();
        decisions.Should().HaveCount(rules.Decisions.Count);
        for (var i = 0; i < decisions.Count; i++)
        {
            var expected = rules.Decisions[i];
            decisions[i].GetProperty("kind").GetString().Should().Be(Labels.Camel(expected.Kind));
            var stages = decisions[i].GetProperty("stages").EnumerateArray().ToList();
            stages.Should().HaveCount(expected.Stages.Count);
            for (var j = 0; j < stages.Count; j++)
            {
                var majority = stages[j].GetProperty("majority");
                if (expected.Stages[j].Majority is { } m)
                {
                    majority.GetProperty("numerator").GetInt32().Should().Be(m.Numerator);
                    majority.GetProperty("denominator").GetInt32().Should().Be(m.Denominator);
                    majority.GetProperty("strict").GetBoolean().Should().Be(m.Strict);
                    majority.GetProperty("base").GetString().Should().Be(Labels.Camel(m.Base));
                }
                else
                {
                    majority.ValueKind.Should().Be(JsonValueKind.Null);
                }
            }
        }

        var law = decisions.Single(d => d.GetProperty("kind").GetString() == "constitutionalLaw" && d.GetProperty("subjects").GetArrayLength() == 0);
        law.GetProperty("stages").EnumerateArray().SelectMany(s => s.GetProperty("requiredOfSeats").EnumerateArray())
            .Select(r => (r.GetProperty("seats").GetInt32(), r.GetProperty("requiredYes").GetInt32()))
            .Should().Contain([(98, 66), (50, 34)]);
    }

    [Fact]
    public void Powers_without_a_date_or_with_a_bad_one_is_a_usage_error_naming_the_option()
    {
        var missing = Run("powers");
        missing.ExitCode.Should().Be(2);
        missing.Stderr.Should().Contain("--on is required");

        var bad = Run("powers", "--on", "2024-13-01");
        bad.ExitCode.Should().Be(2);
        bad.Stderr.Should().Contain("--on: '2024-13-01' is not a date");
    }

    // ---- decide ----

    [Fact]
    public void Decide_the_16_September_2022_amendment_passes_with_50_senators_and_99_deputies()
    {
        // Joint sitting of 16 Sep 2022, law amending the Constitution (single seven-year presidential term): supported
        // unanimously by the 50 senators and 99 Mazhilis deputies present (Interfax, https://interfax.com/newsroom/top-stories/83153/).
        var result = Run("decide", "--on", "2022-09-16", "--kind", "constitutional-amendment", "--vote", "senate=50,0", "--vote", "mazhilis=99,0");

        result.ExitCode.Should().Be(0, result.ToString());
        var text = Flat(result.Stdout);
        text.Should().Contain("Amendment of the Constitution on 2022-09-16");
        text.Should().Contain("Result: passed");
        text.Should().Contain("Senate: 50 yes, 0 no, 0 abstained");
        text.Should().Contain("Mazhilis: 99 yes, 0 no, 0 abstained");
    }

    [Fact]
    public void Decide_a_constitutional_law_with_65_of_98_fails_by_one_vote_and_exits_1()
    {
        // 2/3 of 98 is 65.33…: 65 yes fall short, 66 pass.
        var failed = Run("decide", "--on", "2024-01-01", "--kind", "constitutional-law", "--vote", "mazhilis=65,30,3", "--vote", "senate=45,5");
        failed.ExitCode.Should().Be(1, failed.ToString());
        Flat(failed.Stdout).Should().Contain("66 yes").And.Contain("Result: not passed");

        var passed = Run("decide", "--on", "2024-01-01", "--kind", "constitutional-law", "--vote", "mazhilis=66,30,2", "--vote", "senate=45,5");
        passed.ExitCode.Should().Be(0, passed.ToString());
        Flat(passed.Stdout).Should().Contain("Result: passed");
    }

    [Fact]
    public void Decide_the_consent_to_Smailov_on_30_March_2023_passes_in_the_mazhilis_in_every_language()
    {
        // Mazhilis, 30 Mar 2023: 82 for, 7 against, 8 abstained of 97 voting (TASS via
        // https://news.rambler.ua/world/50460877-parlament-kazahstana-odobril-kandidaturu-alihana-smailova-na-post-premera/amp);
        // consent needs a majority of the total number of deputies (98): 50.
        foreach (var (lang, passed) in new[] { ("en", "passed"), ("ru", "принято"), ("kk", "қабылданды") })
        {
            var result = Run("decide", "--on", "2023-03-30", "--kind", "consent-to-appointment", "--subject", "prime-minister", "--vote", "mazhilis=82,7,8,97", "--lang", lang);

            result.ExitCode.Should().Be(0, result.ToString());
            Flat(result.Stdout).Should().Contain(passed).And.Contain("50");
        }
    }

    [Fact]
    public void Decide_json_carries_the_outcome_the_stages_and_the_exit_code()
    {
        var json = PowersAndDecideJson(Run("decide", "--on", "2024-01-01", "--kind", "constitutional-law", "--vote", "mazhilis=65,30,3", "--vote", "senate=45,5", "--format", "json"), exit: 1);

        json.GetProperty("command").GetString().Should().Be("decide");
        json.GetProperty("kind").GetString().Should().Be("constitutionalLaw");
        json.GetProperty("passed").GetBoolean().Should().BeFalse();
        json.GetProperty("result").GetString().Should().Be("notPassed");
        json.GetProperty("exitCode").GetInt32().Should().Be(1);
        var mazhilis = json.GetProperty("stages").EnumerateArray().First(s => s.GetProperty("chamber").GetString() == "mazhilis");
        mazhilis.GetProperty("requiredYes").GetInt32().Should().Be(66);
        mazhilis.GetProperty("base").GetInt32().Should().Be(98);
        mazhilis.GetProperty("passed").GetBoolean().Should().BeFalse();
        json.GetProperty("explanation").GetString().Should().Contain("66");
    }

    [Fact]
    public void Decide_answers_not_known_with_exit_4_where_the_data_does_not_know_the_majority()
    {
        var date = SessionHistory.Current.RulesOn(new LocalDate(2026, 7, 15));
        var unknown = date.Decisions.FirstOrDefault(d => !d.IsKnown && d.Kind != DecisionKind.LegislativeInitiative);
        unknown.Should().NotBeNull("the 2026 thresholds were not found, so at least one Kurultai decision is not known");
        var args = new List<string> { "decide", "--on", "2026-07-15", "--kind", DecideCommand.Kebab(unknown!.Kind) };
        if (unknown.Subjects.Count > 0)
        {
            args.AddRange(["--subject", DecideCommand.Kebab(unknown.Subjects[0])]);
        }

        args.AddRange(["--vote", "kurultai=100,10"]);
        var result = Run([.. args]);

        result.ExitCode.Should().Be(4, result.ToString());
        Flat(result.Stdout).Should().Contain("Result: not known");
    }

    [Theory]
    [InlineData(new[] { "decide", "--kind", "law", "--vote", "mazhilis=50,1" }, "--on is required")]
    [InlineData(new[] { "decide", "--on", "2024-01-01", "--vote", "mazhilis=50,1" }, "--kind is required")]
    [InlineData(new[] { "decide", "--on", "2024-01-01", "--kind", "lawz", "--vote", "mazhilis=50,1" }, "--kind: 'lawz' is not a decision; use one of law, constitutional-law")]
    [InlineData(new[] { "decide", "--on", "2024-01-01", "--kind", "law" }, "--vote is required")]
    [InlineData(new[] { "decide", "--on", "2024-01-01", "--kind", "law", "--vote", "mazhilis" }, "--vote: 'mazhilis' is not of the form CHAMBER=YES,NO[,ABSTAINED[,PRESENT]]")]
    [InlineData(new[] { "decide", "--on", "2024-01-01", "--kind", "law", "--vote", "duma=50,1" }, "--vote: 'duma' is not a chamber; use senate, mazhilis, kurultai or supreme-council")]
    [InlineData(new[] { "decide", "--on", "2024-01-01", "--kind", "law", "--vote", "mazhilis=50" }, "has 1 number; give YES,NO")]
    [InlineData(new[] { "decide", "--on", "2024-01-01", "--kind", "law", "--vote", "mazhilis=50,x" }, "--vote mazhilis: NO 'x' is not a whole number 0 or more")]
    [InlineData(new[] { "decide", "--on", "2024-01-01", "--kind", "law", "--vote", "mazhilis=50,-1" }, "--vote mazhilis: NO '-1' is not a whole number 0 or more")]
    [InlineData(new[] { "decide", "--on", "2024-01-01", "--kind", "law", "--vote", "mazhilis=50,10,5,60" }, "the votes cannot exceed the deputies present")]
    [InlineData(new[] { "decide", "--on", "2024-01-01", "--kind", "law", "--subject", "lunch", "--vote", "mazhilis=50,1" }, "--subject: 'lunch' is not a subject; use one of budget")]
    [InlineData(new[] { "decide", "--on", "2024-01-01", "--kind", "legislative-initiative", "--vote", "mazhilis=50,1" }, "legislative-initiative is not a vote")]
    [InlineData(new[] { "decide", "--on", "2027-01-01", "--kind", "law", "--vote", "mazhilis=50,1" }, "--vote: The Mazhilis takes no part")]
    public void Decide_usage_errors_exit_2_naming_the_option_and_what_is_accepted(string[] args, string message)
    {
        var result = Run(args);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().StartWith("error: ").And.Contain(message);
        result.Stderr.Should().NotContain("Parameter").And.NotContain("Exception").And.NotContain("   at ");
    }

    [Fact]
    public void Decide_rejects_more_deputies_voting_than_the_chamber_has_seats()
    {
        var result = Run("decide", "--on", "2024-01-01", "--kind", "law", "--vote", "mazhilis=90,9,1", "--vote", "senate=30,1");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("--vote: ").And.Contain("98 seats");
    }

    [Fact]
    public void Decide_a_decision_the_rules_do_not_have_lists_the_decisions_they_have()
    {
        var result = Run("decide", "--on", "1996-01-01", "--kind", "consent-to-appointment", "--subject", "vice-president", "--vote", "senate=40,1");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("--kind consent-to-appointment --subject vice-president: the rules in force on 1996-01-01").And.Contain("they have: ");
    }

    [Fact]
    public void Every_procedure_label_exists_in_every_language_with_the_same_placeholders()
    {
        foreach (var key in ProcedureLabels.Keys)
        {
            var en = ProcedureLabels.Get(key, "en");
            foreach (var lang in Labels.Languages)
            {
                var text = ProcedureLabels.Get(key, lang);
                text.Should().NotBeNullOrWhiteSpace(key);
                PowersAndDecidePlaceholders(text).Should().BeEquivalentTo(PowersAndDecidePlaceholders(en), $"{key} in {lang}");
            }
        }

        var keys = ProcedureLabels.Keys.ToHashSet(StringComparer.Ordinal);
        keys.Should().Contain(Enum.GetValues<DecisionKind>().Select(k => "Kind." + k));
        keys.Should().Contain(Enum.GetValues<DecisionSubject>().Select(k => "Subject." + k));
        keys.Should().Contain(Enum.GetValues<MajorityBase>().Select(k => "Base." + k));
        keys.Should().Contain(Enum.GetValues<JointCounting>().Select(k => "Counting." + k));
    }

    [Theory]
    [InlineData("constitutional-law", DecisionKind.ConstitutionalLaw)]
    [InlineData("ConstitutionalLaw", DecisionKind.ConstitutionalLaw)]
    [InlineData("constitutionalLaw", DecisionKind.ConstitutionalLaw)]
    [InlineData(" NO-CONFIDENCE ", DecisionKind.NoConfidence)]
    [InlineData("veto_override", DecisionKind.VetoOverride)]
    public void Kinds_are_accepted_in_kebab_camel_or_pascal_case(string text, DecisionKind expected)
    {
        DecideCommand.ParseKind(text).Should().Be(expected);
    }

    [Fact]
    public void Kinds_and_subjects_are_written_in_kebab_case()
    {
        DecideCommand.Kebab(DecisionKind.ConstitutionalLaw).Should().Be("constitutional-law");
        DecideCommand.Kebab(DecisionSubject.NationalSecurityCommittee).Should().Be("national-security-committee");
        DecideCommand.Kebab(DecisionKind.Law).Should().Be("law");
    }

    private static List<string> PowersAndDecidePlaceholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal).ToList();
}

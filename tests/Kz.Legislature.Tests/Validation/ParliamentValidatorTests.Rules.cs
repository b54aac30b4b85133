using System.Text.Json.Nodes;
using Kz.Legislature.History;
using Kz.Legislature.Testing;
using Kz.Legislature.Tests.History;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

/// <summary>The coverage boundary, the expected chambers, the cited chamber and the chamber validators of <see cref="ParliamentValidator"/>.</summary>
public sealed partial class ParliamentValidatorTests
{
    private static ParliamentValidator RulesValidator => new(SessionHistory.Current);

    [Fact]
    public void the_validator_rejects_a_null_history_and_keeps_its_history_and_options()
    {
        FluentActions.Invoking(() => new ParliamentValidator(null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");

        var validator = new ParliamentValidator(SessionHistory.Current, ValidationOptions.AllowingVacancies);
        validator.History.Should().BeSameAs(SessionHistory.Current);
        validator.Options.Should().BeSameAs(ValidationOptions.AllowingVacancies);
        RulesValidator.Options.Should().BeSameAs(ValidationOptions.Statutory);
    }

    [Fact]
    public void a_null_parliament_fails_with_an_empty_property_and_the_english_message()
    {
        using var english = new CultureScope("en-US");

        var failure = RulesValidator.Validate((Parliament)null!).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.NullInstance);
        failure.PropertyName.Should().BeEmpty();
        failure.ErrorMessage.Should().Be("No Parliament was given to validate.");
    }

    [Fact]
    public void on_the_first_covered_day_the_chambers_and_each_chamber_are_checked()
    {
        // The Senate did not exist on the first day of the coverage (it was created by the 1995 Constitution).
        var start = SessionHistory.Current.CoverageStart;
        var parliament = new Parliament(start, [new Senate(start, [])]);

        var errors = RulesValidator.Validate(parliament).Errors;

        errors.Should().Contain(e => e.ErrorCode == ValidationCodes.ChambersMismatch && e.PropertyName == "Chambers");
        errors.Should().Contain(e => e.ErrorCode == ValidationCodes.ChamberDoesNotExist && e.PropertyName == "Senate.Date");
        errors.Should().NotContain(e => e.ErrorCode == ValidationCodes.DateBeforeCoverage);
    }

    [Fact]
    public void before_the_coverage_only_the_date_fails_whatever_chambers_are_given()
    {
        using var english = new CultureScope("en-US");
        var start = SessionHistory.Current.CoverageStart;
        var before = start.PlusDays(-1);
        var parliament = new Parliament(before, [new SupremeCouncil(before, []), new Senate(before, []), new Mazhilis(before, []), new Kurultai(before, [])]);

        var failure = RulesValidator.Validate(parliament).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.DateBeforeCoverage);
        failure.PropertyName.Should().Be("Date");
        failure.ErrorMessage.Should().Be($"The date {Iso(before)} is before {Iso(start)}, the earliest date the legislative history covers.");
    }

    [Fact]
    public void when_no_chamber_sits_the_chambers_expected_are_those_the_constitution_in_force_provides_for()
    {
        // Between the dissolution of the XIII Supreme Council (11 March 1995) and the first sitting of Parliament (30 January 1996)
        // no chamber sat; until 5 September 1995 the 1993 Constitution, which provides for the Supreme Council, was in force.
        using var english = new CultureScope("en-US");
        var date = Date("1995-06-01");
        SessionHistory.Current.SittingOn(date).IsSitting.Should().BeFalse();

        var wrong = RulesValidator.Validate(new Parliament(date, [new Senate(date, [])])).Errors
            .Should().ContainSingle(e => e.ErrorCode == ValidationCodes.ChambersMismatch).Subject;
        wrong.PropertyName.Should().Be("Chambers");
        wrong.AttemptedValue.Should().Be("Senate");
        wrong.ErrorMessage.Should().Be("The legislature on 1995-06-01 is given with the chambers: Senate; the chambers sitting or provided for that day are: Supreme Council.");

        RulesValidator.Validate(new Parliament(date, [new SupremeCouncil(date, [])])).Errors
            .Should().NotContain(e => e.ErrorCode == ValidationCodes.ChambersMismatch);
    }

    [Fact]
    public void the_chambers_mismatch_cites_the_first_chamber_given_or_missing_not_one_given_rightly()
    {
        // A history whose 2022 rules cite the form of the state (Art. 900), the existence of the Senate (Art. 901) and of the
        // Mazhilis (Art. 902) each by a made-up article of its own, so that the citation tells which chamber was cited.
        var history = LegislativeHistoryTests.Load(doc =>
        {
            var rules = doc["ruleSets"]!.AsArray().Single(r => (string?)r!["id"] == "amendments-2022")!;
            rules["citations"]!["form"]!["article"] = "Art. 900";
            foreach (var chamber in rules["chambers"]!.AsArray())
            {
                chamber!["citations"]!["chamber"]!["article"] = (string?)chamber["chamber"] == "senate" ? "Art. 901" : "Art. 902";
            }
        });
        var date = Date("2024-01-01");

        // The Senate is given rightly; the Mazhilis is missing and the Kurultai is given wrongly: the Mazhilis comes first.
        var failure = new ParliamentValidator(history).Validate(new Parliament(date, [new Senate(date, []), new Kurultai(date, [])])).Errors
            .Should().ContainSingle(e => e.ErrorCode == ValidationCodes.ChambersMismatch).Subject;

        failure.CustomState.Should().BeOfType<Citation>().Which.Article.Should().Be("Art. 902");
        failure.FormattedMessagePlaceholderValues["Actual"].Should().Be("Senate, Kurultai");
        failure.FormattedMessagePlaceholderValues["Expected"].Should().Be("Senate, Mazhilis");
    }

    [Fact]
    public void a_kurultai_in_the_legislature_is_validated_under_its_path()
    {
        // From 1 July 2026 the Constitution of 2026 provides for the Kurultai of 145 party-list seats; none sat yet on 1 August 2026.
        var date = Date("2026-08-01");

        var errors = RulesValidator.Validate(new Parliament(date, [new Kurultai(date, [])])).Errors;

        errors.Should().NotBeEmpty();
        errors.Should().OnlyContain(e => e.PropertyName == "Kurultai.Mandates");
        errors.Should().Contain(e => e.ErrorCode == ValidationCodes.SeatTotal && e.FormattedMessagePlaceholderValues["Expected"].Equals(145));
    }

    [Fact]
    public void a_supreme_council_in_the_legislature_is_validated_under_its_path()
    {
        var date = Date("1994-06-01");
        var parliament = ValidCompositions.ParliamentOn(date, SessionHistory.Current);
        RulesValidator.Validate(parliament).Errors.Should().BeEmpty();
        var (council, _) = WithOneSeatMore(parliament.SupremeCouncil!);

        var errors = RulesValidator.Validate(new Parliament(date, [council], parliament.Convocation)).Errors;

        errors.Should().Contain(e => e.ErrorCode == ValidationCodes.SeatTotal && e.PropertyName == "SupremeCouncil.Mandates");
        errors.Should().OnlyContain(e => e.PropertyName.StartsWith("SupremeCouncil.", StringComparison.Ordinal));
    }
}

using Kz.Legislature.Procedure;
using Kz.Legislature.Tests.History;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;

namespace Kz.Legislature.Tests.Validation;

public sealed partial class DivisionValidatorTests
{
    [Fact]
    public void a_division_validator_needs_a_history()
    {
        FluentActions.Invoking(() => new DivisionValidator(null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");
    }

    [Fact]
    public void a_division_on_the_first_day_of_the_coverage_is_checked_against_the_rules_of_that_day()
    {
        // 25 March 1990: the Supreme Council's majority for a law is not in the data, so the result is the warning, not a
        // date before the coverage.
        var start = SessionHistory.Current.CoverageStart;

        Check(new Division(start, DecisionKind.Law, [new ChamberVote(ChamberKind.SupremeCouncil, 200, 10)], true)).Errors
            .Select(e => e.ErrorCode).Should().Equal(ValidationCodes.ResultUnknown);
    }

    [Fact]
    public void a_decision_not_on_the_date_lists_every_decision_of_the_rules_with_its_first_subject()
    {
        // The 2022 rules (as loaded from the dataset's decision rules for amendments-2022) know no consent to the appointment
        // of a Vice President; each decision that has subjects is named by its first one.
        using var english = new CultureScope("en-US");

        var failure = Check(new Division(On2024, DecisionKind.ConsentToAppointment, [new ChamberVote(ChamberKind.Mazhilis, 60, 0)], true, DecisionSubject.VicePresident))
            .Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.DecisionNotOnDate);
        failure.ErrorMessage.Should().Be(
            "There is no consent to an appointment (VicePresident) decision on 2024-01-01 under Constitutional referendum of 5 June 2022; the decisions are: "
            + "law, constitutional law, constitutional amendment, override of the President's objections, delegation of legislative powers, "
            + "no confidence in the Government, consent to an appointment (PrimeMinister), consent to an appointment (SupremeCourt), "
            + "early removal of the President, election of the chair (ChairOfSenate), election of the chair (ChairOfMazhilis), legislative initiative.");
    }

    [Fact]
    public void a_decision_under_rules_without_decisions_lists_none()
    {
        // Made up: the dataset without the decision rules of the 2026 Constitution.
        using var english = new CultureScope("en-US");
        var history = LegislativeHistoryTests.Load(doc =>
        {
            var rules = doc["decisionRules"]!.AsArray();
            rules.Remove(rules.Single(r => (string?)r!["ruleSet"] == "rules-2026"));
        });
        var date = new LocalDate(2026, 8, 1);
        history.RulesOn(date).Decisions.Should().BeEmpty();

        var failure = new DivisionValidator(history).Validate(new Division(date, DecisionKind.Law, [new ChamberVote(ChamberKind.Kurultai, 100, 0)], true))
            .Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.DecisionNotOnDate);
        failure.ErrorMessage.Should().Be("There is no law decision on 2026-08-01 under Constitution of the Republic of Kazakhstan (2026); the decisions are: none.");
    }

    [Fact]
    public void a_chamber_that_takes_no_part_is_not_also_checked_against_its_seats()
    {
        // In 2024 only the Mazhilis votes no confidence in the Government; 51 senators' votes are more than the Senate's 50
        // seats, but the Senate is only a chamber that takes no part.
        using var english = new CultureScope("en-US");

        var failure = Check(new Division(On2024, DecisionKind.NoConfidence, [new ChamberVote(ChamberKind.Mazhilis, 60, 0), new ChamberVote(ChamberKind.Senate, 51, 0)], true))
            .Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.ChamberTakesNoPart);
        failure.PropertyName.Should().Be("Votes[1]");
        failure.ErrorMessage.Should().Be("The Senate takes no part in the no confidence in the Government decision on 2024-01-01; the chambers that vote are: Mazhilis.");
    }

    [Fact]
    public void every_seat_of_the_chamber_present_is_not_too_many()
    {
        // All 98 deputies of the Mazhilis (2024) present, 60 in favour: more than half of 98.
        Check(new Division(On2024, DecisionKind.NoConfidence, [new ChamberVote(ChamberKind.Mazhilis, 60, 30, 8, 98)], true)).Errors.Should().BeEmpty();
    }

    [Fact]
    public void counts_above_the_seats_of_a_sitting_chamber_cite_the_rules_it_is_held_to()
    {
        // On 1 September 2022 the VII Mazhilis, elected under the 2007 amendments (107 seats), still sat after the 2022
        // referendum: its seats, and the citation, are those of the 2007 rules (Art. 50(3) of the 2007 amending law).
        using var english = new CultureScope("en-US");

        var failure = Check(new Division(new LocalDate(2022, 9, 1), DecisionKind.NoConfidence, [new ChamberVote(ChamberKind.Mazhilis, 90, 9, 0, 108)], true))
            .Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.CountsExceedSeats);
        failure.ErrorMessage.Should().Be("The Mazhilis on 2022-09-01 has 108 deputies present or voting, but 107 seats.");
        var citation = failure.CustomState.Should().BeOfType<Citation>().Subject;
        citation.InstrumentId.Should().Be("amendment-2007");
        citation.Article.Should().Be("Art. 50(3)");
    }

    [Fact]
    public void a_division_with_no_counts_misses_every_chamber_that_votes()
    {
        using var english = new CultureScope("en-US");

        Check(new Division(On2024, DecisionKind.Law, [], true)).Errors.Select(e => (e.ErrorCode, e.PropertyName, e.ErrorMessage)).Should().Equal(
            (ValidationCodes.MissingChamberVote, "Votes", "The law decision on 2024-01-01 needs the counts of the Mazhilis, which are missing."),
            (ValidationCodes.MissingChamberVote, "Votes", "The law decision on 2024-01-01 needs the counts of the Senate, which are missing."));
    }

    [Fact]
    public void a_division_with_the_counts_of_one_chamber_misses_only_the_other()
    {
        using var english = new CultureScope("en-US");

        Check(new Division(On2024, DecisionKind.Law, [new ChamberVote(ChamberKind.Mazhilis, 60, 0)], true)).Errors.Select(e => e.ErrorMessage)
            .Should().Equal("The law decision on 2024-01-01 needs the counts of the Senate, which are missing.");
    }

    [Fact]
    public void a_passed_law_claimed_as_failed_names_the_last_stage()
    {
        // 2024: a law needs more than half of the 98 deputies (50) and then more than half of the 50 senators (26).
        using var english = new CultureScope("en-US");

        var failure = Check(new Division(On2024, DecisionKind.Law, [new ChamberVote(ChamberKind.Mazhilis, 60, 0), new ChamberVote(ChamberKind.Senate, 30, 0)], false))
            .Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.ResultMismatch);
        failure.PropertyName.Should().Be("ClaimedPassed");
        failure.ErrorMessage.Should().Be("The division on 2024-01-01 claims the law decision not passed, but the counts give passed: the Senate had 30 yes of 26 required.");
    }

    [Fact]
    public void a_failed_constitutional_law_claimed_as_passed_names_the_chamber_that_failed()
    {
        // 2024: a constitutional law needs two thirds of each chamber's deputies: 66 of the 98 deputies, 34 of the 50 senators.
        using var english = new CultureScope("en-US");

        var failure = Check(new Division(On2024, DecisionKind.ConstitutionalLaw, [new ChamberVote(ChamberKind.Mazhilis, 65, 30), new ChamberVote(ChamberKind.Senate, 45, 0)], true))
            .Errors.Should().ContainSingle().Subject;

        failure.ErrorMessage.Should().Be("The division on 2024-01-01 claims the constitutional law decision passed, but the counts give not passed: the Mazhilis had 65 yes of 66 required.");
    }

    [Fact]
    public void a_constitutional_law_failed_in_the_senate_alone_names_the_senate()
    {
        // 2024: the Mazhilis gives 90 of the 66 votes it needs, the Senate 20 of the 34 (two thirds of 50) it needs.
        using var english = new CultureScope("en-US");

        var failure = Check(new Division(On2024, DecisionKind.ConstitutionalLaw, [new ChamberVote(ChamberKind.Mazhilis, 90, 0), new ChamberVote(ChamberKind.Senate, 20, 25)], true))
            .Errors.Should().ContainSingle().Subject;

        failure.ErrorMessage.Should().Be("The division on 2024-01-01 claims the constitutional law decision passed, but the counts give not passed: the Senate had 20 yes of 34 required.");
    }
}

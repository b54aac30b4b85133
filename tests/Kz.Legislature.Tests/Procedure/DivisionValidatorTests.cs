using System.Globalization;
using FluentValidation.Results;
using Kz.Legislature.History;
using Kz.Legislature.Procedure;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;

namespace Kz.Legislature.Tests.Procedure;

/// <summary>Recorded votes checked against the rules of their date.</summary>
public class DivisionValidatorTests
{
    private static LegislativeHistory History => SessionHistory.Current;

    private static readonly LocalDate In2024 = new(2024, 1, 1);

    private static ValidationResult Validate(Division? division) => new DivisionValidator(History).Validate(division!);

    [Fact]
    public void A_real_consent_to_the_Prime_Minister_claimed_as_passed_is_valid()
    {
        // 30 Mar 2023, Smailov: 97 took part, 82 yes, 7 no, 8 abstained. Source: https://www.ktk.kz/ru/newsfeed/article/2023/03/30/238888
        var result = Validate(new Division(new LocalDate(2023, 3, 30), DecisionKind.ConsentToAppointment, [new ChamberVote(ChamberKind.Mazhilis, 82, 7, 8, 97)], true, DecisionSubject.PrimeMinister));

        result.IsValid.Should().BeTrue(string.Join("; ", result.Errors));
    }

    [Fact]
    public void A_claimed_result_the_counts_do_not_give_is_KZL5004_citing_the_majority()
    {
        var result = Validate(new Division(In2024, DecisionKind.ConstitutionalLaw, [new ChamberVote(ChamberKind.Mazhilis, 65, 30), new ChamberVote(ChamberKind.Senate, 45, 0)], true));

        var failure = result.Errors.Should().ContainSingle().Which;
        failure.ErrorCode.Should().Be(ValidationCodes.ResultMismatch);
        failure.ErrorMessage.Should().Contain("65").And.Contain("66");
        failure.CustomState.Should().BeOfType<Citation>().Which.Article.Should().Be("Art. 62(4)");
    }

    [Fact]
    public void A_failure_claimed_as_a_failure_is_valid()
    {
        Validate(new Division(In2024, DecisionKind.ConstitutionalLaw, [new ChamberVote(ChamberKind.Mazhilis, 65, 30), new ChamberVote(ChamberKind.Senate, 45, 0)], false))
            .IsValid.Should().BeTrue();
    }

    [Fact]
    public void A_decision_that_does_not_exist_on_the_date_is_KZL5001_naming_what_exists()
    {
        var result = Validate(new Division(new LocalDate(2026, 8, 1), DecisionKind.DelegationOfPowers, [new ChamberVote(ChamberKind.Kurultai, 100, 0)], true));

        var failure = result.Errors.Should().ContainSingle().Which;
        failure.ErrorCode.Should().Be(ValidationCodes.DecisionNotOnDate);
        failure.ErrorMessage.Should().Contain("2026-08-01").And.Contain("law");
        failure.CustomState.Should().BeOfType<Citation>().Which.InstrumentId.Should().Be("constitution-2026");
    }

    [Fact]
    public void Counts_above_the_seats_of_the_sitting_chamber_are_KZL5003_but_107_were_seated_in_2022()
    {
        var over = Validate(new Division(In2024, DecisionKind.NoConfidence, [new ChamberVote(ChamberKind.Mazhilis, 90, 9, 0, 99)], true));
        over.Errors.Should().ContainSingle().Which.ErrorCode.Should().Be(ValidationCodes.CountsExceedSeats);
        over.Errors[0].ErrorMessage.Should().Contain("99").And.Contain("98");

        Validate(new Division(new LocalDate(2022, 9, 1), DecisionKind.NoConfidence, [new ChamberVote(ChamberKind.Mazhilis, 90, 9, 0, 99)], true))
            .IsValid.Should().BeTrue("the VII Mazhilis of 107 seats sat until January 2023");
    }

    [Fact]
    public void A_chamber_that_takes_no_part_a_missing_one_and_a_repeated_one_each_have_their_code()
    {
        Validate(new Division(In2024, DecisionKind.NoConfidence, [new ChamberVote(ChamberKind.Mazhilis, 60, 0), new ChamberVote(ChamberKind.Senate, 40, 0)], true))
            .Errors.Select(e => (e.ErrorCode, e.PropertyName)).Should().Equal((ValidationCodes.ChamberTakesNoPart, "Votes[1]"));
        Validate(new Division(In2024, DecisionKind.ConstitutionalAmendment, [new ChamberVote(ChamberKind.Mazhilis, 90, 0)], true))
            .Errors.Select(e => e.ErrorCode).Should().Equal(ValidationCodes.MissingChamberVote);
        Validate(new Division(In2024, DecisionKind.NoConfidence, [new ChamberVote(ChamberKind.Mazhilis, 60, 0), new ChamberVote(ChamberKind.Mazhilis, 61, 0)], true))
            .Errors.Select(e => (e.ErrorCode, e.PropertyName)).Should().Equal((ValidationCodes.DuplicateChamberVote, "Votes[0]"));
    }

    [Fact]
    public void A_result_the_data_cannot_decide_is_the_warning_KZL5005_not_a_verdict()
    {
        var result = Validate(new Division(new LocalDate(2026, 9, 1), DecisionKind.Law, [new ChamberVote(ChamberKind.Kurultai, 100, 10)], true));

        var failure = result.Errors.Should().ContainSingle().Which;
        failure.ErrorCode.Should().Be(ValidationCodes.ResultUnknown);
        failure.Severity.Should().Be(FluentValidation.Severity.Warning);
        failure.CustomState.Should().BeOfType<Citation>().Which.InstrumentId.Should().Be("constitution-2026");
    }

    [Fact]
    public void Null_and_a_date_before_the_history_are_the_general_codes()
    {
        Validate(null).Errors.Should().ContainSingle().Which.ErrorCode.Should().Be(ValidationCodes.NullInstance);
        Validate(new Division(default, DecisionKind.Law, [], true)).Errors.Should().ContainSingle().Which.ErrorCode.Should().Be(ValidationCodes.DateBeforeCoverage);
    }

    [Theory]
    [InlineData("ru", "конституционный закон")]
    [InlineData("kk", "конституциялық заң")]
    public void The_messages_are_in_the_ui_culture(string culture, string name)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Validate(new Division(In2024, DecisionKind.ConstitutionalLaw, [new ChamberVote(ChamberKind.Mazhilis, 65, 30), new ChamberVote(ChamberKind.Senate, 45, 0)], true))
                .Errors.Single().ErrorMessage.Should().Contain(name).And.Contain("66");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}

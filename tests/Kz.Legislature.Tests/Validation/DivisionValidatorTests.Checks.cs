using FluentValidation.Results;
using Kz.Legislature.Procedure;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

/// <summary>The exact messages, properties and citations of the <see cref="DivisionValidator"/> checks (see also Procedure/DivisionValidatorTests).</summary>
public sealed partial class DivisionValidatorTests
{
    private static readonly LocalDate On2024 = new(2024, 1, 1);

    private static ValidationResult Check(Division? division) => new DivisionValidator(SessionHistory.Current).Validate(division!);

    [Fact]
    public void a_null_division_fails_with_an_empty_property_and_the_english_message()
    {
        using var english = new CultureScope("en-US");

        var failure = Check(null).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.NullInstance);
        failure.PropertyName.Should().BeEmpty();
        failure.ErrorMessage.Should().Be("No division was given to validate.");
    }

    [Fact]
    public void a_division_the_day_before_the_coverage_names_both_dates()
    {
        using var english = new CultureScope("en-US");
        var start = SessionHistory.Current.CoverageStart;
        var before = start.PlusDays(-1);

        var failure = Check(new Division(before, DecisionKind.Law, [new ChamberVote(ChamberKind.SupremeCouncil, 200, 10)], true)).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.DateBeforeCoverage);
        failure.PropertyName.Should().Be("Date");
        failure.ErrorMessage.Should().Be($"The date {Iso(before)} is before {Iso(start)}, the earliest date the legislative history covers.");
        failure.FormattedMessagePlaceholderValues["Date"].Should().Be(Iso(before));
        failure.FormattedMessagePlaceholderValues["CoverageStart"].Should().Be(Iso(start));
    }

    [Fact]
    public void a_decision_not_on_the_date_lists_the_decisions_that_exist_separated_by_commas()
    {
        using var english = new CultureScope("en-US");
        var date = new LocalDate(2026, 8, 1);
        var decisions = SessionHistory.Current.RulesOn(date).Decisions;
        decisions.Count.Should().BeGreaterThan(1);

        var failure = Check(new Division(date, DecisionKind.DelegationOfPowers, [new ChamberVote(ChamberKind.Kurultai, 100, 0)], true)).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.DecisionNotOnDate);
        failure.PropertyName.Should().Be("Kind");
        var listed = (string)failure.FormattedMessagePlaceholderValues["Decisions"];
        listed.Split(", ").Should().HaveCount(decisions.Count).And.OnlyContain(name => name.Length > 0 && !name.Contains(',', StringComparison.Ordinal));
        failure.ErrorMessage.Should().EndWith($"; the decisions are: {listed}.");
    }

    [Fact]
    public void a_repeated_chamber_that_takes_no_part_is_reported_once_as_repeated()
    {
        // The Senate takes no part in a vote of no confidence in the Government (2024): repeated, it is only a repeated chamber.
        using var english = new CultureScope("en-US");

        var failure = Check(new Division(On2024, DecisionKind.NoConfidence, [new ChamberVote(ChamberKind.Senate, 40, 0), new ChamberVote(ChamberKind.Senate, 41, 0)], true))
            .Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.DuplicateChamberVote);
        failure.PropertyName.Should().Be("Votes[0]");
        failure.ErrorMessage.Should().Be("The counts of the Senate are given 2 times; give them once.");
    }

    [Fact]
    public void more_deputies_present_than_seats_fail_even_when_fewer_voted()
    {
        // 99 present in the Mazhilis of 98 seats (2024), of whom 59 voted.
        using var english = new CultureScope("en-US");

        var failure = Check(new Division(On2024, DecisionKind.NoConfidence, [new ChamberVote(ChamberKind.Mazhilis, 50, 9, 0, 99)], true)).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.CountsExceedSeats);
        failure.PropertyName.Should().Be("Votes[0]");
        failure.ErrorMessage.Should().Be("The Mazhilis on 2024-01-01 has 99 deputies present or voting, but 98 seats.");
        failure.FormattedMessagePlaceholderValues["Actual"].Should().Be(99);
    }

    [Fact]
    public void counts_above_the_seats_of_a_chamber_not_sitting_cite_the_composition_in_force()
    {
        // On 1 February 2023 the Mazhilis had been dissolved (19 January) and the VIII Mazhilis not yet elected: its seats are
        // those of the 2022 rules in force, 98 (Art. 50(3)).
        using var english = new CultureScope("en-US");
        var date = new LocalDate(2023, 2, 1);
        SessionHistory.Current.SittingOn(date).Chamber(ChamberKind.Mazhilis).Should().BeNull();

        var failure = Check(new Division(date, DecisionKind.NoConfidence, [new ChamberVote(ChamberKind.Mazhilis, 90, 9, 0, 100)], true)).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.CountsExceedSeats);
        failure.ErrorMessage.Should().Be("The Mazhilis on 2023-02-01 has 100 deputies present or voting, but 98 seats.");
        failure.CustomState.Should().BeOfType<Citation>().Which.Article.Should().Be("Art. 50(3)");
    }
}

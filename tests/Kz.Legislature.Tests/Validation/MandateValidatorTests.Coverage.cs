using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

/// <summary>The coverage boundary of <see cref="MandateValidator"/>, its null guard, and several mandate rules failing at once.</summary>
public sealed partial class MandateValidatorTests
{
    private static MandateValidator CoverageValidator => new(SessionHistory.Current);

    [Fact]
    public void the_validator_rejects_a_null_history_and_keeps_its_history_and_options()
    {
        FluentActions.Invoking(() => new MandateValidator(null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");

        var validator = new MandateValidator(SessionHistory.Current, ValidationOptions.AllowingVacancies);
        validator.History.Should().BeSameAs(SessionHistory.Current);
        validator.Options.Should().BeSameAs(ValidationOptions.AllowingVacancies);
        CoverageValidator.Options.Should().BeSameAs(ValidationOptions.Statutory);
    }

    [Fact]
    public void a_null_mandate_fails_with_an_empty_property_and_the_english_message()
    {
        using var english = new CultureScope("en-US");

        var failure = CoverageValidator.Validate((Mandate)null!).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.NullInstance);
        failure.PropertyName.Should().BeEmpty();
        failure.ErrorMessage.Should().Be("No mandate was given to validate.");
    }

    [Fact]
    public void a_mandate_starting_on_the_first_covered_day_is_checked_once()
    {
        // The XII Supreme Council was elected on the first day of the coverage (25 March 1990) in single-member districts.
        using var english = new CultureScope("en-US");
        var start = SessionHistory.Current.CoverageStart;
        var mandate = new Mandate(new Deputy("d-unborn", "Synthetic Unborn", Date("1991-01-01")), ChamberKind.SupremeCouncil, SeatSource.SingleMemberDistrict,
            start, null, null, district: 1);

        var failure = CoverageValidator.Validate(mandate).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.BornAfterStart);
        failure.PropertyName.Should().Be("Deputy.BirthDate");
        failure.ErrorMessage.Should().Be($"The birth date of d-unborn, 1991-01-01, is after {Iso(start)}, the day the mandate started.");
    }

    [Fact]
    public void a_mandate_the_day_before_the_coverage_fails_on_its_start_only()
    {
        using var english = new CultureScope("en-US");
        var start = SessionHistory.Current.CoverageStart;
        var before = start.PlusDays(-1);
        var mandate = new Mandate(new Deputy("d-early", "Synthetic Early", Date("1991-01-01")), ChamberKind.SupremeCouncil, SeatSource.SingleMemberDistrict,
            before, null, null, district: 1);

        var failure = CoverageValidator.Validate(mandate).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.DateBeforeCoverage);
        failure.PropertyName.Should().Be("Start");
        failure.ErrorMessage.Should().Be($"The date {Iso(before)} is before {Iso(start)}, the earliest date the legislative history covers.");
    }

    [Fact]
    public void every_failing_mandate_rule_is_reported_in_order_none_replacing_an_earlier_one()
    {
        // A senator who starts before the first Senate was formed (December 1995), for Abai (a region since 2022), on a seat
        // the Senate never had (a state list) and before being born.
        using var english = new CultureScope("en-US");
        var mandate = new Mandate(new Deputy("d-all", "Synthetic All", Date("2000-01-01")), ChamberKind.Senate, SeatSource.StateList,
            Date("1995-10-01"), null, null, regionId: "abai");

        var errors = CoverageValidator.Validate(mandate).Errors;

        errors.Select(e => (e.ErrorCode, e.PropertyName)).Should().Equal(
            (ValidationCodes.StartBeforeChamberFormed, "Start"),
            (ValidationCodes.RegionNotExistingAtStart, "RegionId"),
            (ValidationCodes.SourceNotAllowed, "Source"),
            (ValidationCodes.BornAfterStart, "Deputy.BirthDate"));
        errors[^1].ErrorMessage.Should().Be("The birth date of d-all, 2000-01-01, is after 1995-10-01, the day the mandate started.");
    }

    [Fact]
    public void a_region_that_did_not_exist_and_a_seat_the_chamber_had_not_are_both_reported()
    {
        // Without the earlier failure of the formation: a 2024 senator for Semipalatinsk (abolished in 1997) on a state-list seat.
        var mandate = new Mandate(new Deputy("d-two", "Synthetic Two", Date("1970-01-01")), ChamberKind.Senate, SeatSource.StateList,
            Date("2024-01-01"), null, null, regionId: "semipalatinsk");

        CoverageValidator.Validate(mandate).Errors.Select(e => e.ErrorCode).Should().Equal(ValidationCodes.RegionNotExistingAtStart, ValidationCodes.SourceNotAllowed);
    }
}

using Kz.Legislature.Testing;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

public sealed class SupremeCouncilValidatorTests
{
    public static TheoryData<string> Dates => DatesFor(ChamberKind.SupremeCouncil);

    [Theory]
    [MemberData(nameof(Dates))]
    public void the_test_kit_supremecouncil_passes_on_every_rule_set_and_sitting(string iso)
    {
        Validate(Valid(ChamberKind.SupremeCouncil, Date(iso))).Errors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void removing_one_seat_fails_on_the_total_and_that_source_only(string iso)
    {
        var supremeCouncil = WithoutOneSeat(Valid(ChamberKind.SupremeCouncil, Date(iso)));

        Validate(supremeCouncil).Codes().Should().Equal(ValidationCodes.SeatTotal, ValidationCodes.SeatsBySource);
        Validate(supremeCouncil, ValidationOptions.AllowingVacancies).Errors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void adding_one_seat_fails_on_the_total_and_that_source_only_plus_the_district_range_where_only_districts_exist(string iso)
    {
        var (supremeCouncil, isDistrict) = WithOneSeatMore(Valid(ChamberKind.SupremeCouncil, Date(iso)));

        // Where every seat is a single-member district, the extra seat is necessarily district N + 1: KZL1007 is inevitable.
        string[] expected = isDistrict
            ? [ValidationCodes.SeatTotal, ValidationCodes.SeatsBySource, ValidationCodes.DistrictOutOfRange]
            : [ValidationCodes.SeatTotal, ValidationCodes.SeatsBySource];
        Validate(supremeCouncil).Codes().Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void mis_sourcing_one_seat_fails_on_seats_by_source_only(string iso)
    {
        var supremeCouncil = WithOneSeatMisSourced(Valid(ChamberKind.SupremeCouncil, Date(iso)));

        Validate(supremeCouncil).Codes().Should().Equal(ValidationCodes.SeatsBySource);
        Validate(supremeCouncil, ValidationOptions.AllowingVacancies).Codes().Should().Equal(ValidationCodes.SeatsBySource);
    }

    [Fact]
    public void validate_never_throws_and_reports_null_empty_and_default_dates_with_codes()
    {
        var validator = new SupremeCouncilValidator();

        validator.Validate((SupremeCouncil)null!).Codes().Should().Equal(ValidationCodes.NullInstance);
        validator.Validate(new SupremeCouncil(default, [])).Codes().Should().Contain(ValidationCodes.DateBeforeCoverage);
        validator.Validate(new SupremeCouncil(default, [])).Errors.Should().OnlyContain(e => !string.IsNullOrEmpty(e.ErrorCode));
    }
}

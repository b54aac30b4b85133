using Kz.Legislature.Testing;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

public sealed class MazhilisValidatorTests
{
    public static TheoryData<string> Dates => DatesFor(ChamberKind.Mazhilis);

    [Theory]
    [MemberData(nameof(Dates))]
    public void the_test_kit_mazhilis_passes_on_every_rule_set_and_sitting(string iso)
    {
        Validate(Valid(ChamberKind.Mazhilis, Date(iso))).Errors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void removing_one_seat_fails_on_the_total_and_that_source_only(string iso)
    {
        var mazhilis = WithoutOneSeat(Valid(ChamberKind.Mazhilis, Date(iso)));

        Validate(mazhilis).Codes().Should().Equal(ValidationCodes.SeatTotal, ValidationCodes.SeatsBySource);
        Validate(mazhilis, ValidationOptions.AllowingVacancies).Errors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void adding_one_seat_fails_on_the_total_and_that_source_only_plus_the_district_range_where_only_districts_exist(string iso)
    {
        var (mazhilis, isDistrict) = WithOneSeatMore(Valid(ChamberKind.Mazhilis, Date(iso)));

        // Where every seat is a single-member district, the extra seat is necessarily district N + 1: KZL1007 is inevitable.
        string[] expected = isDistrict
            ? [ValidationCodes.SeatTotal, ValidationCodes.SeatsBySource, ValidationCodes.DistrictOutOfRange]
            : [ValidationCodes.SeatTotal, ValidationCodes.SeatsBySource];
        Validate(mazhilis).Codes().Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void mis_sourcing_one_seat_fails_on_seats_by_source_only(string iso)
    {
        var mazhilis = WithOneSeatMisSourced(Valid(ChamberKind.Mazhilis, Date(iso)));

        Validate(mazhilis).Codes().Should().Equal(ValidationCodes.SeatsBySource);
        Validate(mazhilis, ValidationOptions.AllowingVacancies).Codes().Should().Equal(ValidationCodes.SeatsBySource);
    }

    [Fact]
    public void validate_never_throws_and_reports_null_empty_and_default_dates_with_codes()
    {
        var validator = new MazhilisValidator();

        validator.Validate((Mazhilis)null!).Codes().Should().Equal(ValidationCodes.NullInstance);
        validator.Validate(new Mazhilis(default, [])).Codes().Should().Contain(ValidationCodes.DateBeforeCoverage);
        validator.Validate(new Mazhilis(default, [])).Errors.Should().OnlyContain(e => !string.IsNullOrEmpty(e.ErrorCode));
    }

    [Fact]
    public void a_107_member_mazhilis_passes_in_december_2022_and_fails_in_june_2023()
    {
        var mazhilis = ValidCompositions.MazhilisOn(Date("2022-12-01"));
        mazhilis.SeatCount.Should().Be(107);
        mazhilis.CountBySource(SeatSource.PartyList).Should().Be(98);
        mazhilis.CountBySource(SeatSource.ElectedByAssemblyOfPeople).Should().Be(9);

        Validate(mazhilis).Errors.Should().BeEmpty();
        var later = Validate(mazhilis.WithDate(Date("2023-06-01")));
        later.Errors.Should().Contain(e => e.ErrorCode == ValidationCodes.SeatTotal && e.FormattedMessagePlaceholderValues["Expected"].Equals(98));
        later.Errors.Should().Contain(e => e.ErrorCode == ValidationCodes.SeatsBySource);
    }

    [Fact]
    public void a_mazhilis_on_1_july_2026_fails_because_the_chamber_no_longer_exists()
    {
        var mazhilis = ValidCompositions.MazhilisOn(Date("2026-06-30")).WithDate(Date("2026-07-01"));

        var result = Validate(mazhilis);

        result.Codes().Should().Contain(ValidationCodes.ChamberDoesNotExist)
            .And.NotContain([ValidationCodes.SeatTotal, ValidationCodes.SeatsBySource, ValidationCodes.DistrictOutOfRange]);
        result.Errors.Where(e => e.ErrorCode == ValidationCodes.ChamberDoesNotExist).Should().ContainSingle()
            .Which.ErrorMessage.Should().Contain("2026-07-01");
    }

    [Fact]
    public void district_numbers_must_be_present_in_range_and_unique()
    {
        var mazhilis = ValidCompositions.MazhilisOn(Date("2024-01-01"));
        var districts = mazhilis.Mandates.Select((m, i) => (m, i)).Where(x => x.m.Source == SeatSource.SingleMemberDistrict).Select(x => x.i).ToList();
        mazhilis = mazhilis
            .WithMandateAt(districts[0], mazhilis.Mandates[districts[0]].WithSeat(null, 30, null))
            .WithMandateAt(districts[1], mazhilis.Mandates[districts[1]].WithSeat(null, null, null))
            .WithMandateAt(districts[2], mazhilis.Mandates[districts[2]].WithSeat(null, 4, null));

        Validate(mazhilis).Codes().Should().Equal(ValidationCodes.DistrictOutOfRange, ValidationCodes.MissingDistrict, ValidationCodes.DuplicateDistrict);
    }

    [Fact]
    public void shared_district_numbers_are_reported_once_each_in_number_order_whether_in_range_or_not()
    {
        var mazhilis = ValidCompositions.MazhilisOn(Date("2024-01-01"));
        var districts = mazhilis.Mandates.Select((m, i) => (m, i)).Where(x => x.m.Source == SeatSource.SingleMemberDistrict).Select(x => x.i).ToList();
        var inRange = mazhilis.Mandates[districts[5]].District!.Value;
        foreach (var (index, number) in new[] { (0, 40), (1, 40), (2, 0), (3, 0), (4, inRange) })
        {
            mazhilis = mazhilis.WithMandateAt(districts[index], mazhilis.Mandates[districts[index]].WithSeat(null, number, null));
        }

        var errors = Validate(mazhilis).Errors;
        errors.Count(e => e.ErrorCode == ValidationCodes.DistrictOutOfRange).Should().Be(4);
        var shared = errors.Where(e => e.ErrorCode == ValidationCodes.DuplicateDistrict).ToList();
        shared.Select(e => e.AttemptedValue).Should().Equal(0, inRange, 40);
        string Id(int index) => mazhilis.Mandates[districts[index]].Deputy.Id;
        shared.Select(e => e.FormattedMessagePlaceholderValues["Deputies"]).Should().Equal($"{Id(2)}, {Id(3)}", $"{Id(4)}, {Id(5)}", $"{Id(0)}, {Id(1)}");
        shared.Select(e => e.FormattedMessagePlaceholderValues["Count"]).Should().Equal(2, 2, 2);
    }

    [Fact]
    public void a_party_list_mandate_without_a_party_fails()
    {
        var mazhilis = ValidCompositions.MazhilisOn(Date("2024-01-01"));
        var index = mazhilis.Mandates.ToList().FindIndex(m => m.Source == SeatSource.PartyList);
        mazhilis = mazhilis.WithMandateAt(index, mazhilis.Mandates[index].WithSeat(null, null, null));

        Validate(mazhilis).Codes().Should().Equal(ValidationCodes.MissingParty);
    }

    [Fact]
    public void a_wrong_convocation_fails()
    {
        var mazhilis = ValidCompositions.MazhilisOn(Date("2024-01-01"));
        mazhilis.Convocation.Should().Be(8);

        Validate(new Mazhilis(mazhilis.Date, mazhilis.Mandates, 7)).Codes().Should().Equal(ValidationCodes.ConvocationMismatch);
    }

    [Fact]
    public void a_deputy_too_young_at_the_start_of_the_mandate_fails_through_the_mandate_rules()
    {
        var mazhilis = ValidCompositions.MazhilisOn(Date("2024-01-01"));
        var m = mazhilis.Mandates[0];
        mazhilis = mazhilis.WithMandateAt(0, m.WithDeputy(m.Deputy.WithBirthDate(m.Start.PlusYears(-24))));

        var failure = Validate(mazhilis).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.BelowMinimumAge);
        failure.ErrorMessage.Should().Contain("25");
    }
}

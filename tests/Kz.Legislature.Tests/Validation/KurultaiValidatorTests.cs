using Kz.Legislature.Testing;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

public sealed class KurultaiValidatorTests
{
    public static TheoryData<string> Dates => DatesFor(ChamberKind.Kurultai);

    [Theory]
    [MemberData(nameof(Dates))]
    public void the_test_kit_kurultai_passes_on_every_rule_set_and_sitting(string iso)
    {
        Validate(Valid(ChamberKind.Kurultai, Date(iso))).Errors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void removing_one_seat_fails_on_the_total_and_that_source_only(string iso)
    {
        var kurultai = WithoutOneSeat(Valid(ChamberKind.Kurultai, Date(iso)));

        Validate(kurultai).Codes().Should().Equal(ValidationCodes.SeatTotal, ValidationCodes.SeatsBySource);
        Validate(kurultai, ValidationOptions.AllowingVacancies).Errors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void adding_one_seat_fails_on_the_total_and_that_source_only_plus_the_district_range_where_only_districts_exist(string iso)
    {
        var (kurultai, isDistrict) = WithOneSeatMore(Valid(ChamberKind.Kurultai, Date(iso)));

        // Where every seat is a single-member district, the extra seat is necessarily district N + 1: KZL1007 is inevitable.
        string[] expected = isDistrict
            ? [ValidationCodes.SeatTotal, ValidationCodes.SeatsBySource, ValidationCodes.DistrictOutOfRange]
            : [ValidationCodes.SeatTotal, ValidationCodes.SeatsBySource];
        Validate(kurultai).Codes().Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void mis_sourcing_one_seat_fails_on_seats_by_source_only(string iso)
    {
        var kurultai = WithOneSeatMisSourced(Valid(ChamberKind.Kurultai, Date(iso)));

        Validate(kurultai).Codes().Should().Equal(ValidationCodes.SeatsBySource);
        Validate(kurultai, ValidationOptions.AllowingVacancies).Codes().Should().Equal(ValidationCodes.SeatsBySource);
    }

    [Fact]
    public void validate_never_throws_and_reports_null_empty_and_default_dates_with_codes()
    {
        var validator = new KurultaiValidator();

        validator.Validate((Kurultai)null!).Codes().Should().Equal(ValidationCodes.NullInstance);
        validator.Validate(new Kurultai(default, [])).Codes().Should().Contain(ValidationCodes.DateBeforeCoverage);
        validator.Validate(new Kurultai(default, [])).Errors.Should().OnlyContain(e => !string.IsNullOrEmpty(e.ErrorCode));
    }

    /// <summary>
    /// A full 145-member Kurultai dated 15 July 2026, between the 2026 Constitution's entry into force and the first Kurultai
    /// election the data records, fails for every mandate: none can start before the chamber was formed. The day named is the
    /// Kurultai's first election in the dataset.
    /// </summary>
    [Fact]
    public void a_kurultai_whose_members_start_before_its_first_election_fails_for_every_mandate()
    {
        using var english = new Support.CultureScope("en-US");
        var firstElection = ChamberCases.History.Elections.Where(e => e.Chamber == ChamberKind.Kurultai).Min(e => e.Dates.Min());
        var date = Date("2026-07-15");
        date.Should().BeLessThan(firstElection);
        var formed = ValidCompositions.KurultaiOn(firstElection, ChamberCases.History);
        var early = new Kurultai(date, formed.Mandates.Select(m => m.WithTerm(date, null)));

        var result = Validate(early);

        result.Errors.Should().HaveCount(early.SeatCount).And.OnlyContain(e => e.ErrorCode == ValidationCodes.StartBeforeChamberFormed);
        result.Errors[0].ErrorMessage.Should().Contain(Iso(firstElection)).And.Contain("2026-07-15");
        Validate(formed).Errors.Should().BeEmpty();
    }

    [Fact]
    public void the_test_kit_builds_no_kurultai_before_its_first_election()
    {
        var firstElection = ChamberCases.History.Elections.Where(e => e.Chamber == ChamberKind.Kurultai).Min(e => e.Dates.Min());

        var act = () => ValidCompositions.KurultaiOn(firstElection.PlusDays(-1), ChamberCases.History);

        act.Should().Throw<ArgumentException>().WithMessage($"*{Iso(firstElection)}*");
    }
}

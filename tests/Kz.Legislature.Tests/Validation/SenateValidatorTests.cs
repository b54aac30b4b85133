using Kz.Legislature.Testing;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

public sealed class SenateValidatorTests
{
    public static TheoryData<string> Dates => DatesFor(ChamberKind.Senate);

    [Theory]
    [MemberData(nameof(Dates))]
    public void the_test_kit_senate_passes_on_every_rule_set_and_sitting(string iso)
    {
        var result = Validate(Valid(ChamberKind.Senate, Date(iso)));

        result.Errors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void removing_one_seat_fails_on_the_total_and_that_source_only(string iso)
    {
        var senate = WithoutOneSeat(Valid(ChamberKind.Senate, Date(iso)));

        Validate(senate).Codes().Should().Equal(ValidationCodes.SeatTotal, ValidationCodes.SeatsBySource);
        Validate(senate, ValidationOptions.AllowingVacancies).Errors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void adding_one_seat_fails_on_the_total_and_that_source_only(string iso)
    {
        var (senate, _) = WithOneSeatMore(Valid(ChamberKind.Senate, Date(iso)));

        Validate(senate).Codes().Should().Equal(ValidationCodes.SeatTotal, ValidationCodes.SeatsBySource);
        Validate(senate, ValidationOptions.AllowingVacancies).Codes().Should().Equal(ValidationCodes.SeatTotal, ValidationCodes.SeatsBySource);
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void mis_sourcing_one_seat_fails_on_seats_by_source_only(string iso)
    {
        var senate = WithOneSeatMisSourced(Valid(ChamberKind.Senate, Date(iso)));

        Validate(senate).Codes().Should().Equal(ValidationCodes.SeatsBySource);
        Validate(senate, ValidationOptions.AllowingVacancies).Codes().Should().Equal(ValidationCodes.SeatsBySource);
    }

    [Fact]
    public void a_2024_senate_of_51_fails_and_names_50()
    {
        var (senate, _) = WithOneSeatMore(ValidCompositions.SenateOn(Date("2024-01-01")));

        var failure = Validate(senate).Errors.Single(e => e.ErrorCode == ValidationCodes.SeatTotal);

        failure.ErrorMessage.Should().Contain("51").And.Contain("50");
        failure.FormattedMessagePlaceholderValues["Expected"].Should().Be(50);
    }

    [Fact]
    public void the_same_49_member_senate_passes_in_2019_and_fails_in_2024()
    {
        var senate = ValidCompositions.SenateOn(Date("2019-06-01"));
        senate.SeatCount.Should().Be(49);

        Validate(senate).Errors.Should().BeEmpty();
        var in2024 = Validate(senate.WithDate(Date("2024-01-01")));
        in2024.Errors.Should().Contain(e => e.ErrorCode == ValidationCodes.SeatTotal && e.ErrorMessage.Contains("50", StringComparison.Ordinal));
    }

    [Fact]
    public void a_2024_senate_with_11_presidential_appointees_fails()
    {
        var senate = ValidCompositions.SenateOn(Date("2024-01-01"));
        var appointee = senate.Mandates.Last(m => m.Source == SeatSource.AppointedByPresident);
        senate = senate.WithMandate(appointee.WithDeputy(new Deputy("synthetic-extra-appointee", "Synthetic Extra Appointee", appointee.Deputy.BirthDate)));

        var result = Validate(senate);

        result.Errors.Should().Contain(e => e.ErrorCode == ValidationCodes.SeatsBySource
            && e.FormattedMessagePlaceholderValues["Actual"].Equals(6) && e.FormattedMessagePlaceholderValues["Expected"].Equals(5));
    }

    [Fact]
    public void a_senate_with_15_appointees_passes_in_december_2022_and_fails_in_june_2023()
    {
        var senate = ValidCompositions.SenateOn(Date("2022-12-01"));
        senate.CountBySource(SeatSource.AppointedByPresident).Should().Be(15);

        Validate(senate).Errors.Should().BeEmpty();
        Validate(senate.WithDate(Date("2023-06-01"))).Errors.Should().Contain(e => e.ErrorCode == ValidationCodes.SeatsBySource);
    }

    [Fact]
    public void a_senate_after_july_2026_fails_because_the_chamber_no_longer_exists()
    {
        var senate = new Senate(Date("2026-07-01"), []);

        var result = Validate(senate);

        result.Codes().Should().Contain(ValidationCodes.ChamberDoesNotExist).And.NotContain(ValidationCodes.SeatTotal);
        result.Errors.Single(e => e.ErrorCode == ValidationCodes.ChamberDoesNotExist).CustomState
            .Should().BeOfType<Citation>().Which.Article.Should().Be("Art. 95");
    }

    [Fact]
    public void a_region_with_three_elected_senators_and_one_with_one_fail_per_region()
    {
        var senate = ValidCompositions.SenateOn(Date("2024-01-01"));
        var index = senate.Mandates.ToList().FindIndex(m => m.RegionId == "astana");
        senate = senate.WithMandateAt(index, senate.Mandates[index].WithSeat("almaty", null, null));

        var result = Validate(senate);

        result.Codes().Should().Equal(ValidationCodes.SeatsPerRegion);
        result.Errors.Should().HaveCount(2);
    }

    [Fact]
    public void an_elected_senator_without_or_with_an_unknown_region_fails()
    {
        var senate = ValidCompositions.SenateOn(Date("2024-01-01"));
        var first = senate.Mandates[0];
        var second = senate.Mandates[1];
        senate = senate.WithMandateAt(0, first.WithSeat(null, null, null)).WithMandateAt(1, second.WithSeat("semipalatinsk", null, null));

        var codes = Validate(senate).Codes();

        codes.Should().Contain([ValidationCodes.MissingRegion, ValidationCodes.UnknownRegion, ValidationCodes.SeatsPerRegion]);
    }

    [Fact]
    public void both_senators_of_a_region_in_one_renewal_cohort_is_a_warning()
    {
        var senate = ValidCompositions.SenateOn(Date("2024-06-01"));
        var index = senate.Mandates.ToList().FindIndex(m => m.RegionId == "astana");
        var twin = senate.Mandates[index + 1];
        senate = senate.WithMandateAt(index + 1, twin.WithTerm(senate.Mandates[index].Start, senate.Mandates[index].End)
            .WithEnd(senate.Mandates[index].End!.Value, MandateEndReason.ConstitutionalTermination));

        var failure = Validate(senate).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.SameRenewalCohort);
        failure.Severity.Should().Be(FluentValidation.Severity.Warning);
    }

    [Fact]
    public void a_deputy_holding_three_seats_is_reported_once_with_the_count_before_a_later_duplicate()
    {
        var senate = ValidCompositions.SenateOn(Date("2024-01-01"));
        var thrice = senate.Mandates[3].Deputy;
        var twice = senate.Mandates[1].Deputy;
        senate = senate
            .WithMandateAt(10, senate.Mandates[10].WithDeputy(thrice))
            .WithMandateAt(20, senate.Mandates[20].WithDeputy(thrice))
            .WithMandateAt(30, senate.Mandates[30].WithDeputy(twice));

        var duplicates = Validate(senate).Errors.Where(e => e.ErrorCode == ValidationCodes.DuplicateDeputy).ToList();

        duplicates.Select(e => (e.AttemptedValue, e.FormattedMessagePlaceholderValues["Count"])).Should().Equal(
            (twice.Id, 2), (thrice.Id, 3));
    }

    [Fact]
    public void a_duplicate_deputy_and_a_mandate_not_running_on_the_date_fail()
    {
        var senate = ValidCompositions.SenateOn(Date("2024-01-01"));
        var last = senate.Mandates[^1];
        senate = senate.WithMandateAt(senate.SeatCount - 1, last.WithDeputy(senate.Mandates[^2].Deputy))
            .WithMandateAt(0, senate.Mandates[0].WithTerm(Date("2023-01-24"), Date("2023-06-01")).WithEnd(Date("2023-06-01"), MandateEndReason.Death));

        Validate(senate).Codes().Should().Equal(ValidationCodes.MandateNotActive, ValidationCodes.DuplicateDeputy);
    }

    [Fact]
    public void a_mazhilis_mandate_in_a_senate_fails_as_another_chamber()
    {
        var senate = ValidCompositions.SenateOn(Date("2024-01-01"));
        var index = PlainSeatIndex(senate);
        senate = senate.WithMandateAt(index, senate.Mandates[index].WithChamber(ChamberKind.Mazhilis));

        Validate(senate).Codes().Should().Contain(ValidationCodes.WrongChamber);
    }

    [Fact]
    public void validate_never_throws_and_reports_null_empty_and_early_dates_with_codes()
    {
        var validator = new SenateValidator();

        validator.Validate((Senate)null!).Codes().Should().Equal(ValidationCodes.NullInstance);
        validator.Validate(new Senate(default, [])).Codes().Should().Contain([ValidationCodes.DateBeforeCoverage, ValidationCodes.EmptyComposition]);
        validator.Validate(new Senate(Date("2024-01-01"), [])).Codes().Should().Contain([ValidationCodes.SeatTotal, ValidationCodes.EmptyComposition]);
    }

    [Fact]
    public void every_failure_carries_a_citation_with_the_instrument_in_force()
    {
        var (senate, _) = WithOneSeatMore(ValidCompositions.SenateOn(Date("2024-01-01")));

        var citation = Validate(senate).Errors.First(e => e.ErrorCode == ValidationCodes.SeatTotal).CustomState.Should().BeOfType<Citation>().Subject;

        citation.InstrumentId.Should().Be("referendum-2022");
        citation.Article.Should().Be("Art. 50(2)");
        citation.Source.Should().NotBeNull();
    }

    [Fact]
    public void a_validator_is_reusable_across_threads()
    {
        var validator = new SenateValidator();
        var senate = ValidCompositions.SenateOn(Date("2024-01-01"));

        var results = Enumerable.Range(0, 16).AsParallel().Select(_ => validator.Validate(senate).IsValid).ToList();

        results.Should().AllSatisfy(v => v.Should().BeTrue());
    }

    /// <summary>
    /// A Senate built from the dataset's own elections (see <see cref="RealSenates"/>): on 1 January 2024 the 2023 senators hold
    /// their ordinary six-year ends (2029), the 2020 ones theirs (2026-08-12), the appointees of 24 January 2023 theirs, and the
    /// new regions' senators elected on 24 August 2022 no end. It was lawful that day: no failure at all, neither the later
    /// constitutional end of the Senate (history then, KZL2004) nor a cohort warning for the pairs the law staggered (KZL2007).
    /// In 1996 both senators of every region come from the first election of 5 December 1995 (winner 4 years, runner-up 2).
    /// </summary>
    [Theory]
    [InlineData("2024-01-01")]
    [InlineData("2025-06-01")]
    [InlineData("2023-03-01")]
    [InlineData("1996-06-01")]
    [InlineData("2019-01-01")]
    public void a_senate_built_from_the_datasets_own_elections_has_no_failure(string iso)
    {
        var senate = RealSenates.On(Date(iso), ChamberCases.History);
        senate.SeatCount.Should().Be(RulesFor(senate).StatutorySeats);

        var result = Validate(senate);

        result.Errors.Should().BeEmpty();
        result.IsValid.Should().BeTrue();
    }

    [Fact]
    public void in_the_2024_senate_from_the_dataset_each_new_region_pairs_a_2022_senator_with_a_2023_one()
    {
        var senate = RealSenates.On(Date("2024-01-01"), ChamberCases.History);
        var newRegions = ChamberCases.History.Elections.Where(e => e.Chamber == ChamberKind.Senate && e.RegionIds.Count > 0 && e.Dates[0].Year == 2022).SelectMany(e => e.RegionIds).ToList();

        newRegions.Should().HaveCount(3);
        foreach (var region in newRegions)
        {
            senate.Mandates.Where(m => m.RegionId == region).Select(m => m.Start).Should().BeEquivalentTo([Date("2022-08-24"), Date("2023-01-14")]);
        }
    }

    /// <summary>Seen on 1 July 2026, when the Senate's powers had ended, the same record fails: the chamber is gone and every end past that day is wrong then.</summary>
    [Fact]
    public void the_same_senate_seen_on_the_day_its_powers_ended_fails_for_every_end_past_that_day()
    {
        var senate = RealSenates.On(Date("2024-01-01"), ChamberCases.History);
        var cutoff = Date("2026-07-01");
        var pastEnd = senate.Mandates.Count(m => m.End > cutoff);
        pastEnd.Should().BeGreaterThan(0);

        var result = Validate(senate.WithDate(cutoff));

        result.Errors.Count(e => e.ErrorCode == ValidationCodes.BeyondChamberExistence).Should().Be(pastEnd);
        result.Errors.Should().Contain(e => e.ErrorCode == ValidationCodes.ChamberDoesNotExist);
    }

    /// <summary>Two senators of one region from the same partial renewal are one cohort, which the law never gives a region.</summary>
    [Fact]
    public void two_senators_of_a_region_from_one_partial_renewal_are_still_warned_about()
    {
        var senate = RealSenates.On(Date("2024-01-01"), ChamberCases.History);
        var pair = senate.Mandates.Where(m => m.RegionId == "almaty").ToList();
        var i = senate.Mandates.ToList().IndexOf(pair[1]);
        senate = senate.WithMandateAt(i, pair[1].WithTerm(pair[0].Start, pair[0].End));

        Validate(senate).Errors.Should().ContainSingle().Which.ErrorCode.Should().Be(ValidationCodes.SameRenewalCohort);
    }

    /// <summary>
    /// The senators of a new region must start after it came into being: an Abai senator from 21 May 2019 (Abai exists from 8 June
    /// 2022) fails, and so does a Shymkent senator from before 19 June 2018, each with the region's own first day in the message.
    /// </summary>
    [Theory]
    [InlineData("abai", "2019-05-21")]
    [InlineData("jetisu", "2022-06-07")]
    [InlineData("shymkent", "2017-06-28")]
    public void a_senator_whose_mandate_starts_before_the_region_existed_fails(string region, string start)
    {
        using var english = new Support.CultureScope("en-US");
        var date = ChamberCases.History.FindRegion(region)!.Period.Start.PlusYears(2);
        var senate = ValidCompositions.SenateOn(date, ChamberCases.History);
        var i = senate.Mandates.ToList().FindIndex(m => m.RegionId == region);
        senate = senate.WithMandateAt(i, senate.Mandates[i].WithTerm(Date(start), null));

        // Moving a start also moves the senator's renewal cohort, which may add the KZL2007 warning: only the errors count here.
        var failure = Validate(senate).Errors.Where(e => e.ErrorCode != ValidationCodes.SameRenewalCohort).Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.RegionNotExistingAtStart);
        failure.PropertyName.Should().Be($"Mandates[{i}].RegionId");
        failure.ErrorMessage.Should().Contain(region).And.Contain(start).And.Contain(Iso(ChamberCases.History.FindRegion(region)!.Period.Start));
        failure.CustomState.Should().BeOfType<Citation>().Which.Article.Should().Be("Art. 50(2)");
    }
}

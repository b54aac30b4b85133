using CsCheck;
using Kz.Legislature.Testing;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

public sealed partial class MandateValidatorTests
{
    // A validator per use, over this session's history: see SessionHistory.
    private static MandateValidator Validator => new(ChamberCases.History);

    private static Mandate Senator(string start, string? end = null, MandateEndReason? reason = null, SeatSource source = SeatSource.ElectedByMaslikhats, string? born = "1970-01-01") =>
        new(new Deputy("d-1", "Test Senator", born is null ? null : Date(born)), ChamberKind.Senate, source, Date(start), end is null ? null : Date(end), reason, regionId: "astana");

    [Fact]
    public void a_six_year_senate_term_ending_by_art_95_passes()
    {
        Validator.Validate(Senator("2023-01-24", "2026-07-01", MandateEndReason.ConstitutionalTermination)).Errors.Should().BeEmpty();
    }

    [Fact]
    public void a_2024_senator_with_a_seven_year_term_fails_and_names_six_years()
    {
        // The message is rendered in the current UI culture; this test reads the English one whatever the machine's culture.
        using var english = new CultureScope("en-US");
        var result = Validator.Validate(Senator("2024-01-01", "2031-01-01"));

        var failure = result.Errors.Single(e => e.ErrorCode == ValidationCodes.TermTooLong);
        failure.ErrorMessage.Should().Contain("6 years");
        failure.CustomState.Should().BeOfType<Citation>().Which.Article.Should().Be("Art. 50(5)");
        // Seen from its first day the 2031 end is only too long, not past the Senate's end: that end is history in 2024.
        result.Codes().Should().Equal(ValidationCodes.TermTooLong);
    }

    [Fact]
    public void an_early_end_needs_a_reason()
    {
        Validator.Validate(Senator("2017-06-01", "2020-01-01")).Codes().Should().Equal(ValidationCodes.EarlyEndWithoutReason);
        Validator.Validate(Senator("2017-06-01", "2020-01-01", MandateEndReason.Resignation)).Errors.Should().BeEmpty();
    }

    [Fact]
    public void no_senate_mandate_runs_past_1_july_2026_unless_it_ended_that_day_by_art_95()
    {
        var failure = Validator.Validate(Senator("2023-01-24", "2026-07-02", MandateEndReason.Resignation)).Errors.Should().ContainSingle().Subject;
        failure.ErrorCode.Should().Be(ValidationCodes.BeyondChamberExistence);
        failure.CustomState.Should().BeOfType<Citation>().Which.Should().Match<Citation>(c => c.InstrumentId == "constitution-2026" && c.Article == "Art. 95");

        Validator.Validate(Senator("2023-01-24", "2026-07-01", MandateEndReason.TermExpiry)).Codes().Should().Equal(ValidationCodes.BeyondChamberExistence);
    }

    [Fact]
    public void a_senator_younger_than_30_at_the_start_fails_and_an_unknown_birth_date_is_not_checked()
    {
        var failure = Validator.Validate(Senator("2023-01-24", born: "1993-01-25")).Errors.Should().ContainSingle().Subject;
        failure.ErrorCode.Should().Be(ValidationCodes.BelowMinimumAge);
        failure.FormattedMessagePlaceholderValues["Age"].Should().Be(29);
        failure.FormattedMessagePlaceholderValues["MinimumAge"].Should().Be(30);

        Validator.Validate(Senator("2023-01-24", born: "1993-01-24")).Errors.Should().BeEmpty();
        Validator.Validate(Senator("2023-01-24", born: null)).Errors.Should().BeEmpty();
    }

    [Fact]
    public void a_senator_born_on_29_february_is_30_on_28_february_thirty_years_on()
    {
        // NodaTime's count of whole years: 29 February plus 30 years is 28 February, so that day completes the thirtieth year.
        Validator.Validate(Senator("2022-02-28", born: "1992-02-29")).Errors.Should().BeEmpty();
        var failure = Validator.Validate(Senator("2022-02-27", born: "1992-02-29")).Errors.Should().ContainSingle().Subject;
        failure.ErrorCode.Should().Be(ValidationCodes.BelowMinimumAge);
        failure.FormattedMessagePlaceholderValues["Age"].Should().Be(29);
    }

    [Fact]
    public void the_age_on_the_first_day_is_the_whole_years_of_a_nodatime_period()
    {
        // Every birth date from 31 to 29 years before each first day, leap days on either side included.
        foreach (var start in new[] { "2023-01-24", "2024-02-28", "2024-02-29", "2024-03-01" })
        {
            var first = Date(start);
            for (var born = first.PlusYears(-31); born <= first.PlusYears(-29); born = born.PlusDays(1))
            {
                var years = Period.Between(born, first, PeriodUnits.Years).Years;
                var failures = Validator.Validate(Senator(start, born: Iso(born))).Errors.Where(e => e.ErrorCode == ValidationCodes.BelowMinimumAge).ToList();
                if (years < 30)
                {
                    failures.Should().ContainSingle($"born {Iso(born)}, first day {start}").Which.FormattedMessagePlaceholderValues["Age"].Should().Be(years);
                }
                else
                {
                    failures.Should().BeEmpty($"born {Iso(born)}, first day {start}");
                }
            }
        }
    }

    [Fact]
    public void the_seat_source_must_exist_in_the_chamber_on_the_first_day()
    {
        Validator.Validate(Senator("2021-01-01", source: SeatSource.AppointedByPresidentOnAssemblyProposal)).Codes().Should().Equal(ValidationCodes.SourceNotAllowed);
        Validator.Validate(Senator("2023-01-24", source: SeatSource.AppointedByPresidentOnAssemblyProposal)).Errors.Should().BeEmpty();
    }

    [Fact]
    public void a_mandate_starting_when_its_chamber_did_not_exist_fails()
    {
        Validator.Validate(Senator("1994-06-01")).Codes().Should().Equal(ValidationCodes.ChamberNotExistingAtStart);
        Validator.Validate(Senator("2026-08-01")).Codes().Should().Equal(ValidationCodes.ChamberNotExistingAtStart);
    }

    [Fact]
    public void rules_are_those_the_chamber_was_held_to_on_the_first_day()
    {
        // The VII Mazhilis sat under the 2007 rules until 19 January 2023: no district seats then.
        var district = new Mandate(new Deputy("d-2", "Test Deputy"), ChamberKind.Mazhilis, SeatSource.SingleMemberDistrict, Date("2022-12-01"), district: 1);
        Validator.Validate(district).Codes().Should().Equal(ValidationCodes.SourceNotAllowed);
        Validator.Validate(district.WithTerm(Date("2023-03-29"), null)).Errors.Should().BeEmpty();
    }

    [Fact]
    public void validate_never_throws_for_null_or_default_dates()
    {
        Validator.Validate((Mandate)null!).Codes().Should().Equal(ValidationCodes.NullInstance);
        Validator.Validate(new Mandate(new Deputy("d", "D"), ChamberKind.Senate, SeatSource.ElectedByMaslikhats, default)).Codes().Should().Equal(ValidationCodes.DateBeforeCoverage);
        Validator.Validate(new Mandate(new Deputy("d", "D", LocalDate.MaxIsoValue), ChamberKind.Kurultai, SeatSource.PartyList, LocalDate.MaxIsoValue.PlusDays(-1), LocalDate.MaxIsoValue)).Errors.Should().OnlyContain(e => e.ErrorCode.StartsWith("KZL", StringComparison.Ordinal));
    }

    [Fact]
    public void every_mandate_of_the_test_kit_passes_on_its_own()
    {
        foreach (var date in new[] { "1990-06-01", "1994-06-01", "1996-06-01", "2000-06-01", "2010-06-01", "2022-12-01", "2024-06-01", "2026-09-01" })
        {
            var parliament = ValidCompositions.ParliamentOn(Date(date));
            foreach (var mandate in parliament.Chambers.SelectMany(c => c.Mandates))
            {
                Validator.Validate(mandate).Errors.Should().BeEmpty($"{mandate} on {date}");
            }
        }
    }

    [Fact]
    public void failures_inside_a_composition_name_the_mandate()
    {
        var mazhilis = ValidCompositions.MazhilisOn(Date("2024-01-01"));
        var m = mazhilis.Mandates[3];
        mazhilis = mazhilis.WithMandateAt(3, m.WithDeputy(m.Deputy.WithBirthDate(m.Start.PlusYears(-20))));

        var failure = new MazhilisValidator().Validate(mazhilis).Errors.Single();
        failure.PropertyName.Should().Be("Mandates[3].Deputy.BirthDate");
        failure.ErrorCode.Should().Be(ValidationCodes.BelowMinimumAge);

        var senate = ValidCompositions.SenateOn(Date("2024-01-01"));
        var inParliament = new ParliamentValidator().Validate(new Parliament(mazhilis.Date, [senate, mazhilis])).Errors.Single();
        inParliament.PropertyName.Should().Be("Mazhilis.Mandates[3].Deputy.BirthDate");
        inParliament.Should().BeEquivalentTo(failure, o => o.Excluding(f => f.PropertyName));
    }

    [Fact]
    public void several_failing_mandates_are_reported_in_mandate_order_each_under_its_own_index()
    {
        var senate = ValidCompositions.SenateOn(Date("2024-01-01"));
        var late = senate.Mandates[7];
        var young = senate.Mandates[2];
        senate = senate
            .WithMandateAt(7, late.WithTerm(late.Start, late.Start.PlusYears(7)))
            .WithMandateAt(2, young.WithDeputy(young.Deputy.WithBirthDate(young.Start.PlusYears(-25))));

        var errors = new SenateValidator().Validate(senate).Errors;

        // The composition's own findings come first (a seven-year term moves the senator out of its renewal cohort), then
        // each mandate's, in mandate order. On 1 January 2024 the Senate's end on 1 July 2026 is history, not a defect.
        errors.Select(e => (e.PropertyName, e.ErrorCode)).Should().Equal(
            ("Mandates", ValidationCodes.SameRenewalCohort),
            ("Mandates[2].Deputy.BirthDate", ValidationCodes.BelowMinimumAge),
            ("Mandates[7].End", ValidationCodes.TermTooLong));
    }

    [Fact]
    public void random_mandates_never_make_validate_throw()
    {
        var dates = Gen.Int[-3000, 3_300_000].Select(d => new LocalDate(1, 1, 1).PlusDays(d));
        var gen = Gen.Select(dates, Gen.Int[1, 4000], Gen.Enum<ChamberKind>(), Gen.Enum<SeatSource>(), Gen.Int[-1, 9], Gen.Int[-2000, 100_000])
            .Select((start, length, chamber, source, reason, bornOffset) =>
            {
                var end = length > 3000 ? (LocalDate?)null : start.PlusDays(length);
                if (end is { } e && e.Year > 9999)
                {
                    end = null;
                }

                LocalDate? born = bornOffset % 7 == 0 ? null : start.PlusDays(-bornOffset);
                MandateEndReason? why = reason < 0 || end is null ? null : (MandateEndReason)reason;
                return new Mandate(new Deputy("d", "D", born), chamber, source, start, end, why, regionId: "astana", district: 3, partyId: "amanat");
            });

        gen.Sample(m => Validator.Validate(m).Errors.All(e => e.ErrorCode.StartsWith("KZL", StringComparison.Ordinal)), iter: PropertyRuns.Cap(3000));
    }

    /// <summary>
    /// Every rule a mandate breaks is reported, in the order of the rules, with the property each concerns: a 2024 senator
    /// elected in a district (no such seat in the Senate), aged 24, with a seven-year term running past the Senate's end.
    /// </summary>
    [Fact]
    public void every_failure_of_one_mandate_is_reported_in_rule_order()
    {
        var result = Validator.Validate(Senator("2024-01-01", "2031-01-01", source: SeatSource.SingleMemberDistrict, born: "2000-01-01"));

        result.Errors.Select(e => (e.ErrorCode, e.PropertyName)).Should().Equal(
            (ValidationCodes.SourceNotAllowed, "Source"),
            (ValidationCodes.BelowMinimumAge, "Deputy.BirthDate"),
            (ValidationCodes.TermTooLong, "End"));

        Validator.Validate(Senator("2017-06-01", "2020-01-01", source: SeatSource.SingleMemberDistrict, born: "1990-01-01"))
            .Errors.Select(e => (e.ErrorCode, e.PropertyName)).Should().Equal(
                (ValidationCodes.SourceNotAllowed, "Source"),
                (ValidationCodes.BelowMinimumAge, "Deputy.BirthDate"),
                (ValidationCodes.EarlyEndWithoutReason, "EndReason"));
    }

    /// <summary>
    /// A term whose regular end falls exactly on the Senate's last day (1 July 2026) was not cut short by the 2026
    /// Constitution, so it needs no Art. 95 reason; one that would have run a day longer was cut short and needs it.
    /// </summary>
    [Fact]
    public void a_term_ending_regularly_on_the_chambers_last_day_was_not_cut_short()
    {
        Validator.Validate(Senator("2020-07-01", "2026-07-01")).Errors.Should().BeEmpty();

        Validator.Validate(Senator("2020-07-02", "2026-07-01", MandateEndReason.ConstitutionalTermination)).Errors.Should().BeEmpty();
        Validator.Validate(Senator("2020-07-02", "2026-07-01", MandateEndReason.Resignation)).Errors
            .Select(e => e.ErrorCode).Should().Equal(ValidationCodes.BeyondChamberExistence);
    }

    /// <summary>A deputy born on the mandate's first day is aged 0 (as <see cref="Deputy.AgeOn"/> says).</summary>
    [Fact]
    public void a_birth_on_the_first_day_counts_as_age_zero()
    {
        var mandate = Senator("2024-01-01", born: "2024-01-01");
        var failure = Validator.Validate(mandate).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.BelowMinimumAge);
        failure.FormattedMessagePlaceholderValues["Age"].Should().Be(0);
        mandate.Deputy.AgeOn(mandate.Start).Should().Be(0);
    }

    /// <summary>
    /// A deputy born after the mandate started has no age on its first day (<see cref="Deputy.AgeOn"/> is null): the failure is
    /// its own, naming both dates, not an age of 0; in a composition too, whatever the chamber.
    /// </summary>
    [Theory]
    [InlineData("2024-01-01", "2024-06-01")]
    [InlineData("2020-08-20", "2030-01-01")]
    public void a_deputy_born_after_the_mandate_started_fails_as_unborn_not_as_age_zero(string start, string born)
    {
        using var english = new CultureScope("en-US");
        var mandate = Senator(start, born: born);

        var failure = Validator.Validate(mandate).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.BornAfterStart);
        failure.PropertyName.Should().Be("Deputy.BirthDate");
        failure.ErrorMessage.Should().Contain(born).And.Contain(start).And.NotContain("was 0");
        failure.CustomState.Should().BeOfType<Citation>().Which.Article.Should().Be("Art. 51(4)");
        mandate.Deputy.AgeOn(mandate.Start).Should().BeNull();

        var mazhilis = ValidCompositions.MazhilisOn(Date("2024-01-01"), ChamberCases.History);
        var m = mazhilis.Mandates[5];
        mazhilis = mazhilis.WithMandateAt(5, m.WithDeputy(m.Deputy.WithBirthDate(m.Start.PlusDays(1))));
        new MazhilisValidator(ChamberCases.History).Validate(mazhilis).Errors.Select(e => (e.PropertyName, e.ErrorCode))
            .Should().Equal(("Mandates[5].Deputy.BirthDate", ValidationCodes.BornAfterStart));
    }

    /// <summary>The options a mandate validator is given are the ones it reports; without options it uses the statutory ones.</summary>
    [Fact]
    public void a_mandate_validator_keeps_its_options()
    {
        new MandateValidator(ChamberCases.History, ValidationOptions.AllowingVacancies).Options.Should().Be(ValidationOptions.AllowingVacancies);
        new MandateValidator(ChamberCases.History).Options.Should().Be(ValidationOptions.Statutory);
        new MandateValidator(ChamberCases.History).History.Should().BeSameAs(ChamberCases.History);
    }

    /// <summary>
    /// No mandate starts before its chamber was formed under the rules of its first day: the 1995 Constitution provided for the
    /// Senate and the Mazhilis from 5 September 1995, but their first elections were on 5 and 9 December; the 2026 Constitution
    /// for the Kurultai from 1 July 2026, first elected on 23 August. The formation day comes from the dataset's elections.
    /// </summary>
    [Theory]
    [InlineData(ChamberKind.Senate, SeatSource.ElectedByMaslikhats)]
    [InlineData(ChamberKind.Mazhilis, SeatSource.SingleMemberDistrict)]
    [InlineData(ChamberKind.Kurultai, SeatSource.PartyList)]
    public void a_mandate_starting_before_its_chamber_was_formed_fails_and_one_from_that_day_passes(ChamberKind kind, SeatSource source)
    {
        var history = ChamberCases.History;
        var provided = history.RuleSets.First(r => r.HasChamber(kind)).RuleSetPeriod.Start;
        var formed = history.Elections.Where(e => e.Chamber == kind && e.Dates.Min() >= provided).Min(e => e.Dates.Min());
        Mandate At(LocalDate start) => new(new Deputy("d-f", "Test Deputy", start.PlusYears(-50)), kind, source, start,
            regionId: source == SeatSource.ElectedByMaslikhats ? history.RegionsOn(start).First().Id : null,
            district: source == SeatSource.SingleMemberDistrict ? 1 : null, partyId: source == SeatSource.PartyList ? "p" : null);

        var failure = Validator.Validate(At(formed.PlusDays(-1))).Errors.Should().ContainSingle().Subject;
        failure.ErrorCode.Should().Be(ValidationCodes.StartBeforeChamberFormed);
        failure.PropertyName.Should().Be("Start");
        failure.FormattedMessagePlaceholderValues["Formed"].Should().Be(Iso(formed));
        Validator.Validate(At(provided)).Codes().Should().Equal(ValidationCodes.StartBeforeChamberFormed);
        Validator.Validate(At(formed)).Errors.Should().BeEmpty();
    }

    /// <summary>For every region created or abolished while the Senate existed, a senator's mandate must start while the region existed.</summary>
    [Fact]
    public void a_senators_mandate_must_start_while_its_region_existed_for_every_region_of_the_dataset()
    {
        var history = ChamberCases.History;
        var senateFrom = history.RuleSets.First(r => r.HasChamber(ChamberKind.Senate)).RuleSetPeriod.Start;
        var checkedRegions = 0;
        foreach (var region in history.Regions)
        {
            Mandate At(LocalDate start) => new(new Deputy("d-r", "Test Senator", start.PlusYears(-50)), ChamberKind.Senate, SeatSource.ElectedByMaslikhats, start, regionId: region.Id);
            var outside = new List<LocalDate>();
            if (region.Period.Start > senateFrom)
            {
                outside.Add(region.Period.Start.PlusDays(-1));
                Validator.Validate(At(region.Period.Start)).Errors.Should().BeEmpty(region.Id);
            }

            if (region.Period.End is { } end && end > senateFrom)
            {
                outside.Add(end);
            }

            foreach (var start in outside.Where(d => ChamberResolution.Resolve(history, ChamberKind.Senate, d).Status == ResolutionStatus.Applies
                                                     && ChamberFormation.FormedBy(history, ChamberKind.Senate, d) <= d))
            {
                checkedRegions++;
                var failures = Validator.Validate(At(start)).Errors;
                failures.Select(f => f.ErrorCode).Should().Equal([ValidationCodes.RegionNotExistingAtStart], $"{region.Id} from {Iso(start)}");
                failures[0].FormattedMessagePlaceholderValues["Region"].Should().Be(region.Id);
            }
        }

        checkedRegions.Should().BeGreaterThanOrEqualTo(6);
    }
}

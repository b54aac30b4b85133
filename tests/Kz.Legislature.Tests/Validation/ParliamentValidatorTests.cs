using CsCheck;
using Kz.Legislature.Testing;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

public sealed partial class ParliamentValidatorTests
{
    // A validator per use, over this session's history: see SessionHistory.
    private static ParliamentValidator Validator => new(ChamberCases.History);

    public static TheoryData<string> Dates()
    {
        var data = new TheoryData<string>();
        var dates = ChamberCases.History.RuleSets.Select(r => r.RuleSetPeriod.Start)
            .Concat(ChamberCases.History.Sittings.SelectMany(s => new[] { s.Period.Start, (s.Period.End ?? s.Period.Start.PlusYears(1)).PlusDays(-1) }))
            .Distinct()
            .Order();
        foreach (var d in dates.Where(KitBuildsParliament))
        {
            data.Add(Iso(d));
        }

        return data;
    }

    /// <summary>Whether the kit builds the legislature: every chamber sitting (or, when none sits, provided for) was already formed.</summary>
    public static bool KitBuildsParliament(LocalDate date)
    {
        var sitting = ChamberCases.History.SittingOn(date);
        var kinds = sitting.IsSitting ? sitting.Chambers.Select(c => c.Kind) : sitting.RulesInForce.Chambers.Select(c => c.Kind);
        return kinds.All(k => KitBuilds(k, date));
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void the_test_kit_legislature_passes_on_every_rule_set_and_sitting_boundary(string iso)
    {
        Validator.Validate(ValidCompositions.ParliamentOn(Date(iso))).Errors.Should().BeEmpty();
    }

    [Fact]
    public void the_chambers_must_be_those_sitting()
    {
        // On 1 February 2023 the Senate sat but the Mazhilis had been dissolved on 19 January.
        var date = Date("2023-02-01");
        var parliament = Parliament.FromChambers(ValidCompositions.SenateOn(date), ValidCompositions.MazhilisOn(date));

        Validator.Validate(parliament).Codes().Should().Equal(ValidationCodes.ChambersMismatch);
        Validator.Validate(new Parliament(date, [ValidCompositions.SenateOn(date)])).Errors.Should().BeEmpty();
    }

    [Fact]
    public void a_mazhilis_in_the_legislature_of_1_july_2026_fails_in_the_parliament_and_in_the_chamber()
    {
        var date = Date("2026-07-01");
        var mazhilis = ValidCompositions.MazhilisOn(Date("2026-06-30")).WithDate(date);

        var codes = Validator.Validate(new Parliament(date, [mazhilis])).Codes();

        codes.Should().Contain([ValidationCodes.ChambersMismatch, ValidationCodes.ChamberDoesNotExist]);
    }

    [Fact]
    public void each_person_in_both_chambers_is_named_once_in_the_order_they_first_appear()
    {
        var parliament = ValidCompositions.ParliamentOn(Date("2024-01-01"));
        var senate = parliament.Senate!;
        var mazhilis = parliament.Mazhilis!;
        var early = senate.Mandates[1].Deputy;
        var late = senate.Mandates[^1].Deputy;

        // The later senator takes two Mazhilis seats first; the order follows the Senate, where both appear first.
        mazhilis = mazhilis
            .WithMandateAt(0, mazhilis.Mandates[0].WithDeputy(late))
            .WithMandateAt(1, mazhilis.Mandates[1].WithDeputy(late))
            .WithMandateAt(2, mazhilis.Mandates[2].WithDeputy(early));

        var both = Validator.Validate(Parliament.FromChambers(senate, mazhilis, parliament.Convocation)).Errors
            .Where(e => e.ErrorCode == ValidationCodes.MemberOfBothChambers)
            .ToList();

        both.Select(e => e.AttemptedValue).Should().Equal(early.Id, late.Id);
        both.Should().AllSatisfy(e => e.FormattedMessagePlaceholderValues["Chambers"].Should().Be("Senate, Mazhilis"));
    }

    [Fact]
    public void a_person_in_both_chambers_fails()
    {
        var parliament = ValidCompositions.ParliamentOn(Date("2024-01-01"));
        var senator = parliament.Senate!.Mandates[^1].Deputy;
        var mazhilis = parliament.Mazhilis!;
        mazhilis = mazhilis.WithMandateAt(0, mazhilis.Mandates[0].WithDeputy(senator));

        var result = Validator.Validate(Parliament.FromChambers(parliament.Senate!, mazhilis, parliament.Convocation));

        result.Codes().Should().Equal(ValidationCodes.MemberOfBothChambers);
        result.Errors.Single().CustomState.Should().BeOfType<Citation>().Which.Article.Should().Be("Art. 50(4)");
    }

    [Fact]
    public void the_convocation_must_be_the_one_sitting()
    {
        var parliament = ValidCompositions.ParliamentOn(Date("2024-01-01"));
        parliament.Convocation.Should().Be(8);

        Validator.Validate(new Parliament(parliament.Date, parliament.Chambers, 7)).Codes().Should().Equal(ValidationCodes.ParliamentConvocationMismatch);
    }

    [Fact]
    public void an_empty_legislature_passes_when_none_sat_and_fails_when_one_sat()
    {
        Validator.Validate(new Parliament(Date("1995-06-01"), [])).Errors.Should().BeEmpty();
        Validator.Validate(new Parliament(Date("2024-01-01"), [])).Codes().Should().Equal(ValidationCodes.ChambersMismatch);
    }

    [Fact]
    public void chamber_failures_are_reported_with_the_chamber_path()
    {
        var parliament = ValidCompositions.ParliamentOn(Date("2024-01-01"));
        var (senate, _) = WithOneSeatMore(parliament.Senate!);

        var result = Validator.Validate(Parliament.FromChambers((Senate)senate, parliament.Mazhilis!, parliament.Convocation));

        result.Codes().Should().Equal(ValidationCodes.SeatTotal, ValidationCodes.SeatsBySource);
        result.Errors.Should().OnlyContain(e => e.PropertyName.StartsWith("Senate", StringComparison.Ordinal));
    }

    [Fact]
    public void validate_never_throws_for_null_or_default_dates()
    {
        Validator.Validate((Parliament)null!).Codes().Should().Equal(ValidationCodes.NullInstance);
        Validator.Validate(new Parliament(default, [new Senate(default, [])])).Codes().Should().Equal(ValidationCodes.DateBeforeCoverage);
    }

    [Fact]
    public void random_compositions_never_make_validate_throw()
    {
        var regions = new[] { "astana", "almaty", "abai", "semipalatinsk", "nowhere" };
        var mandate = Gen.Select(Gen.Int[0, 60], Gen.Enum<ChamberKind>(), Gen.Enum<SeatSource>(), Gen.Int[-400, 4000], Gen.Int[1, 4000], Gen.Int[0, 200])
            .Select((id, chamber, source, startOffset, length, extra) => (id, chamber, source, startOffset, length, extra));
        var dates = Gen.OneOf(Gen.Int[-5000, 60_000].Select(d => Date("1990-03-25").PlusDays(d)), Gen.Const(default(LocalDate)), Gen.Int[-700_000, 3_000_000].Select(d => new LocalDate(1, 1, 1).PlusDays(Math.Abs(d))));
        var gen = Gen.Select(dates, mandate.Array[0, 40], Gen.Int[0, 15], Gen.Int[0, 9]);

        gen.Sample((date, raw, kinds, convocation) =>
        {
            var mandates = raw.Select(r =>
            {
                var start = r.startOffset > 3900 ? default : date.PlusDays(-Math.Min(r.startOffset, date.DayOfYear + 365 * Math.Max(0, date.Year - 2)));
                LocalDate? end = r.length > 3500 || start.Year > 9980 ? null : start.PlusDays(r.length);
                return new Mandate(
                    new Deputy($"d-{r.id}", "Random", r.extra % 3 == 0 ? null : start.PlusYears(-(r.extra % 60))),
                    r.chamber,
                    r.source,
                    start,
                    end,
                    end is null || r.extra % 4 == 0 ? null : (MandateEndReason)(r.extra % 10),
                    r.extra % 5 == 0 ? null : regions[r.extra % regions.Length],
                    r.extra % 2 == 0 ? r.extra % 120 : null,
                    r.extra % 3 == 0 ? null : "synthetic-party-a");
            }).ToList();
            var chambers = new List<ChamberComposition>();
            if ((kinds & 1) != 0)
            {
                chambers.Add(new Senate(date, mandates, convocation == 0 ? null : convocation));
            }

            if ((kinds & 2) != 0)
            {
                chambers.Add(new Mazhilis(date, mandates, convocation == 0 ? null : convocation));
            }

            if ((kinds & 4) != 0)
            {
                chambers.Add(new Kurultai(date, mandates));
            }

            if ((kinds & 8) != 0)
            {
                chambers.Add(new SupremeCouncil(date, mandates));
            }

            var results = chambers.Select(c => Validate(c)).Append(Validator.Validate(new Parliament(date, chambers, convocation == 0 ? null : convocation)));
            return results.SelectMany(r => r.Errors).All(e => e.ErrorCode.StartsWith("KZL", StringComparison.Ordinal));
        }, iter: PropertyRuns.Cap(2000));
    }

    [Fact]
    public void the_options_reach_every_chamber_and_each_chamber_reports_under_its_own_path()
    {
        var parliament = ValidCompositions.ParliamentOn(Date("2024-01-01"));
        var vacancies = new Parliament(parliament.Date, [WithoutOneSeat(parliament.Senate!), WithoutOneSeat(parliament.Mazhilis!)], parliament.Convocation);

        new ParliamentValidator(ChamberCases.History, ValidationOptions.AllowingVacancies).Validate(vacancies).Errors.Should().BeEmpty();
        var statutory = new ParliamentValidator(ChamberCases.History).Validate(vacancies).Errors;
        statutory.Where(e => e.ErrorCode == ValidationCodes.SeatTotal).Select(e => e.PropertyName)
            .Should().Equal("Senate.Mandates", "Mazhilis.Mandates");
    }

    [Fact]
    public void validating_the_valid_2024_parliament_allocates_under_20_kb()
    {
        // The 148 mandates of 2024 took about 37 KB per validation before the checks stopped allocating for passing rules
        // (an empty list per mandate, a NodaTime period per age and cohort, LINQ closures, unsized dictionaries); now about 15 KB.
        // A history of its own: the suite's shared one may have its memo tables full (10,000 entries each, filled by the tests
        // that walk every day since 1990), and then each validation works its resolutions out again.
        var history = Kz.Legislature.History.LegislativeHistory.Load(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Kz.Legislature.Tests.History.LegislativeHistoryTests.EmbeddedJson())), "kazakhstan.json");
        var validator = new ParliamentValidator(history);
        var parliament = ValidCompositions.ParliamentOn(Date("2024-01-01"));
        validator.Validate(parliament).Errors.Should().BeEmpty();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var errors = validator.Validate(parliament).Errors.Count;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        errors.Should().Be(0);
        allocated.Should().BeLessThan(20 * 1024);
    }
}

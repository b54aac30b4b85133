using Kz.Legislature.History;
using Kz.Legislature.Testing;
using Kz.Legislature.Tests.History;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

/// <summary>The composition rules of <see cref="CompositionChecks"/>: all of them at once, the chamber of a mandate, districts and renewal cohorts.</summary>
public sealed partial class CompositionChecksTests
{
    private static LegislativeHistory Current => SessionHistory.Current;

    private static IReadOnlyList<string> AllCodes(ChamberComposition composition) =>
        new CompositionChecks(Current, ValidationOptions.Statutory).Check(composition, composition.Kind).Select(e => e.ErrorCode).ToList();

    [Fact]
    public void every_composition_rule_runs_in_the_checks_of_a_whole_composition()
    {
        var before = Current.CoverageStart.PlusDays(-1);
        var date = Date("2024-01-01");
        var senate = ValidCompositions.SenateOn(date, Current);
        var mazhilis = ValidCompositions.MazhilisOn(date, Current);
        AllCodes(senate).Should().BeEmpty();
        AllCodes(mazhilis).Should().BeEmpty();

        // The date and the members: a Senate before the coverage, with no member.
        AllCodes(new Senate(before, [])).Should().Equal(ValidationCodes.DateBeforeCoverage, ValidationCodes.EmptyComposition);

        // The seats: one seat more.
        AllCodes(WithOneSeatMore(senate).Composition).Should().Equal(ValidationCodes.SeatTotal, ValidationCodes.SeatsBySource);

        // The regions: a senator for Astana moved to Almaty.
        var astana = senate.Mandates.ToList().FindIndex(m => m.RegionId == "astana");
        AllCodes(senate.WithMandateAt(astana, senate.Mandates[astana].WithSeat("almaty", null, null)))
            .Should().Equal(ValidationCodes.SeatsPerRegion, ValidationCodes.SeatsPerRegion);

        // The districts: the holder of one district given the number of another.
        var districts = mazhilis.Mandates.Select((m, i) => (m, i)).Where(p => p.m.Source == SeatSource.SingleMemberDistrict).Select(p => p.i).ToList();
        var moved = mazhilis.WithMandateAt(districts[1], mazhilis.Mandates[districts[1]].WithSeat(null, mazhilis.Mandates[districts[0]].District, null));
        AllCodes(moved).Should().Equal(ValidationCodes.DuplicateDistrict);

        // The convocation: no Mazhilis of a 99th convocation ever sat.
        AllCodes(new Mazhilis(date, mazhilis.Mandates, 99)).Should().Equal(ValidationCodes.ConvocationMismatch);

        // The renewal cohorts: both senators of a region ending at one renewal.
        var june = ValidCompositions.SenateOn(Date("2024-06-01"), Current);
        var index = june.Mandates.ToList().FindIndex(m => m.RegionId == "astana");
        var first = june.Mandates[index];
        var twin = june.WithMandateAt(index + 1, june.Mandates[index + 1].WithTerm(first.Start, first.End).WithEnd(first.End!.Value, MandateEndReason.ConstitutionalTermination));
        AllCodes(twin).Should().Equal(ValidationCodes.SameRenewalCohort);
    }

    [Fact]
    public void a_mandate_of_another_chamber_is_reported_under_its_chamber_property()
    {
        using var english = new CultureScope("en-US");
        var senate = ValidCompositions.SenateOn(Date("2024-01-01"), Current);
        var index = PlainSeatIndex(senate);
        var deputy = senate.Mandates[index].Deputy.Id;
        senate = senate.WithMandateAt(index, senate.Mandates[index].WithChamber(ChamberKind.Mazhilis));

        var failure = Validate(senate).Errors.Should().ContainSingle(e => e.ErrorCode == ValidationCodes.WrongChamber).Subject;

        failure.PropertyName.Should().Be($"Mandates[{index}].Chamber");
        failure.AttemptedValue.Should().Be(ChamberKind.Mazhilis);
        failure.ErrorMessage.Should().Be($"The mandate of {deputy} is a Mazhilis mandate, not a Senate one.");
    }

    [Fact]
    public void a_district_held_twice_is_found_in_a_plan_of_more_districts_than_are_marked_in_an_array()
    {
        // A history whose 2022 Mazhilis has 5,000 single-member districts (a made-up plan, above the 4,096 marked in a pooled
        // array): the districts held are then noticed in a set. Two districts are each held twice.
        // The VIII Mazhilis, held to these rules, then has 4,971 seats more than its 98 recorded holders: vacant.
        var large = WithMazhilisDistricts(5000, 5069 - 98, "Made up for a test: the districts above 29 are vacant.");
        var mazhilis = ValidCompositions.MazhilisOn(Date("2024-01-01"), Current);
        var holders = mazhilis.Mandates.Select((m, i) => (m, i)).Where(p => p.m.Source == SeatSource.SingleMemberDistrict).OrderBy(p => p.m.District).ToList();
        var (a, b, c, d) = (holders[0], holders[1], holders[2], holders[3]);
        var twice = mazhilis
            .WithMandateAt(b.i, b.m.WithSeat(null, a.m.District, null))
            .WithMandateAt(d.i, d.m.WithSeat(null, c.m.District, null));

        foreach (var history in new[] { large, Current })
        {
            var duplicates = new MazhilisValidator(history).Validate(twice).Errors.Where(e => e.ErrorCode == ValidationCodes.DuplicateDistrict).ToList();

            duplicates.Select(e => e.AttemptedValue).Should().Equal(a.m.District!.Value, c.m.District!.Value);
            duplicates.Select(e => e.FormattedMessagePlaceholderValues["Deputies"]).Should().Equal(Holders(a, b), Holders(c, d));
            duplicates.Select(e => e.FormattedMessagePlaceholderValues["Count"]).Should().Equal(2, 2);
        }

        // The holders of a district are named in the order of the composition.
        static string Holders((Mandate M, int I) x, (Mandate M, int I) y) =>
            x.I < y.I ? $"{x.M.Deputy.Id}, {y.M.Deputy.Id}" : $"{y.M.Deputy.Id}, {x.M.Deputy.Id}";
    }

    [Fact]
    public void the_senators_of_the_first_senate_election_have_no_cohort_of_their_own_even_after_the_first_mazhilis_election()
    {
        // The 1995 Senate election (5 December) filled both seats of every region at once; the Mazhilis was elected after it
        // (from 9 December 1995), before the first sitting of Parliament (30 January 1996). Two senators of one region who took
        // their seats that day with no end recorded have no renewal day of their own, so their cohorts are not compared.
        var date = Date("1996-06-01");
        var senate = ValidCompositions.SenateOn(date, Current);
        Validate(senate).Errors.Should().BeEmpty();
        var region = senate.Mandates.Where(m => m.Source == SeatSource.ElectedByMaslikhats && m.RegionId is not null)
            .GroupBy(m => m.RegionId).First(g => g.Count() == 2).Key;
        var pair = senate.Mandates.Select((m, i) => (m, i)).Where(p => p.m.Source == SeatSource.ElectedByMaslikhats && p.m.RegionId == region).ToList();
        var seated = Date("1996-01-30");

        ChamberComposition Seated(LocalDate? end, MandateEndReason? reason)
        {
            ChamberComposition result = senate;
            foreach (var (m, i) in pair)
            {
                result = result.WithMandateAt(i, new Mandate(m.Deputy, m.Chamber, m.Source, seated, end, reason, m.RegionId, m.District, m.PartyId));
            }

            return result;
        }

        Validate(Seated(null, null)).Errors.Should().BeEmpty();

        // Ending by term expiry on the same day, the same two senators are one cohort.
        var termEnd = seated.Plus(RulesFor(senate).TermLength!);
        Validate(Seated(termEnd, MandateEndReason.TermExpiry)).Codes().Should().Equal(ValidationCodes.SameRenewalCohort);
    }

    /// <summary>
    /// The embedded history with a made-up plan of <paramref name="districts"/> single-member districts for the 2022
    /// Mazhilis, and the VIII Mazhilis recorded with <paramref name="vacantSeats"/> vacant seats and the given note.
    /// </summary>
    private static LegislativeHistory WithMazhilisDistricts(int districts, int vacantSeats, string note) =>
        LegislativeHistoryTests.Load(doc =>
        {
            var rules = doc["ruleSets"]!.AsArray().Single(r => (string?)r!["id"] == "amendments-2022")!;
            var mazhilisRules = rules["chambers"]!.AsArray().Single(ch => (string?)ch!["chamber"] == "mazhilis")!;
            mazhilisRules["seatPlan"]!.AsArray().Single(s => (string?)s!["source"] == "singleMemberDistrict")!["seats"] = districts;
            var recorded = doc["compositions"]!.AsArray().Single(x => (string?)x!["sitting"] == "mazhilis-viii")!;
            recorded["vacantSeats"] = vacantSeats;
            recorded["note"] = note;
        });
}

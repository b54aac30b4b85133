using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

/// <summary>
/// Golden tests of the rules in force and the sittings. Expected figures come from the cited fact base
/// (shared/research/kz-facts.md); the source of each is given beside it.
/// </summary>
public partial class LegislativeHistoryTests
{
    private static LegislativeHistory History => SessionHistory.Current;

    [Fact]
    public void The_embedded_dataset_loads_with_its_version_and_coverage()
    {
        History.DataVersion.Should().Be("2026.12"); // this release corrects the values listed in the changelog for dataset 2026.12
        History.CoverageStart.Should().Be(new LocalDate(1990, 3, 25));
        (History.VerifiedThrough >= new LocalDate(2026, 7, 1)).Should().BeTrue();
        ReferenceEquals(LegislativeHistory.Kazakhstan, LegislativeHistory.Kazakhstan).Should().BeTrue("the embedded history is loaded once");
    }

    [Fact]
    public void On_1_January_2024_the_Parliament_is_bicameral_with_a_50_seat_Senate_and_a_98_seat_Mazhilis()
    {
        // Senate 50 = 40 elected (2 x 20 regions) + 10 appointed, 5 on the APK's proposal; Mazhilis 98 = 69 + 29:
        // https://vlast.kz/amp/politika/53569-cto-izmenilos-v-zakone-o-vyborah.html ; https://turk-pa.org/kg/parliament/kz
        var rules = History.RulesOn(new LocalDate(2024, 1, 1));
        rules.Form.Should().Be(LegislatureForm.Bicameral);

        var senate = rules.Chamber(ChamberKind.Senate);
        senate.StatutorySeats.Should().Be(50);
        senate.SeatsFor(SeatSource.ElectedByMaslikhats).Should().Be(40);
        senate.RegionCount.Should().Be(20);
        senate.AllotmentFor(SeatSource.ElectedByMaslikhats)!.SeatsPerRegion.Should().Be(2);
        senate.SeatsFor(SeatSource.AppointedByPresident).Should().Be(5);
        senate.SeatsFor(SeatSource.AppointedByPresidentOnAssemblyProposal).Should().Be(5);
        senate.TermLength.Should().Be(Period.FromYears(6));
        senate.Renewal.Should().NotBeNull();
        senate.Renewal!.Numerator.Should().Be(1);
        senate.Renewal.Denominator.Should().Be(2);
        senate.Renewal.Interval.Should().Be(Period.FromYears(3));
        senate.MinimumAge.Should().Be(30);

        var mazhilis = rules.Chamber(ChamberKind.Mazhilis);
        mazhilis.StatutorySeats.Should().Be(98);
        mazhilis.SeatsFor(SeatSource.PartyList).Should().Be(69);
        mazhilis.SeatsFor(SeatSource.SingleMemberDistrict).Should().Be(29);
        mazhilis.TermLength.Should().Be(Period.FromYears(5));
        mazhilis.MinimumAge.Should().Be(25);
        mazhilis.PartyListSystem.Should().NotBeNull();
        mazhilis.PartyListSystem!.ThresholdPercent.Should().Be(5m);
        mazhilis.PartyListSystem.ThresholdBase.Should().Be(ThresholdBase.AllBallots);
    }

    [Theory]
    [InlineData(1996, 1, 30, 47)] // Dec 1995: 40 elected (19 oblasts + Almaty) + 7: Jamestown, kz-facts §1
    [InlineData(1999, 1, 1, 39)] // after the 1997 mergers: 32 + 7 (kz-facts §1)
    [InlineData(2010, 1, 1, 47)] // 32 + 15 (Law No. 254 of 21 May 2007)
    [InlineData(2019, 6, 1, 49)] // 34 + 15 with Shymkent from 19 Jun 2018
    [InlineData(2024, 1, 1, 50)] // 40 + 10
    public void The_Senate_statutory_seats_follow_the_regions_and_the_appointees(int y, int m, int d, int seats)
    {
        History.RulesOn(new LocalDate(y, m, d)).Chamber(ChamberKind.Senate).StatutorySeats.Should().Be(seats);
    }

    [Fact]
    public void On_30_June_2026_the_Senate_and_Mazhilis_still_exist()
    {
        var rules = History.RulesOn(new LocalDate(2026, 6, 30));
        rules.HasChamber(ChamberKind.Senate).Should().BeTrue();
        rules.HasChamber(ChamberKind.Mazhilis).Should().BeTrue();
        History.SittingOn(new LocalDate(2026, 6, 30)).IsSitting.Should().BeTrue();
    }

    [Theory]
    [InlineData(2026, 7, 1)]
    [InlineData(2026, 11, 28)]
    public void From_1_July_2026_the_2026_Constitution_provides_a_145_seat_party_list_Kurultai(int y, int m, int d)
    {
        // 2026 Constitution Art. 94 (in force 1 Jul 2026), Art. 95 (Senate and Mazhilis powers end):
        // https://centralasia.media/news:2414231?from=rss ; 145 deputies, 5 years, fully proportional: kz-facts §0
        var rules = History.RulesOn(new LocalDate(y, m, d));
        rules.Form.Should().Be(LegislatureForm.Unicameral);
        rules.HasChamber(ChamberKind.Senate).Should().BeFalse();
        rules.HasChamber(ChamberKind.Mazhilis).Should().BeFalse();
        var kurultai = rules.Chamber(ChamberKind.Kurultai);
        kurultai.StatutorySeats.Should().Be(145);
        kurultai.SeatsFor(SeatSource.PartyList).Should().Be(145);
        kurultai.SeatPlan.Should().ContainSingle();
        kurultai.TermLength.Should().Be(Period.FromYears(5));
        History.InstrumentInForceOn(new LocalDate(y, m, d)).Kind.Should().Be(InstrumentKind.Constitution);
    }

    [Fact]
    public void Asking_for_an_absent_chamber_names_the_period_and_the_chambers_that_exist()
    {
        var act = () => History.RulesOn(new LocalDate(2026, 7, 1)).Chamber(ChamberKind.Senate);
        act.Should().Throw<InvalidOperationException>().WithMessage("*no Senate*Kurultai*");
    }

    [Fact]
    public void On_15_July_2026_no_legislature_sits_because_the_Kurultai_election_was_set_for_23_August()
    {
        // Decree of 1 Jul 2026 setting the Kurultai election for 23 Aug 2026: https://timesca.com/?p=51256
        var sitting = History.SittingOn(new LocalDate(2026, 7, 15));
        sitting.Status.Should().Be(SittingStatus.NotSitting);
        sitting.Chambers.Should().BeEmpty();
        sitting.Reason.Should().Be(NoSittingReason.Terminated);
        sitting.NextElection.Should().NotBeNull();
        sitting.NextElection!.Date.Should().Be(new LocalDate(2026, 8, 23));
        sitting.Explanation.Should().Contain("2026-08-23");
    }

    [Fact]
    public void After_the_scheduled_Kurultai_election_and_beyond_the_verified_data_the_answer_is_unknown()
    {
        var sitting = History.SittingOn(new LocalDate(2026, 11, 28));
        sitting.Status.Should().Be(SittingStatus.Unknown);
        sitting.Explanation.Should().Contain("verified through");
    }

    [Fact]
    public void On_1_June_1995_the_1993_Constitution_is_in_force_but_no_legislature_sits_after_the_decree_of_11_March()
    {
        // Dissolution by presidential decree, 11 Mar 1995: https://graphsearch.epfl.ch/concept/999120
        var rules = History.RulesOn(new LocalDate(1995, 6, 1));
        rules.Instrument.Name.English.Should().Contain("1993");
        rules.HasChamber(ChamberKind.SupremeCouncil).Should().BeTrue();
        var sitting = History.SittingOn(new LocalDate(1995, 6, 1));
        sitting.Status.Should().Be(SittingStatus.NotSitting);
        sitting.Reason.Should().Be(NoSittingReason.Dissolved);
        sitting.LastEnded!.Period.End.Should().Be(new LocalDate(1995, 3, 11));
    }

    [Fact]
    public void On_1_December_1995_the_1995_Constitution_is_in_force_and_no_Parliament_has_sat_yet()
    {
        // In force 5 Sep 1995: https://online.zakon.kz/m/Document/?doc_id=1017178 ; first sitting 30 Jan 1996.
        var rules = History.RulesOn(new LocalDate(1995, 12, 1));
        rules.Form.Should().Be(LegislatureForm.Bicameral);
        rules.Instrument.Name.English.Should().Contain("1995");
        var sitting = History.SittingOn(new LocalDate(1995, 12, 1));
        sitting.Status.Should().Be(SittingStatus.NotSitting);
        sitting.Reason.Should().Be(NoSittingReason.NotYetFormed);
    }

    [Fact]
    public void Between_13_December_1993_and_7_March_1994_no_legislature_sat_after_the_self_dissolution()
    {
        // http://archive.ipu.org/parline-e/reports/arc/2165_94.htm
        var sitting = History.SittingOn(new LocalDate(1994, 1, 15));
        sitting.Status.Should().Be(SittingStatus.NotSitting);
        sitting.Reason.Should().Be(NoSittingReason.SelfDissolved);
    }

    [Fact]
    public void On_1_December_2022_the_rules_in_force_and_the_rules_the_sitting_chambers_are_held_to_differ()
    {
        // The VII Mazhilis (98 + 9 APK) sat until 19 Jan 2023; the old-rule appointees until 24 Jan 2023 (kz-facts §7.1(c)).
        var date = new LocalDate(2022, 12, 1);
        History.RulesOn(date).Chamber(ChamberKind.Mazhilis).StatutorySeats.Should().Be(98);
        History.RulesOn(date).Chamber(ChamberKind.Mazhilis).SeatsFor(SeatSource.PartyList).Should().Be(69);

        var sitting = History.SittingOn(date);
        sitting.IsSitting.Should().BeTrue();
        var mazhilis = sitting.Chamber(ChamberKind.Mazhilis)!;
        mazhilis.HeldTo.StatutorySeats.Should().Be(107);
        mazhilis.HeldTo.SeatsFor(SeatSource.PartyList).Should().Be(98);
        mazhilis.HeldTo.SeatsFor(SeatSource.ElectedByAssemblyOfPeople).Should().Be(9);
        mazhilis.Convocation!.Number.Should().Be(7);
        var senate = sitting.Chamber(ChamberKind.Senate)!;
        senate.HeldTo.SeatsFor(SeatSource.AppointedByPresident).Should().Be(15);
        senate.HeldTo.SeatsFor(SeatSource.AppointedByPresidentOnAssemblyProposal).Should().Be(0);
    }

    [Fact]
    public void On_1_June_2023_the_rules_in_force_and_the_held_to_rules_agree_on_98_and_10()
    {
        var date = new LocalDate(2023, 6, 1);
        var sitting = History.SittingOn(date);
        sitting.Chamber(ChamberKind.Mazhilis)!.HeldTo.StatutorySeats.Should().Be(98);
        sitting.Chamber(ChamberKind.Mazhilis)!.Convocation!.Number.Should().Be(8);
        var senate = sitting.Chamber(ChamberKind.Senate)!.HeldTo;
        (senate.SeatsFor(SeatSource.AppointedByPresident) + senate.SeatsFor(SeatSource.AppointedByPresidentOnAssemblyProposal)).Should().Be(10);
        History.RulesOn(date).Chamber(ChamberKind.Mazhilis).StatutorySeats.Should().Be(98);
    }

    [Fact]
    public void A_date_before_25_March_1990_is_out_of_range_and_the_message_names_the_earliest_date()
    {
        var act = () => History.RulesOn(new LocalDate(1990, 3, 24));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date").WithMessage("*1990-03-25*");
        var sitting = () => History.SittingOn(new LocalDate(1980, 1, 1));
        sitting.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void RulesOn_returns_the_same_instance_for_every_day_of_a_segment()
    {
        var a = History.RulesOn(new LocalDate(2024, 1, 1));
        var b = History.RulesOn(new LocalDate(2024, 6, 30));
        ReferenceEquals(a, b).Should().BeTrue();
        a.Period.Contains(new LocalDate(2024, 1, 1)).Should().BeTrue();
    }

    [Fact]
    public void Consecutive_rule_periods_abut_over_the_whole_covered_range()
    {
        var date = History.CoverageStart;
        var previous = History.RulesOn(date);
        var seen = 1;
        while (previous.Period.End is { } end)
        {
            var next = History.RulesOn(end);
            next.Period.Start.Should().Be(end);
            History.RulesOn(end.PlusDays(-1)).Should().BeSameAs(previous);
            previous = next;
            seen++;
        }

        seen.Should().BeGreaterThan(7);
        previous.Period.IsOpenEnded.Should().BeTrue();
    }

    [Fact]
    public void The_regions_on_a_date_give_the_Senate_its_elected_seats()
    {
        History.RegionsOn(new LocalDate(2024, 1, 1)).Should().HaveCount(20);
        History.RegionsOn(new LocalDate(2019, 6, 1)).Should().HaveCount(17);
        History.RegionsOn(new LocalDate(1999, 1, 1)).Should().HaveCount(16);
        History.RegionsOn(new LocalDate(2022, 6, 8)).Should().Contain(r => r.Id.Contains("abai", StringComparison.Ordinal));
        History.RegionsOn(new LocalDate(2022, 6, 7)).Should().NotContain(r => r.Id.Contains("abai", StringComparison.Ordinal));
    }

    [Fact]
    public void ChangesBetween_2019_and_2024_lists_the_Senate_appointee_and_Mazhilis_changes()
    {
        var changes = History.ChangesBetween(new LocalDate(2019, 6, 1), new LocalDate(2024, 1, 1));
        changes.Should().Contain(c => c.Kind == ChangeKind.SeatsBySource && c.Chamber == ChamberKind.Senate && c.Source == SeatSource.AppointedByPresident && c.Before == "15" && c.After == "5");
        changes.Should().Contain(c => c.Kind == ChangeKind.StatutorySeats && c.Chamber == ChamberKind.Mazhilis && c.Before == "107" && c.After == "98");
        changes.Select(c => c.ToString()).Should().Contain("Senate seats \"Appointed by the President\" 15 → 5");
    }

    [Fact]
    public void ChangesBetween_2026_dates_shows_the_chambers_abolished_and_the_Kurultai_created()
    {
        var changes = History.ChangesBetween(new LocalDate(2026, 6, 30), new LocalDate(2026, 7, 1));
        changes.Should().Contain(c => c.Kind == ChangeKind.ChamberRemoved && c.Chamber == ChamberKind.Senate);
        changes.Should().Contain(c => c.Kind == ChangeKind.ChamberRemoved && c.Chamber == ChamberKind.Mazhilis);
        changes.Should().Contain(c => c.Kind == ChangeKind.ChamberAdded && c.Chamber == ChamberKind.Kurultai && c.After == "145");
        changes.Should().Contain(c => c.Kind == ChangeKind.Form && c.Before == "Bicameral" && c.After == "Unicameral");
        History.ChangesBetween(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 2)).Should().BeEmpty();
        var reversed = () => History.ChangesBetween(new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 1));
        reversed.Should().Throw<ArgumentException>().WithParameterName("to");
    }

    [Fact]
    public void Every_instrument_event_election_and_rule_set_has_a_source_and_a_confidence()
    {
        History.Instruments.Should().OnlyContain(i => i.Provenance.Sources.Count > 0);
        History.Events.Should().OnlyContain(e => e.Provenance.Sources.Count > 0);
        History.Elections.Should().OnlyContain(e => e.Provenance.Sources.Count > 0);
        History.Events.Select(e => e.Date).Should().BeInAscendingOrder();
    }

    [Fact]
    public void The_Kurultai_election_results_are_not_in_the_data()
    {
        var kurultai = History.Elections.Where(e => e.Chamber == ChamberKind.Kurultai).ToList();
        kurultai.Should().ContainSingle();
        kurultai[0].Date.Should().Be(new LocalDate(2026, 8, 23));
        kurultai[0].HasResults.Should().BeFalse();
    }
}

using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

/// <summary>
/// The values corrected in dataset 2026.12 after the outside audit, each pinned to the published figure and its source.
/// </summary>
public partial class LegislativeHistoryTests
{
    private static Convocation Convocation(string id) => History.Convocations.Single(c => c.Id == id);

    private static Sitting SittingRecord(string id) => History.Sittings.Single(s => s.Id == id);

    [Fact]
    public void The_III_convocation_first_sat_on_3_November_2004_and_SittingOn_says_so_for_every_day_of_November_2004()
    {
        // RFE/RL, Prague 4 Nov 2004: the newly elected Mazhilis "held its first session yesterday" (https://www.rferl.org/a/1055698.html).
        var day = new LocalDate(2004, 11, 3);
        Convocation("parliament-iii").FirstSitting.Should().Be(day);
        Convocation("parliament-ii").Until.Should().Be(day);
        SittingRecord("mazhilis-iii").Period.Start.Should().Be(day);
        SittingRecord("mazhilis-ii").Period.End.Should().Be(day);
        for (var d = day; d <= new LocalDate(2004, 11, 30); d = d.PlusDays(1))
        {
            History.SittingOn(d).Chamber(ChamberKind.Mazhilis)!.Convocation!.Id.Should().Be("parliament-iii", $"on {d:uuuu-MM-dd}");
        }

        History.SittingOn(day.PlusDays(-1)).Chamber(ChamberKind.Mazhilis)!.Convocation!.Id.Should().Be("parliament-ii");
        History.Events.Should().Contain(e => e.Date == day && e.Kind == LegislativeEventKind.FirstSitting);
    }

    [Fact]
    public void The_II_convocations_disputed_start_records_both_dates()
    {
        // 1 Dec 1999: both new chairs took office (Senate and Mazhilis chair lists); 30 Nov 1999: Kazakh Wikipedia, Senate article.
        var first = new LocalDate(1999, 12, 1);
        var alternative = new LocalDate(1999, 11, 30);
        Convocation("parliament-ii").FirstSitting.Should().Be(first);
        Convocation("parliament-ii").FirstSittingAlternatives.Should().Equal(alternative);
        Convocation("parliament-i").UntilAlternatives.Should().Equal(alternative);
        SittingRecord("mazhilis-ii").StartAlternatives.Should().Equal(alternative);
        SittingRecord("mazhilis-i").EndAlternatives.Should().Equal(alternative);
        Convocation("parliament-iii").FirstSittingAlternatives.Should().BeEmpty();
    }

    [Fact]
    public void The_Leader_of_the_Nation_law_entered_into_force_on_its_publication_on_15_June_2010()
    {
        // Reuters, 15 Jun 2010: "The law is effective from the day of its official publication", published on Tuesday (15 Jun).
        var law = History.Instruments.Single(i => i.Number == "No. 289-IV");
        law.InForceFrom.Should().Be(new LocalDate(2010, 6, 15));
        law.Provenance.Sources.Should().Contain(s => s.Url.Host == "www.reuters.com");
    }

    [Fact]
    public void The_new_regions_decree_is_No_887_of_3_May_2022_in_force_8_June_2022()
    {
        // Total.kz, 11 Jul 2022: the Senate-election decree cites "Указ Президента РК от 3 мая 2022 года № 887"; announced 4 May (TASS).
        var decree = History.Instruments.Single(i => i.Number == "No. 887");
        decree.SignedOn.Should().Be(new LocalDate(2022, 5, 3));
        decree.InForceFrom.Should().Be(new LocalDate(2022, 6, 8));
        decree.Name.English.Should().Contain("No. 887 of 3 May 2022");
        History.Instruments.Should().NotContain(i => i.Id.Contains("2022-05-04", StringComparison.Ordinal));
        History.Events.Should().NotContain(e => e.Id.Contains("2022-05-04", StringComparison.Ordinal));
        History.Events.Should().Contain(e => e.Date == new LocalDate(2022, 5, 3) && e.Related.Contains(decree.Id));
        History.Regions.Where(r => r.Period.Start == new LocalDate(2022, 6, 8)).Select(r => r.Id).Should().BeEquivalentTo("abai", "jetisu", "ulytau");
    }

    [Fact]
    public void The_2022_referendum_has_its_final_figures()
    {
        // Final table: 11,734,642 registered, 7,985,769 voted (68.05%), yes 6,163,516, no 1,490,470, invalid 205,924
        // (https://eymaps.com/en/2022_Kazakh_constitutional_referendum); 68.06% was the CEC's preliminary figure (Kazinform, 6 Jun 2022).
        var referendum = History.Instruments.Single(i => i.Id == "referendum-2022").Referendum!;
        referendum.TurnoutPercent.Should().Be(68.05m);
        referendum.RegisteredVoters.Should().Be(11_734_642);
        referendum.BallotsCast.Should().Be(7_985_769);
        referendum.YesVotes.Should().Be(6_163_516);
        referendum.NoVotes.Should().Be(1_490_470);
        referendum.InvalidVotes.Should().Be(205_924);
        Math.Round(100m * referendum.BallotsCast!.Value / referendum.RegisteredVoters!.Value, 2).Should().Be(referendum.TurnoutPercent);
        referendum.Alternatives.Should().Contain(a => a.Contains("68.06%", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1997, 4, 22, 43)]
    [InlineData(1997, 5, 2, 43)]
    [InlineData(1997, 5, 3, 37)]
    [InlineData(1997, 12, 9, 37)]
    public void The_Senate_sizes_of_22_April_to_10_December_1997_are_marked_derived_at_low_confidence(int y, int m, int d, int seats)
    {
        // No source states 43 or 37 (audit, Dec 2026): they follow from the regions table (18, then 15 units).
        var day = new LocalDate(y, m, d);
        var senate = History.RulesOn(day).Chamber(ChamberKind.Senate);
        senate.StatutorySeats.Should().Be(seats);
        senate.SeatCountBasis.Should().Be(SeatCountBasis.DerivedFromRegions);
        senate.IsSeatCountStated.Should().BeFalse();
        senate.SeatCountConfidence.Should().Be(Confidence.Low);
        senate.SeatCountNote.Should().Contain("not stated by any source");
        senate.ToString().Should().EndWith("(DerivedFromRegions, Low confidence)");
        History.RulesOn(day).ToString().Should().Contain($"Senate {seats} (DerivedFromRegions, Low confidence)");
        History.SittingOn(day).Chamber(ChamberKind.Senate)!.HeldTo.SeatCountBasis.Should().Be(SeatCountBasis.DerivedFromRegions);
    }

    [Theory]
    [InlineData(1996, 1, 30, 47)] // Jamestown, Dec 1995: 40 elected + 7 appointed
    [InlineData(1997, 12, 10, 39)] // 32 + 7 with Astana
    [InlineData(2024, 1, 1, 50)] // 40 + 5 + 5 (Astana Times, 24 Jan 2023)
    public void Sourced_Senate_sizes_are_stated(int y, int m, int d, int seats)
    {
        var senate = History.RulesOn(new LocalDate(y, m, d)).Chamber(ChamberKind.Senate);
        senate.StatutorySeats.Should().Be(seats);
        senate.SeatCountBasis.Should().Be(SeatCountBasis.Stated);
        senate.SeatCountNote.Should().BeNull();
        senate.SeatCountConfidence.Should().Be(senate.Provenance.Confidence);
        senate.ToString().Should().NotContain("confidence");
    }

    [Fact]
    public void The_one_day_44_seat_Senate_of_7_June_2022_is_marked_derived()
    {
        var senate = History.RulesOn(new LocalDate(2022, 6, 7)).Chamber(ChamberKind.Senate);
        senate.StatutorySeats.Should().Be(44);
        senate.SeatCountBasis.Should().Be(SeatCountBasis.DerivedFromRegions);
    }

    [Fact]
    public void In_1993_the_177_seats_are_only_inferred_from_the_1994_election_and_the_360_member_body_sat_until_13_December()
    {
        // IPU PARLINE 1994 and Sultanov give 135 + 42 only as the formula of the election of 7 Mar 1994; the 12th convocation
        // dissolved itself on 13 Dec 1993 (e-history.kz).
        for (var day = new LocalDate(1993, 1, 28); day < new LocalDate(1994, 3, 7); day = day.PlusDays(1))
        {
            var council = History.RulesOn(day).Chamber(ChamberKind.SupremeCouncil);
            council.SeatCountBasis.Should().Be(SeatCountBasis.InferredFromElection, $"on {day:uuuu-MM-dd}");
            council.SeatCountConfidence.Should().Be(Confidence.Low);
        }

        History.RulesOn(new LocalDate(1993, 6, 1)).Chamber(ChamberKind.SupremeCouncil).SeatCountNote.Should().Contain("Open question");
        History.SittingOn(new LocalDate(1993, 12, 12)).Chamber(ChamberKind.SupremeCouncil)!.HeldTo.StatutorySeats.Should().Be(360);
        History.SittingOn(new LocalDate(1993, 12, 13)).IsSitting.Should().BeFalse();
        History.RulesOn(new LocalDate(1994, 3, 7)).Chamber(ChamberKind.SupremeCouncil).SeatCountBasis.Should().Be(SeatCountBasis.Stated);
    }

    [Fact]
    public void The_April_1995_referendum_has_its_published_share_and_counts()
    {
        // The Moscow Times (May 1995): 95.46% yes, turnout 91.21%; counts from Nohlen et al. (wikimili copy):
        // 9,110,156 registered, 8,309,637 voted, yes 7,932,834 (96.21% of valid votes), no 312,156, invalid 64,647.
        var referendum = History.Instruments.Single(i => i.Id == "referendum-1995-04").Referendum!;
        referendum.YesPercent.Should().Be(95.46m);
        referendum.TurnoutPercent.Should().Be(91.21m);
        referendum.RegisteredVoters.Should().Be(9_110_156);
        referendum.BallotsCast.Should().Be(8_309_637);
        referendum.YesVotes.Should().Be(7_932_834);
        referendum.NoVotes.Should().Be(312_156);
        referendum.InvalidVotes.Should().Be(64_647);
        (referendum.YesVotes + referendum.NoVotes + referendum.InvalidVotes).Should().Be(referendum.BallotsCast);
        // The published 95.46% is the share of votes cast, truncated: Nohlen's counts give 95.4655%.
        (100m * referendum.YesVotes!.Value / referendum.BallotsCast!.Value).Should().BeInRange(95.46m, 95.47m);
    }

    [Fact]
    public void The_2021_Mazhilis_election_has_the_votes_of_every_list()
    {
        // CEC final results (Almaty.tv, 12 Jan 2021): Auyl 383,023 and ADAL 258,618; 7,241,562 votes for parties (Caravan.kz).
        var election = History.Elections.Single(e => e.Id == "mazhilis-2021");
        election.Results.Single(r => r.PartyId == "auyl").Votes.Should().Be(383_023);
        election.Results.Single(r => r.PartyId == "adal").Votes.Should().Be(258_618);
        election.Results.Sum(r => r.Votes ?? 0).Should().Be(7_241_562);
    }

    [Fact]
    public void The_Assembly_of_People_elected_its_nine_Mazhilis_deputies_on_21_March_2016()
    {
        // Wikipedia, 23rd Assembly of People of Kazakhstan Session: held 21 Mar 2016, nine members elected.
        var election = History.Elections.Single(e => e.Chamber == ChamberKind.Mazhilis && e.Kind == ElectionKind.AssemblyOfPeople && e.Date.Year == 2016);
        election.Date.Should().Be(new LocalDate(2016, 3, 21));
        election.SeatsContested.Should().Be(9);
    }
}

using System.Text.Json.Nodes;
using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

/// <summary>
/// The party composition of each sitting chamber at its formation: totals against the rule set each sitting is held to,
/// golden figures from the published results (sources beside each), and the loader's checks of the compositions section.
/// </summary>
public partial class PartyCompositionTests
{
    private static LegislativeHistory History => SessionHistory.Current;

    private static PartyComposition Of(string sittingId) => History.Compositions.Single(c => c.Sitting.Id == sittingId);

    public static TheoryData<string> SittingIds() => new(LegislativeHistory.Kazakhstan.Sittings.Select(s => s.Id));

    [Theory]
    [MemberData(nameof(SittingIds))]
    public void Every_sitting_has_a_composition_whose_total_is_the_seats_of_the_rule_set_it_is_held_to(string sittingId)
    {
        var sitting = History.Sittings.Single(s => s.Id == sittingId);
        var composition = History.CompositionAtFormation(sitting);
        composition.Should().NotBeNull();
        var heldTo = History.SittingOn(sitting.Period.Start).Chamber(sitting.Chamber)!.HeldTo;
        composition!.Total.Should().Be(heldTo.StatutorySeats);
        composition.HeldToSeats.Should().Be(heldTo.StatutorySeats);
        composition.Filled.Should().Be(composition.Seats.Sum(s => s.Seats));
        composition.Provenance.Sources.Should().NotBeEmpty();
        foreach (var allotment in heldTo.SeatPlan)
        {
            composition.SeatsFrom(allotment.Source).Should().BeLessThanOrEqualTo(heldTo.SeatPlan.Where(a => a.Source == allotment.Source).Sum(a => a.Seats));
        }
    }

    [Fact]
    public void Each_sitting_chamber_of_a_day_exposes_its_composition_at_formation()
    {
        var sitting = History.SittingOn(new LocalDate(2024, 1, 1));
        var mazhilis = sitting.Chamber(ChamberKind.Mazhilis)!;
        mazhilis.CompositionAtFormation.Should().NotBeNull();
        mazhilis.CompositionAtFormation!.Sitting.Should().Be(mazhilis.Sitting);
        mazhilis.CompositionAtFormation.AsOf.Should().Be(new LocalDate(2023, 3, 29));
        sitting.Chamber(ChamberKind.Senate)!.CompositionAtFormation!.Chamber.Should().Be(ChamberKind.Senate);
    }

    [Fact]
    public void The_VIII_Mazhilis_had_Amanat_62_of_98_with_40_list_and_22_district_seats()
    {
        // CEC final result of 19 Mar 2023 (Kazinform; Astana Times 2023-03): Amanat 40 list seats, 22 of the 29 districts,
        // the other 7 districts self-nominated; Auyl 8, Respublica 6, Ak Zhol 6, People's Party 5, OSDP 4 list seats.
        var c = Of("mazhilis-viii");
        c.SeatsOf("amanat").Should().Be(62);
        c.Seats.Single(s => s.Party?.Id == "amanat" && s.Source == SeatSource.PartyList).Seats.Should().Be(40);
        c.Seats.Single(s => s.Party?.Id == "amanat" && s.Source == SeatSource.SingleMemberDistrict).Seats.Should().Be(22);
        c.Seats.Single(s => s.Holder == SeatHolderKind.SelfNominated).Seats.Should().Be(7);
        c.SeatsFrom(SeatSource.PartyList).Should().Be(69);
        c.SeatsFrom(SeatSource.SingleMemberDistrict).Should().Be(29);
        c.SeatsOf("auyl").Should().Be(8);
        c.SeatsOf("osdp").Should().Be(4);
        c.UnknownSeats.Should().Be(0);
    }

    [Fact]
    public void The_V_Mazhilis_had_Nur_Otan_83_of_98_list_seats_and_the_Assembly_9()
    {
        // CEC, 15 Jan 2012 (Reuters; RFE/RL): Nur Otan 83, Ak Zhol 8, the Communist People's Party 7 of the 98 list seats;
        // the Assembly of People elected 9 deputies on 16 Jan 2012.
        var c = Of("mazhilis-v");
        c.SeatsOf(History.FindParty("amanat")!).Should().Be(83);
        c.SeatsOf("ak-zhol").Should().Be(8);
        c.SeatsOf("peoples-party").Should().Be(7);
        c.SeatsFrom(SeatSource.ElectedByAssemblyOfPeople).Should().Be(9);
        c.Total.Should().Be(107);
    }

    [Fact]
    public void The_III_Mazhilis_splits_each_party_into_its_list_and_district_seats()
    {
        // Interfax-Kazakhstan via News.lt (Sep 2004): list seats Otan 7, Asar 1, AIST 1, Ak Zhol 1; Central Asia and the
        // Caucasus (2004): Otan 35, AIST 10, Asar 3, Democratic Party 1 official district nominees; 18 independents.
        var c = Of("mazhilis-iii");
        c.SeatsOf("amanat").Should().Be(42);
        c.Seats.Single(s => s.Party?.Id == "amanat" && s.Source == SeatSource.PartyList).Seats.Should().Be(7);
        c.SeatsFrom(SeatSource.PartyList).Should().Be(10);
        c.SeatsFrom(SeatSource.SingleMemberDistrict).Should().Be(67);
        c.Seats.Single(s => s.Holder == SeatHolderKind.Independent).Seats.Should().Be(18);
    }

    [Fact]
    public void What_is_not_known_stays_unknown_and_is_counted_as_such()
    {
        // 1995: only the People's Union of Kazakhstan Unity's 25 seats were collected (IPU PARLINE 1995).
        Of("mazhilis-i").UnknownSeats.Should().Be(42);
        Of("mazhilis-i").SeatsOf("snek").Should().Be(25);
        Of("senate-2023-2026").UnknownSeats.Should().Be(50);
        Of("senate-2023-2026").Parties.Should().BeEmpty();
        Of("supreme-council-xii").UnknownSeats.Should().Be(360);
    }

    [Fact]
    public void A_composition_reads_as_its_chamber_day_and_seats()
    {
        Of("mazhilis-viii").ToString().Should().StartWith("Mazhilis 2023-03-29: Amanat 62, Auyl People's Democratic Patriotic Party 8, Respublica 6").And.EndWith("(98 seats)");
        Of("mazhilis-viii").Seats[0].ToString().Should().Be("Amanat 40 (PartyList)");
    }

    private static LegislativeDataException Reject(Action<JsonObject> change)
    {
        var act = () => LegislativeHistoryTests.Load(change);
        return act.Should().Throw<LegislativeDataException>().Which;
    }

    private static JsonObject Composition(JsonObject doc, string sittingId) =>
        doc["compositions"]!.AsArray().Single(c => c!["sitting"]!.GetValue<string>() == sittingId)!.AsObject();

    private static int IndexOf(JsonObject doc, string sittingId) =>
        doc["compositions"]!.AsArray().Select((c, i) => (c, i)).Single(x => x.c!["sitting"]!.GetValue<string>() == sittingId).i;

    [Fact]
    public void A_total_that_differs_from_the_held_to_seats_is_rejected_unless_stated_as_vacant()
    {
        var ex = Reject(doc => Composition(doc, "mazhilis-vii")["seats"]!.AsArray().RemoveAt(0));
        ex.JsonPath.Should().Be($"$.compositions[{IndexOf(LegislativeHistoryTests.Document(), "mazhilis-vii")}].seats");
        ex.Reason.Should().Contain("held to 107 seats").And.Contain("vacantSeats");

        var ok = LegislativeHistoryTests.Load(doc =>
        {
            var c = Composition(doc, "mazhilis-vii");
            var removed = c["seats"]!.AsArray()[0]!["seats"]!.GetValue<int>();
            c["seats"]!.AsArray().RemoveAt(0);
            c["vacantSeats"] = removed;
        });
        ok.Compositions.Single(c => c.Sitting.Id == "mazhilis-vii").VacantSeats.Should().Be(76);
    }

    [Fact]
    public void A_row_that_disagrees_with_its_election_result_is_rejected()
    {
        var ex = Reject(doc =>
        {
            var rows = Composition(doc, "mazhilis-viii")["seats"]!.AsArray();
            rows[0]!["seats"] = 41;
            rows.Single(r => r!["party"]?.GetValue<string>() == "amanat" && r["source"]!.GetValue<string>() == "singleMemberDistrict")!["seats"] = 21;
        });
        ex.Reason.Should().Contain("party 'amanat' 41 list seats from election 'mazhilis-2023'").And.Contain("gives 40");
        ex.JsonPath.Should().EndWith(".seats[0].seats");
    }

    [Fact]
    public void More_seats_from_a_source_than_the_rules_allot_are_rejected()
    {
        var ex = Reject(doc =>
        {
            var rows = Composition(doc, "mazhilis-iv")["seats"]!.AsArray();
            rows.Single(r => r!["holder"]!.GetValue<string>() == "group")!["source"] = "partyList";
        });
        ex.Reason.Should().Contain("107 seats filled as 'partyList'").And.Contain("allot 98");
    }

    public static TheoryData<string, string, string> BadRows() => new()
    {
        { "an unknown party", "party", "No party has the id 'nobody'" },
        { "an unknown holder", "holder", "Unknown value 'coalition'. Expected one of: party, independent, selfNominated, group, unknown." },
        { "an unknown seat source", "source", "Unknown value 'lottery'" },
        { "an unknown election", "election", "No election has the id 'mazhilis-1066'" },
        { "an election of another chamber", "election", "elected the Senate" },
        { "a party on a non-party row", "party", "Only a row whose holder is 'party' names a party" },
        { "an unknown property", "bogus", "Unknown property 'bogus'. Allowed here: holder, party, label, source, seats, election, note." },
        { "a seat count that is a string", "seats", "Expected an integer, found a string." },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void A_bad_row_is_rejected_naming_its_json_path(string what, string property, string reason)
    {
        var index = IndexOf(LegislativeHistoryTests.Document(), "mazhilis-viii");
        var ex = Reject(doc =>
        {
            var rows = Composition(doc, "mazhilis-viii")["seats"]!.AsArray();
            var row = rows[0]!.AsObject();
            switch (what)
            {
                case "an unknown party": row["party"] = "nobody"; break;
                case "an unknown holder": row["holder"] = "coalition"; break;
                case "an unknown seat source": row["source"] = "lottery"; break;
                case "an unknown election": row["election"] = "mazhilis-1066"; break;
                case "an election of another chamber": row["election"] = "senate-2023"; break;
                case "a party on a non-party row": rows.Single(r => r!["holder"]!.GetValue<string>() == "selfNominated")!["party"] = "amanat"; break;
                case "an unknown property": row["bogus"] = 1; break;
                default: row["seats"] = "40"; break;
            }
        });
        ex.FileName.Should().Be("custom.json");
        ex.JsonPath.Should().StartWith($"$.compositions[{index}].seats[").And.EndWith("." + property);
        ex.Reason.Should().Contain(reason);
        ex.Message.Should().NotContainAny("System.", "Kz.Legislature.", "Nullable`1", "(Parameter");
    }

    [Fact]
    public void A_composition_of_an_unknown_or_repeated_sitting_is_rejected()
    {
        var unknown = Reject(doc => Composition(doc, "mazhilis-viii")["sitting"] = "mazhilis-ix");
        unknown.Reason.Should().StartWith("No sitting has the id 'mazhilis-ix'");
        unknown.JsonPath.Should().EndWith(".sitting");

        var repeated = Reject(doc => doc["compositions"]!.AsArray().Add(Composition(doc, "mazhilis-viii").DeepClone()));
        repeated.Reason.Should().Contain("already has a composition");
    }

    [Fact]
    public void A_missing_required_property_is_named()
    {
        var ex = Reject(doc => Composition(doc, "mazhilis-viii").Remove("confidence"));
        ex.Reason.Should().Be("The required property 'confidence' is missing.");
        ex.JsonPath.Should().StartWith("$.compositions[");
    }

    [Fact]
    public void A_dataset_without_the_compositions_section_loads_with_no_compositions()
    {
        var history = LegislativeHistoryTests.Load(doc => doc.Remove("compositions"));
        history.Compositions.Should().BeEmpty();
        history.SittingOn(new LocalDate(2024, 1, 1)).Chamber(ChamberKind.Mazhilis)!.CompositionAtFormation.Should().BeNull();
    }
}

using System.Text.Json.Nodes;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.History;

/// <summary>The loader's reasons for defects of $.compositions, each asserted with its exact JSON path and text.</summary>
public partial class LegislativeHistoryTests
{
    private static JsonArray CompositionRowsOf(JsonObject doc, string sittingId) =>
        doc["compositions"]!.AsArray().Single(c => c!["sitting"]!.GetValue<string>() == sittingId)!["seats"]!.AsArray();

    private static string CompositionPathOf(string sittingId) =>
        $"$.compositions[{LegislativeHistoryTests.Document()["compositions"]!.AsArray().Select((c, i) => (c, i)).Single(x => x.c!["sitting"]!.GetValue<string>() == sittingId).i}]";

    private static JsonObject CompositionRowOf(JsonArray rows, string holder, string? source = null) =>
        rows.First(r => r!["holder"]!.GetValue<string>() == holder && (source is null || r["source"]!.GetValue<string>() == source))!.AsObject();

    private static int RowIndexOf(JsonArray rows, JsonObject row) => rows.IndexOf(row);

    [Theory]
    [InlineData(0, "seats must be 1 or more, found 0; leave out a row with no seats.")]
    [InlineData(-3, "seats must be 1 or more, found -3; leave out a row with no seats.")]
    [InlineData(10_001, "seats must be at most 10000, found 10001.")]
    public void A_row_with_a_seat_count_out_of_range_is_rejected(int seats, string reason)
    {
        var ex = LoadPeopleReject(d => CompositionRowsOf(d, "mazhilis-viii")[0]!["seats"] = seats);
        ex.JsonPath.Should().Be(CompositionPathOf("mazhilis-viii") + ".seats[0].seats");
        ex.Reason.Should().Be(reason);
    }

    [Fact]
    public void A_party_row_without_a_party_is_rejected()
    {
        var ex = LoadPeopleReject(d => CompositionRowsOf(d, "mazhilis-viii")[0]!["party"] = null);
        ex.JsonPath.Should().Be(CompositionPathOf("mazhilis-viii") + ".seats[0].party");
        ex.Reason.Should().Be("A row whose holder is 'party' names the party: give a party id.");
    }

    [Fact]
    public void A_row_of_an_unknown_party_lists_the_known_parties()
    {
        var known = string.Join(", ", LegislativeHistoryTests.Document()["parties"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
        var ex = LoadPeopleReject(d => CompositionRowsOf(d, "mazhilis-viii")[0]!["party"] = "nobody");
        ex.JsonPath.Should().Be(CompositionPathOf("mazhilis-viii") + ".seats[0].party");
        ex.Reason.Should().Be($"No party has the id 'nobody'. Known parties: {known}.");
    }

    [Fact]
    public void A_party_on_a_self_nominated_row_is_rejected_with_the_exact_reason()
    {
        var rows = CompositionRowsOf(LegislativeHistoryTests.Document(), "mazhilis-viii");
        var index = RowIndexOf(rows, CompositionRowOf(rows, "selfNominated"));
        var ex = LoadPeopleReject(d => CompositionRowsOf(d, "mazhilis-viii")[index]!["party"] = "amanat");
        ex.JsonPath.Should().Be(CompositionPathOf("mazhilis-viii") + $".seats[{index}].party");
        ex.Reason.Should().Be("Only a row whose holder is 'party' names a party; this row's holder is 'selfNominated'. Set holder to 'party' or party to null.");
    }

    [Fact]
    public void A_group_row_without_a_label_is_rejected()
    {
        var rows = CompositionRowsOf(LegislativeHistoryTests.Document(), "mazhilis-iv");
        var index = RowIndexOf(rows, CompositionRowOf(rows, "group"));
        var ex = LoadPeopleReject(d => CompositionRowsOf(d, "mazhilis-iv")[index]!["label"] = null);
        ex.JsonPath.Should().Be(CompositionPathOf("mazhilis-iv") + $".seats[{index}].label");
        ex.Reason.Should().Be("A row whose holder is 'group' gives the group's label as published.");
    }

    [Fact]
    public void A_row_of_an_unknown_election_is_rejected_with_the_exact_reason()
    {
        var ex = LoadPeopleReject(d => CompositionRowsOf(d, "mazhilis-viii")[0]!["election"] = "mazhilis-1066");
        ex.JsonPath.Should().Be(CompositionPathOf("mazhilis-viii") + ".seats[0].election");
        ex.Reason.Should().Be("No election has the id 'mazhilis-1066'.");
    }

    [Fact]
    public void A_row_of_an_election_of_the_other_chamber_is_rejected_with_the_exact_reason()
    {
        var ex = LoadPeopleReject(d => CompositionRowsOf(d, "mazhilis-viii")[0]!["election"] = "senate-1999");
        ex.JsonPath.Should().Be(CompositionPathOf("mazhilis-viii") + ".seats[0].election");
        ex.Reason.Should().Be("Election 'senate-1999' elected the Senate, but sitting 'mazhilis-viii' is of the Mazhilis.");
    }

    [Fact]
    public void A_row_of_a_party_without_a_result_in_its_election_is_rejected()
    {
        var party = LegislativeHistoryTests.Document()["parties"]!.AsArray().Select(p => p!["id"]!.GetValue<string>())
            .First(id => LegislativeHistoryTests.Document()["elections"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == "mazhilis-2023")!["results"]!.AsArray().All(r => r!["party"]?.GetValue<string>() != id));
        var ex = LoadPeopleReject(d => CompositionRowsOf(d, "mazhilis-viii")[0]!["party"] = party);
        ex.JsonPath.Should().Be(CompositionPathOf("mazhilis-viii") + ".seats[0].election");
        ex.Reason.Should().Be($"Election 'mazhilis-2023' has no result row for party '{party}'; a row taken from an election names a party or label of its results.");
    }

    [Fact]
    public void Rows_that_do_not_add_up_to_the_published_list_seats_are_rejected()
    {
        // mazhilis-2023 in the dataset: Amanat 62 seats, 40 from the list and 22 from districts.
        var ex = LoadPeopleReject(d =>
        {
            var rows = CompositionRowsOf(d, "mazhilis-viii");
            CompositionRowOf(rows, "party", "partyList")["seats"] = 39;
            CompositionRowOf(rows, "party", "singleMemberDistrict")["seats"] = 23;
        });
        ex.JsonPath.Should().Be(CompositionPathOf("mazhilis-viii") + ".seats[0].seats");
        ex.Reason.Should().Be("The composition gives party 'amanat' 39 list seats from election 'mazhilis-2023', but the election's result gives 40; make the rows agree with the published result.");
    }

    [Fact]
    public void Rows_that_do_not_add_up_to_the_published_seats_are_rejected()
    {
        // mazhilis-2023 in the dataset: 7 self-nominated deputies.
        var rows = CompositionRowsOf(LegislativeHistoryTests.Document(), "mazhilis-viii");
        var index = RowIndexOf(rows, CompositionRowOf(rows, "selfNominated"));
        var ex = LoadPeopleReject(d =>
        {
            var composition = d["compositions"]!.AsArray().Single(c => c!["sitting"]!.GetValue<string>() == "mazhilis-viii")!;
            composition["seats"]![index]!["seats"] = 6;
            composition["vacantSeats"] = 1;
        });
        ex.JsonPath.Should().Be(CompositionPathOf("mazhilis-viii") + $".seats[{index}].seats");
        ex.Reason.Should().Be("The composition gives label 'self-nominated' 6 seats from election 'mazhilis-2023', but the election's result gives 7; make the rows agree with the published result.");
    }

    [Fact]
    public void A_negative_vacant_seat_count_is_rejected()
    {
        var ex = LoadPeopleReject(d => d["compositions"]!.AsArray().Single(c => c!["sitting"]!.GetValue<string>() == "mazhilis-viii")!["vacantSeats"] = -1);
        ex.JsonPath.Should().Be(CompositionPathOf("mazhilis-viii") + ".vacantSeats");
        ex.Reason.Should().Be("vacantSeats must be 0 or more, found -1.");
    }

    [Fact]
    public void A_composition_or_a_row_given_as_null_is_rejected()
    {
        var composition = LoadPeopleReject(d => d["compositions"]![0] = null);
        composition.JsonPath.Should().Be("$.compositions[0]");
        composition.Reason.Should().Be("Expected an object, found null.");

        var row = LoadPeopleReject(d => CompositionRowsOf(d, "mazhilis-viii")[0] = null);
        row.JsonPath.Should().Be(CompositionPathOf("mazhilis-viii") + ".seats[0]");
        row.Reason.Should().Be("Expected an object, found null.");
    }

    [Fact]
    public void A_composition_of_an_unknown_sitting_lists_the_known_sittings()
    {
        var known = string.Join(", ", LegislativeHistoryTests.Document()["sittings"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
        var ex = LoadPeopleReject(d => d["compositions"]!.AsArray().Single(c => c!["sitting"]!.GetValue<string>() == "mazhilis-viii")!["sitting"] = "mazhilis-ix");
        ex.JsonPath.Should().Be(CompositionPathOf("mazhilis-viii") + ".sitting");
        ex.Reason.Should().Be($"No sitting has the id 'mazhilis-ix'. Known sittings: {known}.");
    }

    [Fact]
    public void A_second_composition_of_a_sitting_names_the_first()
    {
        var count = LegislativeHistoryTests.Document()["compositions"]!.AsArray().Count;
        var ex = LoadPeopleReject(d => d["compositions"]!.AsArray().Add(d["compositions"]!.AsArray().Single(c => c!["sitting"]!.GetValue<string>() == "mazhilis-viii")!.DeepClone()));
        ex.JsonPath.Should().Be($"$.compositions[{count}].sitting");
        ex.Reason.Should().Be($"Sitting 'mazhilis-viii' already has a composition at {CompositionPathOf("mazhilis-viii")}; give each sitting one.");
    }
}

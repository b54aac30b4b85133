using System.Text.Json.Nodes;
using Kz.Legislature.History;
using Kz.Legislature.Serialization;
using Kz.Legislature.Tests.History;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>The export of histories changed from the embedded dataset: a region without a Kazakh Latin name, seats of unknown source and vacant seats, and no Kurultai.</summary>
public sealed partial class PopoloExporterTests
{
    private static JsonObject ChangedExport(Action<JsonObject> change) =>
        JsonNode.Parse(PopoloExporter.Export(LegislativeHistoryTests.Load(change)))!.AsObject();

    private static List<JsonObject> ChangedSection(JsonObject export, string section) =>
        export[section]!.AsArray().Select(n => n!.AsObject()).ToList();

    [Fact]
    public void The_maslikhat_of_a_region_without_a_kazakh_latin_name_has_no_kazakh_latin_name()
    {
        var export = ChangedExport(d => d["regions"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "akmola")!["names"]!.AsArray()[^1]!["names"]!.AsObject().Remove("kkLatn"));

        var maslikhat = ChangedSection(export, "organizations").Single(o => o["id"]!.GetValue<string>() == PopoloIdentifiers.Maslikhat("akmola"));
        var notes = maslikhat["other_names"]!.AsArray().Select(n => n!["note"]!.GetValue<string>()).ToList();

        notes.Should().Contain(["ru", "kk"]).And.NotContain("kk-Latn");
        maslikhat["name"]!.GetValue<string>().Should().Be("Maslikhat of Akmola Region");
    }

    [Fact]
    public void Seats_of_unknown_source_and_vacant_seats_are_counted_as_unknown_and_vacant()
    {
        // The 1990 Supreme Council's 270 district and 90 public-organisation seats, changed: the districts' source
        // not known, and two of the public organisations' seats left vacant.
        var export = ChangedExport(d =>
        {
            var composition = d["compositions"]!.AsArray().Single(c => c!["sitting"]!.GetValue<string>() == "supreme-council-xii")!.AsObject();
            composition["seats"]![0]!["source"] = null;
            composition["seats"]![1]!["seats"] = composition["seats"]![1]!["seats"]!.GetValue<int>() - 2;
            composition["vacantSeats"] = 2;
        });

        var council = ChangedSection(export, "organizations").Single(o => o["id"]!.GetValue<string>() == PopoloIdentifiers.Chamber(ChamberKind.SupremeCouncil));
        var entry = council["seat_counts"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == "kz-legislature:composition/supreme-council-xii")!;
        var counts = entry["counts"]!.AsArray().Select(c => (c!["option"]!.GetValue<string>(), c["value"]!.GetValue<int>())).ToList();

        counts.Should().Equal(("unknown", 270), ("public-organization", 88), ("vacant", 2));
    }

    [Fact]
    public void The_assembly_of_people_is_an_organization_only_of_a_history_where_it_fills_seats()
    {
        // The embedded dataset's Mazhilis seats elected by the Assembly of People (2007) and Senate seats appointed on its
        // proposal (2022), changed to seats of other sources.
        var json = LegislativeHistoryTests.EmbeddedJson()
            .Replace("\"electedByAssemblyOfPeople\"", "\"stateList\"", StringComparison.Ordinal)
            .Replace("\"appointedByPresidentOnAssemblyProposal\"", "\"publicOrganization\"", StringComparison.Ordinal);
        var history = LegislativeHistory.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "custom.json");

        var ids = ChangedSection(JsonNode.Parse(PopoloExporter.Export(history))!.AsObject(), "organizations").Select(o => o["id"]!.GetValue<string>()).ToList();

        ids.Should().NotContain(PopoloIdentifiers.AssemblyOfPeople);
        ChangedSection(HistoryExport, "organizations").Should().Contain(o => o["id"]!.GetValue<string>() == PopoloIdentifiers.AssemblyOfPeople);
    }

    [Fact]
    public void A_history_without_the_kurultai_exports_no_kurultai_organization()
    {
        var export = ChangedExport(d =>
        {
            foreach (var section in new[] { "ruleSets", "convocations", "elections", "events", "decisionRules" })
            {
                var items = d[section]!.AsArray();
                foreach (var item in items.Where(i => i!.ToJsonString().Contains("kurultai", StringComparison.OrdinalIgnoreCase) || i!.ToJsonString().Contains("rules-2026", StringComparison.Ordinal)).ToList())
                {
                    items.Remove(item);
                }
            }

            d["ruleSets"]!.AsArray()[^1]!["validUntil"] = null;
        });

        var ids = ChangedSection(export, "organizations").Select(o => o["id"]!.GetValue<string>()).ToList();

        ids.Should().NotContain(PopoloIdentifiers.Chamber(ChamberKind.Kurultai))
            .And.Contain([PopoloIdentifiers.Chamber(ChamberKind.SupremeCouncil), PopoloIdentifiers.Chamber(ChamberKind.Senate), PopoloIdentifiers.Chamber(ChamberKind.Mazhilis)]);
    }
}

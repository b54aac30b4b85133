using System.Text.Json.Nodes;
using System.Text.Json;
using CsCheck;
using Json.Schema;
using Kz.Legislature.History;
using Kz.Legislature.Serialization;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Serialization;

public sealed partial class PopoloExporterTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "popolo.schema.json"))));

    // The export of this session's history, made once per session (see SessionHistory).
    private static ExportOf? historyExport;

    internal static JsonObject HistoryExport
    {
        get
        {
            var history = SessionHistory.Current;
            if (Volatile.Read(ref historyExport) is { } cached && ReferenceEquals(cached.History, history))
            {
                return cached.Export;
            }

            var made = new ExportOf(history, JsonNode.Parse(PopoloExporter.Export(history))!.AsObject());
            Volatile.Write(ref historyExport, made);
            return made.Export;
        }
    }

    private static LegislativeHistory History => SessionHistory.Current;

    private static readonly string[] Sections = ["persons", "organizations", "memberships", "posts", "areas", "events"];

    [Fact]
    public void The_exported_history_is_valid_popolo()
    {
        ShouldMatchSchema(PopoloExporter.Export(History));
    }

    [Fact]
    public void An_exported_parliament_is_valid_popolo()
    {
        var parliament = CompositionGenerators.RealisticParliament(History, new LocalDate(2024, 1, 1));

        ShouldMatchSchema(PopoloExporter.Export(parliament, History, [new SourceReference(new Uri("https://example.org/roster"), "Test roster")]));
    }

    // Each export carries the whole history's organizations, posts, areas and events (about 1 MB) and only the
    // persons and memberships vary, so 20 generated compositions are enough and keep the suite fast.
    [Fact]
    public void Generated_compositions_export_to_valid_popolo() =>
        CompositionGenerators.Composition.Sample(c => ShouldMatchSchema(PopoloExporter.Export(c, History)), iter: PropertyRuns.Cap(20));

    [Fact]
    public void The_senate_is_a_chamber_of_the_parliament_dissolved_on_1_July_2026()
    {
        var senate = Object("organizations", PopoloIdentifiers.Chamber(ChamberKind.Senate));

        senate["classification"]!.GetValue<string>().Should().Be("chamber");
        senate["parent_id"]!.GetValue<string>().Should().Be(PopoloIdentifiers.Parliament);
        senate["dissolution_date"]!.GetValue<string>().Should().Be("2026-07-01");
        senate["name"]!.GetValue<string>().Should().Be("Senate");
    }

    [Fact]
    public void The_parliament_supreme_council_and_kurultai_are_legislatures()
    {
        Object("organizations", PopoloIdentifiers.Parliament)["classification"]!.GetValue<string>().Should().Be("legislature");
        Object("organizations", PopoloIdentifiers.Parliament)["dissolution_date"]!.GetValue<string>().Should().Be("2026-07-01");
        Object("organizations", PopoloIdentifiers.Chamber(ChamberKind.SupremeCouncil))["classification"]!.GetValue<string>().Should().Be("legislature");
        var kurultai = Object("organizations", PopoloIdentifiers.Chamber(ChamberKind.Kurultai));
        kurultai["classification"]!.GetValue<string>().Should().Be("legislature");
        kurultai["founding_date"]!.GetValue<string>().Should().Be("2026-07-01");
        kurultai["other_names"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).Should().Contain(["Құрылтай", "Qurultai"]);
    }

    [Fact]
    public void The_assembly_of_people_maslikhats_and_parties_are_organizations()
    {
        var organizations = Array("organizations");

        organizations.Should().Contain(o => o["id"]!.GetValue<string>() == PopoloIdentifiers.AssemblyOfPeople);
        organizations.Count(o => o["classification"]!.GetValue<string>() == "maslikhat").Should().Be(History.Regions.Count);
        organizations.Count(o => o["classification"]!.GetValue<string>() == "party").Should().Be(History.Parties.Count);
        Object("organizations", PopoloIdentifiers.Maslikhat("astana"))["area_id"]!.GetValue<string>().Should().Be(History.FindRegion("astana")!.OcdId);
    }

    [Fact]
    public void Every_area_is_a_region_with_an_ocd_division_id_and_its_wikidata_qid()
    {
        var areas = Array("areas");

        areas.Should().HaveCount(History.Regions.Count);
        areas.Should().OnlyContain(a => a["id"]!.GetValue<string>().StartsWith("ocd-division/country:kz", StringComparison.Ordinal));
        foreach (var region in History.Regions.Where(r => r.WikidataId is not null))
        {
            Object("areas", region.OcdId)["identifiers"]!.AsArray().Should().Contain(i => i!["scheme"]!.GetValue<string>() == "wikidata" && i["identifier"]!.GetValue<string>() == region.WikidataId);
        }
    }

    [Fact]
    public void Every_object_of_the_history_export_has_sources()
    {
        // The history's persons are its presiding officers and its memberships their office terms (PopoloExporterTests).
        Array("persons").Should().HaveCount(History.People.Count);
        Array("memberships").Should().HaveCount(History.Offices.Count);
        foreach (var section in Sections)
        {
            Array(section).Should().NotBeEmpty().And.OnlyContain(o => o["sources"] is JsonArray && o["sources"]!.AsArray().Count > 0, section);
        }
    }

    [Fact]
    public void Every_id_is_unique_and_every_reference_resolves()
    {
        var parliament = CompositionGenerators.RealisticParliament(History, new LocalDate(2024, 1, 1));
        var export = JsonNode.Parse(PopoloExporter.Export(parliament, History))!.AsObject();
        var ids = new Dictionary<string, HashSet<string>>();
        foreach (var section in Sections)
        {
            var list = export[section]!.AsArray().Select(o => o!["id"]!.GetValue<string>()).ToList();
            list.Should().OnlyHaveUniqueItems(section);
            ids[section] = [.. list];
        }

        foreach (var section in Sections)
        {
            foreach (var o in export[section]!.AsArray())
            {
                Resolves(o!, "organization_id", ids["organizations"]);
                Resolves(o!, "parent_id", section == "organizations" ? ids["organizations"] : ids[section]);
                Resolves(o!, "on_behalf_of_id", ids["organizations"]);
                Resolves(o!, "person_id", ids["persons"]);
                Resolves(o!, "post_id", ids["posts"]);
                Resolves(o!, "area_id", ids["areas"]);
                Resolves(o!, "legislative_period_id", ids["events"]);
            }
        }
    }

    [Theory]
    [InlineData(ChamberKind.Senate, 2024, 1, 1, 50)]
    [InlineData(ChamberKind.Senate, 1996, 6, 1, 47)]
    [InlineData(ChamberKind.Mazhilis, 2024, 1, 1, 98)]
    [InlineData(ChamberKind.Mazhilis, 2010, 1, 1, 107)]
    [InlineData(ChamberKind.Kurultai, 2026, 7, 1, 145)]
    public void The_posts_of_a_chamber_on_a_date_are_its_seats_in_force(ChamberKind chamber, int year, int month, int day, int expected)
    {
        var date = new LocalDate(year, month, day);
        var statutory = History.RulesOn(date).Chamber(chamber).StatutorySeats;

        var active = Array("posts").Count(p => p["organization_id"]!.GetValue<string>() == PopoloIdentifiers.Chamber(chamber) && !PopoloExporter.IsOfficePost(p["id"]!.GetValue<string>(), chamber) && Runs(p, date));

        active.Should().Be(statutory);
        statutory.Should().Be(expected, "the dataset's statutory seats");
    }

    [Fact]
    public void Astana_has_two_elected_senate_posts_in_2024()
    {
        var date = new LocalDate(2024, 1, 1);

        var posts = Array("posts").Where(p => p["area_id"]?.GetValue<string>() == History.FindRegion("astana")!.OcdId && Runs(p, date)).ToList();

        posts.Select(p => p["id"]!.GetValue<string>()).Should().BeEquivalentTo(
            [PopoloIdentifiers.Post(ChamberKind.Senate, SeatSource.ElectedByMaslikhats, "astana", 1), PopoloIdentifiers.Post(ChamberKind.Senate, SeatSource.ElectedByMaslikhats, "astana", 2)]);
        posts.Should().OnlyContain(p => p["label"]!.GetValue<string>().Contains("Astana", StringComparison.Ordinal) && p["role"]!.GetValue<string>() == "Senator");
    }

    [Fact]
    public void Convocations_are_legislative_periods_and_elections_are_elections()
    {
        var events = Array("events");

        events.Count(e => e["classification"]!.GetValue<string>() == "legislative period").Should().Be(History.Convocations.Count);
        events.Count(e => e["classification"]!.GetValue<string>() == "election").Should().BeGreaterThanOrEqualTo(History.Elections.Count);
        var viii = Object("events", PopoloIdentifiers.Convocation("parliament-viii"));
        viii["start_date"]!.GetValue<string>().Should().Be("2023-03-29");
        viii["organization_id"]!.GetValue<string>().Should().Be(PopoloIdentifiers.Parliament);
        var election = Object("events", PopoloIdentifiers.Election(History.Elections[^1].Id));
        election["start_date"]!.GetValue<string>().Should().Be(History.Elections[^1].Date.ToString("uuuu-MM-dd", null));
    }

    [Fact]
    public void A_membership_carries_its_party_post_area_dates_and_convocation()
    {
        var parliament = CompositionGenerators.RealisticParliament(History, new LocalDate(2024, 1, 1));
        var export = JsonNode.Parse(PopoloExporter.Export(parliament, History))!.AsObject();
        var memberships = export["memberships"]!.AsArray().Select(m => m!.AsObject()).ToList();

        memberships.Should().HaveCount(148);
        var list = memberships.First(m => m["person_id"]!.GetValue<string>() == PopoloIdentifiers.Person("deputy-1"));
        list["on_behalf_of_id"]!.GetValue<string>().Should().Be(PopoloIdentifiers.Party(History.Parties[0].Id));
        list["post_id"]!.GetValue<string>().Should().Be("kz-legislature:post/mazhilis/party-list/1");
        list["start_date"]!.GetValue<string>().Should().Be("2023-03-29");
        list["legislative_period_id"]!.GetValue<string>().Should().Be(PopoloIdentifiers.Convocation("parliament-viii"));
        var senator = memberships.First(m => m["person_id"]!.GetValue<string>() == PopoloIdentifiers.Person("senator-1"));
        senator["area_id"]!.GetValue<string>().Should().StartWith("ocd-division/country:kz/");
        senator["end_date"]!.GetValue<string>().Should().Be("2029-01-25");
        senator["end_reason"]!.GetValue<string>().Should().Be("term_expiry");
    }

    [Fact]
    public void The_export_is_deterministic()
    {
        var parliament = CompositionGenerators.RealisticParliament(History, new LocalDate(2024, 1, 1));

        PopoloExporter.Export(parliament, History).Should().Be(PopoloExporter.Export(parliament, History));
        PopoloExporter.Export(History).Should().Be(PopoloExporter.Export(History));
    }

    [Fact]
    public void Exporting_to_a_stream_writes_the_same_document()
    {
        using var stream = new MemoryStream();
        PopoloExporter.ExportTo(stream, History);

        System.Text.Encoding.UTF8.GetString(stream.ToArray()).Should().Be(PopoloExporter.Export(History));
    }

    [Fact]
    public void A_party_or_seat_the_history_does_not_know_is_still_exported_as_an_object()
    {
        var mazhilis = new Mazhilis(new LocalDate(2024, 1, 1), [new Mandate(new Deputy("x", "X"), ChamberKind.Mazhilis, SeatSource.StateList, new LocalDate(2023, 3, 29), partyId: "new-party")]);

        var export = JsonNode.Parse(PopoloExporter.Export(mazhilis, History))!.AsObject();

        export["organizations"]!.AsArray().Should().Contain(o => o!["id"]!.GetValue<string>() == PopoloIdentifiers.Party("new-party"));
        export["posts"]!.AsArray().Should().Contain(p => p!["id"]!.GetValue<string>() == "kz-legislature:post/mazhilis/state-list/1");
        ShouldMatchSchema(export.ToJsonString());
    }

    private static bool Runs(JsonNode post, LocalDate date)
    {
        var start = post["start_date"]?.GetValue<string>();
        var end = post["end_date"]?.GetValue<string>();
        var iso = date.ToString("uuuu-MM-dd", null);
        return (start is null || string.CompareOrdinal(start, iso) <= 0) && (end is null || string.CompareOrdinal(iso, end) < 0);
    }

    private static void Resolves(JsonNode o, string property, HashSet<string> ids)
    {
        if (o[property] is { } value)
        {
            ids.Should().Contain(value.GetValue<string>(), $"{o["id"]}.{property}");
        }
    }

    private static List<JsonObject> Array(string section) => HistoryExport[section]!.AsArray().Select(n => n!.AsObject()).ToList();

    private static JsonObject Object(string section, string id) => Array(section).Single(o => o["id"]!.GetValue<string>() == id);

    internal static void ShouldMatchSchema(string json)
    {
        using var doc = JsonDocument.Parse(json);

        // The flag format stops at the first error and is several times faster on these ~1 MB documents; the
        // detailed list is only built to explain a failure.
        if (Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true }).IsValid)
        {
            return;
        }

        var result = Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(5)));
    }

    private sealed record ExportOf(LegislativeHistory History, JsonObject Export);
}

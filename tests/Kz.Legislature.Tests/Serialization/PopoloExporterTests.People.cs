using System.Text.Json;
using System.Text.Json.Nodes;
using Kz.Legislature.History;
using Kz.Legislature.Serialization;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>The persons, chair posts, office memberships and seat counts of the history export.</summary>
public sealed partial class PopoloExporterTests
{
    [Fact]
    public void Every_office_term_is_a_membership_of_its_chamber_on_its_office_post()
    {
        var memberships = PeopleArray("memberships");

        History.Offices.Should().NotBeEmpty();
        memberships.Should().HaveCount(History.Offices.Count);
        foreach (var office in History.Offices)
        {
            var ms = memberships.Single(m => m["id"]!.GetValue<string>().EndsWith("/office/" + office.Id, StringComparison.Ordinal));
            ms["person_id"]!.GetValue<string>().Should().Be(PopoloIdentifiers.Person(office.Person.Id));
            ms["organization_id"]!.GetValue<string>().Should().Be(PopoloIdentifiers.Chamber(office.Chamber));
            ms["post_id"]!.GetValue<string>().Should().Be(PopoloExporter.OfficePost(office.Chamber, office.Role));
            ms["role"]!.GetValue<string>().Should().Be(PopoloExporter.RoleName(office.Role).ToLowerInvariant());
            ms["start_date"]!.GetValue<string>().Should().Be(PeopleIso(office.Term.Start));

            // The export's end_date is exclusive, like every end_date it writes: the first day out of office.
            ms["end_date"]?.GetValue<string>().Should().Be(office.Term.End is { } end ? PeopleIso(end) : null);
            ms["sources"]!.AsArray().Should().NotBeEmpty(office.Id);
        }
    }

    [Fact]
    public void Mukhamedzhanovs_first_term_ends_on_the_day_the_mazhilis_was_dissolved()
    {
        // Chair from 3 Nov 2004; last day in office 19 Jun 2007, the Mazhilis was dissolved on 20 Jun 2007 (IPU PARLINE 2165_07).
        var ms = PeopleArray("memberships").Single(m => m["id"]!.GetValue<string>() == "kz-legislature:membership/mazhilis/office/chair-mazhilis-2004-mukhamedzhanov");

        ms["start_date"]!.GetValue<string>().Should().Be("2004-11-03");
        ms["end_date"]!.GetValue<string>().Should().Be("2007-06-20");
        var lastDay = NodaTime.Text.LocalDatePattern.Iso.Parse(ms["end_date"]!.GetValue<string>()).Value.PlusDays(-1);
        History.ChairOn(ChamberKind.Mazhilis, lastDay)!.Person.Id.Should().Be("oral-mukhamedzhanov");
    }

    [Fact]
    public void There_is_one_office_post_per_chamber_and_role_and_every_reference_resolves()
    {
        var posts = PeopleArray("posts");
        var officePosts = posts.Where(p => p["id"]!.GetValue<string>().Contains("/office/", StringComparison.Ordinal)).ToList();
        var expected = History.Offices.Select(o => PopoloExporter.OfficePost(o.Chamber, o.Role)).Distinct().ToList();

        officePosts.Select(p => p["id"]!.GetValue<string>()).Should().BeEquivalentTo(expected);
        PeopleArray("posts").Single(p => p["id"]!.GetValue<string>() == "kz-legislature:post/senate/office/chair")["label"]!.GetValue<string>().Should().Be("Chair of the Senate");
        var persons = Ids("persons");
        var postIds = Ids("posts");
        var organizations = Ids("organizations");
        foreach (var ms in PeopleArray("memberships"))
        {
            persons.Should().Contain(ms["person_id"]!.GetValue<string>());
            postIds.Should().Contain(ms["post_id"]!.GetValue<string>());
            organizations.Should().Contain(ms["organization_id"]!.GetValue<string>());
        }

        foreach (var post in officePosts)
        {
            organizations.Should().Contain(post["organization_id"]!.GetValue<string>());
        }

        foreach (var count in SeatCounts().SelectMany(c => c["counts"]!.AsArray()).Select(c => c!.AsObject()).Where(c => c["group_id"] is not null))
        {
            organizations.Should().Contain(count["group_id"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Every_person_of_the_history_is_a_person_with_russian_and_kazakh_names()
    {
        var persons = PeopleArray("persons");

        persons.Should().HaveCount(History.People.Count);
        foreach (var person in History.People)
        {
            var p = persons.Single(o => o["id"]!.GetValue<string>() == PopoloIdentifiers.Person(person.Id));
            p["name"]!.GetValue<string>().Should().Be(person.Name.English);
            var others = p["other_names"]!.AsArray().Select(n => (Name: n!["name"]!.GetValue<string>(), Note: n["note"]!.GetValue<string>())).ToList();
            person.Name.Russian.Should().NotBeNull(person.Id);
            person.Name.Kazakh.Should().NotBeNull(person.Id);
            others.Should().Contain((person.Name.Russian!, "ru")).And.Contain((person.Name.Kazakh!, "kk"));
            p["birth_date"]?.GetValue<string>().Should().Be(person.BirthDate is { } birth ? PeopleIso(birth) : null);
            var identifiers = p["identifiers"]!.AsArray().Select(i => (Id: i!["identifier"]!.GetValue<string>(), Scheme: i["scheme"]!.GetValue<string>())).ToList();
            identifiers.Should().Contain((person.Id, PopoloIdentifiers.Scheme));
            identifiers.Where(i => i.Scheme == "wikidata").Select(i => i.Id).Should().Equal(person.WikidataId is { } q ? [q] : []);
            p["sources"]!.AsArray().Should().HaveCount(person.Provenance.Sources.Count);
        }

        // Birth dates recorded in the data come out: Nazarbayev's, 6 July 1940 (UPI, cited in the dataset).
        persons.Single(o => o["id"]!.GetValue<string>() == PopoloIdentifiers.Person("nursultan-nazarbayev"))["birth_date"]!.GetValue<string>().Should().Be("1940-07-06");
    }

    [Fact]
    public void A_wikidata_id_is_written_as_an_identifier_with_the_wikidata_scheme()
    {
        // A synthetic person: the dataset has no sourced Wikidata id yet, so the value here is a test value, not a claim.
        var person = new Person("test-person", new LocalizedName("Test Person", "Тест", "Тест"), "Q123456789", new LocalDate(1950, 1, 2), new Provenance([new SourceReference(new Uri("https://example.org/p"), "Test")], Confidence.High));
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            PopoloExporter.WritePerson(w, person);
        }

        var p = JsonNode.Parse(buffer.ToArray())!.AsObject();
        p["identifiers"]!.AsArray().Select(i => (i!["identifier"]!.GetValue<string>(), i["scheme"]!.GetValue<string>()))
            .Should().Equal(("test-person", PopoloIdentifiers.Scheme), ("Q123456789", "wikidata"));
        p["birth_date"]!.GetValue<string>().Should().Be("1950-01-02");
    }

    [Fact]
    public void The_seat_counts_of_each_sitting_equal_its_composition_at_formation()
    {
        History.Compositions.Should().NotBeEmpty();
        SeatCounts().Should().HaveCount(History.Compositions.Count);
        foreach (var composition in History.Compositions)
        {
            var chamber = PeopleArray("organizations").Single(o => o["id"]!.GetValue<string>() == PopoloIdentifiers.Chamber(composition.Chamber));
            var entry = chamber["seat_counts"]!.AsArray().Select(e => e!.AsObject()).Single(e => e["id"]!.GetValue<string>() == "kz-legislature:composition/" + composition.Sitting.Id);
            var counts = entry["counts"]!.AsArray().Select(c => c!.AsObject()).ToList();

            entry["start_date"]!.GetValue<string>().Should().Be(PeopleIso(composition.AsOf));
            entry["seats"]!.GetValue<int>().Should().Be(composition.Total).And.Be(composition.HeldToSeats);
            counts.Sum(c => c["value"]!.GetValue<int>()).Should().Be(composition.Total, composition.Sitting.Id);
            counts.Where(c => c["option"]!.GetValue<string>() == "vacant").Sum(c => c["value"]!.GetValue<int>()).Should().Be(composition.VacantSeats);
            foreach (var party in composition.Parties)
            {
                counts.Where(c => c["group_id"]?.GetValue<string>() == PopoloIdentifiers.Party(party.Id)).Sum(c => c["value"]!.GetValue<int>())
                    .Should().Be(composition.SeatsOf(party), party.Id);
            }

            entry["legislative_period_id"]?.GetValue<string>().Should().Be(composition.Sitting.Convocation is { } c ? PopoloIdentifiers.Convocation(c.Id) : null);
        }
    }

    [Fact]
    public void The_history_export_with_people_is_valid_popolo_and_a_misspelt_count_is_not()
    {
        var json = PopoloExporter.Export(History);
        PopoloExporterTests.ShouldMatchSchema(json);

        var broken = JsonNode.Parse(json)!.AsObject();
        var count = broken["organizations"]!.AsArray().Select(o => o!.AsObject()).First(o => o["seat_counts"] is not null)["seat_counts"]![0]!["counts"]![0]!.AsObject();
        count["valeu"] = 1;
        var act = () => PopoloExporterTests.ShouldMatchSchema(broken.ToJsonString());
        act.Should().Throw<Exception>();
    }

    [Fact]
    public void Compositions_and_parliaments_export_no_office_or_seat_count()
    {
        var parliament = CompositionGenerators.RealisticParliament(History, new LocalDate(2024, 1, 1));
        var export = JsonNode.Parse(PopoloExporter.Export(parliament, History))!.AsObject();

        export["memberships"]!.AsArray().Should().OnlyContain(m => m!["role"]!.GetValue<string>() == "member");
        export["posts"]!.AsArray().Should().NotContain(p => p!["id"]!.GetValue<string>().Contains("/office/", StringComparison.Ordinal));
        export["organizations"]!.AsArray().Should().OnlyContain(o => o!["seat_counts"] == null);
        export["persons"]!.AsArray().Should().HaveCount(parliament.Chambers.Sum(c => c.Mandates.Select(m => m.Deputy.Id).Distinct().Count()));
    }

    [Fact]
    public void The_importer_reads_seats_and_skips_chair_memberships()
    {
        var day = new LocalDate(2024, 1, 1);
        var parliament = CompositionGenerators.RealisticParliament(History, day);
        var document = JsonNode.Parse(PopoloExporter.Export(parliament, History))!.AsObject();
        var history = PeopleHistoryExport();
        foreach (var person in history["persons"]!.AsArray())
        {
            document["persons"]!.AsArray().Add(person!.DeepClone());
        }

        foreach (var ms in history["memberships"]!.AsArray())
        {
            document["memberships"]!.AsArray().Add(ms!.DeepClone());
        }

        var json = document.ToJsonString();

        PopoloImporter.ImportMemberships(json, ChamberKind.Senate, day, History).Should().Be(parliament.Senate);
        PopoloImporter.ImportMemberships(json, ChamberKind.Mazhilis, day, History).Should().Be(parliament.Mazhilis);
        PopoloImporter.ImportMemberships(PopoloExporter.Export(History), ChamberKind.Mazhilis, new LocalDate(2010, 1, 1), History).Mandates.Should().BeEmpty();
    }

    private static string PeopleIso(LocalDate date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static JsonObject PeopleHistoryExport() => PopoloExporterTests.HistoryExport;

    private static List<JsonObject> PeopleArray(string section) => PeopleHistoryExport()[section]!.AsArray().Select(n => n!.AsObject()).ToList();

    private static HashSet<string> Ids(string section) => PeopleArray(section).Select(o => o["id"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);

    private static List<JsonObject> SeatCounts() =>
        PeopleArray("organizations").Where(o => o["seat_counts"] is not null).SelectMany(o => o["seat_counts"]!.AsArray()).Select(e => e!.AsObject()).ToList();
}

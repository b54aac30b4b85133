using System.Text.Json.Nodes;
using Kz.Legislature.History;
using Kz.Legislature.Serialization;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>
/// The exact fields of the objects in the Popolo export of the embedded history: legislative periods, elections and
/// timeline events, organizations, areas and posts, each compared with the dataset record it comes from.
/// </summary>
public sealed partial class PopoloExporterTests
{
    private const string ElectionDayNote = "start_date is the election day: the first sitting is not in the data.";



    private static JsonObject Export => PopoloExporterTests.HistoryExport;

    /// <summary>Every convocation is a legislative period of its body, with its dataset id, dates and sources.</summary>
    [Fact]
    public void every_convocation_is_a_legislative_period_with_its_body_id_dates_and_sources()
    {
        History.Convocations.Should().NotBeEmpty();
        foreach (var c in History.Convocations)
        {
            var e = HistoryFieldsObject("events", PopoloIdentifiers.Convocation(c.Id));
            e["classification"]!.GetValue<string>().Should().Be("legislative period", c.Id);
            IdentifiersOf(e).Should().Equal([(c.Id, PopoloIdentifiers.Scheme)], c.Id);
            Text(e, "start_date").Should().Be(c.FirstSitting is { } first ? Iso(first) : c.ElectedOn is { } elected ? Iso(elected) : null, c.Id);
            Text(e, "description").Should().Be(c.FirstSitting is null && c.ElectedOn is not null ? ElectionDayNote : null, c.Id);
            Text(e, "end_date").Should().Be(c.Until is { } until ? Iso(until) : null, c.Id);
            Urls(e).Should().Equal(c.Provenance.Sources.Select(s => s.Url.OriginalString), c.Id);
        }
    }

    /// <summary>The legislative periods of the three bodies are named after the body and belong to its organization.</summary>
    [Fact]
    public void legislative_periods_are_named_after_their_body_and_belong_to_its_organization()
    {
        // e-history.kz, "the history of Kazakhstan's parliament": the XII Supreme Council was elected on 25 March 1990
        // (https://e-history.kz/en/news/show/8585); its first sitting is not in the data.
        var supreme = HistoryFieldsObject("events", PopoloIdentifiers.Convocation("supreme-council-12"));
        Text(supreme, "name").Should().Be("Supreme Council, XII convocation");
        Text(supreme, "organization_id").Should().Be(PopoloIdentifiers.Chamber(ChamberKind.SupremeCouncil));
        Text(supreme, "start_date").Should().Be("1990-03-25");
        Text(supreme, "description").Should().Be(ElectionDayNote);
        Text(supreme, "end_date").Should().Be("1993-12-13");

        var viii = HistoryFieldsObject("events", PopoloIdentifiers.Convocation("parliament-viii"));
        Text(viii, "name").Should().Be("Parliament, VIII convocation");
        Text(viii, "organization_id").Should().Be(PopoloIdentifiers.Parliament);
        Text(viii, "start_date").Should().Be("2023-03-29");
        Text(viii, "end_date").Should().Be("2026-07-01");
        viii.ContainsKey("description").Should().BeFalse("the first sitting is known");

        var kurultai = HistoryFieldsObject("events", PopoloIdentifiers.Convocation("kurultai-1"));
        Text(kurultai, "name").Should().Be("Kurultai, I convocation");
        Text(kurultai, "organization_id").Should().Be(PopoloIdentifiers.Chamber(ChamberKind.Kurultai));
    }

    /// <summary>Every election is an event of its chamber spanning its voting days, with its id and sources.</summary>
    [Fact]
    public void every_election_is_an_event_of_its_chamber_spanning_its_voting_days()
    {
        foreach (var election in History.Elections)
        {
            var e = HistoryFieldsObject("events", PopoloIdentifiers.Election(election.Id));
            Text(e, "classification").Should().Be("election", election.Id);
            Text(e, "organization_id").Should().Be(PopoloIdentifiers.Chamber(election.Chamber), election.Id);
            IdentifiersOf(e).Should().Equal([(election.Id, PopoloIdentifiers.Scheme)], election.Id);
            Text(e, "start_date").Should().Be(Iso(election.Dates[0]), election.Id);
            Text(e, "end_date").Should().Be(Iso(election.Dates[^1]), election.Id);
            Urls(e).Should().Equal(election.Provenance.Sources.Select(s => s.Url.OriginalString), election.Id);
        }

        // Adilet, presidential decree setting the Senate elections of 8 October 1997 (https://adilet.zan.kz/rus/docs/U970003605_).
        Text(HistoryFieldsObject("events", PopoloIdentifiers.Election("senate-1997")), "name").Should().Be("Senate election (partial), 1997-10-08");
        Text(HistoryFieldsObject("events", PopoloIdentifiers.Election("supreme-council-1994")), "name").Should().Be("Supreme Council election (snap), 1994-03-07");
    }

    /// <summary>Every timeline event has its kind in lower-case words, its id, its date and its sources.</summary>
    [Fact]
    public void every_timeline_event_has_its_kind_in_words_its_id_date_and_sources()
    {
        foreach (var ev in History.Events)
        {
            var e = HistoryFieldsObject("events", PopoloIdentifiers.Event(ev.Id));
            Text(e, "name").Should().Be(ev.Name.English, ev.Id);
            IdentifiersOf(e).Should().Equal([(ev.Id, PopoloIdentifiers.Scheme)], ev.Id);
            Text(e, "start_date").Should().Be(Iso(ev.Date), ev.Id);
            Urls(e).Should().Equal(ev.Provenance.Sources.Select(s => s.Url.OriginalString), ev.Id);
        }

        Text(HistoryFieldsObject("events", PopoloIdentifiers.Event("ev-2016-03-25-parliament-first-session")), "classification").Should().Be("first sitting");
        Text(HistoryFieldsObject("events", PopoloIdentifiers.Event("ev-2017-03-10-constitution-amended")), "classification").Should().Be("instrument adopted");
        Text(HistoryFieldsObject("events", PopoloIdentifiers.Event("ev-2022-06-05-constitutional-referendum")), "classification").Should().Be("referendum");
        Text(HistoryFieldsObject("events", PopoloIdentifiers.Event("ev-2026-07-01-kurultai-election-called")), "classification").Should().Be("election called");
    }

    /// <summary>The bicameral Parliament is a legislature named in full, with its short English name among its other names.</summary>
    [Fact]
    public void the_parliament_is_a_legislature_named_in_full_with_its_short_name_noted_en()
    {
        var parliament = HistoryFieldsObject("organizations", PopoloIdentifiers.Parliament);

        Text(parliament, "name").Should().Be("Parliament of the Republic of Kazakhstan");
        OtherNames(parliament)[0].Should().Be(("Parliament", "en"));
        OtherNames(parliament).Should().Contain(("Парламент", "ru"));
        Text(parliament, "classification").Should().Be("legislature");
        Text(parliament, "founding_date").Should().Be("1995-09-05");
        parliament.ContainsKey("parent_id").Should().BeFalse();
        Urls(parliament).Should().NotBeEmpty();
        var bicameralSources = History.RuleSets.Where(r => r.Form == LegislatureForm.Bicameral).SelectMany(r => r.Provenance.Sources).Select(s => s.Url.OriginalString).Distinct();
        Urls(parliament).Should().Equal(bicameralSources);
    }

    /// <summary>The Senate and the Mazhilis are chambers of the Parliament; the Supreme Council and the Kurultai are legislatures with no parent.</summary>
    [Fact]
    public void only_the_senate_and_the_mazhilis_are_chambers_of_the_parliament()
    {
        foreach (var kind in new[] { ChamberKind.Senate, ChamberKind.Mazhilis })
        {
            var chamber = HistoryFieldsObject("organizations", PopoloIdentifiers.Chamber(kind));
            Text(chamber, "classification").Should().Be("chamber", kind.ToString());
            Text(chamber, "parent_id").Should().Be(PopoloIdentifiers.Parliament, kind.ToString());
            Text(chamber, "founding_date").Should().Be("1995-09-05", kind.ToString());
            Text(chamber, "dissolution_date").Should().Be("2026-07-01", kind.ToString());
            OtherNames(chamber).Should().NotContain(n => n.Note == "en", "the name is already the English one");
            var chamberSources = History.RuleSets.SelectMany(r => r.Chambers).Where(c => c.Kind == kind).SelectMany(c => c.Provenance.Sources).Select(s => s.Url.OriginalString).Distinct();
            Urls(chamber).Should().Equal(chamberSources, kind.ToString());
        }

        foreach (var kind in new[] { ChamberKind.SupremeCouncil, ChamberKind.Kurultai })
        {
            var legislature = HistoryFieldsObject("organizations", PopoloIdentifiers.Chamber(kind));
            Text(legislature, "classification").Should().Be("legislature", kind.ToString());
            legislature.ContainsKey("parent_id").Should().BeFalse(kind.ToString());
        }
    }

    /// <summary>The Assembly of People is cited by the chambers whose seat plans give it seats, and has no dates.</summary>
    [Fact]
    public void the_assembly_of_people_is_cited_by_the_chambers_with_assembly_seats()
    {
        var assembly = HistoryFieldsObject("organizations", PopoloIdentifiers.AssemblyOfPeople);
        var expected = History.RuleSets
            .SelectMany(r => r.Chambers)
            .Where(c => c.SeatPlan.Any(a => a.Source is SeatSource.ElectedByAssemblyOfPeople or SeatSource.AppointedByPresidentOnAssemblyProposal))
            .SelectMany(c => c.Provenance.Sources)
            .Select(s => s.Url.OriginalString)
            .Distinct()
            .ToList();

        Text(assembly, "name").Should().Be("Assembly of People of Kazakhstan");
        Text(assembly, "classification").Should().Be("assembly");
        assembly.ContainsKey("founding_date").Should().BeFalse();
        expected.Should().NotBeEmpty();
        Urls(assembly).Should().Equal(expected);
    }

    /// <summary>A maslikhat is named after its region in every language, is dissolved with it and cites the region's sources.</summary>
    [Fact]
    public void a_maslikhat_is_named_after_its_region_in_every_language()
    {
        var astana = HistoryFieldsObject("organizations", PopoloIdentifiers.Maslikhat("astana"));
        Text(astana, "name").Should().Be("Maslikhat of Astana");
        OtherNames(astana).Should().Equal(("Маслихат (Астана)", "ru"), ("Мәслихат (Астана)", "kk"), ("Mäslihat (Astana)", "kk-Latn"));
        Text(astana, "classification").Should().Be("maslikhat");
        astana.ContainsKey("dissolution_date").Should().BeFalse("Astana still exists");

        foreach (var region in History.Regions)
        {
            var maslikhat = HistoryFieldsObject("organizations", PopoloIdentifiers.Maslikhat(region.Id));
            Text(maslikhat, "area_id").Should().Be(region.OcdId, region.Id);
            Text(maslikhat, "dissolution_date").Should().Be(region.Period.End is { } end ? Iso(end) : null, region.Id);
            Urls(maslikhat).Should().Equal((region.Provenance?.Sources ?? []).Select(s => s.Url.OriginalString), region.Id);
        }

        Text(HistoryFieldsObject("organizations", PopoloIdentifiers.Maslikhat("zhezkazgan")), "dissolution_date").Should().Be(Iso(History.FindRegion("zhezkazgan")!.Period.End!.Value));
    }

    /// <summary>A party is an organization with its slug and Wikidata identifiers and its own sources.</summary>
    [Fact]
    public void a_party_has_its_slug_and_wikidata_identifiers_and_its_sources()
    {
        foreach (var party in History.Parties)
        {
            var o = HistoryFieldsObject("organizations", PopoloIdentifiers.Party(party.Id));
            Text(o, "classification").Should().Be("party", party.Id);
            var expected = new List<(string, string)> { (party.Id, PopoloIdentifiers.Scheme) };
            if (party.WikidataId is { } q)
            {
                expected.Add((q, "wikidata"));
            }

            IdentifiersOf(o).Should().Equal(expected, party.Id);
            Urls(o).Should().Equal((party.Provenance?.Sources ?? []).Select(s => s.Url.OriginalString), party.Id);
        }
    }

    /// <summary>An area is classified by its latest kind and carries its region's sources.</summary>
    [Fact]
    public void an_area_is_classified_by_its_latest_kind_and_cites_its_region()
    {
        Text(HistoryFieldsObject("areas", History.FindRegion("astana")!.OcdId), "classification").Should().Be("capital");
        IdentifiersOf(HistoryFieldsObject("areas", History.FindRegion("astana")!.OcdId)).Should().Equal(("astana", PopoloIdentifiers.Scheme), ("Q1520", "wikidata"));
        Text(HistoryFieldsObject("areas", History.FindRegion("almaty")!.OcdId), "classification").Should().Be("city of republican significance");
        Text(HistoryFieldsObject("areas", History.FindRegion("akmola")!.OcdId), "classification").Should().Be("oblast");
        PopoloExporter.AreaClassification(RegionKind.Oblast).Should().Be("oblast");
        PopoloExporter.AreaClassification(RegionKind.CityOfRepublicanSignificance).Should().Be("city of republican significance");
        PopoloExporter.AreaClassification(RegionKind.Capital).Should().Be("capital");
        foreach (var region in History.Regions)
        {
            var area = HistoryFieldsObject("areas", region.OcdId);
            Text(area, "name").Should().Be(region.CurrentName.English, region.Id);
            var identifiers = new List<(string, string)> { (region.Id, PopoloIdentifiers.Scheme) };
            if (region.WikidataId is { } q)
            {
                identifiers.Add((q, "wikidata"));
            }

            IdentifiersOf(area).Should().Equal(identifiers, region.Id);
            Urls(area).Should().Equal((region.Provenance?.Sources ?? []).Select(s => s.Url.OriginalString), region.Id);
        }
    }

    /// <summary>A Senate seat filled by a region's maslikhat is labelled with the region, clipped to the region's life and cites chamber and region.</summary>
    [Fact]
    public void a_regional_senate_seat_is_labelled_with_the_region_and_clipped_to_its_life()
    {
        var astana = History.FindRegion("astana")!;
        var seat = HistoryFieldsObject("posts", PopoloIdentifiers.Post(ChamberKind.Senate, SeatSource.ElectedByMaslikhats, "astana", 2));
        Text(seat, "label").Should().Be("Senate: Astana, elected by maslikhat deputies, seat 2");
        Text(seat, "role").Should().Be("Senator");
        Text(seat, "organization_id").Should().Be(PopoloIdentifiers.Chamber(ChamberKind.Senate));
        Text(seat, "area_id").Should().Be(astana.OcdId);

        // The capital moved to Akmola (Astana) on 10 December 1997: its seats start then, not with the 1995 rules.
        Text(seat, "start_date").Should().Be("1997-12-10");
        Text(seat, "end_date").Should().Be("2026-07-01");
        Urls(seat).Should().Contain((astana.Provenance?.Sources ?? []).Select(s => s.Url.OriginalString));
        Urls(seat).Should().Contain(History.RulesOn(new LocalDate(2024, 1, 1)).Chamber(ChamberKind.Senate).Provenance.Sources.Select(s => s.Url.OriginalString));
        Posts().Should().NotContain(p => Text(p, "id") == PopoloIdentifiers.Post(ChamberKind.Senate, SeatSource.ElectedByMaslikhats, "astana", 3), "two seats per region");

        // Zhezkazgan Region was merged away in 1997, before the rule set of its seats ended.
        var zhezkazgan = History.FindRegion("zhezkazgan")!;
        var old = HistoryFieldsObject("posts", PopoloIdentifiers.Post(ChamberKind.Senate, SeatSource.ElectedByMaslikhats, "zhezkazgan", 1));
        Text(old, "start_date").Should().Be("1995-09-05");
        Text(old, "end_date").Should().Be(Iso(zhezkazgan.Period.End!.Value));
        Text(old, "label").Should().Be("Senate: Zhezkazgan Region, elected by maslikhat deputies, seat 1");
    }

    /// <summary>Seats filled nationally are labelled with the seat source, held by a Senator or a Deputy by chamber, and cite the chamber.</summary>
    [Fact]
    public void national_seats_are_labelled_with_their_source_and_role_by_chamber()
    {
        var appointed = HistoryFieldsObject("posts", "kz-legislature:post/senate/appointed-by-president/1");
        Text(appointed, "label").Should().Be("Senate: Appointed by the President, seat 1");
        Text(appointed, "role").Should().Be("Senator");
        appointed.ContainsKey("area_id").Should().BeFalse();
        Urls(appointed).Should().NotBeEmpty();
        Urls(appointed).Should().BeSubsetOf(History.RuleSets.SelectMany(r => r.Chambers).Where(c => c.Kind == ChamberKind.Senate).SelectMany(c => c.Provenance.Sources).Select(s => s.Url.OriginalString));

        var list = HistoryFieldsObject("posts", "kz-legislature:post/mazhilis/party-list/1");
        Text(list, "label").Should().Be("Mazhilis: Party list, seat 1");
        Text(list, "role").Should().Be("Deputy");
        Urls(list).Should().NotBeEmpty();

        Text(HistoryFieldsObject("posts", "kz-legislature:post/mazhilis/elected-by-assembly-of-people/1"), "label").Should().Be("Mazhilis: Elected by the Assembly of People, seat 1");
        var publicOrganization = HistoryFieldsObject("posts", "kz-legislature:post/supreme-council/public-organization/1");
        Text(publicOrganization, "label").Should().Be("Supreme Council: Public organisations, seat 1");
        Text(publicOrganization, "role").Should().Be("Deputy");
        Text(HistoryFieldsObject("posts", "kz-legislature:post/kurultai/party-list/1"), "role").Should().Be("Deputy");
        Text(HistoryFieldsObject("posts", "kz-legislature:post/mazhilis/single-member-district/1@2022-06-07"), "label").Should().Be("Mazhilis: single-member district No. 1");
    }

    /// <summary>The identifier helpers build the documented forms and reject a negative seat number.</summary>
    [Fact]
    public void identifier_helpers_build_the_documented_forms()
    {
        PopoloIdentifiers.Person("d-1").Should().Be("kz-legislature:person/d-1");
        PopoloIdentifiers.Event("e-1").Should().Be("kz-legislature:event/e-1");
        PopoloIdentifiers.SourceSlug(SeatSource.ElectedByAssemblyOfPeople).Should().Be("elected-by-assembly-of-people");
        PopoloIdentifiers.SourceSlug(SeatSource.PublicOrganization).Should().Be("public-organization");
        PopoloIdentifiers.Post(ChamberKind.Senate, SeatSource.AppointedByPresident, null, 0).Should().Be("kz-legislature:post/senate/appointed-by-president/0");
        FluentActions.Invoking(() => PopoloIdentifiers.Post(ChamberKind.Senate, SeatSource.AppointedByPresident, null, -1))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("number");
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);


    private static List<string> Urls(JsonObject o) => o["sources"]!.AsArray().Select(s => s!["url"]!.GetValue<string>()).ToList();

    private static List<(string Identifier, string Scheme)> IdentifiersOf(JsonObject o) =>
        o["identifiers"]!.AsArray().Select(i => (i!["identifier"]!.GetValue<string>(), i["scheme"]!.GetValue<string>())).ToList();

    private static List<(string Name, string Note)> OtherNames(JsonObject o) =>
        o["other_names"]!.AsArray().Select(i => (i!["name"]!.GetValue<string>(), i["note"]!.GetValue<string>())).ToList();

    private static IEnumerable<JsonObject> Posts() => Export["posts"]!.AsArray().Select(n => n!.AsObject());

    private static JsonObject HistoryFieldsObject(string section, string id) =>
        Export[section]!.AsArray().Select(n => n!.AsObject()).Single(o => o["id"]!.GetValue<string>() == id);
}

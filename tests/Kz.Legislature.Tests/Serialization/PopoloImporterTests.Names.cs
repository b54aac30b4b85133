using Kz.Legislature.Serialization;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>
/// How the Popolo importer reads names: other names by their language, organizations named after the chamber as a whole
/// word, areas named by a region's alternative spelling; and a post of another chamber, an empty membership list and a
/// repeated property with an odd name.
/// </summary>
public sealed partial class PopoloImporterTests
{
    [Fact]
    public void Other_names_in_russian_and_kazakh_latin_by_their_language_fill_those_names_and_another_language_is_an_alternative()
    {
        var json = Member("""{ "id": "p", "name": "Aigerim", "other_names": [ { "name": "Айгерим", "lang": "ru" }, { "name": "Aıgerim", "lang": "kk-Latn" }, { "name": "Aigérim", "lang": "fr" } ] }""");

        var name = PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, History).Mandates.Single().Deputy.Name;

        name.Russian.Should().Be("Айгерим");
        name.KazakhLatin.Should().Be("Aıgerim");
        name.Kazakh.Should().BeNull();
        name.Alternatives.Should().Equal("Aigérim");
    }

    [Fact]
    public void An_other_name_without_a_name_is_skipped()
    {
        var json = Member("""{ "id": "p", "name": "Aigerim", "other_names": [ { "note": "alternative" }, { "lang": "fr" }, { "name": "Aygerim", "note": "alternative" } ] }""");

        var name = PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, History).Mandates.Single().Deputy.Name;

        name.Alternatives.Should().Equal("Aygerim");
    }

    [Fact]
    public void A_post_of_another_chamber_is_refused_with_the_form_of_the_chambers_posts()
    {
        const string json = """{ "persons": [ { "id": "p", "name": "P" } ], "memberships": [ { "person_id": "p", "post_id": "kz-legislature:post/mazhilis/1", "organization_id": "kz-legislature:chamber/senate", "start_date": "2023-01-01" } ] }""";

        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, History)).Should().Throw<LegislatureJsonException>().Which;

        ex.Reason.Should().Be("\"kz-legislature:post/mazhilis/1\" is not a Senate post of the form kz-legislature:post/senate/{source}/…; the seat source cannot be told.");
        ex.JsonPath.Should().Be("$.memberships[0].post_id");
    }

    [Fact]
    public void An_organization_is_the_chamber_when_its_name_has_the_chambers_name_as_a_whole_word_after_a_longer_word()
    {
        var json = NamedOrganization("Senates, and the Senate");

        PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, History).Mandates.Should().ContainSingle()
            .Which.Source.Should().Be(SeatSource.AppointedByPresident);
    }

    [Fact]
    public void An_organization_whose_name_only_begins_with_the_chambers_name_is_not_the_chamber()
    {
        var json = NamedOrganization("Senators' Club");

        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, History)).Should().Throw<LegislatureJsonException>().Which;

        ex.JsonPath.Should().Be("$.memberships");
        ex.Reason.Should().StartWith("No membership is of the Senate: the memberships name the organizations \"org/upper\" ($.memberships[0])");
    }

    [Fact]
    public void An_area_named_by_an_alternative_spelling_of_a_region_is_that_region()
    {
        // The embedded dataset lists "Tselinograd Region" among the alternative names of the region akmola.
        History.FindRegion("akmola")!.CurrentName.Alternatives.Should().Contain("Tselinograd Region");
        const string json = """{ "persons": [ { "id": "p", "name": "P" } ], "areas": [ { "id": "area/1", "name": "Tselinograd Region" } ], "memberships": [ { "person_id": "p", "area_id": "area/1", "post_id": "kz-legislature:post/senate/appointed-by-president/1", "organization_id": "kz-legislature:chamber/senate", "start_date": "2023-01-01" } ] }""";

        PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, History).Mandates.Single().RegionId.Should().Be("akmola");
    }

    [Fact]
    public void A_document_without_any_membership_imports_an_empty_chamber()
    {
        var senate = PopoloImporter.ImportMemberships("""{ "persons": [], "memberships": [] }""", ChamberKind.Senate, Day, History);

        senate.Mandates.Should().BeEmpty();
        senate.Kind.Should().Be(ChamberKind.Senate);
    }

    [Fact]
    public void A_property_with_an_odd_name_given_twice_where_the_importer_reads_nothing_is_refused_by_its_name()
    {
        const string json = """{ "memberships": [], "odd name": 1, "odd name": 2 }""";

        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, History)).Should().Throw<LegislatureJsonException>().Which;

        ex.Reason.Should().Be("The property \"odd name\" is given twice; each property may appear once.");
        ex.JsonPath.Should().Be("$['odd name']");
    }

    private static string NamedOrganization(string name) =>
        """{ "persons": [ { "id": "p", "name": "P" } ], "organizations": [ { "id": "org/upper", "name": """ + "\"" + name + "\"" + """ } ], "memberships": [ { "person_id": "p", "post_id": "kz-legislature:post/senate/appointed-by-president/1", "organization_id": "org/upper", "start_date": "2023-01-01" } ] }""";
}

using CsCheck;
using Kz.Legislature.History;
using Kz.Legislature.Serialization;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Serialization;

public sealed partial class PopoloImporterTests
{
    private static readonly LocalDate Day = new(2024, 1, 1);

    private static LegislativeHistory History => SessionHistory.Current;

    [Fact]
    public void A_senate_and_a_mazhilis_survive_export_then_import()
    {
        var parliament = CompositionGenerators.RealisticParliament(History, Day);
        var popolo = PopoloExporter.Export(parliament, History);

        var senate = PopoloImporter.ImportMemberships(popolo, ChamberKind.Senate, Day, History);
        var mazhilis = PopoloImporter.ImportMemberships(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(popolo)), ChamberKind.Mazhilis, Day, History);

        senate.Should().Be(parliament.Senate);
        mazhilis.Should().Be(parliament.Mazhilis);
        senate.Convocation.Should().Be(8);
    }

    /// <summary>
    /// Alternative spellings written by the exporter come back exactly as given, a repeated one and one equal to the name
    /// included (found by the round-trip property test with seed 1D48gwDrGgg2).
    /// </summary>
    [Fact]
    public void Repeated_alternative_spellings_survive_export_then_import()
    {
        var name = new LocalizedName("Aigul", alternatives: ["Aigul", "Aygul", "Aygul"]);
        var senate = new Senate(Day, [new Mandate(new Deputy("d0", name), ChamberKind.Senate, SeatSource.AppointedByPresident, new LocalDate(2023, 1, 24))]);

        var imported = PopoloImporter.ImportMemberships(PopoloExporter.Export(senate, History), ChamberKind.Senate, Day, History);

        imported.Mandates[0].Deputy.Name.Alternatives.Should().Equal("Aigul", "Aygul", "Aygul");
        imported.Should().Be(senate);
    }

    [Fact]
    public void Every_generated_nonempty_composition_of_known_regions_and_parties_survives_export_then_import()
    {
        var regions = History.Regions.Select(r => r.Id).ToArray();
        var parties = History.Parties.Select(p => p.Id).Append("a-party-not-in-the-data").ToArray();
        var chamber = Gen.OneOf(ChamberKind.Senate, ChamberKind.Mazhilis, ChamberKind.Kurultai, ChamberKind.SupremeCouncil);
        var gen =
            from kind in chamber
            from count in Gen.Int[1, 25]
            from seeds in Gen.Select(CompositionGenerators.Name, Gen.Enum<SeatSource>(), Gen.Int[1, 3000], Gen.Int[1, 3000].Nullable(), Gen.Enum<MandateEndReason>().Nullable(), Gen.Int[-1, regions.Length - 1], Gen.Int[-1, parties.Length - 1], Gen.Int[0, 300]).Array[count]
            from birth in CompositionGenerators.Date.Nullable()
            from convocation in Gen.OneOf<int?>(null, 8)
            select Build(kind, seeds, birth, kind is ChamberKind.Senate or ChamberKind.Mazhilis ? convocation : null);

        gen.Sample(
            composition =>
            {
                var imported = PopoloImporter.ImportMemberships(PopoloExporter.Export(composition, History), composition.Kind, composition.Date, History);
                imported.Mandates.Should().BeEquivalentTo(composition.Mandates, o => o.WithStrictOrdering());
                imported.Should().Be(composition);
            },
            iter: PropertyRuns.Cap(100));

        ChamberComposition Build(ChamberKind kind, (LocalizedName Name, SeatSource Source, int Before, int? After, MandateEndReason? Reason, int Region, int Party, int District)[] seeds, LocalDate? birth, int? convocation)
        {
            var mandates = seeds.Select((s, i) =>
            {
                LocalDate? end = s.After is { } a ? Day.PlusDays(a) : null;
                return new Mandate(
                    new Deputy($"d{i}", s.Name, birth),
                    kind,
                    s.Source,
                    Day.PlusDays(-s.Before),
                    end,
                    end is null ? null : s.Reason,
                    s.Region < 0 ? null : regions[s.Region],
                    s.Source == SeatSource.SingleMemberDistrict ? s.District : null,
                    s.Party < 0 ? null : parties[s.Party]);
            });
            return CompositionGenerators.Build(kind, Day, mandates, convocation);
        }
    }

    [Fact]
    public void Only_memberships_of_the_chamber_that_run_on_the_date_are_imported()
    {
        var start = new LocalDate(2023, 1, 25);
        var senate = new Senate(Day, [
            new Mandate(new Deputy("a", "A"), ChamberKind.Senate, SeatSource.AppointedByPresident, start),
            new Mandate(new Deputy("b", "B"), ChamberKind.Senate, SeatSource.AppointedByPresident, start, Day, MandateEndReason.Resignation),
            new Mandate(new Deputy("c", "C"), ChamberKind.Senate, SeatSource.AppointedByPresident, Day.PlusDays(1)),
        ]);
        var popolo = PopoloExporter.Export(senate, History);

        PopoloImporter.ImportMemberships(popolo, ChamberKind.Senate, Day, History).Mandates.Select(m => m.Deputy.Id).Should().Equal("a");
        PopoloImporter.ImportMemberships(popolo, ChamberKind.Senate, Day.PlusDays(-1), History).Mandates.Select(m => m.Deputy.Id).Should().Equal("a", "b");
        FluentActions.Invoking(() => PopoloImporter.ImportMemberships(popolo, ChamberKind.Mazhilis, Day, History)).Should().Throw<LegislatureJsonException>()
            .Which.Reason.Should().StartWith("No membership is of the Mazhilis: the memberships name the organizations \"kz-legislature:chamber/senate\" ($.memberships[0], $.memberships[1], $.memberships[2])");
    }

    [Fact]
    public void Properties_the_importer_does_not_use_are_ignored()
    {
        const string json = """
            {
              "persons": [ { "id": "p1", "name": "Person One", "gender": "female", "images": [ { "url": "https://example.org/a.jpg" } ] } ],
              "organizations": [],
              "memberships": [ { "person_id": "p1", "organization_id": "kz-legislature:chamber/mazhilis", "post_id": "kz-legislature:post/mazhilis/single-member-district/12",
                                 "start_date": "2023-03-29", "role": "member", "label": "anything" } ],
              "meta": { "whatever": true }
            }
            """;

        var mazhilis = PopoloImporter.ImportMemberships(json, ChamberKind.Mazhilis, Day);

        mazhilis.Mandates.Should().ContainSingle().Which.Should().Be(
            new Mandate(new Deputy("p1", "Person One"), ChamberKind.Mazhilis, SeatSource.SingleMemberDistrict, new LocalDate(2023, 3, 29), district: 12));
        mazhilis.Convocation.Should().BeNull();
    }

    /// <summary>The parts the importer does not read (posts, events, properties it does not use) are still JSON read strictly: a key given twice there is refused where it is.</summary>
    [Theory]
    [InlineData("""{ "memberships": [], "posts": [ { "id": "a", "id": "b" } ] }""", "id", "$.posts")]
    [InlineData("""{ "memberships": [ { "organization_id": "x", "role": "member", "role": "chair" } ] }""", "role", "$.memberships[0].role")]
    [InlineData("""{ "memberships": [], "meta": { "a": 1 }, "meta": {} }""", "meta", "$.meta")]
    public void A_key_given_twice_where_the_importer_reads_nothing_is_still_refused(string json, string key, string path)
    {
        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, History, "popolo.json")).Should().Throw<LegislatureJsonException>().Which;

        ex.Reason.Should().Be($"The property \"{key}\" is given twice; each property may appear once.");
        ex.JsonPath.Should().Be(path);
        ex.LineNumber.Should().Be(0);
    }

    /// <summary>A value of the wrong type is refused in every object of the sections the importer reads, whether a membership of the chamber on the date uses it or not: a broken document is refused whole.</summary>
    [Fact]
    public void A_value_of_the_wrong_type_is_refused_in_a_person_no_membership_uses()
    {
        const string json = """{ "persons": [ { "id": "p", "name": "P", "other_names": {} } ], "memberships": [] }""";

        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, History)).Should().Throw<LegislatureJsonException>().Which;

        ex.Reason.Should().Be("Expected an array, found an object.");
        ex.JsonPath.Should().Be("$.persons[0].other_names");
    }

    /// <summary>A string holding half of a surrogate pair is refused by the strict reader, not silently replaced by U+FFFD.</summary>
    [Fact]
    public void A_string_with_half_a_surrogate_pair_is_refused_with_its_character()
    {
        var json = "{ \"memberships\": [], \"x\": \"\uD800\" }";

        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, History, "popolo.json")).Should().Throw<LegislatureJsonException>().Which;

        ex.Reason.Should().Be("The text is not valid: character 28 is half of a surrogate pair, which stands for no character.");
        ex.JsonPath.Should().Be("$");
        ex.FileName.Should().Be("popolo.json");
    }

    public static TheoryData<string, string, string, string> Errors => new()
    {
        // name, document, reason fragment, path
        { "no memberships", """{ "persons": [] }""", "The document has no \"memberships\"", "$" },
        { "memberships not an array", """{ "memberships": {} }""", "Expected an array, found an object", "$.memberships" },
        { "organization id not a string", """{ "memberships": [ { "organization_id": 5 } ] }""", "Expected a string, found a number", "$.memberships[0].organization_id" },
        { "reduced date", """{ "memberships": [ { "organization_id": "kz-legislature:chamber/senate", "start_date": "2023" } ] }""", "reduced dates such as \"2023\" cannot be imported", "$.memberships[0].start_date" },
        { "no start date", """{ "memberships": [ { "organization_id": "kz-legislature:chamber/senate" } ] }""", "has no \"start_date\"", "$.memberships[0]" },
        { "unknown person", """{ "persons": [], "memberships": [ { "person_id": "p", "organization_id": "kz-legislature:chamber/senate", "start_date": "2023-01-01" } ] }""", "No person with id \"p\"", "$.memberships[0].person_id" },
        { "foreign post", """{ "persons": [ { "id": "p", "name": "P" } ], "memberships": [ { "person_id": "p", "post_id": "ocd-post/1", "organization_id": "kz-legislature:chamber/senate", "start_date": "2023-01-01" } ] }""", "The post \"ocd-post/1\" is not a post of the form kz-legislature:post/senate/{source}/…, so its seat source cannot be told; map it with PopoloImportOptions.WithPost", "$.memberships[0].post_id" },
        { "unknown seat source", """{ "persons": [ { "id": "p", "name": "P" } ], "memberships": [ { "person_id": "p", "post_id": "kz-legislature:post/senate/elected/1", "organization_id": "kz-legislature:chamber/senate", "start_date": "2023-01-01" } ] }""", "does not follow the post scheme", "$.memberships[0].post_id" },
        { "blank person name", """{ "persons": [ { "id": "p", "name": " " } ], "memberships": [ { "person_id": "p", "post_id": "kz-legislature:post/senate/appointed-by-president/1", "organization_id": "kz-legislature:chamber/senate", "start_date": "2023-01-01" } ] }""", "must not be empty or white space", "$.persons[0].name" },
        { "unknown end reason", """{ "persons": [ { "id": "p", "name": "P" } ], "memberships": [ { "person_id": "p", "post_id": "kz-legislature:post/senate/appointed-by-president/1", "organization_id": "kz-legislature:chamber/senate", "start_date": "2023-01-01", "end_date": "2025-01-01", "end_reason": "bored" } ] }""", "\"bored\" is not a known end reason", "$.memberships[0].end_reason" },
        { "duplicate person id", """{ "persons": [ { "id": "p", "name": "P" }, { "id": "p", "name": "Q" } ], "memberships": [] }""", "used twice in \"persons\"", "$.persons[1].id" },
        { "duplicate key", """{ "memberships": [], "memberships": [] }""", "The property \"memberships\" is given twice", "$.memberships" },
        { "end not after start", """{ "persons": [ { "id": "p", "name": "P" } ], "memberships": [ { "person_id": "p", "post_id": "kz-legislature:post/senate/appointed-by-president/1", "organization_id": "kz-legislature:chamber/senate", "start_date": "2022-01-01", "end_date": "2021-01-01" } ] }""", "The end 2021-01-01 must be after the start 2022-01-01", "$.memberships[0].end_date" },
        { "person without a name", """{ "persons": [ { "id": "p" } ], "memberships": [ { "person_id": "p", "post_id": "kz-legislature:post/senate/appointed-by-president/1", "organization_id": "kz-legislature:chamber/senate", "start_date": "2023-01-01" } ] }""", "A person has no \"name\"", "$.persons[0]" },
        { "not an object", "[]", "Expected an object, found an array", "$" },
        { "malformed JSON", "{ \"memberships\": [ }", "is an invalid start of a value", "$.memberships[0]" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void A_document_that_cannot_be_imported_is_rejected_with_the_exact_reason_and_path(string name, string json, string reason, string path)
    {
        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(json, ChamberKind.Senate, Day, History, "popolo.json")).Should().Throw<LegislatureJsonException>(name).Which;

        ex.Reason.Should().Contain(reason, name);
        ex.JsonPath.Should().Be(path, name);
        ex.LineNumber.Should().NotBeNull(name);
        ex.FileName.Should().Be("popolo.json");
    }
}

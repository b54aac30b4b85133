using Kz.Legislature.Serialization;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>
/// Popolo from another publisher: an EveryPolitician-shaped file (written for these tests, with invented people) whose
/// organizations, parties and areas have their own ids, no posts, and inclusive end dates.
/// </summary>
public sealed partial class PopoloImporterTests
{
    private static readonly LocalDate ForeignDay = new(2024, 3, 10);

    private static readonly PopoloImportOptions Options = PopoloImportOptions.EveryPolitician
        .WithDefaultSource(SeatSource.PartyList)
        .WithParty("party/alpha", "alpha")
        .WithParty("party/beta", "beta");

    private static string File() => System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "everypolitician-mazhilis.json"));

    [Fact]
    public void The_chamber_is_found_by_its_organization_name_and_memberships_without_posts_take_the_default_source()
    {
        var mazhilis = PopoloImporter.ImportMemberships(File(), ChamberKind.Mazhilis, ForeignDay, SessionHistory.Current, "ep.json", Options);

        mazhilis.Mandates.Should().HaveCount(2);
        mazhilis.Mandates.Should().OnlyContain(m => m.Source == SeatSource.PartyList && m.Chamber == ChamberKind.Mazhilis);
        mazhilis.Mandates.Select(m => m.PartyId).Should().Equal("alpha", "beta");
        var one = mazhilis.Mandates[0].Deputy;
        one.Id.Should().Be("0b5c7a9e-1111-4c1e-9d2a-000000000001");
        one.Name.Russian.Should().Be("Тестовый Депутат Один");
        one.Name.Kazakh.Should().Be("Сынақ Депутат Бір");
        one.Name.Alternatives.Should().Equal("T. D. One");
        one.BirthDate.Should().Be(new LocalDate(1975, 4, 12));
    }

    [Fact]
    public void An_inclusive_end_date_is_the_last_day_served_and_becomes_the_exclusive_end_the_day_after()
    {
        var lastDay = PopoloImporter.ImportMemberships(File(), ChamberKind.Mazhilis, ForeignDay, SessionHistory.Current, "ep.json", Options);
        var after = PopoloImporter.ImportMemberships(File(), ChamberKind.Mazhilis, ForeignDay.PlusDays(1), SessionHistory.Current, "ep.json", Options);
        var exclusive = PopoloImporter.ImportMemberships(File(), ChamberKind.Mazhilis, ForeignDay, SessionHistory.Current, "ep.json", PopoloImportOptions.Default.WithDefaultSource(SeatSource.PartyList));

        lastDay.Mandates.Should().HaveCount(2);
        lastDay.Mandates[1].End.Should().Be(ForeignDay.PlusDays(1));
        after.Mandates.Should().ContainSingle().Which.Deputy.Name.English.Should().Be("Test Deputy One");
        exclusive.Mandates.Should().ContainSingle("read as exclusive, 2024-03-10 is the first day the second membership no longer runs");
    }

    [Fact]
    public void Without_a_seat_source_the_first_membership_without_a_post_is_named()
    {
        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(File(), ChamberKind.Mazhilis, ForeignDay, SessionHistory.Current, "ep.json")).Should().Throw<LegislatureJsonException>().Which;

        ex.JsonPath.Should().Be("$.memberships[0]");
        ex.Reason.Should().Contain("no \"post_id\"").And.Contain("PopoloImportOptions.WithDefaultSource");
        ex.LineNumber.Should().NotBeNull();
    }

    [Fact]
    public void An_organization_that_is_no_known_chamber_is_named_with_its_memberships_and_can_be_mapped()
    {
        var renamed = File().Replace("\"name\": \"Mazhilis\"", "\"name\": \"Lower House\"", StringComparison.Ordinal);

        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(renamed, ChamberKind.Mazhilis, ForeignDay, SessionHistory.Current, "ep.json", Options)).Should().Throw<LegislatureJsonException>().Which;
        var mapped = PopoloImporter.ImportMemberships(renamed, ChamberKind.Mazhilis, ForeignDay, SessionHistory.Current, "ep.json", PopoloImportOptions.EveryPolitician.WithDefaultSource(SeatSource.PartyList).WithOrganization("legislature", ChamberKind.Mazhilis));

        ex.JsonPath.Should().Be("$.memberships");
        ex.Reason.Should().StartWith("No membership is of the Mazhilis: the memberships name the organizations \"legislature\" ($.memberships[0], $.memberships[1]); \"party/beta\" ($.memberships[2])")
            .And.Contain("PopoloImportOptions.WithOrganization");
        mapped.Mandates.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Mäjilis")]
    [InlineData("Мажилис Парламента Республики Казахстан")]
    [InlineData("Мәжіліс")]
    [InlineData("House of Representatives (Mazhilis)")]
    public void An_organization_is_matched_by_any_spelling_of_the_chamber_in_en_ru_or_kk(string name)
    {
        var renamed = File().Replace("\"name\": \"Mazhilis\"", $"\"name\": \"{name}\"", StringComparison.Ordinal);

        PopoloImporter.ImportMemberships(renamed, ChamberKind.Mazhilis, ForeignDay, SessionHistory.Current, "ep.json", Options).Mandates.Should().HaveCount(2);
        FluentActions.Invoking(() => PopoloImporter.ImportMemberships(renamed, ChamberKind.Senate, ForeignDay, SessionHistory.Current, "ep.json", Options))
            .Should().Throw<LegislatureJsonException>().Which.Reason.Should().StartWith("No membership is of the Senate");
    }

    [Fact]
    public void A_foreign_area_is_matched_to_a_region_by_name_and_an_unknown_one_is_named()
    {
        var inAstana = File().Replace("\"on_behalf_of_id\": \"party/alpha\",", "\"on_behalf_of_id\": \"party/alpha\", \"area_id\": \"area/astana\",", StringComparison.Ordinal);
        var nationwide = File().Replace("\"on_behalf_of_id\": \"party/alpha\",", "\"on_behalf_of_id\": \"party/alpha\", \"area_id\": \"area/nationwide\",", StringComparison.Ordinal);

        PopoloImporter.ImportMemberships(inAstana, ChamberKind.Mazhilis, ForeignDay, SessionHistory.Current, "ep.json", Options).Mandates[0].RegionId.Should().Be("astana");
        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(nationwide, ChamberKind.Mazhilis, ForeignDay, SessionHistory.Current, "ep.json", Options)).Should().Throw<LegislatureJsonException>().Which;
        ex.JsonPath.Should().Be("$.areas[1]");
        ex.Reason.Should().Contain("\"area/nationwide\" (\"Nationwide list\") is no known region").And.Contain("PopoloImportOptions.WithArea");
        PopoloImporter.ImportMemberships(nationwide, ChamberKind.Mazhilis, ForeignDay, SessionHistory.Current, "ep.json", PopoloImportOptions.EveryPolitician.WithDefaultSource(SeatSource.PartyList).WithArea("area/nationwide", "astana")).Mandates[0].RegionId.Should().Be("astana");
    }

    [Fact]
    public void An_inclusive_end_before_the_start_names_the_option_it_was_read_with()
    {
        var broken = File().Replace("\"end_date\": \"2024-03-10\"", "\"end_date\": \"2023-03-28\"", StringComparison.Ordinal);

        var ex = FluentActions.Invoking(() => PopoloImporter.ImportMemberships(broken, ChamberKind.Mazhilis, ForeignDay, SessionHistory.Current, "ep.json", Options)).Should().Throw<LegislatureJsonException>().Which;

        ex.JsonPath.Should().Be("$.memberships[1].end_date");
        ex.Reason.Should().Be("The end 2023-03-28 is before the start 2023-03-29 (end_date is read as inclusive: the last day the membership runs).");
    }

    [Fact]
    public void Options_are_immutable_copies()
    {
        var mapped = PopoloImportOptions.Default.WithOrganization("legislature", ChamberKind.Mazhilis).WithPost("post/1", SeatSource.SingleMemberDistrict);

        PopoloImportOptions.Default.Organizations.Should().BeEmpty();
        PopoloImportOptions.Default.InclusiveEndDates.Should().BeFalse();
        PopoloImportOptions.EveryPolitician.InclusiveEndDates.Should().BeTrue();
        mapped.Organizations.Should().Equal(new Dictionary<string, ChamberKind> { ["legislature"] = ChamberKind.Mazhilis });
        mapped.Posts["post/1"].Should().Be(SeatSource.SingleMemberDistrict);
        FluentActions.Invoking(() => PopoloImportOptions.Default.WithOrganization("x", (ChamberKind)99)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_mapped_post_gives_its_seat_source()
    {
        var withPost = File().Replace("\"on_behalf_of_id\": \"party/alpha\",", "\"on_behalf_of_id\": \"party/alpha\", \"post_id\": \"post/astana-1\",", StringComparison.Ordinal);

        var mazhilis = PopoloImporter.ImportMemberships(withPost, ChamberKind.Mazhilis, ForeignDay, SessionHistory.Current, "ep.json", Options.WithPost("post/astana-1", SeatSource.SingleMemberDistrict));

        mazhilis.Mandates.Select(m => m.Source).Should().Equal(SeatSource.SingleMemberDistrict, SeatSource.PartyList);
    }

    [Fact]
    public void A_one_day_membership_with_an_inclusive_end_on_its_start_is_accepted()
    {
        var oneDay = File().Replace("\"end_date\": \"2024-03-10\"", "\"end_date\": \"2023-03-29\"", StringComparison.Ordinal);

        var mazhilis = PopoloImporter.ImportMemberships(oneDay, ChamberKind.Mazhilis, new LocalDate(2023, 3, 29), SessionHistory.Current, "ep.json", Options);

        mazhilis.Mandates[1].End.Should().Be(new LocalDate(2023, 3, 30));
    }
}

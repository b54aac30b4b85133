using System.Text.Json.Nodes;
using Kz.Legislature.History;
using Kz.Legislature.Serialization;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>
/// The exact persons, memberships, posts and parties the Popolo export writes for a composition: the seat each mandate
/// resolves to, the posts created for seats the history does not know, membership ids, the legislative period and the
/// composition's sources.
/// </summary>
public sealed partial class PopoloExporterTests
{
    private static readonly SourceReference Roster = new(new Uri("https://example.org/roster"), "Test roster");


    /// <summary>A person carries its names, its slug identifier, its birth date and the composition's sources.</summary>
    [Fact]
    public void a_person_carries_names_identifier_birth_date_and_the_composition_sources()
    {
        var deputy = new Deputy("d-1", new LocalizedName("Aigerim Test", "Айгерим Тест", "Әйгерім Тест", "Äigerım Test", ["A. Test"]), new LocalDate(1980, 2, 3));
        var senate = new Senate(new LocalDate(2024, 1, 1), [new Mandate(deputy, ChamberKind.Senate, SeatSource.AppointedByPresident, new LocalDate(2023, 1, 25))]);

        var document = Parse(PopoloExporter.Export(senate, History, [Roster]));
        var person = document["persons"]!.AsArray().Single()!.AsObject();

        Text(person, "id").Should().Be("kz-legislature:person/d-1");
        Text(person, "name").Should().Be("Aigerim Test");
        Pairs(person, "other_names", "name", "note").Should().Equal(("Айгерим Тест", "ru"), ("Әйгерім Тест", "kk"), ("Äigerım Test", "kk-Latn"), ("A. Test", "alternative"));
        Pairs(person, "identifiers", "identifier", "scheme").Should().Equal(("d-1", PopoloIdentifiers.Scheme));
        Text(person, "birth_date").Should().Be("1980-02-03");
        Pairs(person, "sources", "url", "note").Should().Equal(("https://example.org/roster", "Test roster"));

        var membership = document["memberships"]!.AsArray().Single()!.AsObject();
        Text(membership, "role").Should().Be("member");
        Pairs(membership, "sources", "url", "note").Should().Equal(("https://example.org/roster", "Test roster"));
    }

    /// <summary>A person named only in English has no other names; without sources, persons and memberships have empty sources.</summary>
    [Fact]
    public void a_person_named_only_in_english_has_no_other_names_and_no_sources_gives_empty_sources()
    {
        var senate = new Senate(new LocalDate(2024, 1, 1), [new Mandate(new Deputy("d-2", "Only English"), ChamberKind.Senate, SeatSource.AppointedByPresident, new LocalDate(2023, 1, 25))]);

        var document = Parse(PopoloExporter.Export(senate, History));
        var person = document["persons"]!.AsArray().Single()!.AsObject();

        person.ContainsKey("other_names").Should().BeFalse();
        person.ContainsKey("birth_date").Should().BeFalse();
        person["sources"]!.AsArray().Should().BeEmpty();
        document["memberships"]!.AsArray().Single()!["sources"]!.AsArray().Should().BeEmpty();
    }

    /// <summary>Every end reason is written under its snake_case name.</summary>
    [Fact]
    public void every_end_reason_is_written_under_its_snake_case_name()
    {
        var expected = new Dictionary<MandateEndReason, string>
        {
            [MandateEndReason.TermExpiry] = "term_expiry",
            [MandateEndReason.Dissolution] = "dissolution",
            [MandateEndReason.Resignation] = "resignation",
            [MandateEndReason.Death] = "death",
            [MandateEndReason.LossOfPartyMembership] = "loss_of_party_membership",
            [MandateEndReason.ConstitutionalTermination] = "constitutional_termination",
            [MandateEndReason.EarlyTerminationByPresident] = "early_termination_by_president",
            [MandateEndReason.Recall] = "recall",
            [MandateEndReason.IncompatibleOffice] = "incompatible_office",
            [MandateEndReason.OtherLegalGround] = "other_legal_ground",
        };
        expected.Keys.Should().BeEquivalentTo(Enum.GetValues<MandateEndReason>());
        var reasons = Enum.GetValues<MandateEndReason>();
        var start = new LocalDate(2023, 1, 25);
        var senate = new Senate(new LocalDate(2023, 1, 1), reasons.Select((r, i) =>
            new Mandate(new Deputy($"d{i}", $"D {i}"), ChamberKind.Senate, SeatSource.AppointedByPresident, start, start.PlusDays(10), r)));

        var written = Parse(PopoloExporter.Export(senate, History))["memberships"]!.AsArray().Select(m => Text(m!.AsObject(), "end_reason")).ToList();

        written.Should().Equal(reasons.Select(r => expected[r]));
        reasons.Select(PopoloExporter.EndReasonName).Should().Equal(reasons.Select(r => expected[r]));
    }

    /// <summary>Mandates of one deputy starting on the same day get the base membership id, then /2, /3.</summary>
    [Fact]
    public void repeated_membership_ids_are_numbered_from_two()
    {
        var deputy = new Deputy("twin", "Twin");
        var start = new LocalDate(2023, 1, 25);
        var senate = new Senate(new LocalDate(2024, 1, 1), Enumerable.Range(1, 3).Select(_ => new Mandate(deputy, ChamberKind.Senate, SeatSource.AppointedByPresident, start)));

        var document = Parse(PopoloExporter.Export(senate, History));

        document["memberships"]!.AsArray().Select(m => Text(m!.AsObject(), "id")).Should().Equal(
            "kz-legislature:membership/senate/twin/2023-01-25",
            "kz-legislature:membership/senate/twin/2023-01-25/2",
            "kz-legislature:membership/senate/twin/2023-01-25/3");
        document["persons"]!.AsArray().Should().ContainSingle();
        document["memberships"]!.AsArray().Select(m => Text(m!.AsObject(), "post_id")).Should().Equal(
            "kz-legislature:post/senate/appointed-by-president/1",
            "kz-legislature:post/senate/appointed-by-president/2",
            "kz-legislature:post/senate/appointed-by-president/3");
    }

    /// <summary>A chamber's own convocation wins over the parliament's; a chamber without one takes the parliament's.</summary>
    [Fact]
    public void the_chamber_convocation_wins_over_the_parliament_convocation()
    {
        var date = new LocalDate(2024, 1, 1);
        var senate = new Senate(date, [new Mandate(new Deputy("s", "S"), ChamberKind.Senate, SeatSource.AppointedByPresident, new LocalDate(2023, 1, 25))], convocation: 7);
        var mazhilis = new Mazhilis(date, [new Mandate(new Deputy("m", "M"), ChamberKind.Mazhilis, SeatSource.PartyList, new LocalDate(2023, 3, 29), partyId: "amanat")]);

        var document = Parse(PopoloExporter.Export(new Parliament(date, [senate, mazhilis], 8), History));
        var periods = document["memberships"]!.AsArray().Select(m => m!.AsObject()).ToDictionary(m => Text(m, "person_id")!, m => Text(m, "legislative_period_id"));

        periods[PopoloIdentifiers.Person("s")].Should().Be(PopoloIdentifiers.Convocation("parliament-vii"));
        periods[PopoloIdentifiers.Person("m")].Should().Be(PopoloIdentifiers.Convocation("parliament-viii"));
    }

    /// <summary>A maslikhat-elected senator holds the numbered seat of the region; seats beyond the history's get posts labelled with the region.</summary>
    [Fact]
    public void maslikhat_seats_resolve_by_region_and_extra_seats_are_labelled_with_the_region()
    {
        var date = new LocalDate(2024, 1, 1);
        var start = new LocalDate(2023, 1, 25);
        var senate = new Senate(date, Enumerable.Range(1, 3).Select(i =>
            new Mandate(new Deputy($"a{i}", $"A {i}"), ChamberKind.Senate, SeatSource.ElectedByMaslikhats, start, regionId: "astana"))
            .Append(new Mandate(new Deputy("x", "X"), ChamberKind.Senate, SeatSource.ElectedByMaslikhats, start, regionId: "atlantis"))
            .Append(new Mandate(new Deputy("n", "N"), ChamberKind.Senate, SeatSource.ElectedByMaslikhats, start)));

        var document = Parse(PopoloExporter.Export(senate, History, [Roster]));

        document["memberships"]!.AsArray().Select(m => Text(m!.AsObject(), "post_id")).Should().Equal(
            "kz-legislature:post/senate/elected-by-maslikhats/astana/1",
            "kz-legislature:post/senate/elected-by-maslikhats/astana/2",
            "kz-legislature:post/senate/elected-by-maslikhats/astana/3",
            "kz-legislature:post/senate/elected-by-maslikhats/atlantis/1",
            "kz-legislature:post/senate/elected-by-maslikhats/1");
        var third = Post(document, "kz-legislature:post/senate/elected-by-maslikhats/astana/3");
        Text(third, "label").Should().Be("Senate: Astana, elected by maslikhat deputies, seat 3");
        Text(third, "role").Should().Be("Senator");
        Text(third, "organization_id").Should().Be(PopoloIdentifiers.Chamber(ChamberKind.Senate));
        Text(third, "area_id").Should().Be(History.FindRegion("astana")!.OcdId);
        third.ContainsKey("start_date").Should().BeFalse();
        Pairs(third, "sources", "url", "note").Should().Equal(("https://example.org/roster", "Test roster"));

        var unknown = Post(document, "kz-legislature:post/senate/elected-by-maslikhats/atlantis/1");
        Text(unknown, "label").Should().Be("Senate: atlantis, elected by maslikhat deputies, seat 1");
        unknown.ContainsKey("area_id").Should().BeFalse();

        var regionless = Post(document, "kz-legislature:post/senate/elected-by-maslikhats/1");
        Text(regionless, "label").Should().Be("Senate: Elected by maslikhat deputies, seat 1");
    }

    /// <summary>A mazhilis deputy with a region holds a national party-list seat, not a regional one, and the membership keeps the area.</summary>
    [Fact]
    public void only_maslikhat_seats_are_numbered_per_region()
    {
        var date = new LocalDate(2024, 1, 1);
        var mazhilis = new Mazhilis(date, [
            new Mandate(new Deputy("p1", "P1"), ChamberKind.Mazhilis, SeatSource.PartyList, new LocalDate(2023, 3, 29), regionId: "astana"),
            new Mandate(new Deputy("p2", "P2"), ChamberKind.Mazhilis, SeatSource.PartyList, new LocalDate(2023, 3, 29), regionId: "almaty"),
        ]);

        var memberships = Parse(PopoloExporter.Export(mazhilis, History))["memberships"]!.AsArray().Select(m => m!.AsObject()).ToList();

        memberships.Select(m => Text(m, "post_id")).Should().Equal("kz-legislature:post/mazhilis/party-list/1", "kz-legislature:post/mazhilis/party-list/2");
        Text(memberships[0], "area_id").Should().Be(History.FindRegion("astana")!.OcdId);
    }

    /// <summary>A district seat resolves to the span of the post in force on the composition's date.</summary>
    [Theory]
    [InlineData(2000, "kz-legislature:post/mazhilis/single-member-district/1")]
    [InlineData(2024, "kz-legislature:post/mazhilis/single-member-district/1@2022-06-07")]
    public void a_district_seat_resolves_to_the_span_in_force_on_the_date(int year, string expected)
    {
        var date = new LocalDate(year, 1, 1);
        var mazhilis = new Mazhilis(date, [new Mandate(new Deputy("d", "D"), ChamberKind.Mazhilis, SeatSource.SingleMemberDistrict, date.PlusDays(-10), district: 1)]);

        var membership = Parse(PopoloExporter.Export(mazhilis, History))["memberships"]!.AsArray().Single()!.AsObject();

        Text(membership, "post_id").Should().Be(expected);
    }

    /// <summary>A district the history does not know gets a post labelled with its own number.</summary>
    [Fact]
    public void an_unknown_district_gets_a_post_labelled_with_its_number()
    {
        var date = new LocalDate(2024, 1, 1);
        var mazhilis = new Mazhilis(date, [new Mandate(new Deputy("d", "D"), ChamberKind.Mazhilis, SeatSource.SingleMemberDistrict, new LocalDate(2023, 3, 29), district: 500)]);

        var document = Parse(PopoloExporter.Export(mazhilis, History));
        var post = Post(document, "kz-legislature:post/mazhilis/single-member-district/500");

        Text(post, "label").Should().Be("Mazhilis: single-member district No. 500");
        Text(post, "role").Should().Be("Deputy");
    }

    /// <summary>A party the history does not know is a party organization with its slug and the composition's sources.</summary>
    [Fact]
    public void an_unknown_party_is_a_party_organization_citing_the_composition()
    {
        var mazhilis = new Mazhilis(new LocalDate(2024, 1, 1), [new Mandate(new Deputy("x", "X"), ChamberKind.Mazhilis, SeatSource.PartyList, new LocalDate(2023, 3, 29), partyId: "new-party")]);

        var document = Parse(PopoloExporter.Export(mazhilis, History, [Roster]));
        var party = document["organizations"]!.AsArray().Select(o => o!.AsObject()).Single(o => Text(o, "id") == PopoloIdentifiers.Party("new-party"));

        Text(party, "name").Should().Be("new-party");
        Text(party, "classification").Should().Be("party");
        Pairs(party, "identifiers", "identifier", "scheme").Should().Equal(("new-party", PopoloIdentifiers.Scheme));
        Pairs(party, "sources", "url", "note").Should().Equal(("https://example.org/roster", "Test roster"));
    }

    /// <summary>The stream overloads write the same document as the string ones and reject null arguments by name.</summary>
    [Fact]
    public void the_stream_overloads_write_the_same_documents_and_reject_nulls()
    {
        var date = new LocalDate(2024, 1, 1);
        var senate = new Senate(date, [new Mandate(new Deputy("s", "S"), ChamberKind.Senate, SeatSource.AppointedByPresident, new LocalDate(2023, 1, 25))]);
        var mazhilis = new Mazhilis(date, []);
        var parliament = new Parliament(date, [senate, mazhilis], 8);

        using (var stream = new MemoryStream())
        {
            PopoloExporter.ExportTo(stream, senate, History, [Roster]);
            System.Text.Encoding.UTF8.GetString(stream.ToArray()).Should().Be(PopoloExporter.Export(senate, History, [Roster]));
        }

        using (var stream = new MemoryStream())
        {
            PopoloExporter.ExportTo(stream, parliament, History, [Roster]);
            System.Text.Encoding.UTF8.GetString(stream.ToArray()).Should().Be(PopoloExporter.Export(parliament, History, [Roster]));
        }

        using var sink = new MemoryStream();
        FluentActions.Invoking(() => PopoloExporter.Export((LegislativeHistory)null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");
        FluentActions.Invoking(() => PopoloExporter.ExportTo(null!, (LegislativeHistory)null!)).Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
        FluentActions.Invoking(() => PopoloExporter.ExportTo(sink, (LegislativeHistory)null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");
        FluentActions.Invoking(() => PopoloExporter.Export((ChamberComposition)null!, History)).Should().Throw<ArgumentNullException>().WithParameterName("composition");
        FluentActions.Invoking(() => PopoloExporter.Export(senate, null!, [Roster])).Should().Throw<ArgumentNullException>().WithParameterName("history");
        FluentActions.Invoking(() => PopoloExporter.ExportTo(null!, (ChamberComposition)null!, null!)).Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
        FluentActions.Invoking(() => PopoloExporter.ExportTo(sink, (ChamberComposition)null!, History)).Should().Throw<ArgumentNullException>().WithParameterName("composition");
        FluentActions.Invoking(() => PopoloExporter.ExportTo(sink, senate, null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");
        FluentActions.Invoking(() => PopoloExporter.Export((Parliament)null!, History)).Should().Throw<ArgumentNullException>().WithParameterName("parliament");
        FluentActions.Invoking(() => PopoloExporter.Export(parliament, null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");
        FluentActions.Invoking(() => PopoloExporter.ExportTo(null!, (Parliament)null!, null!)).Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
        FluentActions.Invoking(() => PopoloExporter.ExportTo(sink, (Parliament)null!, History)).Should().Throw<ArgumentNullException>().WithParameterName("parliament");
        FluentActions.Invoking(() => PopoloExporter.ExportTo(sink, parliament, null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");
        sink.Length.Should().Be(0, "nothing is written before the arguments are checked");
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    private static string? Text(JsonObject o, string property) => o[property]?.GetValue<string>();

    private static JsonObject Post(JsonObject document, string id) =>
        document["posts"]!.AsArray().Select(p => p!.AsObject()).Single(p => Text(p, "id") == id);

    private static List<(string, string)> Pairs(JsonObject o, string array, string first, string second) =>
        o[array]!.AsArray().Select(i => (i![first]!.GetValue<string>(), i[second]!.GetValue<string>())).ToList();
}

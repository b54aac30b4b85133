using Kz.Legislature.Serialization;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>The Popolo identifiers: every chamber and seat source slug, the three post forms, and the exact errors for undefined values and nulls.</summary>
public sealed class PopoloIdentifiersTests
{
    [Theory]
    [InlineData(ChamberKind.Senate, "senate")]
    [InlineData(ChamberKind.Mazhilis, "mazhilis")]
    [InlineData(ChamberKind.Kurultai, "kurultai")]
    [InlineData(ChamberKind.SupremeCouncil, "supreme-council")]
    public void Every_chamber_has_its_slug_and_organization_id(ChamberKind chamber, string slug)
    {
        PopoloIdentifiers.ChamberSlug(chamber).Should().Be(slug);
        PopoloIdentifiers.Chamber(chamber).Should().Be("kz-legislature:chamber/" + slug);
    }

    [Theory]
    [InlineData(SeatSource.ElectedByMaslikhats, "elected-by-maslikhats")]
    [InlineData(SeatSource.AppointedByPresident, "appointed-by-president")]
    [InlineData(SeatSource.AppointedByPresidentOnAssemblyProposal, "appointed-by-president-on-assembly-proposal")]
    [InlineData(SeatSource.PartyList, "party-list")]
    [InlineData(SeatSource.SingleMemberDistrict, "single-member-district")]
    [InlineData(SeatSource.ElectedByAssemblyOfPeople, "elected-by-assembly-of-people")]
    [InlineData(SeatSource.StateList, "state-list")]
    [InlineData(SeatSource.PublicOrganization, "public-organization")]
    public void Every_seat_source_has_its_kebab_case_slug(SeatSource source, string slug) =>
        PopoloIdentifiers.SourceSlug(source).Should().Be(slug);

    [Fact]
    public void A_post_names_its_region_only_for_a_seat_filled_region_by_region()
    {
        PopoloIdentifiers.Post(ChamberKind.Senate, SeatSource.ElectedByMaslikhats, "astana", 2).Should().Be("kz-legislature:post/senate/elected-by-maslikhats/astana/2");
        PopoloIdentifiers.Post(ChamberKind.Mazhilis, SeatSource.SingleMemberDistrict, "astana", 12).Should().Be("kz-legislature:post/mazhilis/single-member-district/12");
        PopoloIdentifiers.Post(ChamberKind.SupremeCouncil, SeatSource.PartyList, null, 7).Should().Be("kz-legislature:post/supreme-council/party-list/7");
    }

    [Fact]
    public void The_other_identifiers_put_their_id_after_the_kind_of_thing()
    {
        PopoloIdentifiers.Maslikhat("astana").Should().Be("kz-legislature:maslikhat/astana");
        PopoloIdentifiers.Party("amanat").Should().Be("kz-legislature:party/amanat");
        PopoloIdentifiers.Person("d-1").Should().Be("kz-legislature:person/d-1");
        PopoloIdentifiers.Convocation("parliament-viii").Should().Be("kz-legislature:convocation/parliament-viii");
        PopoloIdentifiers.Election("mazhilis-2023").Should().Be("kz-legislature:election/mazhilis-2023");
        PopoloIdentifiers.Event("e").Should().Be("kz-legislature:event/e");
        PopoloIdentifiers.Parliament.Should().Be("kz-legislature:legislature/parliament");
        PopoloIdentifiers.AssemblyOfPeople.Should().Be("kz-legislature:organization/assembly-of-people");
        PopoloIdentifiers.Scheme.Should().Be("kz-legislature");
    }

    [Fact]
    public void An_undefined_chamber_or_seat_source_is_refused_with_its_value()
    {
        var chamber = FluentActions.Invoking(() => PopoloIdentifiers.ChamberSlug((ChamberKind)99)).Should().Throw<ArgumentOutOfRangeException>().Which;
        var source = FluentActions.Invoking(() => PopoloIdentifiers.SourceSlug((SeatSource)99)).Should().Throw<ArgumentOutOfRangeException>().Which;
        var inPost = FluentActions.Invoking(() => PopoloIdentifiers.Post((ChamberKind)99, SeatSource.PartyList, null, 1)).Should().Throw<ArgumentOutOfRangeException>().Which;

        chamber.Message.Should().Be("99 is not a defined chamber.");
        chamber.ParamName.Should().Be("chamber");
        source.Message.Should().Be("99 is not a defined seat source.");
        source.ParamName.Should().Be("source");
        inPost.Message.Should().Be("99 is not a defined chamber.");
    }

    [Fact]
    public void A_null_id_is_refused_by_its_parameter_name()
    {
        FluentActions.Invoking(() => PopoloIdentifiers.Maslikhat(null!)).Should().Throw<ArgumentNullException>().WithParameterName("regionId");
        FluentActions.Invoking(() => PopoloIdentifiers.Party(null!)).Should().Throw<ArgumentNullException>().WithParameterName("partyId");
        FluentActions.Invoking(() => PopoloIdentifiers.Person(null!)).Should().Throw<ArgumentNullException>().WithParameterName("deputyId");
        FluentActions.Invoking(() => PopoloIdentifiers.Convocation(null!)).Should().Throw<ArgumentNullException>().WithParameterName("convocationId");
        FluentActions.Invoking(() => PopoloIdentifiers.Election(null!)).Should().Throw<ArgumentNullException>().WithParameterName("electionId");
        FluentActions.Invoking(() => PopoloIdentifiers.Event(null!)).Should().Throw<ArgumentNullException>().WithParameterName("eventId");
    }
}

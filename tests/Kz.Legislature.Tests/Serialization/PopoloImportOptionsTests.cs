using Kz.Legislature.Serialization;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>The importer's options refuse a null id under the parameter's own name and an undefined seat source, and keep what they are given.</summary>
public sealed class PopoloImportOptionsTests
{
    [Fact]
    public void A_null_id_is_refused_under_the_name_of_its_parameter()
    {
        var options = PopoloImportOptions.Default;

        NullParam(() => options.WithOrganization(null!, ChamberKind.Senate)).Should().Be("organizationId");
        NullParam(() => options.WithPost(null!, SeatSource.PartyList)).Should().Be("postId");
        NullParam(() => options.WithArea(null!, "astana")).Should().Be("areaId");
        NullParam(() => options.WithArea("area/1", null!)).Should().Be("regionId");
        NullParam(() => options.WithParty(null!, "amanat")).Should().Be("organizationId");
        NullParam(() => options.WithParty("party/1", null!)).Should().Be("partyId");
    }

    [Fact]
    public void An_undefined_default_source_is_refused_and_null_refuses_memberships_without_a_known_post()
    {
        FluentActions.Invoking(() => PopoloImportOptions.Default.WithDefaultSource((SeatSource)99)).Should().Throw<ArgumentOutOfRangeException>();

        var fallback = PopoloImportOptions.Default.WithDefaultSource(SeatSource.PartyList);
        fallback.DefaultSource.Should().Be(SeatSource.PartyList);
        fallback.WithDefaultSource(null).DefaultSource.Should().BeNull();
    }

    [Fact]
    public void Areas_and_parties_are_mapped_in_a_copy()
    {
        var mapped = PopoloImportOptions.Default.WithArea("area/1", "astana").WithParty("party/1", "amanat");

        mapped.Areas.Should().Equal(new Dictionary<string, string> { ["area/1"] = "astana" });
        mapped.Parties.Should().Equal(new Dictionary<string, string> { ["party/1"] = "amanat" });
        PopoloImportOptions.Default.Areas.Should().BeEmpty();
        PopoloImportOptions.Default.Parties.Should().BeEmpty();
    }

    private static string? NullParam(Action act) =>
        FluentActions.Invoking(act).Should().Throw<ArgumentNullException>().Which.ParamName;
}

using Kz.Legislature.Internal;

namespace Kz.Legislature.Tests.Internal;

/// <summary>The map between a chamber and its wire name and slug (internal), and its refusal of a chamber no enumeration defines.</summary>
public sealed class ChamberKindNamesTests
{
    [Fact]
    public void an_undefined_chamber_has_no_wire_name_and_no_slug()
    {
        var kind = (ChamberKind)99;

        var wire = FluentActions.Invoking(() => kind.WireName()).Should().Throw<ArgumentOutOfRangeException>().Which;
        var slug = FluentActions.Invoking(() => kind.Slug()).Should().Throw<ArgumentOutOfRangeException>().Which;

        wire.Message.Should().Be("99 is not a defined chamber.");
        wire.ParamName.Should().Be("kind");
        slug.Message.Should().Be("99 is not a defined chamber.");
    }

    [Fact]
    public void every_defined_chamber_round_trips_through_its_wire_name_and_slug()
    {
        foreach (var kind in Enum.GetValues<ChamberKind>())
        {
            ChamberKindNames.TryParseWireName(kind.WireName(), out var fromWire).Should().BeTrue();
            fromWire.Should().Be(kind);
            ChamberKindNames.TryParseSlug(kind.Slug(), out var fromSlug).Should().BeTrue();
            fromSlug.Should().Be(kind);
        }

        ChamberKindNames.WireNames.Should().Be("senate, mazhilis, kurultai, supremeCouncil");
    }
}

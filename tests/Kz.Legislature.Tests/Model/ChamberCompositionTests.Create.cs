using Kz.Legislature.Internal;

namespace Kz.Legislature.Tests.Model;

/// <summary>The one factory of a composition by kind, and the one map of a kind's wire and slug names.</summary>
public sealed partial class ChamberCompositionTests
{
    private static readonly LocalDate Day = new(2024, 1, 1);

    public static TheoryData<ChamberKind, Type, string, string> Kinds => new()
    {
        { ChamberKind.Senate, typeof(Senate), "senate", "senate" },
        { ChamberKind.Mazhilis, typeof(Mazhilis), "mazhilis", "mazhilis" },
        { ChamberKind.Kurultai, typeof(Kurultai), "kurultai", "kurultai" },
        { ChamberKind.SupremeCouncil, typeof(SupremeCouncil), "supremeCouncil", "supreme-council" },
    };

    /// <summary>Each kind gives its own record type, with the date, mandates and convocation given.</summary>
    [Theory]
    [MemberData(nameof(Kinds))]
    public void Create_gives_the_record_of_the_kind(ChamberKind kind, Type type, string wire, string slug)
    {
        var deputy = new Deputy("d-1", "Test Deputy");
        var mandate = new Mandate(deputy, kind, SeatSource.PartyList, new LocalDate(2023, 3, 29));

        var composition = ChamberComposition.Create(kind, Day, [mandate], 8);

        composition.Should().BeOfType(type);
        composition.Kind.Should().Be(kind);
        composition.Date.Should().Be(Day);
        composition.Convocation.Should().Be(8);
        composition.Mandates.Should().Equal(mandate);
        composition.WithDate(Day.PlusDays(1)).Should().BeOfType(type);
        kind.WireName().Should().Be(wire);
        kind.Slug().Should().Be(slug);
        ChamberKindNames.TryParseWireName(wire, out var fromWire).Should().BeTrue();
        fromWire.Should().Be(kind);
        ChamberKindNames.TryParseSlug(slug, out var fromSlug).Should().BeTrue();
        fromSlug.Should().Be(kind);
    }

    /// <summary>An undefined kind is refused by name, and names that are not a chamber's are not parsed (case-sensitive).</summary>
    [Fact]
    public void An_undefined_kind_or_an_unknown_name_is_refused()
    {
        var ex = FluentActions.Invoking(() => ChamberComposition.Create((ChamberKind)99, Day, [])).Should().Throw<ArgumentOutOfRangeException>().Which;

        ex.ParamName.Should().Be("kind");
        ex.Message.Should().StartWith("99 is not a defined chamber.");
        FluentActions.Invoking(() => ChamberComposition.Create(ChamberKind.Senate, Day, null!)).Should().Throw<ArgumentNullException>().WithParameterName("mandates");
        FluentActions.Invoking(() => ChamberComposition.Create(ChamberKind.Senate, Day, [], 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("convocation");
        ChamberKindNames.TryParseWireName("SupremeCouncil", out _).Should().BeFalse();
        ChamberKindNames.TryParseWireName("supreme-council", out _).Should().BeFalse();
        ChamberKindNames.TryParseSlug("supremeCouncil", out _).Should().BeFalse();
        ChamberKindNames.TryParseSlug(null, out _).Should().BeFalse();
        ChamberKindNames.WireNames.Should().Be("senate, mazhilis, kurultai, supremeCouncil");
    }
}

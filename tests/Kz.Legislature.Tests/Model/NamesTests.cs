using System.Globalization;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Model;

public class NamesTests
{
    [Theory]
    [InlineData("Mäjilis", ChamberKind.Mazhilis)]
    [InlineData("Majilis", ChamberKind.Mazhilis)]
    [InlineData("Мәжіліс", ChamberKind.Mazhilis)]
    [InlineData("Qurultai", ChamberKind.Kurultai)]
    [InlineData("Құрылтай", ChamberKind.Kurultai)]
    [InlineData("Сенат", ChamberKind.Senate)]
    [InlineData("Supreme Soviet", ChamberKind.SupremeCouncil)]
    [InlineData("senate", ChamberKind.Senate)]
    public void Every_known_spelling_names_its_chamber(string spelling, ChamberKind expected)
    {
        Names.TryParseChamber(spelling, out var kind).Should().BeTrue();
        kind.Should().Be(expected);
    }

    [Fact]
    public void An_unknown_spelling_names_no_chamber()
    {
        Names.TryParseChamber("House of Commons", out _).Should().BeFalse();
    }

    [Fact]
    public void Every_chamber_seat_source_and_form_has_names_in_three_languages()
    {
        foreach (var kind in Enum.GetValues<ChamberKind>())
        {
            Complete(Names.Of(kind));
        }

        foreach (var source in Enum.GetValues<SeatSource>())
        {
            Complete(Names.Of(source));
        }

        foreach (var form in Enum.GetValues<LegislatureForm>())
        {
            Complete(Names.Of(form));
        }

        static void Complete(LocalizedName n)
        {
            n.Russian.Should().NotBeNullOrWhiteSpace();
            n.Kazakh.Should().NotBeNullOrWhiteSpace();
            n.KazakhLatin.Should().NotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void An_undefined_enum_value_is_rejected()
    {
        var act = () => Names.Of((ChamberKind)99);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("chamber");
    }
}

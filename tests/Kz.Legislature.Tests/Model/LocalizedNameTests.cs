using System.Globalization;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Model;

public class LocalizedNameTests
{
    private static LocalizedName Mazhilis() => new("Mazhilis", "Мажилис", "Мәжіліс", "Májilis", ["Mäjilis", "Majilis"]);

    [Fact]
    public void Equality_is_by_value_including_the_alternatives()
    {
        EqualityContract.Holds(
            Mazhilis(),
            Mazhilis(),
            new LocalizedName("Mazhilis", "Мажилис", "Мәжіліс", "Májilis", ["Majilis", "Mäjilis"]),
            new LocalizedName("Mazhilis"));
    }

    [Theory]
    [InlineData("en", "Mazhilis")]
    [InlineData("ru", "Мажилис")]
    [InlineData("ru-RU", "Мажилис")]
    [InlineData("kk", "Мәжіліс")]
    [InlineData("kk-KZ", "Мәжіліс")]
    [InlineData("kk-Latn", "Májilis")]
    [InlineData("de", "Mazhilis")]
    [InlineData(null, "Mazhilis")]
    public void In_gives_the_name_in_a_language_and_falls_back_to_English(string? language, string expected)
    {
        Mazhilis().In(language).Should().Be(expected);
    }

    [Fact]
    public void In_a_culture_uses_the_culture_name()
    {
        Mazhilis().In(CultureInfo.GetCultureInfo("kk-KZ")).Should().Be("Мәжіліс");
    }

    [Fact]
    public void A_missing_translation_falls_back_to_English()
    {
        new LocalizedName("Senate").In("ru").Should().Be("Senate");
    }

    [Theory]
    [InlineData("Mäjilis")]
    [InlineData("majilis")]
    [InlineData("МӘЖІЛІС")]
    [InlineData(" Mazhilis ")]
    public void Matches_any_spelling_case_insensitively(string spelling)
    {
        Mazhilis().Matches(spelling).Should().BeTrue();
    }

    [Fact]
    public void Does_not_match_other_names_or_blanks()
    {
        Mazhilis().Matches("Senate").Should().BeFalse();
        Mazhilis().Matches("").Should().BeFalse();
        Mazhilis().Matches(null).Should().BeFalse();
    }

    [Fact]
    public void The_English_name_is_required_and_alternatives_must_not_be_blank()
    {
        var noName = () => new LocalizedName(" ");
        noName.Should().Throw<ArgumentException>().WithParameterName("english");
        var nullName = () => new LocalizedName(null!);
        nullName.Should().Throw<ArgumentNullException>().WithParameterName("english");
        var blankAlt = () => new LocalizedName("x", alternatives: [""]);
        blankAlt.Should().Throw<ArgumentException>().WithParameterName("alternatives");
    }

    [Fact]
    public void ToString_is_the_English_name()
    {
        Mazhilis().ToString().Should().Be("Mazhilis");
    }
}

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

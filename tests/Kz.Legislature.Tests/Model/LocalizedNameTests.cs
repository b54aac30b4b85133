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

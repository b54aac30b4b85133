using System.Globalization;
using Kz.Legislature.Validation;

namespace Kz.Legislature.Tests.Validation;

/// <summary>The words a localizer fills into messages for its culture: the language, the subject of a null instance, the empty list of chambers.</summary>
public sealed class LocalizerTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("en-US", "en")]
    [InlineData("de-DE", "en")]
    [InlineData("", "en")]
    [InlineData("ru", "ru")]
    [InlineData("ru-RU", "ru")]
    [InlineData("ru-KZ", "ru")]
    [InlineData("kk", "kk")]
    [InlineData("kk-KZ", "kk")]
    public void the_language_is_russian_or_kazakh_from_the_culture_or_its_parent_otherwise_english(string culture, string expected)
    {
        For(culture).Language.Should().Be(expected);
    }

    [Theory]
    [InlineData("en-US", "none")]
    [InlineData("de-DE", "none")]
    [InlineData("ru-RU", "нет")]
    [InlineData("kk-KZ", "жоқ")]
    public void an_empty_list_of_chambers_is_the_word_for_none(string culture, string expected)
    {
        For(culture).None().Should().Be(expected);
        For(culture).Chambers([]).Should().Be(expected);
    }

    [Theory]
    [InlineData("en-US", "Senate, Mazhilis")]
    [InlineData("ru-RU", "Сенат, Мажилис")]
    [InlineData("kk-KZ", "Сенат, Мәжіліс")]
    public void a_list_of_chambers_is_their_names_in_the_order_of_the_kinds(string culture, string expected)
    {
        For(culture).Chambers([ChamberKind.Mazhilis, ChamberKind.Senate]).Should().Be(expected);
    }

    public static TheoryData<string, string, string, string> Subjects => new()
    {
        { nameof(Parliament), "Parliament", "Парламент", "Парламент" },
        { nameof(Mandate), "mandate", "мандат", "мандат" },
        { nameof(PartyList), "party list", "партийный список", "партиялық тізім" },
        { nameof(Kz.Legislature.Procedure.Division), "division", "голосование", "дауыс беру" },
        { nameof(ChamberComposition), "chamber composition", "состав палаты", "палата құрамы" },
        { nameof(ChamberKind.Senate), "Senate", "Сенат", "Сенат" },
        { nameof(ChamberKind.Mazhilis), "Mazhilis", "Мажилис", "Мәжіліс" },
        { "Unnamed", "Unnamed", "Unnamed", "Unnamed" },
    };

    [Theory]
    [MemberData(nameof(Subjects))]
    public void the_subject_of_a_null_instance_is_named_in_the_language_never_as_a_type_name(string typeName, string english, string russian, string kazakh)
    {
        For("en-US").Subject(typeName).Should().Be(english);
        For("de-DE").Subject(typeName).Should().Be(english);
        For("ru-RU").Subject(typeName).Should().Be(russian);
        For("kk-KZ").Subject(typeName).Should().Be(kazakh);
    }

    private static Localizer For(string culture) =>
        new(culture.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture));
}

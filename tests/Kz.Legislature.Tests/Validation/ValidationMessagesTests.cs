using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using Kz.Legislature.Testing;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

public sealed partial class ValidationMessagesTests
{
    public static TheoryData<string> Codes => new(ValidationCodes.All);

    [Theory]
    [MemberData(nameof(Codes))]
    public void every_code_has_the_same_placeholders_in_english_russian_and_kazakh(string code)
    {
        var en = Placeholders(ValidationMessages.GetTemplate(code, CultureInfo.GetCultureInfo("en")));
        var ru = Placeholders(ValidationMessages.GetTemplate(code, CultureInfo.GetCultureInfo("ru")));
        var kk = Placeholders(ValidationMessages.GetTemplate(code, CultureInfo.GetCultureInfo("kk")));

        en.Should().NotBeEmpty();
        ru.Should().BeEquivalentTo(en);
        kk.Should().BeEquivalentTo(en);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void the_three_languages_are_different_texts_in_their_own_scripts(string code)
    {
        var en = ValidationMessages.GetTemplate(code, CultureInfo.GetCultureInfo("en"));
        var ru = ValidationMessages.GetTemplate(code, CultureInfo.GetCultureInfo("ru"));
        var kk = ValidationMessages.GetTemplate(code, CultureInfo.GetCultureInfo("kk"));

        new[] { en, ru, kk }.Should().OnlyHaveUniqueItems();
        Cyrillic().IsMatch(PlaceholderPattern().Replace(ru, string.Empty)).Should().BeTrue();
        Cyrillic().IsMatch(PlaceholderPattern().Replace(kk, string.Empty)).Should().BeTrue();
        Cyrillic().IsMatch(en).Should().BeFalse();
    }

    [Theory]
    [InlineData("en-US", "The Senate on 2024-01-01 has 51 members; the statute provides 50 seats.")]
    [InlineData("ru-RU", "В составе палаты «Сенат» на 2024-01-01 депутатов: 51; по закону мест: 50.")]
    [InlineData("kk-KZ", "2024-01-01 күнгі «Сенат» құрамында 51 депутат бар; заң бойынша орын саны: 50.")]
    [InlineData("kk", "2024-01-01 күнгі «Сенат» құрамында 51 депутат бар; заң бойынша орын саны: 50.")]
    [InlineData("de-DE", "The Senate on 2024-01-01 has 51 members; the statute provides 50 seats.")]
    [InlineData("tr-TR", "The Senate on 2024-01-01 has 51 members; the statute provides 50 seats.")]
    [InlineData("", "The Senate on 2024-01-01 has 51 members; the statute provides 50 seats.")]
    public void messages_render_in_the_current_ui_culture_and_fall_back_to_english(string culture, string expected)
    {
        var (senate, _) = WithOneSeatMore(ValidCompositions.SenateOn(Date("2024-01-01")));

        using (new CultureScope(culture))
        {
            Validate(senate).Errors.Single(e => e.ErrorCode == ValidationCodes.SeatTotal).ErrorMessage.Should().Be(expected);
        }
    }

    [Fact]
    public void localized_names_of_chambers_and_instruments_fill_the_placeholders()
    {
        var mazhilis = new Mazhilis(Date("2026-07-01"), []);

        using (new CultureScope("ru-RU"))
        {
            Validate(mazhilis).Errors.Single(e => e.ErrorCode == ValidationCodes.ChamberDoesNotExist).ErrorMessage
                .Should().StartWith("Палаты «Мажилис» на 2026-07-01 не существует");
        }

        using (new CultureScope("kk-KZ"))
        {
            Validate(mazhilis).Errors.Single(e => e.ErrorCode == ValidationCodes.ChamberDoesNotExist).ErrorMessage
                .Should().Contain("«Мәжіліс»");
        }
    }

    [Fact]
    public void the_global_fluentvalidation_language_manager_is_untouched()
    {
        var before = ValidatorOptions.Global.LanguageManager;
        _ = new SenateValidator().Validate(new Senate(Date("2024-01-01"), []));

        ValidatorOptions.Global.LanguageManager.Should().BeSameAs(before);
        ValidatorOptions.Global.LanguageManager.GetString(ValidationCodes.SeatTotal, CultureInfo.GetCultureInfo("en")).Should().BeNullOrEmpty();
    }

    [Fact]
    public void an_unknown_code_is_rejected()
    {
        var act = () => ValidationMessages.GetTemplate("KZL9999");

        act.Should().Throw<ArgumentException>();
    }

    /// <summary>The names of a template's placeholders (<c>Chamber</c> for <c>{Chamber}</c>), each once, in ordinal order.</summary>
    internal static IReadOnlyList<string> Placeholders(string template) =>
        PlaceholderPattern().Matches(template).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"[\u0400-\u04FF]")]
    private static partial Regex Cyrillic();
}

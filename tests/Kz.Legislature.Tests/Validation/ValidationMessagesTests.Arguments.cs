using System.Globalization;
using Kz.Legislature.Validation;

namespace Kz.Legislature.Tests.Validation;

public sealed partial class ValidationMessagesTests
{
    [Fact]
    public void a_null_code_is_rejected_as_a_null_argument()
    {
        var act = () => ValidationMessages.GetTemplate(null!, CultureInfo.GetCultureInfo("en"));

        act.Should().Throw<ArgumentNullException>().WithParameterName("code");
    }

    [Fact]
    public void an_unknown_code_is_rejected_with_a_sentence_naming_it()
    {
        var act = () => ValidationMessages.GetTemplate("KZL9999", CultureInfo.GetCultureInfo("ru"));

        var error = act.Should().Throw<ArgumentException>().WithParameterName("code").Which;
        error.Should().NotBeOfType<ArgumentNullException>();
        error.Message.Should().Be("'KZL9999' is not a Kz.Legislature validation code.");
    }

    [Fact]
    public void the_languages_are_english_russian_and_kazakh()
    {
        ValidationMessages.Languages.Should().Equal("en", "ru", "kk");
    }
}

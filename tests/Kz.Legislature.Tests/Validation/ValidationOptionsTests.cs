using System.Globalization;
using Kz.Legislature.Validation;

namespace Kz.Legislature.Tests.Validation;

/// <summary>The options of a validation: the mode, the culture of the messages, value equality and the text of <c>ToString</c>.</summary>
public sealed class ValidationOptionsTests
{
    [Fact]
    public void the_text_is_the_mode_followed_by_the_culture_when_one_is_set()
    {
        ValidationOptions.Statutory.ToString().Should().Be("Statutory");
        ValidationOptions.AllowingVacancies.ToString().Should().Be("VacancyTolerant");
        ValidationOptions.Statutory.WithCulture(CultureInfo.GetCultureInfo("ru")).ToString().Should().Be("Statutory (ru)");
        new ValidationOptions(vacancyTolerant: true, culture: CultureInfo.GetCultureInfo("kk-KZ")).ToString().Should().Be("VacancyTolerant (kk-KZ)");
        ValidationOptions.AllowingVacancies.WithCulture(CultureInfo.GetCultureInfo("ru")).WithCulture(null).ToString().Should().Be("VacancyTolerant");
    }

    [Fact]
    public void with_culture_keeps_the_mode_and_options_compare_by_value()
    {
        var russian = CultureInfo.GetCultureInfo("ru");
        var tolerant = ValidationOptions.AllowingVacancies.WithCulture(russian);

        tolerant.VacancyTolerant.Should().BeTrue();
        tolerant.Culture.Should().BeSameAs(russian);
        tolerant.Should().Be(new ValidationOptions(vacancyTolerant: true, culture: russian));
        tolerant.Should().NotBe(ValidationOptions.AllowingVacancies);
        ValidationOptions.Statutory.Should().Be(new ValidationOptions());
        ValidationOptions.Statutory.VacancyTolerant.Should().BeFalse();
        ValidationOptions.Statutory.Culture.Should().BeNull();
    }
}

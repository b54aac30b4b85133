using Kz.Legislature.Procedure;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;

namespace Kz.Legislature.Tests.Validation;

/// <summary>The names of decisions and results that fill the division messages, in English, Russian and Kazakh.</summary>
public sealed class DecisionNamesTests
{
    public static TheoryData<DecisionKind, string, string, string> Kinds => new()
    {
        { DecisionKind.Law, "law", "закон", "заң" },
        { DecisionKind.ConstitutionalLaw, "constitutional law", "конституционный закон", "конституциялық заң" },
        { DecisionKind.ConstitutionalAmendment, "constitutional amendment", "изменение Конституции", "Конституцияға өзгеріс" },
        { DecisionKind.VetoOverride, "override of the President's objections", "преодоление возражений Президента", "Президенттің қарсылығын еңсеру" },
        { DecisionKind.DelegationOfPowers, "delegation of legislative powers", "делегирование законодательных полномочий", "заң шығару өкілеттігін беру" },
        { DecisionKind.NoConfidence, "no confidence in the Government", "вотум недоверия Правительству", "Үкіметке сенімсіздік білдіру" },
        { DecisionKind.ConsentToAppointment, "consent to an appointment", "согласие на назначение", "тағайындауға келісім" },
        { DecisionKind.RemovalOfPresident, "early removal of the President", "досрочное освобождение Президента", "Президентті мерзімінен бұрын босату" },
        { DecisionKind.ElectionOfChair, "election of the chair", "избрание председателя", "төрағаны сайлау" },
        { DecisionKind.LegislativeInitiative, "legislative initiative", "законодательная инициатива", "заң шығару бастамасы" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void every_decision_kind_is_named_in_the_language_of_the_current_ui_culture(DecisionKind kind, string english, string russian, string kazakh)
    {
        Name("en-US", kind, DecisionSubject.None).Should().Be(english);
        Name("ru-RU", kind, DecisionSubject.None).Should().Be(russian);
        Name("ru", kind, DecisionSubject.None).Should().Be(russian);
        Name("kk-KZ", kind, DecisionSubject.None).Should().Be(kazakh);
        Name("kk", kind, DecisionSubject.None).Should().Be(kazakh);
        Name("de-DE", kind, DecisionSubject.None).Should().Be(english);
        Name(string.Empty, kind, DecisionSubject.None).Should().Be(english);
    }

    [Fact]
    public void the_names_of_the_kinds_are_distinct_in_each_language()
    {
        foreach (var culture in new[] { "en-US", "ru-RU", "kk-KZ" })
        {
            Enum.GetValues<DecisionKind>().Select(k => Name(culture, k, DecisionSubject.None)).Should().OnlyHaveUniqueItems(culture);
        }
    }

    [Theory]
    [InlineData("en-US", DecisionKind.Law, DecisionSubject.Budget, "law (Budget)")]
    [InlineData("ru-RU", DecisionKind.Law, DecisionSubject.Taxes, "закон (Taxes)")]
    [InlineData("kk-KZ", DecisionKind.ConsentToAppointment, DecisionSubject.PrimeMinister, "тағайындауға келісім (PrimeMinister)")]
    [InlineData("en-US", DecisionKind.ConsentToAppointment, DecisionSubject.ChairOfSenate, "consent to an appointment (ChairOfSenate)")]
    public void a_subject_follows_the_name_in_parentheses(string culture, DecisionKind kind, DecisionSubject subject, string expected)
    {
        Name(culture, kind, subject).Should().Be(expected);
    }

    [Fact]
    public void a_kind_without_a_name_is_its_number()
    {
        Name("en-US", (DecisionKind)99, DecisionSubject.None).Should().Be("99");
    }

    [Theory]
    [InlineData("en-US", "passed", "not passed")]
    [InlineData("de-DE", "passed", "not passed")]
    [InlineData("", "passed", "not passed")]
    [InlineData("ru-RU", "принято", "не принято")]
    [InlineData("ru", "принято", "не принято")]
    [InlineData("kk-KZ", "қабылданды", "қабылданбады")]
    [InlineData("kk", "қабылданды", "қабылданбады")]
    public void the_result_is_named_in_the_language_of_the_current_ui_culture(string culture, string passed, string notPassed)
    {
        using (new CultureScope(culture))
        {
            DecisionNames.Result(true, Localizer.Current).Should().Be(passed);
            DecisionNames.Result(false, Localizer.Current).Should().Be(notPassed);
        }
    }

    private static string Name(string culture, DecisionKind kind, DecisionSubject subject)
    {
        using (new CultureScope(culture))
        {
            return DecisionNames.Of(kind, subject, Localizer.Current);
        }
    }
}

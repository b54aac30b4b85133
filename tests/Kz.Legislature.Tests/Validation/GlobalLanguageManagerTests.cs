using System.Globalization;
using FluentValidation;
using Kz.Legislature.History;
using Kz.Legislature.Procedure;
using Kz.Legislature.Testing;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

/// <summary>The tests that change FluentValidation's global language manager run alone: other tests read it at the same time.</summary>
[CollectionDefinition(nameof(GlobalLanguageManager), DisableParallelization = true)]
public sealed class GlobalLanguageManager;

/// <summary>
/// Messages are resolved by error code through <c>ValidatorOptions.Global.LanguageManager</c> first, then the built-in catalogue,
/// in the culture of <see cref="ValidationOptions.Culture"/>, else the global manager's, else the current UI culture.
/// </summary>
[Collection(nameof(GlobalLanguageManager))]
public sealed class GlobalLanguageManagerTests : IDisposable
{
    private static LegislativeHistory History => SessionHistory.Current;

    private const string English = "The Senate on 2024-01-01 has 51 members; the statute provides 50 seats.";
    private const string Russian = "В составе палаты «Сенат» на 2024-01-01 депутатов: 51; по закону мест: 50.";
    private const string Kazakh = "2024-01-01 күнгі «Сенат» құрамында 51 депутат бар; заң бойынша орын саны: 50.";

    private readonly CultureInfo? culture = ValidatorOptions.Global.LanguageManager.Culture;
    private readonly bool enabled = ValidatorOptions.Global.LanguageManager.Enabled;

    public void Dispose()
    {
        var manager = (FluentValidation.Resources.LanguageManager)ValidatorOptions.Global.LanguageManager;
        manager.Clear();
        manager.Culture = culture;
        manager.Enabled = enabled;
    }

    [Fact]
    public void an_english_translation_added_to_the_global_manager_replaces_the_built_in_english_message()
    {
        Manager.AddTranslation("en", ValidationCodes.SeatTotal, "{Chamber}: {Actual} of {Expected} on {Date}.");

        using (new CultureScope("en-GB"))
        {
            SeatTotalMessage().Should().Be("Senate: 51 of 50 on 2024-01-01.");
        }

        using (new CultureScope("de-DE"))
        {
            SeatTotalMessage().Should().Be("Senate: 51 of 50 on 2024-01-01.", "a culture without a built-in translation falls back to English");
        }

        using (new CultureScope("ru-RU"))
        {
            SeatTotalMessage().Should().Be(Russian, "the built-in Russian message is not replaced by an English one");
        }

        ValidationMessages.GetTemplate(ValidationCodes.SeatTotal, CultureInfo.GetCultureInfo("en")).Should().Be("{Chamber}: {Actual} of {Expected} on {Date}.");
    }

    [Fact]
    public void a_russian_or_kazakh_translation_added_to_the_global_manager_replaces_the_built_in_one()
    {
        Manager.AddTranslation("ru", ValidationCodes.SeatTotal, "Мест: {Actual} из {Expected}.");
        Manager.AddTranslation("kk", ValidationCodes.SeatTotal, "Орын: {Actual} / {Expected}.");

        SeatTotalMessage(new ValidationOptions(culture: CultureInfo.GetCultureInfo("ru-RU"))).Should().Be("Мест: 51 из 50.");
        SeatTotalMessage(new ValidationOptions(culture: CultureInfo.GetCultureInfo("kk"))).Should().Be("Орын: 51 / 50.");
        SeatTotalMessage(new ValidationOptions(culture: CultureInfo.GetCultureInfo("en"))).Should().Be(English);
    }

    [Fact]
    public void the_global_managers_culture_is_honoured_without_changing_the_thread_culture()
    {
        Manager.Culture = CultureInfo.GetCultureInfo("ru");

        using (new CultureScope("en-US"))
        {
            SeatTotalMessage().Should().Be(Russian);
            new SenateValidator(History).Validate((Senate)null!).Errors.Single().ErrorMessage.Should().Be("Не передан объект для проверки (Сенат).");
        }
    }

    [Fact]
    public void the_culture_option_wins_over_the_global_managers_culture_and_the_thread_culture()
    {
        Manager.Culture = CultureInfo.GetCultureInfo("ru");

        using (new CultureScope("en-US"))
        {
            SeatTotalMessage(new ValidationOptions(culture: CultureInfo.GetCultureInfo("kk-KZ"))).Should().Be(Kazakh);
            SeatTotalMessage(ValidationOptions.Statutory.WithCulture(CultureInfo.GetCultureInfo("en"))).Should().Be(English);
            CultureInfo.CurrentUICulture.Name.Should().Be("en-US");
        }
    }

    [Fact]
    public void a_disabled_global_manager_gives_english_messages_as_fluentvalidation_does()
    {
        Manager.Enabled = false;

        using (new CultureScope("ru-RU"))
        {
            SeatTotalMessage().Should().Be(English);
            SeatTotalMessage(new ValidationOptions(culture: CultureInfo.GetCultureInfo("kk"))).Should().Be(English);
        }
    }

    [Fact]
    public void without_options_or_a_global_culture_the_current_ui_culture_is_used()
    {
        using (new CultureScope("kk-KZ"))
        {
            SeatTotalMessage().Should().Be(Kazakh);
            SeatTotalMessage(ValidationOptions.AllowingVacancies).Should().Be(Kazakh);
        }

        using (new CultureScope("ru"))
        {
            SeatTotalMessage().Should().Be(Russian);
        }
    }

    [Fact]
    public void the_culture_option_reaches_every_validator()
    {
        var ru = new ValidationOptions(culture: CultureInfo.GetCultureInfo("ru"));
        var date = Date("2024-01-01");
        var early = Date("1980-01-01");

        using (new CultureScope("en-US"))
        {
            new ParliamentValidator(History, ru).Validate(new Parliament(early, [])).Errors.Single().ErrorMessage.Should().StartWith("Дата 1980-01-01");
            new MandateValidator(History, ru).Validate(ValidCompositions.SenateOn(date, History).Mandates[0].WithTerm(early, null)).Errors.Single().ErrorMessage
                .Should().StartWith("Дата 1980-01-01");
            new PartyListValidator(History, ru).Validate(new PartyList("amanat", ChamberKind.Mazhilis, early, [])).Errors.Single().ErrorMessage
                .Should().StartWith("Дата 1980-01-01");
            new ChamberCompositionValidator(History, ru).Validate(new Mazhilis(Date("2026-07-01"), [])).Errors
                .Single(e => e.ErrorCode == ValidationCodes.ChamberDoesNotExist).ErrorMessage.Should().StartWith("Палаты «Мажилис» на 2026-07-01 не существует");
            new DivisionValidator(History, ru).Validate(new Division(early, DecisionKind.Law, [new ChamberVote(ChamberKind.Mazhilis, 60, 0)], true)).Errors.Single().ErrorMessage
                .Should().StartWith("Дата 1980-01-01");
            new DivisionValidator(History, ru).Validate((Division)null!).Errors.Single().ErrorMessage.Should().StartWith("Не передан объект для проверки");
        }
    }

    [Fact]
    public void the_names_of_decisions_and_results_inside_a_division_message_follow_the_global_manager_too()
    {
        // A constitutional law in 2024 needs two thirds of each chamber: 65 yes in the 98-seat Mazhilis is one short of 66.
        var division = new Division(new LocalDate(2024, 1, 1), DecisionKind.ConstitutionalLaw, [new ChamberVote(ChamberKind.Mazhilis, 65, 30), new ChamberVote(ChamberKind.Senate, 45, 0)], true);
        string Message() => new DivisionValidator(History).Validate(division).Errors.Should().ContainSingle().Which.ErrorMessage;

        using (new CultureScope("en-US"))
        {
            Manager.Culture = CultureInfo.GetCultureInfo("ru");
            Message().Should().Contain("«конституционный закон»").And.Contain("принято").And.Contain("не принято")
                .And.NotContain("constitutional law").And.NotContain("passed");
        }

        using (new CultureScope("en-US"))
        {
            new DivisionValidator(History, new ValidationOptions(culture: CultureInfo.GetCultureInfo("kk"))).Validate(division).Errors.Single().ErrorMessage
                .Should().Contain("конституциялық заң").And.Contain("қабылданды").And.Contain("қабылданбады").And.NotContain("passed");
        }

        using (new CultureScope("ru-RU"))
        {
            Manager.Culture = null;
            Manager.Enabled = false;
            Message().Should().Be("The division on 2024-01-01 claims the constitutional law decision passed, but the counts give not passed: the Mazhilis had 65 yes of 66 required.");
        }
    }

    private static FluentValidation.Resources.LanguageManager Manager => (FluentValidation.Resources.LanguageManager)ValidatorOptions.Global.LanguageManager;

    private static string SeatTotalMessage(ValidationOptions? options = null)
    {
        var (senate, _) = WithOneSeatMore(ValidCompositions.SenateOn(Date("2024-01-01"), History));
        return new SenateValidator(History, options).Validate((Senate)senate).Errors.Single(e => e.ErrorCode == ValidationCodes.SeatTotal).ErrorMessage;
    }
}

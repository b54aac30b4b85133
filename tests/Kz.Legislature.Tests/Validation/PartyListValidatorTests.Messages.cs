using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

/// <summary>The exact messages, placeholders and properties of the <see cref="PartyListValidator"/> failures, and the texts of <see cref="PartyList"/>.</summary>
public sealed partial class PartyListValidatorTests
{
    private static PartyListValidator MessagesValidator => new(SessionHistory.Current);

    /// <summary>A list of <paramref name="qualifying"/> women of 45 followed by <paramref name="others"/> men of 50.</summary>
    private static PartyList MessagesList(string date, int qualifying, int others)
    {
        var d = Date(date);
        var candidates = Enumerable.Range(0, qualifying).Select(i => new PartyListCandidate($"w{i}", isWoman: true, birthDate: d.PlusYears(-45)))
            .Concat(Enumerable.Range(0, others).Select(i => new PartyListCandidate($"o{i}", birthDate: d.PlusYears(-50))));
        return new PartyList("synthetic-party-a", ChamberKind.Mazhilis, d, candidates);
    }

    private static FluentValidation.Results.ValidationFailure Single(PartyList list) =>
        MessagesValidator.Validate(list).Errors.Should().ContainSingle().Subject;

    /// <summary>The quota failure names the three groups of the 2022 rule in English, Russian and Kazakh.</summary>
    [Theory]
    [InlineData("en-US", "The list of synthetic-party-a has 3 of 11 candidates who are women, persons under 29, persons with disabilities; at least 4 (30%) are required.")]
    [InlineData("ru-RU", "В списке партии synthetic-party-a кандидатов из числа групп «женщины, лица моложе 29 лет, лица с инвалидностью»: 3 из 11; требуется не менее 4 (30%).")]
    [InlineData("kk-KZ", "synthetic-party-a партиясының тізіміндегі 11 кандидаттың 3 «әйелдер, 29 жасқа толмаған адамдар, мүгедектігі бар адамдар» топтарына жатады; кемінде 4 (30%) қажет.")]
    public void The_quota_failure_names_the_groups_of_2022_in_each_language(string culture, string expected)
    {
        using (new CultureScope(culture))
        {
            var failure = Single(MessagesList("2023-02-01", 3, 8));

            failure.ErrorMessage.Should().Be(expected);
            failure.PropertyName.Should().Be("Candidates");
            failure.AttemptedValue.Should().Be(3);
            failure.FormattedMessagePlaceholderValues["Party"].Should().Be("synthetic-party-a");
            failure.FormattedMessagePlaceholderValues["Total"].Should().Be(11);
            failure.FormattedMessagePlaceholderValues["Percent"].Should().Be(30);
        }
    }

    /// <summary>The 2020 rule counted women and persons under 29 only, and its failure says so.</summary>
    [Theory]
    [InlineData("en-US", "The list of synthetic-party-a has 2 of 10 candidates who are women, persons under 29; at least 3 (30%) are required.")]
    [InlineData("ru-RU", "В списке партии synthetic-party-a кандидатов из числа групп «женщины, лица моложе 29 лет»: 2 из 10; требуется не менее 3 (30%).")]
    [InlineData("kk-KZ", "synthetic-party-a партиясының тізіміндегі 10 кандидаттың 2 «әйелдер, 29 жасқа толмаған адамдар» топтарына жатады; кемінде 3 (30%) қажет.")]
    public void The_quota_failure_names_the_groups_of_2020_in_each_language(string culture, string expected)
    {
        using (new CultureScope(culture))
        {
            Single(MessagesList("2021-01-01", 2, 8)).ErrorMessage.Should().Be(expected);
        }
    }

    /// <summary>The structural failures carry their exact English messages and properties.</summary>
    [Fact]
    public void The_structural_failures_have_exact_messages_and_properties()
    {
        using var scope = new CultureScope("en-US");
        var d = Date("2023-02-01");

        var empty = Single(new PartyList("p", ChamberKind.Mazhilis, d, []));
        empty.ErrorMessage.Should().Be("The list of p has no candidates.");
        empty.PropertyName.Should().Be("Candidates");

        var duplicate = Single(new PartyList("p", ChamberKind.Mazhilis, d, [new PartyListCandidate("a", isWoman: true), new PartyListCandidate("a", isWoman: true), new PartyListCandidate("a", isWoman: true)]));
        duplicate.ErrorMessage.Should().Be("Candidate a appears 3 times on the list.");
        duplicate.PropertyName.Should().Be("Candidates");
        duplicate.AttemptedValue.Should().Be("a");

        var noListSeats = Single(new PartyList("p", ChamberKind.Mazhilis, Date("1997-01-01"), [new PartyListCandidate("a")]));
        noListSeats.ErrorCode.Should().Be(ValidationCodes.NoPartyListSeats);
        noListSeats.ErrorMessage.Should().Be("The Mazhilis has no party-list seats on 1997-01-01.");
        noListSeats.PropertyName.Should().Be("Chamber");

        var noChamber = Single(new PartyList("p", ChamberKind.Kurultai, Date("2024-01-01"), [new PartyListCandidate("a")]));
        var instrument = SessionHistory.Current.RulesOn(Date("2024-01-01")).Instrument.Name.English;
        noChamber.ErrorCode.Should().Be(ValidationCodes.ChamberDoesNotExist);
        noChamber.ErrorMessage.Should().Be($"The Kurultai does not exist on 2024-01-01: it is neither sitting nor provided for by {instrument}.");
        noChamber.PropertyName.Should().Be("Chamber");
    }

    /// <summary>A list dated the day before the coverage fails with both dates named; one dated on the first covered day does not.</summary>
    [Fact]
    public void A_list_before_the_coverage_names_both_dates()
    {
        using var scope = new CultureScope("en-US");
        var start = SessionHistory.Current.CoverageStart;
        var before = start.PlusDays(-1);

        var failure = Single(new PartyList("p", ChamberKind.Mazhilis, before, [new PartyListCandidate("a")]));
        failure.ErrorCode.Should().Be(ValidationCodes.DateBeforeCoverage);
        failure.ErrorMessage.Should().Be($"The date {Iso(before)} is before {Iso(start)}, the earliest date the legislative history covers.");
        failure.PropertyName.Should().Be("Date");

        MessagesValidator.Validate(new PartyList("p", ChamberKind.Mazhilis, start, [new PartyListCandidate("a")])).Errors
            .Should().NotContain(e => e.ErrorCode == ValidationCodes.DateBeforeCoverage);
    }

    /// <summary>The validator keeps its history and options and rejects a null history.</summary>
    [Fact]
    public void The_validator_keeps_its_history_and_options()
    {
        var validator = new PartyListValidator(SessionHistory.Current, ValidationOptions.AllowingVacancies);

        validator.History.Should().BeSameAs(SessionHistory.Current);
        validator.Options.Should().BeSameAs(ValidationOptions.AllowingVacancies);
        new PartyListValidator(SessionHistory.Current).Options.Should().BeSameAs(ValidationOptions.Statutory);
        FluentActions.Invoking(() => new PartyListValidator(null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");
    }

    /// <summary>A candidate born on the day is younger than any positive age but not than zero; one born later is younger.</summary>
    [Fact]
    public void A_candidate_born_on_the_day_is_not_younger_than_zero()
    {
        var d = Date("2023-02-01");

        new PartyListCandidate("a", birthDate: d).IsYoungerThan(d, 0).Should().BeFalse();
        new PartyListCandidate("a", birthDate: d).IsYoungerThan(d, 1).Should().BeTrue();
        new PartyListCandidate("a", birthDate: d.PlusDays(1)).IsYoungerThan(d, 0).Should().BeTrue();
        new PartyListCandidate("a").IsYoungerThan(d, 29).Should().BeFalse();
    }

    /// <summary>A party list describes its party, chamber, date and number of candidates.</summary>
    [Fact]
    public void A_party_list_describes_itself()
    {
        var d = Date("2023-02-01");

        new PartyList("amanat", ChamberKind.Mazhilis, d, [new PartyListCandidate("a")]).ToString().Should().Be("amanat Mazhilis 2023-02-01: 1 candidate");
        new PartyList("amanat", ChamberKind.Mazhilis, d, [new PartyListCandidate("a"), new PartyListCandidate("b")]).ToString().Should().Be("amanat Mazhilis 2023-02-01: 2 candidates");
        new PartyList("amanat", ChamberKind.Kurultai, d, []).ToString().Should().Be("amanat Kurultai 2023-02-01: 0 candidates");
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

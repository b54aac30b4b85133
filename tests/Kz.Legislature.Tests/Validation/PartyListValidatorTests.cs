using CsCheck;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

public sealed partial class PartyListValidatorTests
{
    // A validator per use, over this session's history: see SessionHistory.
    private static PartyListValidator Validator => new(ChamberCases.History);

    private static PartyList List(string date, int women, int young, int disabled, int others, ChamberKind chamber = ChamberKind.Mazhilis)
    {
        var d = Date(date);
        var candidates = new List<PartyListCandidate>();
        candidates.AddRange(Enumerable.Range(0, women).Select(i => new PartyListCandidate($"w{i}", isWoman: true, birthDate: d.PlusYears(-45))));
        candidates.AddRange(Enumerable.Range(0, young).Select(i => new PartyListCandidate($"y{i}", birthDate: d.PlusYears(-28))));
        candidates.AddRange(Enumerable.Range(0, disabled).Select(i => new PartyListCandidate($"p{i}", birthDate: d.PlusYears(-50), hasDisability: true)));
        candidates.AddRange(Enumerable.Range(0, others).Select(i => new PartyListCandidate($"o{i}", birthDate: d.PlusYears(-50))));
        return new PartyList("synthetic-party-a", chamber, d, candidates);
    }

    [Fact]
    public void a_list_with_exactly_30_percent_from_the_three_groups_passes_from_2022()
    {
        Validator.Validate(List("2023-02-01", 1, 1, 1, 7)).Errors.Should().BeEmpty();
    }

    [Fact]
    public void a_list_one_short_of_30_percent_fails_and_names_the_requirement()
    {
        var failure = Validator.Validate(List("2023-02-01", 1, 1, 1, 8)).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.ListQuotaNotMet);
        failure.FormattedMessagePlaceholderValues["Qualifying"].Should().Be(3);
        failure.FormattedMessagePlaceholderValues["Required"].Should().Be(4);
        failure.CustomState.Should().BeOfType<Citation>().Which.Source.Should().NotBeNull();
    }

    [Fact]
    public void persons_with_disabilities_count_only_from_the_2022_rule()
    {
        // The 2020 rule counted women and persons under 29 only.
        Validator.Validate(List("2021-01-01", 1, 1, 1, 7)).Codes().Should().Equal(ValidationCodes.ListQuotaNotMet);
        Validator.Validate(List("2021-01-01", 2, 1, 0, 7)).Errors.Should().BeEmpty();
    }

    [Fact]
    public void a_29_year_old_is_not_young_and_a_candidate_in_two_groups_counts_once()
    {
        var d = Date("2023-02-01");
        var list = new PartyList("p", ChamberKind.Mazhilis, d, [
            new PartyListCandidate("a", isWoman: true, birthDate: d.PlusYears(-20), hasDisability: true),
            new PartyListCandidate("b", birthDate: d.PlusYears(-29)),
            new PartyListCandidate("c"),
            new PartyListCandidate("d"),
        ]);

        Validator.Validate(list).Errors.Single().FormattedMessagePlaceholderValues["Qualifying"].Should().Be(1);
    }

    [Fact]
    public void no_quota_applies_before_it_was_introduced()
    {
        Validator.Validate(List("2012-01-01", 0, 0, 0, 10)).Errors.Should().BeEmpty();
    }

    [Fact]
    public void a_list_for_a_chamber_without_party_list_seats_or_that_does_not_exist_fails()
    {
        Validator.Validate(List("1997-01-01", 0, 0, 0, 10)).Codes().Should().Equal(ValidationCodes.NoPartyListSeats);
        Validator.Validate(List("2024-01-01", 3, 0, 0, 7, ChamberKind.Kurultai)).Codes().Should().Equal(ValidationCodes.ChamberDoesNotExist);
    }

    [Fact]
    public void empty_lists_duplicates_null_and_default_dates_give_coded_failures()
    {
        var d = Date("2023-02-01");
        Validator.Validate((PartyList)null!).Codes().Should().Equal(ValidationCodes.NullInstance);
        Validator.Validate(new PartyList("p", ChamberKind.Mazhilis, d, [])).Codes().Should().Equal(ValidationCodes.EmptyList);
        Validator.Validate(new PartyList("p", ChamberKind.Mazhilis, d, [new PartyListCandidate("a", isWoman: true), new PartyListCandidate("a", isWoman: true)]))
            .Codes().Should().Equal(ValidationCodes.DuplicateCandidate);
        Validator.Validate(new PartyList("p", ChamberKind.Mazhilis, default, [new PartyListCandidate("a")])).Codes().Should().Equal(ValidationCodes.DateBeforeCoverage);
    }

    [Fact]
    public void the_quota_is_exact_integer_arithmetic_for_every_list_size()
    {
        var gen = Gen.Select(Gen.Int[1, 400], Gen.Int[0, 400]);
        gen.Sample((total, counted) =>
        {
            counted = Math.Min(counted, total);
            var failed = !Validator.Validate(List("2024-01-01", counted, 0, 0, total - counted)).IsValid;
            return failed == (counted * 10 < total * 3);
        }, iter: PropertyRuns.Cap(1000));
    }
}

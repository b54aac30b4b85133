using System.Globalization;
using Kz.Legislature.Elections;
using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Elections;

/// <summary>
/// The list quota checked on the seats a party receives: the share, the groups and whether it binds the seats all come from
/// the <see cref="ListQuotaRule"/> in the data (30% of women, persons under 29 and persons with disabilities from 2022,
/// binding the mandates; Constitutional Law No. 105-VII of 7 Feb 2022), the same rule <c>PartyListValidator</c> applies.
/// </summary>
public sealed partial class ListQuotaTests
{
    private static readonly LocalDate Election2023 = new(2023, 3, 19);

    private static ListQuotaRule Quota2023 => ListQuota.RuleOn(SessionHistory.Current, Election2023, ChamberKind.Mazhilis)!;

    /// <summary>The 2023 rule from the data: 30%, three groups, under 29, binding the seats, citing law No. 105-VII.</summary>
    [Fact]
    public void the_quota_of_the_2023_election_is_read_from_the_data_with_the_law_that_set_it()
    {
        var quota = Quota2023;

        quota.MinimumPercent.Should().Be(30);
        quota.CountedGroups.Should().Be(QuotaGroups.Women | QuotaGroups.Youth | QuotaGroups.PersonsWithDisabilities);
        quota.YouthMaximumAge.Should().Be(29);
        quota.AppliesToSeats.Should().BeTrue();
        quota.Citation!.InstrumentId.Should().Be("election-law-2022-02");
        ListQuota.Check(quota, Election2023, Party("P", 1, 1)).Citation.Should().Be(quota.Citation);
    }

    /// <summary>The required seat holders are the ceiling of the rule's share.</summary>
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(10, 3)]
    [InlineData(11, 4)]
    [InlineData(40, 12)]
    [InlineData(69, 21)]
    public void the_required_seat_holders_are_the_ceiling_of_thirty_percent(int seats, int required)
    {
        Quota2023.RequiredFor(seats).Should().Be(required);
        Quota2023.IsMet(required, seats).Should().BeTrue();
        if (required > 0)
        {
            Quota2023.IsMet(required - 1, seats).Should().BeFalse();
        }
    }

    /// <summary>A different share in a custom dataset changes the check: nothing is a constant in code.</summary>
    [Fact]
    public void a_custom_dataset_with_another_share_changes_the_required_seat_holders()
    {
        var history = History.LegislativeHistoryTests.Load(doc =>
            doc["ruleSets"]![5]!["chambers"]![1]!["listQuota"]!["minimumPercent"] = "40");
        var quota = ListQuota.RuleOn(history, Election2023, ChamberKind.Mazhilis)!;

        quota.RequiredFor(10).Should().Be(4);
        ListQuota.Check(quota, Election2023, Party("P", 10, 3)).IsMet.Should().BeFalse();
        ListQuota.Check(Quota2023, Election2023, Party("P", 10, 3)).IsMet.Should().BeTrue();
    }

    /// <summary>The quota is met at exactly thirty percent and missed just below.</summary>
    [Fact]
    public void the_quota_is_met_at_exactly_thirty_percent_and_missed_just_below()
    {
        var results = ListQuota.Check(Quota2023, Election2023, [Party("Exactly", seats: 10, qualifying: 3), Party("Short", seats: 7, qualifying: 2)]);

        results.Select(r => r.ListId).Should().Equal("Exactly", "Short");
        results[0].IsMet.Should().BeTrue();
        results[0].QualifyingSeatHolders.Should().Be(3);
        results[0].Seats.Should().Be(10);
        results[1].IsMet.Should().BeFalse();
        results[1].RequiredSeatHolders.Should().Be(3);
        results[1].ToString().Should().Be("Short: 2 of 7 (needs 3): not met");
    }

    /// <summary>A seat holder in several groups counts once, and youth is measured from the birth date on the election day.</summary>
    [Fact]
    public void a_seat_holder_in_several_groups_counts_once_and_youth_is_measured_on_the_election_day()
    {
        var party = new PartySeatHolders("P", [
            new PartyListCandidate("Young woman with a disability", isWoman: true, birthDate: new LocalDate(2000, 1, 1), hasDisability: true),
            new PartyListCandidate("Man 1"),
            new PartyListCandidate("Man 2"),
            new PartyListCandidate("Turns 29 on the day", birthDate: new LocalDate(1994, 3, 19)),
        ]);

        var result = ListQuota.Check(Quota2023, Election2023, party);

        result.QualifyingSeatHolders.Should().Be(1);
        result.IsMet.Should().BeFalse();
        ListQuota.Check(Quota2023, new LocalDate(2023, 3, 18), party).QualifyingSeatHolders.Should().Be(2);
    }

    /// <summary>The 2020 quota counted women and youth on the lists only: a person with a disability does not count, and the rule does not bind seats.</summary>
    [Fact]
    public void the_2020_quota_counts_only_women_and_youth_and_does_not_bind_seats()
    {
        var quota2021 = ListQuota.RuleOn(SessionHistory.Current, new LocalDate(2021, 1, 10), ChamberKind.Mazhilis)!;
        var party = new PartySeatHolders("P", [new PartyListCandidate("D", hasDisability: true), new PartyListCandidate("W", isWoman: true)]);

        var result = ListQuota.Check(quota2021, new LocalDate(2021, 1, 10), party);

        result.QualifyingSeatHolders.Should().Be(1);
        result.AppliesToSeats.Should().BeFalse();
        result.ToString().Should().Be("P: 1 of 2 (needs 1): met (the quota does not bind seats)");
        quota2021.Citation!.InstrumentId.Should().Be("election-law-2020");
    }

    /// <summary>A party without seats meets the quota trivially.</summary>
    [Fact]
    public void a_party_without_seats_meets_the_quota_trivially()
    {
        ListQuota.Check(Quota2023, Election2023, new PartySeatHolders("Baytaq", [])).IsMet.Should().BeTrue();
    }

    /// <summary>The check matches 100 × qualifying ≥ 30 × seats for all small parties.</summary>
    [Fact]
    public void the_quota_check_matches_exact_integer_arithmetic_for_all_small_parties()
    {
        for (var seats = 0; seats <= 100; seats++)
        {
            for (var qualifying = 0; qualifying <= seats; qualifying++)
            {
                Quota2023.IsMet(qualifying, seats).Should().Be(10 * qualifying >= 3 * seats);
                ListQuota.Check(Quota2023, Election2023, Party("P", seats, qualifying)).IsMet.Should().Be(10 * qualifying >= 3 * seats);
            }
        }
    }

    /// <summary>There is no quota before 2020 and none known for the Kurultai.</summary>
    [Fact]
    public void there_is_no_quota_before_2020_nor_one_known_for_the_kurultai()
    {
        ListQuota.RuleOn(SessionHistory.Current, new LocalDate(2016, 3, 20), ChamberKind.Mazhilis).Should().BeNull();
        ListQuota.RuleOn(SessionHistory.Current, new LocalDate(2026, 8, 23), ChamberKind.Kurultai).Should().BeNull();
        ListQuota.RuleOn(SessionHistory.Current, new LocalDate(2026, 8, 23), ChamberKind.Mazhilis).Should().BeNull();
    }

    /// <summary>Quota inputs reject invalid arguments by name.</summary>
    [Fact]
    public void quota_inputs_reject_invalid_arguments_by_name()
    {
        var q = Quota2023;
        FluentActions.Invoking(() => new PartySeatHolders(null!, [])).Should().Throw<ArgumentNullException>().WithParameterName("listId");
        FluentActions.Invoking(() => new PartySeatHolders("P", null!)).Should().Throw<ArgumentNullException>().WithParameterName("seatHolders");
        FluentActions.Invoking(() => new PartySeatHolders("P", [null!])).Should().Throw<ArgumentException>().WithParameterName("seatHolders");
        FluentActions.Invoking(() => new PartySeatHolders("P", [new PartyListCandidate("X", isWoman: true), new PartyListCandidate("X")]))
            .Should().Throw<ArgumentException>().WithParameterName("seatHolders");
        FluentActions.Invoking(() => ListQuota.Check(q, Election2023, (IEnumerable<PartySeatHolders>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("parties");
        FluentActions.Invoking(() => ListQuota.Check(null!, Election2023, Party("P", 1, 1))).Should().Throw<ArgumentNullException>().WithParameterName("quota");
        FluentActions.Invoking(() => ListQuota.Check(q, Election2023, [Party("P", 1, 1), Party("P", 2, 1)])).Should().Throw<ArgumentException>().WithParameterName("parties");
        FluentActions.Invoking(() => ListQuota.Check(q, Election2023, [Party("P", 1, 1), null!])).Should().Throw<ArgumentException>().WithParameterName("parties");
        FluentActions.Invoking(() => ListQuota.Check(q, Election2023, (PartySeatHolders)null!)).Should().Throw<ArgumentNullException>().WithParameterName("party");
        FluentActions.Invoking(() => ListQuota.RuleOn(null!, Election2023, ChamberKind.Mazhilis)).Should().Throw<ArgumentNullException>().WithParameterName("history");
        FluentActions.Invoking(() => q.IsMet(-1, 3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("counted");
        FluentActions.Invoking(() => q.IsMet(4, 3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("counted");
        FluentActions.Invoking(() => q.IsMet(0, -3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("total");
        FluentActions.Invoking(() => q.RequiredFor(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("total");
        FluentActions.Invoking(() => q.Counts(null!, Election2023)).Should().Throw<ArgumentNullException>().WithParameterName("candidate");
    }

    /// <summary>Seat holders have value equality and short descriptions.</summary>
    [Fact]
    public void quota_inputs_have_value_equality_and_short_descriptions()
    {
        Party("P", 3, 1).Should().Be(Party("P", 3, 1));
        Party("P", 3, 1).GetHashCode().Should().Be(Party("P", 3, 1).GetHashCode());
        Party("P", 3, 1).Should().NotBe(Party("P", 3, 2));
        Party("P", 3, 1).ToString().Should().Be("P: 3 seat holders");
    }

    /// <summary>A party with <paramref name="seats"/> seat holders, the first <paramref name="qualifying"/> of them women.</summary>
    private static PartySeatHolders Party(string listId, int seats, int qualifying) => new(
        listId,
        Enumerable.Range(0, seats).Select(i => new PartyListCandidate("Candidate " + i.ToString(CultureInfo.InvariantCulture), isWoman: i < qualifying)));
}

using System.Globalization;
using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

/// <summary>The 30 % list quota check for women, young people and persons with disabilities.</summary>
public sealed class ListQuotaTests
{
    /// <summary>The required seat holders are the ceiling of thirty percent.</summary>
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(10, 3)]
    [InlineData(11, 4)]
    [InlineData(40, 12)]
    [InlineData(69, 21)]
    public void The_required_seat_holders_are_the_ceiling_of_thirty_percent(int seats, int required)
    {
        ListQuota.RequiredFor(seats).Should().Be(required);
        ListQuota.IsMet(required, seats).Should().BeTrue();
        if (required > 0)
        {
            ListQuota.IsMet(required - 1, seats).Should().BeFalse();
        }
    }

    /// <summary>The quota is met at exactly thirty percent and missed just below.</summary>
    [Fact]
    public void The_quota_is_met_at_exactly_thirty_percent_and_missed_just_below()
    {
        var met = Party("Exactly", seats: 10, qualifying: 3);
        var missed = Party("Short", seats: 7, qualifying: 2);

        var results = ListQuota.Check([met, missed]);

        results.Select(r => r.ListId).Should().Equal("Exactly", "Short");
        results[0].IsMet.Should().BeTrue();
        results[0].QualifyingSeatHolders.Should().Be(3);
        results[0].Seats.Should().Be(10);
        results[1].IsMet.Should().BeFalse();
        results[1].RequiredSeatHolders.Should().Be(3);
        results[1].ToString().Should().Be("Short: 2 of 7 (needs 3): not met");
    }

    /// <summary>A seat holder with several characteristics counts once.</summary>
    [Fact]
    public void A_seat_holder_with_several_characteristics_counts_once()
    {
        var party = new PartySeatHolders("P", [
            new SeatHolderProfile("Young woman with a disability", isWoman: true, isYouth: true, hasDisability: true),
            new SeatHolderProfile("Man 1", false, false, false),
            new SeatHolderProfile("Man 2", false, false, false),
            new SeatHolderProfile("Man 3", false, false, false),
        ]);

        var result = ListQuota.Check(party);

        result.QualifyingSeatHolders.Should().Be(1);
        result.IsMet.Should().BeFalse();
    }

    /// <summary>Each characteristic counts toward the quota.</summary>
    [Fact]
    public void Each_characteristic_counts_toward_the_quota()
    {
        new SeatHolderProfile("W", isWoman: true, isYouth: false, hasDisability: false).CountsTowardQuota.Should().BeTrue();
        new SeatHolderProfile("Y", isWoman: false, isYouth: true, hasDisability: false).CountsTowardQuota.Should().BeTrue();
        new SeatHolderProfile("D", isWoman: false, isYouth: false, hasDisability: true).CountsTowardQuota.Should().BeTrue();
        new SeatHolderProfile("N", isWoman: false, isYouth: false, hasDisability: false).CountsTowardQuota.Should().BeFalse();
    }

    /// <summary>A party without seats meets the quota trivially.</summary>
    [Fact]
    public void A_party_without_seats_meets_the_quota_trivially()
    {
        ListQuota.Check(new PartySeatHolders("Baytaq", [])).IsMet.Should().BeTrue();
    }

    /// <summary>The quota check matches ten times qualifying at least three times seats for all small parties.</summary>
    [Fact]
    public void The_quota_check_matches_ten_times_qualifying_at_least_three_times_seats_for_all_small_parties()
    {
        for (var seats = 0; seats <= 100; seats++)
        {
            for (var qualifying = 0; qualifying <= seats; qualifying++)
            {
                ListQuota.IsMet(qualifying, seats).Should().Be(10 * qualifying >= 3 * seats);
                ListQuota.Check(Party("P", seats, qualifying)).IsMet.Should().Be(10 * qualifying >= 3 * seats);
            }
        }
    }

    /// <summary>Quota inputs reject invalid arguments by name.</summary>
    [Fact]
    public void Quota_inputs_reject_invalid_arguments_by_name()
    {
        FluentActions.Invoking(() => new SeatHolderProfile(null!, true, false, false)).Should().Throw<ArgumentNullException>().WithParameterName("candidateId");
        FluentActions.Invoking(() => new SeatHolderProfile(" ", true, false, false)).Should().Throw<ArgumentException>().WithParameterName("candidateId");
        FluentActions.Invoking(() => new PartySeatHolders(null!, [])).Should().Throw<ArgumentNullException>().WithParameterName("listId");
        FluentActions.Invoking(() => new PartySeatHolders("P", null!)).Should().Throw<ArgumentNullException>().WithParameterName("seatHolders");
        FluentActions.Invoking(() => new PartySeatHolders("P", [null!])).Should().Throw<ArgumentException>().WithParameterName("seatHolders");
        FluentActions.Invoking(() => new PartySeatHolders("P", [new SeatHolderProfile("X", true, false, false), new SeatHolderProfile("X", false, false, false)]))
            .Should().Throw<ArgumentException>().WithParameterName("seatHolders");
        FluentActions.Invoking(() => ListQuota.Check((IEnumerable<PartySeatHolders>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("parties");
        FluentActions.Invoking(() => ListQuota.Check([Party("P", 1, 1), Party("P", 2, 1)])).Should().Throw<ArgumentException>().WithParameterName("parties");
        FluentActions.Invoking(() => ListQuota.Check([Party("P", 1, 1), null!])).Should().Throw<ArgumentException>().WithParameterName("parties");
        FluentActions.Invoking(() => ListQuota.Check((PartySeatHolders)null!)).Should().Throw<ArgumentNullException>().WithParameterName("party");
        FluentActions.Invoking(() => ListQuota.IsMet(-1, 3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("qualifying");
        FluentActions.Invoking(() => ListQuota.IsMet(4, 3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("qualifying");
        FluentActions.Invoking(() => ListQuota.IsMet(0, -3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("seats");
        FluentActions.Invoking(() => ListQuota.RequiredFor(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("seats");
    }

    /// <summary>Quota inputs have value equality and short descriptions.</summary>
    [Fact]
    public void Quota_inputs_have_value_equality_and_short_descriptions()
    {
        Party("P", 3, 1).Should().Be(Party("P", 3, 1));
        Party("P", 3, 1).GetHashCode().Should().Be(Party("P", 3, 1).GetHashCode());
        Party("P", 3, 1).Should().NotBe(Party("P", 3, 2));
        Party("P", 3, 1).ToString().Should().Be("P: 3 seat holders");
        new SeatHolderProfile("A. B.", isWoman: true, isYouth: true, hasDisability: false).ToString().Should().Be("A. B. (woman, youth)");
        new SeatHolderProfile("C. D.", false, false, false).ToString().Should().Be("C. D.");
    }

    /// <summary>A party with <paramref name="seats"/> seat holders, the first <paramref name="qualifying"/> of them women.</summary>
    private static PartySeatHolders Party(string listId, int seats, int qualifying) => new(
        listId,
        Enumerable.Range(0, seats).Select(i => new SeatHolderProfile(
            "Candidate " + i.ToString(CultureInfo.InvariantCulture), isWoman: i < qualifying, isYouth: false, hasDisability: false)));
}

using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

/// <summary>The full sentences of the allocator's refusals, the runner-up rule at its edges, and ties broken against the input order.</summary>
public sealed partial class SeatAllocatorTests
{
    /// <summary>Without the number of all ballots a threshold of all ballots cannot be measured, and the refusal says so.</summary>
    [Fact]
    public void A_threshold_of_all_ballots_without_the_ballots_is_refused_with_a_sentence()
    {
        FluentActions.Invoking(() => SeatAllocator.Allocate(Input(10, null, ("A", 600), ("B", 300)), AllocationOptions.Kazakhstan2023))
            .Should().Throw<ArgumentException>().WithParameterName("input")
            .Which.Message.Should().Be("The threshold is measured against all ballots cast (including invalid ballots and votes \"against all\"), but the number of all ballots is not given.");
    }

    /// <summary>When no list is eligible the refusal names the threshold, its base, the votes needed and the seats.</summary>
    [Fact]
    public void No_eligible_list_is_refused_with_the_threshold_and_the_seats()
    {
        FluentActions.Invoking(() => SeatAllocator.Allocate(Input(98, 10000, ("Small", 450), ("Smaller", 300)), AllocationOptions.Kazakhstan2023))
            .Should().Throw<ArgumentException>().WithParameterName("input")
            .Which.Message.Should().Be("No list is eligible for seats (none has votes reaching the 5% threshold of all ballots, 500 votes), so there are more seats than can be placed: 98 seats, 0 eligible lists.");
        FluentActions.Invoking(() => SeatAllocator.Allocate(Input(5, null, ("A", 0), ("B", 0)), NoThreshold(AllocationMethod.DHondt)))
            .Should().Throw<ArgumentException>().WithParameterName("input")
            .Which.Message.Should().Be("No list is eligible for seats (none has votes reaching the 0% threshold of the valid list votes, 0 votes), so there are more seats than can be placed: 5 seats, 0 eligible lists.");
    }

    /// <summary>The Droop refusal uses the singular for one vote, one seat and one list, and the plural otherwise.</summary>
    [Fact]
    public void The_Droop_refusal_uses_singular_and_plural_words()
    {
        // 1 vote, 10 seats: quota floor(1 / 11) + 1 = 1, one whole quota, 9 seats left for 1 list.
        FluentActions.Invoking(() => SeatAllocator.Allocate(Input(10, null, ("A", 1)), NoThreshold(AllocationMethod.DroopLargestRemainder)))
            .Should().Throw<ArgumentException>().WithParameterName("input")
            .Which.Message.Should().Be("The Droop quota cannot allocate 10 seats with 1 eligible votes: the quota is 1 vote, whole quotas give 1 seat, and the 9 remaining seats are more than the 1 eligible list, each of which can take at most one remainder seat. Use fewer seats or another method.");

        // 11 votes, 10 seats: quota floor(11 / 11) + 1 = 2; 5 and 6 votes make 2 and 3 quotas, 5 seats left for 2 lists.
        FluentActions.Invoking(() => SeatAllocator.Allocate(Input(10, null, ("A", 5), ("B", 6)), NoThreshold(AllocationMethod.DroopLargestRemainder)))
            .Should().Throw<ArgumentException>().WithParameterName("input")
            .Which.Message.Should().Be("The Droop quota cannot allocate 10 seats with 11 eligible votes: the quota is 2 votes, whole quotas give 5 seats, and the 5 remaining seats are more than the 2 eligible lists, each of which can take at most one remainder seat. Use fewer seats or another method.");
    }

    /// <summary>A list with no votes is never admitted as the runner-up: the one passing list takes every seat.</summary>
    [Fact]
    public void A_list_without_votes_is_not_admitted_as_the_runner_up()
    {
        var options = new AllocationOptions(AllocationMethod.HareLargestRemainder, Threshold.Percent(50), ThresholdBase.ValidListVotes, runnerUpAdmission: true, TiePolicy.EarlierRegistrationWins);

        var result = SeatAllocator.Allocate(Input(5, null, ("A", 100), ("B", 0), ("C", 0)), options);

        Seats(result).Should().Equal(5, 0, 0);
        result.Lists.Should().OnlyContain(l => !l.AdmittedAsRunnerUp);
        result.Lists.Count(l => l.IsEligible).Should().Be(1);
        result.Ties.Should().BeEmpty();
        result.EligibleVotes.Should().Be(100);
    }

    /// <summary>The runner-up tie lists only the lists with the runner-up's votes, not the passing list nor smaller ones.</summary>
    [Fact]
    public void The_runner_up_tie_lists_only_the_lists_with_equal_votes()
    {
        var options = new AllocationOptions(AllocationMethod.HareLargestRemainder, Threshold.Percent(50), ThresholdBase.ValidListVotes, runnerUpAdmission: true, TiePolicy.EarlierRegistrationWins);
        var input = new AllocationInput(
            4,
            [new PartyListVotes("Big", 900, 1), new PartyListVotes("Small", 10, 2), new PartyListVotes("Later", 40, 5), new PartyListVotes("Zero", 0, 0), new PartyListVotes("Earlier", 40, 3)]);

        var result = SeatAllocator.Allocate(input, options);

        var tie = result.Ties.Should().ContainSingle().Subject;
        tie.TiedListIds.Should().Equal("Earlier", "Later");
        tie.WinnerListIds.Should().Equal("Earlier");
        tie.ContestedSeats.Should().Be(1);
        result.ListFor("Earlier").AdmittedAsRunnerUp.Should().BeTrue();
        result.ListFor("Earlier").PassedThreshold.Should().BeFalse();
        result.ListFor("Later").IsEligible.Should().BeFalse();
        result.ListFor("Small").IsEligible.Should().BeFalse();
        result.EligibleVotes.Should().Be(940);
    }

    /// <summary>Two passing lists admit no runner-up even under the runner-up rule.</summary>
    [Fact]
    public void Two_passing_lists_admit_no_runner_up()
    {
        var options = new AllocationOptions(AllocationMethod.HareLargestRemainder, Threshold.Percent(30), ThresholdBase.ValidListVotes, runnerUpAdmission: true, TiePolicy.EarlierRegistrationWins);

        var result = SeatAllocator.Allocate(Input(4, null, ("A", 60), ("B", 30), ("C", 10)), options);

        result.Lists.Should().OnlyContain(l => !l.AdmittedAsRunnerUp);
        Seats(result).Should().Equal(3, 1, 0);
        result.Ties.Should().BeEmpty();
        result.EligibleVotes.Should().Be(90);
    }

    /// <summary>
    /// Equal averages are broken by registration, not by the order the lists are given in, both by the scan for a few lists
    /// and by the priority queue for more than sixteen.
    /// </summary>
    [Theory]
    [InlineData(AllocationMethod.DHondt, 0)]
    [InlineData(AllocationMethod.SainteLague, 0)]
    [InlineData(AllocationMethod.ModifiedSainteLague, 0)]
    [InlineData(AllocationMethod.DHondt, 15)]
    [InlineData(AllocationMethod.SainteLague, 15)]
    [InlineData(AllocationMethod.ModifiedSainteLague, 15)]
    public void Equal_averages_go_to_the_earlier_registration_whatever_the_input_order(AllocationMethod method, int smallLists)
    {
        var lists = new List<PartyListVotes> { new("Later", 1000, 900), new("Earlier", 1000, 800) };
        lists.AddRange(Enumerable.Range(0, smallLists).Select(i => new PartyListVotes("Small " + i, 1, i)));

        var result = SeatAllocator.Allocate(new AllocationInput(1, lists), NoThreshold(method));

        result.SeatsFor("Earlier").Should().Be(1);
        result.SeatsFor("Later").Should().Be(0);
        result.Awards.Should().ContainSingle().Which.ListId.Should().Be("Earlier");
        var tie = result.Ties.Should().ContainSingle().Subject;
        tie.Kind.Should().Be(TieKind.HighestAverage);
        tie.TiedListIds.Should().Equal("Earlier", "Later");
        tie.WinnerListIds.Should().Equal("Earlier");
        tie.ContestedSeats.Should().Be(1);
    }

    /// <summary>Under the priority queue a list with a higher average wins even when it is registered later.</summary>
    [Theory]
    [InlineData(AllocationMethod.DHondt)]
    [InlineData(AllocationMethod.SainteLague)]
    public void A_higher_average_beats_an_earlier_registration_among_many_lists(AllocationMethod method)
    {
        var lists = new List<PartyListVotes> { new("Earlier", 1000, 0), new("Later", 1001, 900) };
        lists.AddRange(Enumerable.Range(1, 15).Select(i => new PartyListVotes("Small " + i, 1, i)));

        var result = SeatAllocator.Allocate(new AllocationInput(3, lists), NoThreshold(method));

        result.SeatsFor("Later").Should().Be(2);
        result.SeatsFor("Earlier").Should().Be(1);
        result.Awards.Select(a => a.ListId).Should().Equal("Later", "Earlier", "Later");
        result.Ties.Should().BeEmpty();
    }
}

using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

/// <summary>
/// The cuts of the allocator: the runner-up in the first row, a Droop cut at a zero remainder beside a list without votes,
/// a D'Hondt cut that is not the last list holding seats, a runner-up tie kept beside a later tie, and Sainte-Laguë below the lower quota.
/// </summary>
public sealed partial class SeatAllocatorTests
{
    private static AllocationOptions RunnerUpAtHalf(AllocationMethod method) =>
        new(method, Threshold.Percent(50), ThresholdBase.ValidListVotes, runnerUpAdmission: true, TiePolicy.EarlierRegistrationWins);

    /// <summary>The runner-up is admitted also when it is the first list of the input.</summary>
    [Fact]
    public void The_runner_up_in_the_first_row_is_admitted()
    {
        // 1300 votes, 50% needs 650: only First passes; Second (300) is the runner-up. Eligible 1200 votes, 4 seats, quota 300:
        // Second 1 quota, First 3 quotas, no remainders.
        var result = SeatAllocator.Allocate(Input(4, null, ("Second", 300), ("First", 900), ("Third", 100)), RunnerUpAtHalf(AllocationMethod.HareLargestRemainder));

        Seats(result).Should().Equal(1, 3, 0);
        result.ListFor("Second").AdmittedAsRunnerUp.Should().BeTrue();
        result.ListFor("Second").PassedThreshold.Should().BeFalse();
        result.ListFor("First").PassedThreshold.Should().BeTrue();
        result.ListFor("Third").IsEligible.Should().BeFalse();
        result.EligibleVotes.Should().Be(1200);
        result.Ties.Should().BeEmpty();
    }

    /// <summary>
    /// When the Droop remainder seats reach down to a remainder of zero, a list without votes (which also has no remainder) takes
    /// no part: every eligible list gets its remainder seat and there is no tie.
    /// </summary>
    [Fact]
    public void A_Droop_cut_at_a_zero_remainder_ignores_a_list_without_votes()
    {
        // 10 votes, 7 seats: quota floor(10 / 8) + 1 = 2. A and B (3 votes) make 1 quota with remainder 1, C (4 votes) 2 quotas with
        // remainder 0: 4 seats by whole quotas, and the 3 remaining seats go one each to A, B and C. D has no votes.
        var result = SeatAllocator.Allocate(Input(7, null, ("A", 3), ("B", 3), ("C", 4), ("D", 0)), NoThreshold(AllocationMethod.DroopLargestRemainder));

        Seats(result).Should().Equal(2, 2, 3, 0);
        result.Ties.Should().BeEmpty();
        result.IsDecided.Should().BeTrue();
        result.ListFor("C").Remainder.Should().Be(Rational.Zero);
        result.ListFor("D").IsEligible.Should().BeFalse();
        result.Explain().Should().Contain("4 seats by whole quotas; 3 remaining seats go to the largest remainders: A, B, C.\n");
    }

    /// <summary>
    /// The D'Hondt tie is found at the least average of the seats held, even when the first list of the input holds it and a later
    /// list holds seats at higher averages.
    /// </summary>
    [Fact]
    public void A_DHondt_tie_at_the_first_lists_average_is_found()
    {
        // Averages: B 1000, 500, 333.33; A 400; C 400. The 3rd seat is contested at 400 by A (registered 1st) and C (3rd).
        var input = new AllocationInput(3, [new PartyListVotes("A", 400, 1), new PartyListVotes("C", 400, 3), new PartyListVotes("B", 1000, 2)]);

        var decided = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.DHondt));
        var undecided = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.DHondt, TiePolicy.ReportUndecidable));

        Seats(decided).Should().Equal(1, 0, 2);
        decided.Ties.Should().Equal(new TieResolution(TieKind.HighestAverage, Rational.FromInteger(400), 1, ["A", "C"], ["A"], isResolved: true));
        Seats(undecided).Should().Equal(0, 0, 2);
        undecided.UndecidedSeats.Should().Be(1);
        undecided.Ties.Should().Equal(new TieResolution(TieKind.HighestAverage, Rational.FromInteger(400), 1, ["A", "C"], [], isResolved: false));
    }

    /// <summary>A tie for the runner-up admission is kept when a tie for a seat follows it: both are reported, in the order they arose.</summary>
    [Fact]
    public void A_runner_up_tie_is_kept_beside_a_later_tie_for_a_seat()
    {
        // 200 votes, 50% needs 100: only Big passes; Earlier and Later (50 each) tie for the runner-up admission, won by Earlier.
        // D'Hondt, 2 seats: Big 100, then Big 100 / 2 = 50 and Earlier 50 / 1 = 50 tie for the 2nd seat, won by Big (registered 1st).
        var result = SeatAllocator.Allocate(Input(2, null, ("Big", 100), ("Earlier", 50), ("Later", 50)), RunnerUpAtHalf(AllocationMethod.DHondt));

        Seats(result).Should().Equal(2, 0, 0);
        result.Ties.Should().Equal(
            new TieResolution(TieKind.RunnerUpAdmission, Rational.FromInteger(50), 1, ["Earlier", "Later"], ["Earlier"], isResolved: true),
            new TieResolution(TieKind.HighestAverage, Rational.FromInteger(50), 1, ["Big", "Earlier"], ["Big"], isResolved: true));
        result.ListFor("Earlier").AdmittedAsRunnerUp.Should().BeTrue();
    }

    /// <summary>Sainte-Laguë, unlike D'Hondt, can give a large list fewer seats than its lower quota: it is not given that quota first.</summary>
    [Fact]
    public void Sainte_Lague_can_give_less_than_the_lower_quota()
    {
        // 2040 votes, 10 seats: A's lower quota is floor(1450 × 10 / 2040) = 7. A's averages 1450, 483.33, 290, 207.14, 161.11,
        // 131.82 and then 1450 / 13 = 111.54, below B..E (120, 119, 118, 117); F's 116 is the 11th average.
        var input = Input(10, null, ("A", 1450), ("B", 120), ("C", 119), ("D", 118), ("E", 117), ("F", 116));

        var result = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.SainteLague));

        Seats(result).Should().Equal(6, 1, 1, 1, 1, 0);
        result.ListFor("A").QuotaShare.Should().Be(new Rational(14500, 2040));
        result.Ties.Should().BeEmpty();
        result.Awards.Select(a => a.ListId).Should().Equal("A", "A", "A", "A", "A", "A", "B", "C", "D", "E");
    }
}

using Kz.Legislature.Elections;
using static Kz.Legislature.Tests.Elections.SeatAllocatorTests;

namespace Kz.Legislature.Tests.Elections;

public sealed partial class AllocationResultTests
{
    /// <summary>An unknown list id is refused with the ids there are; ids are matched exactly, case included.</summary>
    [Fact]
    public void An_unknown_list_is_refused_with_the_lists_there_are()
    {
        var result = SeatAllocator.Allocate(Input(3, null, ("A", 2), ("B", 1)), NoThreshold(AllocationMethod.DHondt));

        FluentActions.Invoking(() => result.ListFor("Nobody")).Should().Throw<ArgumentException>().WithParameterName("listId")
            .Which.Message.Should().Be("There is no list 'Nobody'; the lists are 'A', 'B'.");
        FluentActions.Invoking(() => result.SeatsFor("a")).Should().Throw<ArgumentException>().WithParameterName("listId")
            .Which.Message.Should().Be("There is no list 'a'; the lists are 'A', 'B'.");
        result.ListFor("B").ListId.Should().Be("B");
        result.SeatsFor("A").Should().Be(2);
        result.SeatsFor("B").Should().Be(1);
    }

    /// <summary>Lists that won remainder seats with equal remainders are named in registration order, not input order.</summary>
    [Fact]
    public void Remainder_seats_are_named_by_remainder_then_registration()
    {
        // 30 votes, 3 seats: quota 10. B and A have 8 votes (0.8 quotas, remainder 8), C 14 (1.4 quotas, remainder 4):
        // C takes 1 seat by its whole quota and the 2 remaining seats go to A and B.
        var input = new AllocationInput(3, [new PartyListVotes("B", 8, 2), new PartyListVotes("A", 8, 1), new PartyListVotes("C", 14, 3)]);

        var result = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.HareLargestRemainder));

        result.Explain().Should().Be(
            "Seat allocation by the Hare quota with largest remainders: 3 seats, 3 lists.\n"
            + "Threshold: 0% of the valid list votes (30) = 0 votes needed.\n"
            + "  B: 8 votes (26.67%): passed\n"
            + "  A: 8 votes (26.67%): passed\n"
            + "  C: 14 votes (46.67%): passed\n"
            + "Eligible votes: 30 (3 lists).\n"
            + "Hare quota = eligible votes / seats = 30 / 3 = 10.0000 votes per seat (exactly 10).\n"
            + "Quotients and remainders (votes / quota = quota share -> whole quotas, remainder in votes):\n"
            + "  B: 8 / 10.0000 = 0.8000 -> quotient 0, remainder 8.0000 (exactly 8)\n"
            + "  A: 8 / 10.0000 = 0.8000 -> quotient 0, remainder 8.0000 (exactly 8)\n"
            + "  C: 14 / 10.0000 = 1.4000 -> quotient 1, remainder 4.0000 (exactly 4)\n"
            + "1 seat by whole quotas; 2 remaining seats go to the largest remainders: A, B.\n"
            + "Ties: none.\n"
            + "Result: B 1, A 1, C 1.\n");
        result.ToString().Should().Be("3 seats: B 1, A 1, C 1");
        result.Quota.Should().Be(Rational.FromInteger(10));
        result.Awards.Should().BeEmpty();
        result.AllocatedSeats.Should().Be(3);
    }

    /// <summary>A D'Hondt explanation with a list below the threshold: its share, its status and the awards.</summary>
    [Fact]
    public void A_divisor_method_with_a_list_below_the_threshold_is_explained_line_by_line()
    {
        var options = new AllocationOptions(AllocationMethod.DHondt, Threshold.Percent(10), ThresholdBase.AllBallots, runnerUpAdmission: false, TiePolicy.ReportUndecidable);
        var result = SeatAllocator.Allocate(Input(3, 1000, ("A", 500), ("B", 300), ("C", 99)), options);

        result.Explain().Should().Be(
            "Seat allocation by D'Hondt highest averages (divisors 1, 2, 3, ...): 3 seats, 3 lists.\n"
            + "Threshold: 10% of all ballots (1000) = 100 votes needed.\n"
            + "  A: 500 votes (50.00%): passed\n"
            + "  B: 300 votes (30.00%): passed\n"
            + "  C: 99 votes (9.90%): below the threshold, no seats\n"
            + "Eligible votes: 800 (2 lists).\n"
            + "Seats in order of award (seat: list, votes / divisor = average):\n"
            + "  seat 1: A, 500 / 1 = 500.00\n"
            + "  seat 2: B, 300 / 1 = 300.00\n"
            + "  seat 3: A, 500 / 2 = 250.00\n"
            + "Ties: none.\n"
            + "Result: A 2, B 1, C 0.\n");
        result.Quota.Should().BeNull();
        result.ThresholdVotes.Should().Be(100);
        result.ThresholdBaseVotes.Should().Be(1000);
        result.EligibleVotes.Should().Be(800);
        result.ListFor("C").QuotaShare.Should().BeNull();
        result.ListFor("C").Quotient.Should().BeNull();
        result.ListFor("C").Remainder.Should().BeNull();
        result.ListFor("A").QuotaShare.Should().Be(new Rational(500 * 3, 800));
        result.ListFor("A").Remainder.Should().BeNull();
        result.Awards.Select(a => a.ToString()).Should().Equal("seat 1: A, 500 / 1 = 500.00", "seat 2: B, 300 / 1 = 300.00", "seat 3: A, 500 / 2 = 250.00");
        result.Awards[2].Divisor.Should().Be(Rational.FromInteger(2));
        result.Awards[2].Average.Should().Be(Rational.FromInteger(250));
        result.Awards[2].Votes.Should().Be(500);
        result.Awards.Should().BeSameAs(result.Awards);
        result.Lists.Should().BeSameAs(result.Lists);
    }

    /// <summary>A Droop allocation's quota shares and remainders are in votes of the whole-number quota.</summary>
    [Fact]
    public void A_Droop_allocation_reports_shares_and_remainders_of_its_whole_quota()
    {
        // 100 votes, 3 seats: quota floor(100 / 4) + 1 = 26. A 70 = 2 quotas + 18, B 30 = 1 quota + 4: 3 seats by whole quotas.
        var result = SeatAllocator.Allocate(Input(3, null, ("A", 70), ("B", 30)), NoThreshold(AllocationMethod.DroopLargestRemainder));

        result.Quota.Should().Be(Rational.FromInteger(26));
        result.ListFor("A").QuotaShare.Should().Be(new Rational(70, 26));
        result.ListFor("A").Quotient.Should().Be(2);
        result.ListFor("A").Remainder.Should().Be(Rational.FromInteger(18));
        result.ListFor("B").Remainder.Should().Be(Rational.FromInteger(4));
        result.Explain().Should().Contain(
            "Droop quota = floor(eligible votes / (seats + 1)) + 1 = floor(100 / 4) + 1 = 26 votes per seat.\n"
            + "Quotients and remainders (votes / quota = quota share -> whole quotas, remainder in votes):\n"
            + "  A: 70 / 26.0000 = 2.6923 -> quotient 2, remainder 18.0000 (exactly 18)\n"
            + "  B: 30 / 26.0000 = 1.1538 -> quotient 1, remainder 4.0000 (exactly 4)\n"
            + "3 seats by whole quotas; 0 remaining seats go to the largest remainders.\n"
            + "Ties: none.\n"
            + "Result: A 2, B 1.\n");
    }

    /// <summary>An undecided remainder tie for one seat under Hare: the walk, the tie left undecided, and "1 seat undecided".</summary>
    [Fact]
    public void An_undecided_remainder_tie_for_one_seat_is_explained_line_by_line()
    {
        // 500 votes, 3 seats: A 300 = 1.8 quotas, B and C 100 = 0.6 quotas each. A takes a remainder seat; B and C tie for the last.
        var input = new AllocationInput(3, [new PartyListVotes("A", 300, 1), new PartyListVotes("B", 100, 3), new PartyListVotes("C", 100, 2)]);

        var result = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.HareLargestRemainder, TiePolicy.ReportUndecidable));

        result.Explain().Should().Be(
            "Seat allocation by the Hare quota with largest remainders: 3 seats, 3 lists.\n"
            + "Threshold: 0% of the valid list votes (500) = 0 votes needed.\n"
            + "  A: 300 votes (60.00%): passed\n"
            + "  B: 100 votes (20.00%): passed\n"
            + "  C: 100 votes (20.00%): passed\n"
            + "Eligible votes: 500 (3 lists).\n"
            + "Hare quota = eligible votes / seats = 500 / 3 = 166.6667 votes per seat (exactly 500/3).\n"
            + "Quotients and remainders (votes / quota = quota share -> whole quotas, remainder in votes):\n"
            + "  A: 300 / 166.6667 = 1.8000 -> quotient 1, remainder 133.3333 (exactly 400/3)\n"
            + "  B: 100 / 166.6667 = 0.6000 -> quotient 0, remainder 100.0000 (exactly 100)\n"
            + "  C: 100 / 166.6667 = 0.6000 -> quotient 0, remainder 100.0000 (exactly 100)\n"
            + "1 seat by whole quotas; 2 remaining seats go to the largest remainders: A.\n"
            + "Ties:\n"
            + "  C, B tied with equal remainders of 100 (100.0000) votes for 1 seat: left undecided.\n"
            + "Result: A 2, B 0, C 0; 1 seat undecided.\n");
        result.ToString().Should().Be("3 seats: A 2, B 0, C 0, 1 undecided");
        result.AllocatedSeats.Should().Be(2);
        result.IsDecided.Should().BeFalse();
    }
}

using Kz.Legislature.Elections;
using static Kz.Legislature.Tests.Elections.SeatAllocatorTests;

namespace Kz.Legislature.Tests.Elections;

/// <summary>The full text of <see cref="AllocationResult.Explain"/> and the short descriptions of the allocation types, line by line.</summary>
public sealed partial class AllocationResultTests
{
    /// <summary>A runner-up admitted by a resolved tie of votes is explained with its status, the quota walk and the tie.</summary>
    [Fact]
    public void A_runner_up_admitted_by_a_tie_is_explained_line_by_line()
    {
        var options = new AllocationOptions(
            AllocationMethod.HareLargestRemainder, Threshold.Percent(50), ThresholdBase.ValidListVotes, runnerUpAdmission: true, TiePolicy.EarlierRegistrationWins);
        var result = SeatAllocator.Allocate(Input(3, null, ("A", 600), ("B", 200), ("C", 200)), options);

        result.Explain().Should().Be(
            "Seat allocation by the Hare quota with largest remainders: 3 seats, 3 lists.\n"
            + "Threshold: 50% of the valid list votes (1000) = 500 votes needed.\n"
            + "  A: 600 votes (60.00%): passed\n"
            + "  B: 200 votes (20.00%): below the threshold, admitted as runner-up\n"
            + "  C: 200 votes (20.00%): below the threshold, no seats\n"
            + "Eligible votes: 800 (2 lists).\n"
            + "Hare quota = eligible votes / seats = 800 / 3 = 266.6667 votes per seat (exactly 800/3).\n"
            + "Quotients and remainders (votes / quota = quota share -> whole quotas, remainder in votes):\n"
            + "  A: 600 / 266.6667 = 2.2500 -> quotient 2, remainder 66.6667 (exactly 200/3)\n"
            + "  B: 200 / 266.6667 = 0.7500 -> quotient 0, remainder 200.0000 (exactly 200)\n"
            + "2 seats by whole quotas; 1 remaining seat goes to the largest remainders: B.\n"
            + "Ties:\n"
            + "  B, C tied with equal votes (200) for admission as runner-up for 1 admission: won by B (registered earlier).\n"
            + "Result: A 2, B 1, C 0.\n");
        result.Options.ToString().Should().Be("Hare quota, largest remainders; 50% of the valid list votes; runner-up admitted; ties go to the list registered earlier");
        result.ToString().Should().Be("3 seats: A 2, B 1, C 0");
    }

    /// <summary>A Droop allocation where as many seats remain as there are lists gives each list one remainder seat, and no tie.</summary>
    [Fact]
    public void A_Droop_allocation_with_one_remainder_seat_per_list_is_explained_line_by_line()
    {
        var result = SeatAllocator.Allocate(Input(4, null, ("A", 1), ("B", 1)), NoThreshold(AllocationMethod.DroopLargestRemainder));

        result.Explain().Should().Be(
            "Seat allocation by the Droop quota with largest remainders: 4 seats, 2 lists.\n"
            + "Threshold: 0% of the valid list votes (2) = 0 votes needed.\n"
            + "  A: 1 votes (50.00%): passed\n"
            + "  B: 1 votes (50.00%): passed\n"
            + "Eligible votes: 2 (2 lists).\n"
            + "Droop quota = floor(eligible votes / (seats + 1)) + 1 = floor(2 / 5) + 1 = 1 votes per seat.\n"
            + "Quotients and remainders (votes / quota = quota share -> whole quotas, remainder in votes):\n"
            + "  A: 1 / 1.0000 = 1.0000 -> quotient 1, remainder 0.0000 (exactly 0)\n"
            + "  B: 1 / 1.0000 = 1.0000 -> quotient 1, remainder 0.0000 (exactly 0)\n"
            + "2 seats by whole quotas; 2 remaining seats go to the largest remainders: A, B.\n"
            + "Ties: none.\n"
            + "Result: A 2, B 2.\n");
        result.ListFor("A").ToString().Should().Be("A: 2 seats");
    }

    /// <summary>A single eligible list that takes the only seat by a whole quota: singular words and no list of remainders.</summary>
    [Fact]
    public void A_single_eligible_list_with_one_whole_quota_uses_the_singular()
    {
        var options = new AllocationOptions(
            AllocationMethod.HareLargestRemainder, Threshold.Percent(5), ThresholdBase.AllBallots, runnerUpAdmission: false, TiePolicy.EarlierRegistrationWins);
        var result = SeatAllocator.Allocate(Input(1, 1000, ("A", 900), ("B", 40)), options);

        result.Explain().Should().Be(
            "Seat allocation by the Hare quota with largest remainders: 1 seats, 2 lists.\n"
            + "Threshold: 5% of all ballots (1000) = 50 votes needed.\n"
            + "  A: 900 votes (90.00%): passed\n"
            + "  B: 40 votes (4.00%): below the threshold, no seats\n"
            + "Eligible votes: 900 (1 list).\n"
            + "Hare quota = eligible votes / seats = 900 / 1 = 900.0000 votes per seat (exactly 900).\n"
            + "Quotients and remainders (votes / quota = quota share -> whole quotas, remainder in votes):\n"
            + "  A: 900 / 900.0000 = 1.0000 -> quotient 1, remainder 0.0000 (exactly 0)\n"
            + "1 seat by whole quotas; 0 remaining seats go to the largest remainders.\n"
            + "Ties: none.\n"
            + "Result: A 1, B 0.\n");
        result.ListFor("A").ToString().Should().Be("A: 1 seat");
        result.ListFor("B").ToString().Should().Be("B: 0 seats");
    }

    /// <summary>An undecided tie of averages for two seats under modified Sainte-Laguë: no awards left, the tie and "2 seats undecided".</summary>
    [Fact]
    public void An_undecided_tie_for_two_seats_is_explained_line_by_line()
    {
        var result = SeatAllocator.Allocate(
            Input(2, null, ("A", 140), ("B", 140), ("C", 140)), NoThreshold(AllocationMethod.ModifiedSainteLague, TiePolicy.ReportUndecidable));

        result.Explain().Should().Be(
            "Seat allocation by modified Sainte-Laguë highest averages (divisors 1.4, 3, 5, ...): 2 seats, 3 lists.\n"
            + "Threshold: 0% of the valid list votes (420) = 0 votes needed.\n"
            + "  A: 140 votes (33.33%): passed\n"
            + "  B: 140 votes (33.33%): passed\n"
            + "  C: 140 votes (33.33%): passed\n"
            + "Eligible votes: 420 (3 lists).\n"
            + "Seats in order of award (seat: list, votes / divisor = average):\n"
            + "Ties:\n"
            + "  A, B, C tied with equal averages of 100 (100.0000) for 2 seats: left undecided.\n"
            + "Result: A 0, B 0, C 0; 2 seats undecided.\n");
        result.ToString().Should().Be("2 seats: A 0, B 0, C 0, 2 undecided");
        var tie = result.Ties.Should().ContainSingle().Subject;
        tie.ContestedSeats.Should().Be(2);
        tie.TiedValue.Should().Be(Rational.FromInteger(100));
        result.UndecidedSeats.Should().Be(2);
    }

    /// <summary>The awards of modified Sainte-Laguë show the first divisor 1.4 with one decimal and whole divisors without.</summary>
    [Fact]
    public void The_awards_of_modified_Sainte_Lague_are_explained_line_by_line()
    {
        var result = SeatAllocator.Allocate(Input(3, null, ("A", 700), ("B", 140)), NoThreshold(AllocationMethod.ModifiedSainteLague));

        result.Explain().Should().Be(
            "Seat allocation by modified Sainte-Laguë highest averages (divisors 1.4, 3, 5, ...): 3 seats, 2 lists.\n"
            + "Threshold: 0% of the valid list votes (840) = 0 votes needed.\n"
            + "  A: 700 votes (83.33%): passed\n"
            + "  B: 140 votes (16.67%): passed\n"
            + "Eligible votes: 840 (2 lists).\n"
            + "Seats in order of award (seat: list, votes / divisor = average):\n"
            + "  seat 1: A, 700 / 1.4 = 500.00\n"
            + "  seat 2: A, 700 / 3 = 233.33\n"
            + "  seat 3: A, 700 / 5 = 140.00\n"
            + "Ties: none.\n"
            + "Result: A 3, B 0.\n");
    }

    /// <summary>Sainte-Laguë is named with its divisors 1, 3, 5 and its seats are listed in order of award.</summary>
    [Fact]
    public void Sainte_Lague_is_named_with_its_divisors()
    {
        var text = SeatAllocator.Allocate(Input(2, null, ("A", 300), ("B", 120)), NoThreshold(AllocationMethod.SainteLague)).Explain();

        text.Should().StartWith("Seat allocation by Sainte-Laguë highest averages (divisors 1, 3, 5, ...): 2 seats, 2 lists.\n");
        text.Should().Contain("\n  seat 1: A, 300 / 1 = 300.00\n  seat 2: B, 120 / 1 = 120.00\nTies: none.\n");
    }

    /// <summary>Quota checks and seat holders describe themselves with singular and plural words.</summary>
    [Fact]
    public void Quota_results_and_seat_holders_use_singular_and_plural_words()
    {
        var one = new PartySeatHolders("P", [new PartyListCandidate("a", isWoman: true)]);
        var two = new PartySeatHolders("Q", [new PartyListCandidate("a"), new PartyListCandidate("b")]);
        var quota = ListQuota.RuleOn(Kz.Legislature.Tests.Support.SessionHistory.Current, new LocalDate(2023, 3, 19), ChamberKind.Mazhilis)!;

        one.ToString().Should().Be("P: 1 seat holder");
        two.ToString().Should().Be("Q: 2 seat holders");
        ListQuota.Check(quota, new LocalDate(2023, 3, 19), one).ToString().Should().Be("P: 1 of 1 (needs 1): met");
        ListQuota.Check(quota, new LocalDate(2023, 3, 19), two).ToString().Should().Be("Q: 0 of 2 (needs 1): not met");
    }

    /// <summary>Seat holders compare by list id and by the holders in order, and equal values hash alike.</summary>
    [Fact]
    public void Seat_holders_compare_by_list_and_holders()
    {
        var a = new PartyListCandidate("a", isWoman: true);
        var b = new PartyListCandidate("b");
        var holders = new PartySeatHolders("P", [a, b]);

        holders.Should().Be(new PartySeatHolders("P", [a, b]));
        holders.GetHashCode().Should().Be(new PartySeatHolders("P", [a, b]).GetHashCode());
        holders.Should().NotBe(new PartySeatHolders("Q", [a, b]));
        holders.Should().NotBe(new PartySeatHolders("P", [b, a]));
        holders.Should().NotBe(new PartySeatHolders("P", [a]));

        // Distinct values hash apart (a collision of the randomised 32-bit hash is a 1 in 4 billion chance).
        holders.GetHashCode().Should().NotBe(new PartySeatHolders("Q", [a, b]).GetHashCode());
        holders.GetHashCode().Should().NotBe(new PartySeatHolders("P", [a]).GetHashCode());
        holders.Equals(null).Should().BeFalse();
    }

    /// <summary>Allocation inputs compare by seats, ballots and lists, and equal values hash alike.</summary>
    [Fact]
    public void Allocation_inputs_compare_by_seats_ballots_and_lists()
    {
        var input = Input(3, 1000, ("A", 600), ("B", 200));

        input.Should().Be(Input(3, 1000, ("A", 600), ("B", 200)));
        input.GetHashCode().Should().Be(Input(3, 1000, ("A", 600), ("B", 200)).GetHashCode());
        input.Should().NotBe(Input(4, 1000, ("A", 600), ("B", 200)));
        input.Should().NotBe(Input(3, 900, ("A", 600), ("B", 200)));
        input.Should().NotBe(Input(3, 1000, ("A", 600), ("B", 201)));

        // Distinct values hash apart (a collision of the randomised 32-bit hash is a 1 in 4 billion chance).
        input.GetHashCode().Should().NotBe(Input(4, 1000, ("A", 600), ("B", 200)).GetHashCode());
        input.GetHashCode().Should().NotBe(Input(3, 900, ("A", 600), ("B", 200)).GetHashCode());
        input.GetHashCode().Should().NotBe(Input(3, 1000, ("A", 600), ("B", 201)).GetHashCode());
        input.Equals(null).Should().BeFalse();
    }
}

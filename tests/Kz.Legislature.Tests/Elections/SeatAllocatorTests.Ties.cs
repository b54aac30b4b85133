using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

/// <summary>Ties of the Droop quota, whose remainders are whole votes, and divisor allocations decided by the lower quotas alone.</summary>
public sealed partial class SeatAllocatorTests
{
    /// <summary>A Droop tie is of remainders in whole votes; the lists registered earlier win it, or it is left undecided.</summary>
    [Fact]
    public void A_Droop_tie_is_of_whole_vote_remainders()
    {
        // 30 votes, 2 seats: quota floor(30 / 3) + 1 = 11; no list has a whole quota, and all three remainders are 10 votes.
        var input = new AllocationInput(2, [new PartyListVotes("C", 10, 3), new PartyListVotes("A", 10, 1), new PartyListVotes("B", 10, 2)]);

        var decided = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.DroopLargestRemainder));
        var undecided = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.DroopLargestRemainder, TiePolicy.ReportUndecidable));

        Seats(decided).Should().Equal(0, 1, 1);
        var tie = decided.Ties.Should().ContainSingle().Subject;
        tie.Should().Be(new TieResolution(TieKind.Remainder, Rational.FromInteger(10), 2, ["A", "B", "C"], ["A", "B"], isResolved: true));
        decided.Explain().Should().Contain(
            "0 seats by whole quotas; 2 remaining seats go to the largest remainders: A, B.\n"
            + "Ties:\n"
            + "  A, B, C tied with equal remainders of 10 (10.0000) votes for 2 seats: won by A, B (registered earlier).\n"
            + "Result: C 0, A 1, B 1.\n");

        Seats(undecided).Should().Equal(0, 0, 0);
        undecided.UndecidedSeats.Should().Be(2);
        undecided.Ties.Should().ContainSingle().Which.Should().Be(
            new TieResolution(TieKind.Remainder, Rational.FromInteger(10), 2, ["A", "B", "C"], [], isResolved: false));
        undecided.Explain().Should().Contain("0 seats by whole quotas; 2 remaining seats go to the largest remainders.\n");
    }

    /// <summary>When D'Hondt's lower quotas give every seat, no seat is left to award and there is no tie, for few lists and many.</summary>
    [Theory]
    [InlineData(3)]
    [InlineData(17)]
    public void DHondt_lower_quotas_that_give_every_seat_leave_nothing_to_award(int lists)
    {
        var input = new AllocationInput(2 * lists, Enumerable.Range(0, lists).Select(i => new PartyListVotes("L" + i, 10, i)));

        var result = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.DHondt, TiePolicy.ReportUndecidable));

        result.Lists.Should().OnlyContain(l => l.Seats == 2);
        result.Ties.Should().BeEmpty();
        result.IsDecided.Should().BeTrue();
        result.Awards.Should().HaveCount(2 * lists);
        result.Awards.Take(lists).Select(a => a.ListId).Should().Equal(Enumerable.Range(0, lists).Select(i => "L" + i));
    }

    /// <summary>Allocate checks its input for null before the options.</summary>
    [Fact]
    public void The_input_is_checked_for_null_first()
    {
        FluentActions.Invoking(() => SeatAllocator.Allocate(null!, null!)).Should().Throw<ArgumentNullException>().WithParameterName("input");
    }
}

using System.Numerics;
using Kz.Legislature.Elections;
using static Kz.Legislature.Tests.Elections.SeatAllocatorTests;

namespace Kz.Legislature.Tests.Elections;

/// <summary>One seat of a divisor method: its divisor and exact average, its short text, and the order of the awards.</summary>
public sealed class HighestAverageAwardTests
{
    /// <summary>The divisor is shown with one decimal only when it is not whole, and the average with two.</summary>
    [Fact]
    public void An_award_describes_its_divisor_and_average()
    {
        var first = new HighestAverageAward(1, "A", 700, 7, 5);
        var third = new HighestAverageAward(3, "B", 1001, 3, 1);

        first.ToString().Should().Be("seat 1: A, 700 / 1.4 = 500.00");
        first.Divisor.Should().Be(new Rational(7, 5));
        first.Average.Should().Be(Rational.FromInteger(500));
        third.ToString().Should().Be("seat 3: B, 1001 / 3 = 333.67");
        third.Divisor.Should().Be(Rational.FromInteger(3));
        third.Average.Should().Be(new Rational(1001, 3));
        third.SeatNumber.Should().Be(3);
        third.ListId.Should().Be("B");
        third.Votes.Should().Be(1001);
        new HighestAverageAward(2, "C", long.MaxValue, 7, 5).Average.Should().Be(new Rational(new BigInteger(long.MaxValue) * 5, 7));
    }

    /// <summary>Awards are equal when every field is equal, the divisor included.</summary>
    [Fact]
    public void Awards_are_equal_when_every_field_is_equal()
    {
        var award = new HighestAverageAward(1, "A", 700, 7, 5);

        award.Should().Be(new HighestAverageAward(1, "A", 700, 7, 5));
        award.Should().NotBe(new HighestAverageAward(2, "A", 700, 7, 5));
        award.Should().NotBe(new HighestAverageAward(1, "B", 700, 7, 5));
        award.Should().NotBe(new HighestAverageAward(1, "A", 701, 7, 5));
        award.Should().NotBe(new HighestAverageAward(1, "A", 700, 3, 1));
    }

    /// <summary>
    /// Sainte-Laguë's awards in order: divisors 1, 3, 5 per list; the numbers run from 1; and under an undecided tie the awards
    /// stop before the contested seats.
    /// </summary>
    [Fact]
    public void The_awards_follow_the_divisors_and_stop_before_undecided_seats()
    {
        var decided = SeatAllocator.Allocate(Input(4, null, ("A", 900), ("B", 400)), NoThreshold(AllocationMethod.SainteLague));

        // Averages: A 900, 300, 180; B 400, 133.33. The 4 seats go to A 900, B 400, A 300, A 180.
        decided.Awards.Select(a => a.ToString()).Should().Equal(
            "seat 1: A, 900 / 1 = 900.00", "seat 2: B, 400 / 1 = 400.00", "seat 3: A, 900 / 3 = 300.00", "seat 4: A, 900 / 5 = 180.00");
        Seats(decided).Should().Equal(3, 1);

        // Averages: A 600, 300, 200; B 300; C 300: the last 2 seats are contested by A, B and C at 300.
        var undecided = SeatAllocator.Allocate(Input(3, null, ("A", 600), ("B", 300), ("C", 300)), NoThreshold(AllocationMethod.DHondt, TiePolicy.ReportUndecidable));
        undecided.Awards.Select(a => a.ToString()).Should().Equal("seat 1: A, 600 / 1 = 600.00");
        undecided.Explain().Should().Contain("Seats in order of award (seat: list, votes / divisor = average):\n  seat 1: A, 600 / 1 = 600.00\nTies:\n");
        undecided.Explain().Should().EndWith("Result: A 1, B 0, C 0; 2 seats undecided.\n");
    }
}

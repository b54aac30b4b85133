using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

/// <summary>The outcome of one list: value equality over every field, exact fractions built on reading, and its short text.</summary>
public sealed class ListAllocationTests
{
    private static readonly PartyListVotes Amanat = new("A", 100, 1);

    private static ListAllocation Outcome(
        PartyListVotes? list = null, int seats = 2, bool passed = true, bool runnerUp = false, int? quotient = 2,
        long shareNumerator = 600, long shareDenominator = 300, long remainderNumerator = 0, long remainderDenominator = 3) =>
        new(list ?? Amanat, seats, passed, runnerUp, quotient, shareNumerator, shareDenominator, remainderNumerator, remainderDenominator);

    /// <summary>Two outcomes are equal only when every field is equal; the fractions compare by value.</summary>
    [Fact]
    public void Outcomes_are_equal_only_when_every_field_is_equal()
    {
        var outcome = Outcome();

        outcome.Should().Be(Outcome());
        outcome.Should().Be(Outcome(shareNumerator: 1200, shareDenominator: 600, remainderDenominator: 7));
        outcome.GetHashCode().Should().Be(Outcome().GetHashCode());
        outcome.GetHashCode().Should().Be(Outcome(shareNumerator: 1200, shareDenominator: 600).GetHashCode());
        (outcome == Outcome()).Should().BeTrue();
        outcome.Equals(null).Should().BeFalse();

        var others = new[]
        {
            Outcome(list: new PartyListVotes("B", 100, 1)),
            Outcome(list: new PartyListVotes("A", 101, 1)),
            Outcome(list: new PartyListVotes("A", 100, 2)),
            Outcome(seats: 3),
            Outcome(passed: false),
            Outcome(runnerUp: true),
            Outcome(quotient: 1),
            Outcome(quotient: null),
            Outcome(shareNumerator: 601),
            Outcome(shareDenominator: 0),
            Outcome(remainderNumerator: 1),
            Outcome(remainderDenominator: 0),
        };
        foreach (var other in others)
        {
            Outcome().Equals(other).Should().BeFalse(other.ToString());
            (outcome != other).Should().BeTrue();
        }

        // Distinct values hash apart (a collision of the randomised 32-bit hash is a 1 in 4 billion chance); the remainder is not hashed.
        foreach (var other in others[..^2])
        {
            Outcome().GetHashCode().Should().NotBe(other.GetHashCode(), other.ToString());
        }
    }

    /// <summary>The fractions are built from the whole numbers, and a denominator of zero means there is none.</summary>
    [Fact]
    public void The_fractions_are_built_from_the_whole_numbers()
    {
        var outcome = Outcome(shareNumerator: 700, shareDenominator: 300, remainderNumerator: 200, remainderDenominator: 3);

        outcome.QuotaShare.Should().Be(new Rational(7, 3));
        outcome.Remainder.Should().Be(new Rational(200, 3));
        outcome.Quotient.Should().Be(2);
        outcome.ListId.Should().Be("A");
        outcome.Votes.Should().Be(100);
        outcome.RegistrationOrder.Should().Be(1);
        outcome.IsEligible.Should().BeTrue();
        Outcome(passed: false, runnerUp: true).IsEligible.Should().BeTrue();
        Outcome(passed: false, runnerUp: false).IsEligible.Should().BeFalse();
        Outcome(shareDenominator: 0).QuotaShare.Should().BeNull();
        Outcome(remainderDenominator: 0).Remainder.Should().BeNull();
    }

    /// <summary>A quota share whose numerator exceeds 64 bits is exact.</summary>
    [Fact]
    public void A_quota_share_beyond_64_bits_is_exact()
    {
        var outcome = new ListAllocation(Amanat, 1, true, false, null, (Int128)long.MaxValue * 4, 2, 0, 0);

        outcome.QuotaShare.Should().Be(Rational.FromInteger(long.MaxValue) * 2);
        new ListAllocation(Amanat, 1, true, false, null, long.MaxValue, 1, 0, 0).QuotaShare.Should().Be(Rational.FromInteger(long.MaxValue));
    }

    /// <summary>The short text uses the singular for one seat.</summary>
    [Fact]
    public void The_short_text_uses_the_singular_for_one_seat()
    {
        Outcome(seats: 1).ToString().Should().Be("A: 1 seat");
        Outcome(seats: 0).ToString().Should().Be("A: 0 seats");
        Outcome(seats: 40).ToString().Should().Be("A: 40 seats");
    }
}

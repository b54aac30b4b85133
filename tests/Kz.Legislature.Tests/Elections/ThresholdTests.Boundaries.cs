using System.Numerics;
using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

public sealed partial class ThresholdTests
{
    /// <summary>Every refusal of a threshold factory or check is a whole sentence with the value that was refused.</summary>
    [Fact]
    public void Every_refusal_is_a_sentence_with_the_refused_value()
    {
        Refusal(() => Threshold.Percent(-1), "percent").Should().Be("A threshold must be between 0 and 100 percent, not -1.");
        Refusal(() => Threshold.Percent(101), "percent").Should().Be("A threshold must be between 0 and 100 percent, not 101.");
        Refusal(() => Threshold.Percent(201, 2), "numerator").Should().Be("A threshold cannot exceed 100 percent, but 201/2 percent does.");
        Refusal(() => Threshold.Percent(-1, 2), "numerator").Should().Be("The numerator must not be negative, not -1.");
        Refusal(() => Threshold.Percent(1, 0), "denominator").Should().Be("The denominator of a threshold must be positive, not 0.");
        Refusal(() => Threshold.Percent(1, -3), "denominator").Should().Be("The denominator of a threshold must be positive, not -3.");
        Refusal(() => Threshold.FromFraction(3, 2), "numerator").Should().Be("A threshold cannot exceed the whole base (1), but 3/2 does.");
        Refusal(() => Threshold.FromFraction(-1, 2), "numerator").Should().Be("The numerator must not be negative, not -1.");
        Refusal(() => Threshold.FromFraction(1, 0), "denominator").Should().Be("The denominator of a threshold must be positive, not 0.");
        Refusal(() => Threshold.FromPercent(1.00000000001m), "percent").Should().Be("A threshold may have at most 10 decimal places, but 1.00000000001 has 11.");
        Refusal(() => Threshold.FromPercent(-0.5m), "percent").Should().Be("A threshold must be between 0 and 100 percent, not -0.5.");
        Refusal(() => Threshold.Percent(5).IsReachedBy(-1, 10), "votes").Should().Be("The votes must not be negative, not -1.");
        Refusal(() => Threshold.Percent(5).IsReachedBy(1, -10), "baseVotes").Should().Be("The base votes must not be negative, not -10.");
        Refusal(() => Threshold.Percent(5).MinimumVotes(-10), "baseVotes").Should().Be("The base votes must not be negative, not -10.");
    }

    /// <summary>The limits themselves are accepted: 0 and 100 percent, a whole base, zero votes and a zero base.</summary>
    [Fact]
    public void The_limits_themselves_are_accepted()
    {
        Threshold.Percent(0).Should().Be(Threshold.None);
        Threshold.Percent(0, 1).Should().Be(Threshold.None);
        Threshold.FromFraction(0, 1).Should().Be(Threshold.None);
        Threshold.Percent(100, 1).Should().Be(Threshold.Percent(100));
        Threshold.Percent(10000, 100).Fraction.Should().Be(Rational.One);
        Threshold.FromFraction(7, 7).Fraction.Should().Be(Rational.One);
        Threshold.FromPercent(0.0m).Should().BeSameAs(Threshold.None);

        Threshold.Percent(5).IsReachedBy(0, 0).Should().BeTrue();
        Threshold.Percent(5).IsReachedBy(0, 1).Should().BeFalse();
        Threshold.None.IsReachedBy(0, 10).Should().BeTrue();
        Threshold.Percent(5).MinimumVotes(0).Should().Be(0);
        Threshold.None.MinimumVotes(long.MaxValue).Should().Be(0);
        Threshold.Percent(100).MinimumVotes(long.MaxValue).Should().Be(long.MaxValue);
        Threshold.Percent(100).IsReachedBy(long.MaxValue, long.MaxValue).Should().BeTrue();
        Threshold.Percent(100).IsReachedBy(long.MaxValue - 1, long.MaxValue).Should().BeFalse();
    }

    /// <summary>The least votes are the ceiling of fraction × base also when the product no longer fits in 64 bits.</summary>
    [Fact]
    public void The_least_votes_are_exact_beyond_64_bit_products()
    {
        // 7 × 9223372036854775807 = 64563604257983430649; ÷ 100 = 645636042579834306.49, so the ceiling is ...307.
        Threshold.Percent(7).MinimumVotes(long.MaxValue).Should().Be(645_636_042_579_834_307);
        Threshold.Percent(7).IsReachedBy(645_636_042_579_834_307, long.MaxValue).Should().BeTrue();
        Threshold.Percent(7).IsReachedBy(645_636_042_579_834_306, long.MaxValue).Should().BeFalse();

        // 9223372036854775806 = 3 × 3074457345618258602, so 2/3 of it is exactly 6148914691236517204.
        Threshold.FromFraction(2, 3).MinimumVotes(long.MaxValue - 1).Should().Be(6_148_914_691_236_517_204);
        Threshold.FromFraction(2, 3).MinimumVotes(long.MaxValue).Should().Be(6_148_914_691_236_517_205);
    }

    /// <summary>A threshold whose denominator exceeds 64 bits is still exact (1 ÷ (100 × 9223372036854775807) of the base).</summary>
    [Fact]
    public void A_threshold_beyond_64_bit_denominators_is_exact()
    {
        var tiny = Threshold.Percent(1, long.MaxValue);

        tiny.Fraction.Should().Be(new Rational(BigInteger.One, new BigInteger(long.MaxValue) * 100));
        tiny.MinimumVotes(0).Should().Be(0);
        tiny.MinimumVotes(1).Should().Be(1);
        tiny.MinimumVotes(long.MaxValue).Should().Be(1);
        tiny.IsReachedBy(0, long.MaxValue).Should().BeFalse();
        tiny.IsReachedBy(1, long.MaxValue).Should().BeTrue();
        tiny.ToString().Should().Be("1/9223372036854775807%");
        Threshold.FromFraction(1, long.MaxValue).MinimumVotes(long.MaxValue).Should().Be(1);
        Threshold.FromFraction(1, long.MaxValue).MinimumVotes(long.MaxValue - 1).Should().Be(1);
    }

    /// <summary>Decimal thresholds keep every written digit in their percentage and text.</summary>
    [Fact]
    public void Decimal_thresholds_keep_every_written_digit()
    {
        Threshold.FromPercent(5.5555555555m).ToString().Should().Be("5.5555555555%");
        Threshold.FromPercent(5.5555555555m).Percentage.Should().Be(new Rational(55_555_555_555, 10_000_000_000));
        Threshold.FromPercent(0.0000000001m).Fraction.Should().Be(new Rational(1, 1_000_000_000_000));
        Threshold.FromPercent(12.5m).ToString().Should().Be("12.5%");
        Threshold.FromPercent(99.99m).MinimumVotes(10_000).Should().Be(9_999);
        Threshold.FromPercent(42.94967296m).Fraction.Should().Be(new Rational(4_294_967_296, 10_000_000_000));
        Threshold.Percent(1, 6).ToString().Should().Be("1/6%");
        Threshold.Percent(1, 40).ToString().Should().Be("0.025%");
    }

    private static string Refusal(Action call, string parameter) =>
        FluentActions.Invoking(call).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter).Which.Message;
}

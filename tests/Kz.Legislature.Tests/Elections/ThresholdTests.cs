using System.Numerics;
using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

/// <summary>Exact thresholds and the <see cref="Rational"/> number type.</summary>
public sealed partial class ThresholdTests
{
    /// <summary>Percent and fraction thresholds with the same value are equal.</summary>
    [Fact]
    public void Percent_and_fraction_thresholds_with_the_same_value_are_equal()
    {
        Threshold.Percent(5).Should().Be(Threshold.FromFraction(1, 20));
        Threshold.Percent(7).Should().Be(Threshold.Percent(14, 2));
        Threshold.Percent(7).Fraction.Should().Be(new Rational(7, 100));
        Threshold.Percent(11, 2).Percentage.Should().Be(new Rational(11, 2));
        Threshold.None.Fraction.Should().Be(Rational.Zero);
    }

    /// <summary>Thresholds print as percentages.</summary>
    [Fact]
    public void Thresholds_print_as_percentages()
    {
        Threshold.Percent(5).ToString().Should().Be("5%");
        Threshold.Percent(11, 2).ToString().Should().Be("5.5%");
        Threshold.FromFraction(1, 400).ToString().Should().Be("0.25%");
        Threshold.FromFraction(1, 15).ToString().Should().Be("20/3%");
        Threshold.None.ToString().Should().Be("0%");
    }

    /// <summary>A threshold is reached at exactly its share.</summary>
    [Fact]
    public void A_threshold_is_reached_at_exactly_its_share()
    {
        var threshold = Threshold.Percent(7);

        threshold.IsReachedBy(700, 10000).Should().BeTrue();
        threshold.IsReachedBy(699, 10000).Should().BeFalse();
        threshold.MinimumVotes(10000).Should().Be(700);
        threshold.MinimumVotes(10001).Should().Be(701);
        Threshold.FromFraction(1, 3).IsReachedBy(long.MaxValue / 3, long.MaxValue).Should().BeFalse();
        Threshold.FromFraction(1, 3).IsReachedBy((long.MaxValue / 3) + 1, long.MaxValue).Should().BeTrue();
        FluentActions.Invoking(() => threshold.IsReachedBy(-1, 10)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("votes");
        FluentActions.Invoking(() => threshold.IsReachedBy(1, -10)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("baseVotes");
        FluentActions.Invoking(() => threshold.MinimumVotes(-10)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("baseVotes");
    }

    /// <summary>Threshold factories reject values out of range by argument name.</summary>
    [Fact]
    public void Threshold_factories_reject_values_out_of_range_by_argument_name()
    {
        FluentActions.Invoking(() => Threshold.Percent(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("percent");
        FluentActions.Invoking(() => Threshold.Percent(101)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("percent");
        FluentActions.Invoking(() => Threshold.Percent(201, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator");
        FluentActions.Invoking(() => Threshold.Percent(-1, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator");
        FluentActions.Invoking(() => Threshold.Percent(1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominator");
        FluentActions.Invoking(() => Threshold.FromFraction(2, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator");
        FluentActions.Invoking(() => Threshold.FromFraction(-1, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator");
        FluentActions.Invoking(() => Threshold.FromFraction(1, -2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominator");
    }

    /// <summary>Rationals are kept in lowest terms with a positive denominator.</summary>
    [Fact]
    public void Rationals_are_kept_in_lowest_terms_with_a_positive_denominator()
    {
        var value = new Rational(6, -4);

        value.Numerator.Should().Be(new BigInteger(-3));
        value.Denominator.Should().Be(new BigInteger(2));
        value.Should().Be(new Rational(-3, 2));
        value.GetHashCode().Should().Be(new Rational(3, -2).GetHashCode());
        new Rational(0, 7).Should().Be(Rational.Zero);
        default(Rational).Denominator.Should().Be(BigInteger.One);
        Rational.One.IsInteger.Should().BeTrue();
        value.Sign.Should().Be(-1);
    }

    /// <summary>The 64-bit and arbitrary-size constructors agree, even at the edges of the 64-bit range.</summary>
    [Theory]
    [InlineData(6L, -4L)]
    [InlineData(0L, -9L)]
    [InlineData(long.MinValue, -1L)]
    [InlineData(long.MinValue, 2L)]
    [InlineData(-7L, long.MinValue)]
    [InlineData(long.MaxValue, long.MaxValue - 1)]
    public void The_64_bit_and_arbitrary_size_constructors_agree(long numerator, long denominator)
    {
        var fast = new Rational(numerator, denominator);
        var exact = new Rational((BigInteger)numerator, (BigInteger)denominator);

        fast.Should().Be(exact);
        fast.Numerator.Should().Be(exact.Numerator);
        fast.Denominator.Should().Be(exact.Denominator);
        fast.Denominator.Sign.Should().Be(1);
    }

    /// <summary>Rationals reject a zero denominator.</summary>
    [Fact]
    public void Rationals_reject_a_zero_denominator()
    {
        FluentActions.Invoking(() => new Rational(1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominator");
        FluentActions.Invoking(() => new Rational(BigInteger.One, BigInteger.Zero)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominator");
    }

    /// <summary>Rationals compare exactly where doubles cannot.</summary>
    [Fact]
    public void Rationals_compare_exactly_where_doubles_cannot()
    {
        // 2^62 + 1 and 2^62 are the same double, but not the same fraction.
        var big = BigInteger.Pow(2, 62);
        var a = new Rational(big + 1, 3);
        var b = new Rational(big, 3);

        (a > b).Should().BeTrue();
        (b < a).Should().BeTrue();
        (a >= new Rational(big + 1, 3)).Should().BeTrue();
        (b <= a).Should().BeTrue();
        (a != b).Should().BeTrue();
        a.CompareTo(b).Should().BePositive();
        a.CompareTo((object)b).Should().BePositive();
        a.CompareTo(null).Should().BePositive();
        FluentActions.Invoking(() => a.CompareTo("x")).Should().Throw<ArgumentException>().WithParameterName("obj");
        a.Equals((object)new Rational(big + 1, 3)).Should().BeTrue();
    }

    /// <summary>Rationals round down and up to whole numbers.</summary>
    [Fact]
    public void Rationals_round_down_and_up_to_whole_numbers()
    {
        new Rational(7, 2).Floor().Should().Be(new BigInteger(3));
        new Rational(7, 2).Ceiling().Should().Be(new BigInteger(4));
        new Rational(-7, 2).Floor().Should().Be(new BigInteger(-4));
        new Rational(-7, 2).Ceiling().Should().Be(new BigInteger(-3));
        Rational.FromInteger(5).Floor().Should().Be(new BigInteger(5));
        Rational.FromInteger(5).Ceiling().Should().Be(new BigInteger(5));
    }

    /// <summary>Rationals format invariantly as fractions and rounded decimals.</summary>
    [Fact]
    public void Rationals_format_invariantly_as_fractions_and_rounded_decimals()
    {
        new Rational(9380, 69).ToString().Should().Be("9380/69");
        Rational.FromInteger(-4).ToString().Should().Be("-4");
        new Rational(9380, 69).ToDecimalString(2).Should().Be("135.94");
        new Rational(1, 8).ToDecimalString(2).Should().Be("0.13");
        new Rational(-1, 8).ToDecimalString(2).Should().Be("-0.13");
        new Rational(-1, 1000).ToDecimalString(2).Should().Be("0.00");
        new Rational(5, 2).ToDecimalString(0).Should().Be("3");
        FluentActions.Invoking(() => Rational.One.ToDecimalString(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("decimals");
    }
}

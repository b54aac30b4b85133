using System.Numerics;
using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

public sealed partial class RationalTests
{
    /// <summary>Each comparison operator gives the right answer for equal values as well as for smaller and larger ones.</summary>
    [Fact]
    public void The_comparison_operators_are_strict_or_not_exactly_as_written()
    {
        var half = new Rational(1, 2);
        var alsoHalf = new Rational(BigInteger.Parse("123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture), BigInteger.Parse("246913578024691357802469135780", System.Globalization.CultureInfo.InvariantCulture));
        var third = new Rational(1, 3);

        (half < alsoHalf).Should().BeFalse();
        (half > alsoHalf).Should().BeFalse();
        (half <= alsoHalf).Should().BeTrue();
        (half >= alsoHalf).Should().BeTrue();
        (half == alsoHalf).Should().BeTrue();
        (half != alsoHalf).Should().BeFalse();
        half.CompareTo(alsoHalf).Should().Be(0);
        half.CompareTo((object)alsoHalf).Should().Be(0);

        (third < half).Should().BeTrue();
        (third > half).Should().BeFalse();
        (third <= half).Should().BeTrue();
        (third >= half).Should().BeFalse();
        (half < third).Should().BeFalse();
        (half > third).Should().BeTrue();
        (half <= third).Should().BeFalse();
        (half >= third).Should().BeTrue();
        third.CompareTo(half).Should().BeNegative();
        (-half < third).Should().BeTrue();
    }

    /// <summary>Fractions that differ only in the numerator, or only in the denominator, are not equal and hash apart.</summary>
    [Fact]
    public void Fractions_differing_in_one_part_only_are_not_equal()
    {
        var twoThirds = new Rational(2, 3);

        twoThirds.Equals(new Rational(1, 3)).Should().BeFalse();
        twoThirds.Equals(new Rational(2, 5)).Should().BeFalse();
        twoThirds.Equals((object)new Rational(2, 3)).Should().BeTrue();
        twoThirds.Equals((object)"2/3").Should().BeFalse();
        twoThirds.Equals(null).Should().BeFalse();
        twoThirds.GetHashCode().Should().Be(new Rational(4, 6).GetHashCode());
        twoThirds.GetHashCode().Should().NotBe(new Rational(2, 5).GetHashCode());
        twoThirds.GetHashCode().Should().NotBe(new Rational(1, 3).GetHashCode());
    }

    /// <summary>Zero, one and the whole numbers: their parts, signs and text.</summary>
    [Fact]
    public void Zero_one_and_whole_numbers_have_the_expected_parts()
    {
        Rational.Zero.Numerator.Should().Be(BigInteger.Zero);
        Rational.Zero.Denominator.Should().Be(BigInteger.One);
        Rational.Zero.Sign.Should().Be(0);
        Rational.Zero.IsInteger.Should().BeTrue();
        Rational.Zero.ToString().Should().Be("0");
        Rational.One.Numerator.Should().Be(BigInteger.One);
        Rational.One.Denominator.Should().Be(BigInteger.One);
        Rational.One.Should().Be(new Rational(7, 7));
        Rational.One.ToString().Should().Be("1");
        new Rational(0, -5).ToString().Should().Be("0");
        new Rational(BigInteger.Zero, new BigInteger(-5)).Denominator.Should().Be(BigInteger.One);
        new Rational(new BigInteger(-6), new BigInteger(-4)).ToString().Should().Be("3/2");
        new Rational(new BigInteger(9), new BigInteger(3)).IsInteger.Should().BeTrue();
        new Rational(new BigInteger(9), new BigInteger(3)).ToString().Should().Be("3");
        new Rational(-9, 4).ToString().Should().Be("-9/4");
        new Rational(-9, 4).IsInteger.Should().BeFalse();
        new Rational(-9, 4).Sign.Should().Be(-1);
        new Rational(9, 4).Sign.Should().Be(1);
        Rational.Abs(new Rational(9, 4)).Should().Be(new Rational(9, 4));
        Rational.Abs(Rational.Zero).Should().Be(Rational.Zero);
    }

    /// <summary>Rounding to decimals: half away from zero, padding with zeros, and whole numbers without a point.</summary>
    [Fact]
    public void Decimal_strings_round_half_away_from_zero_and_pad()
    {
        new Rational(1, 200).ToDecimalString(2).Should().Be("0.01");
        new Rational(-1, 200).ToDecimalString(2).Should().Be("-0.01");
        new Rational(1, 201).ToDecimalString(2).Should().Be("0.00");
        new Rational(3, 2000).ToDecimalString(3).Should().Be("0.002");
        new Rational(1, 3).ToDecimalString(0).Should().Be("0");
        new Rational(2, 3).ToDecimalString(0).Should().Be("1");
        new Rational(-5, 2).ToDecimalString(0).Should().Be("-3");
        Rational.FromInteger(12).ToDecimalString(3).Should().Be("12.000");
        Rational.FromInteger(-12).ToDecimalString(1).Should().Be("-12.0");
        new Rational(123456, 1000).ToDecimalString(2).Should().Be("123.46");
        new Rational(7, 100000).ToDecimalString(5).Should().Be("0.00007");
    }

    /// <summary>Floor and ceiling of whole numbers, of values between zero and one, and of negative values.</summary>
    [Fact]
    public void Floor_and_ceiling_at_whole_numbers_and_around_zero()
    {
        new Rational(1, 3).Floor().Should().Be(BigInteger.Zero);
        new Rational(1, 3).Ceiling().Should().Be(BigInteger.One);
        new Rational(-1, 3).Floor().Should().Be(BigInteger.MinusOne);
        new Rational(-1, 3).Ceiling().Should().Be(BigInteger.Zero);
        Rational.FromInteger(-5).Floor().Should().Be(new BigInteger(-5));
        Rational.FromInteger(-5).Ceiling().Should().Be(new BigInteger(-5));
        Rational.Zero.Floor().Should().Be(BigInteger.Zero);
        Rational.Zero.Ceiling().Should().Be(BigInteger.Zero);
    }

    /// <summary>The argument errors of Rational are whole sentences without .NET wording.</summary>
    [Fact]
    public void The_argument_errors_are_whole_sentences()
    {
        FluentActions.Invoking(() => new Rational(1, 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("denominator").Which.Message.Should().Be("The denominator of a fraction must not be zero.");
        FluentActions.Invoking(() => new Rational(BigInteger.One, BigInteger.Zero)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("denominator").Which.Message.Should().Be("The denominator of a fraction must not be zero.");
        FluentActions.Invoking(() => Rational.One.ToDecimalString(-1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("decimals").Which.Message.Should().Be("The number of decimals must be from 0 to 50, not -1.");
        FluentActions.Invoking(() => Rational.One.ToDecimalString(51)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("decimals").Which.Message.Should().Be("The number of decimals must be from 0 to 50, not 51.");
        FluentActions.Invoking(() => Rational.One.CompareTo("one")).Should().Throw<ArgumentException>()
            .WithParameterName("obj").Which.Message.Should().Be("Only a Rational can be compared with a Rational.");
        FluentActions.Invoking(() => Rational.One / new Rational(0, 3)).Should().Throw<DivideByZeroException>()
            .Which.Message.Should().Be("The fraction 1 cannot be divided by zero.");
    }

    /// <summary>A negative fraction converts to a negative decimal, and a negative one too large for a decimal is refused.</summary>
    [Fact]
    public void Negative_fractions_convert_to_decimal_with_their_sign()
    {
        ((decimal)new Rational(-11, 2)).Should().Be(-5.5m);
        ((decimal)Rational.Zero).Should().Be(0m);
        ((decimal)new Rational(12345, 1)).Should().Be(12345m);
        ((decimal)Rational.FromInteger(-new BigInteger(decimal.MaxValue))).Should().Be(decimal.MinValue);
        FluentActions.Invoking(() => (decimal)Rational.FromInteger(-new BigInteger(decimal.MaxValue) - 1))
            .Should().Throw<OverflowException>().WithMessage("The fraction -79228162514264337593543950336 is too large for a decimal, whose largest value is 79228162514264337593543950335.");
    }
}

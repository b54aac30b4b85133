using System.Numerics;
using CsCheck;
using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

/// <summary><see cref="Rational"/>'s arithmetic and conversions: exact, in lowest terms, with clear errors.</summary>
public sealed partial class RationalTests
{
    private static readonly Gen<Rational> GenRational =
        Gen.Select(Gen.Long[-1_000_000_000_000, 1_000_000_000_000], Gen.Long[1, 1_000_000_000_000], (n, d) => new Rational(n, d));

    /// <summary>Sum, difference, product and quotient equal the textbook cross-multiplication formulas, reduced.</summary>
    [Fact]
    public void Arithmetic_equals_the_cross_multiplication_formulas()
    {
        Gen.Select(GenRational, GenRational).Sample((x, y) =>
        {
            (x + y).Should().Be(new Rational((x.Numerator * y.Denominator) + (y.Numerator * x.Denominator), x.Denominator * y.Denominator));
            (x - y).Should().Be(new Rational((x.Numerator * y.Denominator) - (y.Numerator * x.Denominator), x.Denominator * y.Denominator));
            (x * y).Should().Be(new Rational(x.Numerator * y.Numerator, x.Denominator * y.Denominator));
            if (y.Sign != 0)
            {
                (x / y).Should().Be(new Rational(x.Numerator * y.Denominator, x.Denominator * y.Numerator));
                (x / y * y).Should().Be(x);
            }

            (x + y - y).Should().Be(x);
            (x + (-x)).Should().Be(Rational.Zero);
            (-(-x)).Should().Be(x);
            (+x).Should().Be(x);
            Rational.Abs(x).Sign.Should().Be(x.Sign == 0 ? 0 : 1);
            var product = x * y;
            (BigInteger.GreatestCommonDivisor(product.Numerator, product.Denominator).IsOne || product.Numerator.IsZero).Should().BeTrue("{0} is in lowest terms", product);
            (x * y).Denominator.Sign.Should().Be(1);
        }, iter: PropertyRuns.Cap(2000));
    }

    /// <summary>Examples worked by hand.</summary>
    [Fact]
    public void Worked_examples()
    {
        (new Rational(1, 2) + new Rational(1, 3)).ToString().Should().Be("5/6");
        (new Rational(1, 2) - new Rational(5, 6)).ToString().Should().Be("-1/3");
        (new Rational(2, 3) * new Rational(9, 4)).ToString().Should().Be("3/2");
        (new Rational(2, 3) / new Rational(-4, 9)).ToString().Should().Be("-3/2");
        Rational.Abs(new Rational(-7, 2)).Should().Be(new Rational(7, 2));
        Rational half = 1;
        (half / 2).Should().Be(new Rational(1, 2));
        Rational big = BigInteger.Pow(10, 30);
        (big * new Rational(1, 1000)).Should().Be(Rational.FromInteger(BigInteger.Pow(10, 27)));
        Rational fromLong = 9_000_000_000L;
        fromLong.Should().Be(Rational.FromInteger(9_000_000_000L));
    }

    /// <summary>Division by zero says what was divided, not a bare .NET message.</summary>
    [Fact]
    public void Division_by_zero_names_the_dividend()
    {
        FluentActions.Invoking(() => new Rational(3, 4) / Rational.Zero)
            .Should().Throw<DivideByZeroException>().WithMessage("The fraction 3/4 cannot be divided by zero.");
    }

    /// <summary>The conversion to double is the nearest double, also for numbers beyond a double's range on each side.</summary>
    [Fact]
    public void Conversion_to_double_approximates_even_huge_fractions()
    {
        ((double)new Rational(1, 3)).Should().BeApproximately(1.0 / 3, 1e-16);
        ((double)new Rational(-9380, 69)).Should().BeApproximately(-135.94202898550725, 1e-12);
        ((double)Rational.Zero).Should().Be(0);
        var huge = BigInteger.Pow(10, 400);
        ((double)new Rational(huge + 1, huge * 3)).Should().BeApproximately(1.0 / 3, 1e-15);
        ((double)new Rational(huge, 7)).Should().Be(double.PositiveInfinity);
        ((double)new Rational(-huge, 7)).Should().Be(double.NegativeInfinity);
        ((double)new Rational(7, huge)).Should().Be(0);
    }

    /// <summary>The conversion to decimal keeps every digit a decimal holds, and refuses a value too large with a sentence.</summary>
    [Fact]
    public void Conversion_to_decimal_is_rounded_to_a_decimals_digits_and_overflow_is_explained()
    {
        ((decimal)new Rational(1, 3)).Should().Be(0.3333333333333333333333333333m);
        ((decimal)new Rational(-9380, 69)).Should().Be(-135.9420289855072463768115942m);
        ((decimal)new Rational(11, 2)).Should().Be(5.5m);
        ((decimal)Rational.FromInteger(new BigInteger(decimal.MaxValue))).Should().Be(decimal.MaxValue);
        FluentActions.Invoking(() => (decimal)Rational.FromInteger(new BigInteger(decimal.MaxValue) + 1))
            .Should().Throw<OverflowException>().WithMessage("The fraction 79228162514264337593543950336 is too large for a decimal, whose largest value is 79228162514264337593543950335.");
    }
}

using System.Numerics;
using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

public sealed partial class RationalTests
{
    /// <summary>
    /// A finite quotient of two integers both beyond a double's range converts exactly, when the numerator is far longer
    /// than the denominator: both are shortened by the same bits, as many as the longer one needs.
    /// </summary>
    [Fact]
    public void A_finite_quotient_of_two_huge_integers_of_different_lengths_converts_to_double()
    {
        // (2^2000 + 1) / 2^1900 is 2^100 plus 2^-1900: the nearest double is 2^100.
        var numerator = BigInteger.Pow(2, 2000) + 1;
        var denominator = BigInteger.Pow(2, 1900);

        ((double)new Rational(numerator, denominator)).Should().Be(Math.ScaleB(1.0, 100));
        ((double)new Rational(-numerator, denominator)).Should().Be(-Math.ScaleB(1.0, 100));
    }

    /// <summary>The conversion to decimal keeps 28 significant digits: the digits of the whole part leave fewer for the decimals.</summary>
    [Fact]
    public void The_whole_part_leaves_fewer_decimals_in_the_conversion_to_decimal()
    {
        // 370370368 / 3 = 123456789 1/3: 9 whole digits and 19 decimals.
        ((decimal)new Rational(370_370_368, 3)).Should().Be(123456789.3333333333333333333m);

        // 1000000 / 3 = 333333 1/3: 6 whole digits and 22 decimals.
        ((decimal)new Rational(1_000_000, 3)).Should().Be(333333.3333333333333333333333m);
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Kz.Legislature.Elections;

/// <summary>
/// An exact rational number (a fraction of two arbitrary-size integers), always kept in lowest terms
/// with a positive denominator. Seat allocation uses it so that quotas, quota shares, remainders and
/// averages are compared exactly, never through floating point.
/// </summary>
/// <remarks>
/// The default value is zero (0/1). Exact arithmetic (<c>+</c>, <c>-</c>, <c>*</c>, <c>/</c>), comparisons, <see cref="Floor"/>,
/// <see cref="Ceiling"/> and <see cref="Abs"/>; whole numbers convert implicitly, and a fraction converts explicitly to
/// <see cref="double"/> (an approximation) or <see cref="decimal"/>.
/// </remarks>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>, IComparable
{
    private readonly BigInteger _numerator;
    private readonly BigInteger _denominator;

    /// <summary>Creates the fraction <paramref name="numerator"/> / <paramref name="denominator"/>, reduced to lowest terms.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator; must not be zero.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is zero.</exception>
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw Internal.ArgumentErrors.OutOfRange(nameof(denominator), "The denominator of a fraction must not be zero.");
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero)
        {
            numerator /= gcd;
            denominator /= gcd;
        }

        _numerator = numerator;
        _denominator = numerator.IsZero ? BigInteger.One : denominator;
    }

    /// <summary>Creates the fraction <paramref name="numerator"/> / <paramref name="denominator"/>, reduced to lowest terms (a fast path for 64-bit values).</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator; must not be zero.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is zero.</exception>
    public Rational(long numerator, long denominator)
    {
        if (denominator == 0)
        {
            throw Internal.ArgumentErrors.OutOfRange(nameof(denominator), "The denominator of a fraction must not be zero.");
        }

        if (numerator == long.MinValue || denominator == long.MinValue)
        {
            this = new Rational((BigInteger)numerator, (BigInteger)denominator);
            return;
        }

        if (denominator < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = Gcd((ulong)Math.Abs(numerator), (ulong)denominator);
        _numerator = numerator / (long)gcd;
        _denominator = numerator == 0 ? BigInteger.One : denominator / (long)gcd;
    }

    /// <summary>Wraps a fraction already in lowest terms, skipping the reduction (the flag only selects this overload).</summary>
    private Rational(BigInteger numerator, BigInteger denominator, bool alreadyReduced)
    {
        Debug.Assert(alreadyReduced && denominator.Sign > 0, "Only for fractions already in lowest terms.");
        _numerator = numerator;
        _denominator = denominator;
    }

    /// <summary>Zero (0/1).</summary>
    public static Rational Zero => default;

    /// <summary>One (1/1).</summary>
    public static Rational One => new(BigInteger.One, BigInteger.One, alreadyReduced: true);

    /// <summary>The numerator, in lowest terms; carries the sign.</summary>
    public BigInteger Numerator => _numerator;

    /// <summary>The denominator, in lowest terms; always positive.</summary>
    public BigInteger Denominator => _denominator.IsZero ? BigInteger.One : _denominator;

    /// <summary>Whether the value is a whole number.</summary>
    public bool IsInteger => Denominator.IsOne;

    /// <summary>The sign of the value: -1, 0 or 1.</summary>
    public int Sign => _numerator.Sign;

    /// <summary>Creates a rational equal to the whole number <paramref name="value"/>.</summary>
    /// <param name="value">The whole number.</param>
    /// <returns>The value as a fraction with denominator 1.</returns>
    public static Rational FromInteger(BigInteger value) => new(value, BigInteger.One, alreadyReduced: true);

    /// <summary>The largest whole number not greater than this value.</summary>
    /// <returns>The floor.</returns>
    public BigInteger Floor()
    {
        var quotient = BigInteger.DivRem(_numerator, Denominator, out var remainder);
        return remainder.Sign < 0 ? quotient - 1 : quotient;
    }

    /// <summary>The smallest whole number not less than this value.</summary>
    /// <returns>The ceiling.</returns>
    public BigInteger Ceiling()
    {
        var quotient = BigInteger.DivRem(_numerator, Denominator, out var remainder);
        return remainder.Sign > 0 ? quotient + 1 : quotient;
    }

    /// <summary>
    /// Formats the value as a decimal number with exactly <paramref name="decimals"/> digits after the point,
    /// rounding half away from zero, with the invariant culture (a period as the decimal separator, no grouping).
    /// </summary>
    /// <param name="decimals">The number of digits after the decimal point, 0 to 50.</param>
    /// <returns>For example <c>"135.94"</c>.</returns>
    public string ToDecimalString(int decimals)
    {
        if (decimals is < 0 or > 50)
        {
            throw Internal.ArgumentErrors.OutOfRange(nameof(decimals), string.Create(CultureInfo.InvariantCulture, $"The number of decimals must be from 0 to 50, not {decimals}."));
        }

        var scale = BigInteger.Pow(10, decimals);
        var magnitude = BigInteger.Abs(_numerator) * scale;
        var scaled = BigInteger.DivRem(magnitude, Denominator, out var remainder);
        if (remainder * 2 >= Denominator)
        {
            scaled += 1;
        }

        var digits = scaled.ToString(CultureInfo.InvariantCulture);
        if (decimals > 0)
        {
            digits = digits.PadLeft(decimals + 1, '0');
            digits = digits[..^decimals] + "." + digits[^decimals..];
        }

        return _numerator.Sign < 0 && !scaled.IsZero ? "-" + digits : digits;
    }

    private static ulong Gcd(ulong a, ulong b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    /// <summary>Formats the value as <c>numerator/denominator</c>, or just the numerator when it is a whole number (invariant culture).</summary>
    /// <returns>For example <c>"9380/69"</c> or <c>"5"</c>.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(_numerator.ToString(CultureInfo.InvariantCulture));
        if (!IsInteger)
        {
            builder.Append('/').Append(Denominator.ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public bool Equals(Rational other) => _numerator == other._numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_numerator, Denominator);

    /// <summary>Compares two fractions exactly by cross-multiplication.</summary>
    /// <param name="other">The fraction to compare with.</param>
    /// <returns>Negative, zero or positive as this value is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Rational other) => (_numerator * other.Denominator).CompareTo(other._numerator * Denominator);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rational other => CompareTo(other),
        _ => throw Internal.ArgumentErrors.Invalid("Only a Rational can be compared with a Rational.", nameof(obj)),
    };

    /// <summary>The absolute value of <paramref name="value"/>.</summary>
    /// <param name="value">The fraction.</param>
    /// <returns>The fraction without its sign.</returns>
    public static Rational Abs(Rational value) => value.Sign < 0 ? -value : value;

    /// <summary>A whole number as a fraction.</summary>
    /// <param name="value">The whole number.</param>
    /// <returns>The fraction <paramref name="value"/>/1.</returns>
    public static implicit operator Rational(int value) => FromInteger(value);

    /// <summary>A whole number as a fraction.</summary>
    /// <param name="value">The whole number.</param>
    /// <returns>The fraction <paramref name="value"/>/1.</returns>
    public static implicit operator Rational(long value) => FromInteger(value);

    /// <summary>A whole number as a fraction.</summary>
    /// <param name="value">The whole number.</param>
    /// <returns>The fraction <paramref name="value"/>/1.</returns>
    public static implicit operator Rational(BigInteger value) => FromInteger(value);

    /// <summary>The nearest <see cref="double"/> to the fraction (not exact: use it for display or plotting, never to compare).</summary>
    /// <param name="value">The fraction.</param>
    /// <returns>The approximation; ±∞ when the value is beyond the range of a <see cref="double"/>.</returns>
    public static explicit operator double(Rational value)
    {
        var numerator = value._numerator;
        var denominator = value.Denominator;

        // Keep both within the range of a double, dropping the same number of low bits from each (a relative error below 2^-900).
        var excess = Math.Max(numerator.IsZero ? 0 : (long)BigInteger.Abs(numerator).GetBitLength(), (long)denominator.GetBitLength()) - 960;
        if (excess > 0)
        {
            numerator >>= (int)excess;
            denominator >>= (int)excess;
            if (denominator.IsZero)
            {
                return numerator.Sign < 0 ? double.NegativeInfinity : double.PositiveInfinity;
            }
        }

        return (double)numerator / (double)denominator;
    }

    /// <summary>The fraction as a <see cref="decimal"/>, rounded half away from zero to the digits a decimal holds.</summary>
    /// <param name="value">The fraction.</param>
    /// <returns>The decimal value.</returns>
    /// <exception cref="OverflowException">The value's magnitude is above <see cref="decimal.MaxValue"/>.</exception>
    public static explicit operator decimal(Rational value)
    {
        var whole = BigInteger.Abs(BigInteger.Divide(value._numerator, value.Denominator));
        if (whole > new BigInteger(decimal.MaxValue))
        {
            throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"The fraction {value} is too large for a decimal, whose largest value is {decimal.MaxValue}."));
        }

        // A decimal holds 28 or 29 significant digits: as many decimals as the whole part leaves room for.
        var wholeDigits = whole.IsZero ? 0 : whole.ToString(CultureInfo.InvariantCulture).Length;
        return decimal.Parse(value.ToDecimalString(Math.Max(0, 28 - wholeDigits)), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    /// <summary>The fraction itself.</summary>
    /// <param name="value">The fraction.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static Rational operator +(Rational value) => value;

    /// <summary>The negated fraction.</summary>
    /// <param name="value">The fraction.</param>
    /// <returns>−<paramref name="value"/>.</returns>
    public static Rational operator -(Rational value) => new(-value._numerator, value.Denominator, alreadyReduced: true);

    /// <summary>The exact sum of two fractions.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>The sum, in lowest terms.</returns>
    public static Rational operator +(Rational left, Rational right) =>
        new((left._numerator * right.Denominator) + (right._numerator * left.Denominator), left.Denominator * right.Denominator);

    /// <summary>The exact difference of two fractions.</summary>
    /// <param name="left">The fraction to subtract from.</param>
    /// <param name="right">The fraction to subtract.</param>
    /// <returns>The difference, in lowest terms.</returns>
    public static Rational operator -(Rational left, Rational right) =>
        new((left._numerator * right.Denominator) - (right._numerator * left.Denominator), left.Denominator * right.Denominator);

    /// <summary>The exact product of two fractions.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>The product, in lowest terms.</returns>
    public static Rational operator *(Rational left, Rational right) =>
        new(left._numerator * right._numerator, left.Denominator * right.Denominator);

    /// <summary>The exact quotient of two fractions.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor; must not be zero.</param>
    /// <returns>The quotient, in lowest terms.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static Rational operator /(Rational left, Rational right)
    {
        if (right._numerator.IsZero)
        {
            throw new DivideByZeroException(string.Create(CultureInfo.InvariantCulture, $"The fraction {left} cannot be divided by zero."));
        }

        return new(left._numerator * right.Denominator, left.Denominator * right._numerator);
    }

    /// <summary>Whether two fractions are equal.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Rational left, Rational right) => left.Equals(right);

    /// <summary>Whether two fractions differ.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Rational left, Rational right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(Rational left, Rational right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(Rational left, Rational right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(Rational left, Rational right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(Rational left, Rational right) => left.CompareTo(right) >= 0;
}

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
/// <remarks>The default value is zero (0/1).</remarks>
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

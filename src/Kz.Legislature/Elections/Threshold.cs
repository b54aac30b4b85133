using System.Globalization;
using System.Numerics;

namespace Kz.Legislature.Elections;

/// <summary>
/// An electoral threshold: the exact share of the threshold base (valid list votes or all ballots) a list needs
/// to take part in the distribution of seats. A list passes when its votes are <em>at least</em> this share
/// ("not less than", as Kazakhstan's election law words it).
/// </summary>
/// <remarks>Immutable, with value equality; between 0 % and 100 % inclusive.</remarks>
public sealed record Threshold
{
    // The fraction as two longs when it fits (always, for thresholds written in percent), for MinimumVotes's fast path;
    // a denominator of 0 means it does not fit. Derived from Fraction, so equality is unchanged.
    private readonly long _numerator;
    private readonly long _denominator;

    private Threshold(Rational fraction)
    {
        Fraction = fraction;
        if (fraction.Numerator >= long.MinValue && fraction.Numerator <= long.MaxValue && fraction.Denominator <= long.MaxValue)
        {
            _numerator = (long)fraction.Numerator;
            _denominator = (long)fraction.Denominator;
        }
    }

    /// <summary>
    /// The most decimal places <see cref="FromPercent(decimal)"/> accepts (10, as in <c>5.0000000001</c>). Thresholds in
    /// law have at most one or two; more digits than this are almost always a typing or rounding error, and a
    /// <see cref="decimal"/> silently rounds past 28 digits, so the limit makes every accepted value exactly what was written.
    /// Use <see cref="Percent(long, long)"/> for any other exact fraction.
    /// </summary>
    public const int MaxPercentDecimals = 10;

    /// <summary>No threshold (0 %): every list with at least one vote passes.</summary>
    public static Threshold None { get; } = new(Rational.Zero);

    /// <summary>The threshold as a fraction of the base, between 0 and 1 (for example 1/20 for 5 %).</summary>
    public Rational Fraction { get; }

    /// <summary>The threshold in percent (for example 5).</summary>
    public Rational Percentage => new(Fraction.Numerator * 100, Fraction.Denominator);

    /// <summary>A threshold of a whole number of percent, such as <c>Threshold.Percent(5)</c>.</summary>
    /// <param name="percent">The threshold in percent, 0 to 100.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative or greater than 100.</exception>
    public static Threshold Percent(int percent)
    {
        if (percent is < 0 or > 100)
        {
            throw Internal.ArgumentErrors.OutOfRange(
                nameof(percent),
                string.Create(CultureInfo.InvariantCulture, $"A threshold must be between 0 and 100 percent, not {percent}."));
        }

        return new Threshold(new Rational(percent, 100));
    }

    /// <summary>
    /// A threshold of a decimal number of percent, such as <c>Threshold.FromPercent(5.5m)</c>, taken exactly as written
    /// (5.5 is 11/200 of the base). The same conversion serves the dataset's thresholds and <c>kzleg allocate --threshold</c>.
    /// </summary>
    /// <param name="percent">The threshold in percent: 0 to 100, with at most <see cref="MaxPercentDecimals"/> decimal places (trailing zeros count, as written).</param>
    /// <returns>The threshold; <see cref="None"/> for 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="percent"/> is negative, greater than 100, or has more than <see cref="MaxPercentDecimals"/> decimal places.
    /// </exception>
    public static Threshold FromPercent(decimal percent)
    {
        if (percent < 0m || percent > 100m)
        {
            throw Internal.ArgumentErrors.OutOfRange(
                nameof(percent),
                string.Create(CultureInfo.InvariantCulture, $"A threshold must be between 0 and 100 percent, not {percent}."));
        }

        if (percent.Scale > MaxPercentDecimals)
        {
            throw Internal.ArgumentErrors.OutOfRange(
                nameof(percent),
                string.Create(CultureInfo.InvariantCulture, $"A threshold may have at most {MaxPercentDecimals} decimal places, but {percent} has {percent.Scale}."));
        }

        if (percent == 0m)
        {
            return None;
        }

        // A decimal is exactly its 96-bit integer mantissa ÷ 10^scale, so the fraction is exact whatever the digits.
        var bits = decimal.GetBits(percent);
        var mantissa = new BigInteger(unchecked((uint)bits[0])) | (new BigInteger(unchecked((uint)bits[1])) << 32) | (new BigInteger(unchecked((uint)bits[2])) << 64);
        return new Threshold(new Rational(mantissa, BigInteger.Pow(10, percent.Scale) * 100));
    }

    /// <summary>A threshold of a fractional number of percent: <paramref name="numerator"/>/<paramref name="denominator"/> percent (for example 11/2 for 5.5 %).</summary>
    /// <param name="numerator">The numerator of the percentage; not negative.</param>
    /// <param name="denominator">The denominator of the percentage; positive.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="numerator"/> is negative, <paramref name="denominator"/> is not positive, or the percentage exceeds 100.
    /// </exception>
    public static Threshold Percent(long numerator, long denominator)
    {
        CheckFraction(numerator, denominator);
        var fraction = new Rational(numerator, new BigInteger(denominator) * 100);
        if (fraction > Rational.One)
        {
            throw Internal.ArgumentErrors.OutOfRange(
                nameof(numerator),
                string.Create(CultureInfo.InvariantCulture, $"A threshold cannot exceed 100 percent, but {numerator}/{denominator} percent does."));
        }

        return new Threshold(fraction);
    }

    /// <summary>A threshold given as a fraction of the base: <paramref name="numerator"/>/<paramref name="denominator"/> (for example 1/20 for 5 %).</summary>
    /// <param name="numerator">The numerator; not negative.</param>
    /// <param name="denominator">The denominator; positive and not less than <paramref name="numerator"/>.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="numerator"/> is negative, <paramref name="denominator"/> is not positive, or the fraction exceeds 1.
    /// </exception>
    public static Threshold FromFraction(long numerator, long denominator)
    {
        CheckFraction(numerator, denominator);
        if (numerator > denominator)
        {
            throw Internal.ArgumentErrors.OutOfRange(
                nameof(numerator),
                string.Create(CultureInfo.InvariantCulture, $"A threshold cannot exceed the whole base (1), but {numerator}/{denominator} does."));
        }

        return new Threshold(new Rational(numerator, denominator));
    }

    /// <summary>Whether <paramref name="votes"/> reach the threshold of <paramref name="baseVotes"/>: votes ≥ fraction × base, compared exactly.</summary>
    /// <param name="votes">The votes of a list.</param>
    /// <param name="baseVotes">The base the threshold is measured against.</param>
    /// <returns><see langword="true"/> when the votes are at least the threshold share of the base.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="votes"/> or <paramref name="baseVotes"/> is negative.</exception>
    public bool IsReachedBy(long votes, long baseVotes)
    {
        NotNegative(votes, nameof(votes), "votes");
        NotNegative(baseVotes, nameof(baseVotes), "base votes");
        return new BigInteger(votes) * Fraction.Denominator >= Fraction.Numerator * baseVotes;
    }

    /// <summary>The least number of votes that reaches the threshold of <paramref name="baseVotes"/>: the ceiling of fraction × base.</summary>
    /// <param name="baseVotes">The base the threshold is measured against.</param>
    /// <returns>The minimum number of votes, between 0 and <paramref name="baseVotes"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseVotes"/> is negative.</exception>
    public long MinimumVotes(long baseVotes)
    {
        NotNegative(baseVotes, nameof(baseVotes), "base votes");
        if (_denominator != 0 && (_numerator == 0 || baseVotes <= long.MaxValue / _numerator))
        {
            // ⌈n × base ÷ d⌉ in 64 bits when the product fits (it does for any real election).
            var (quotient, remainder) = Math.DivRem(_numerator * baseVotes, _denominator);
            return remainder == 0 ? quotient : quotient + 1;
        }

        if (_denominator != 0)
        {
            // ⌈n × base ÷ d⌉ with 0 ≤ n ≤ d: the product fits in 128 bits and the result in a long.
            var product = (Int128)_numerator * baseVotes;
            return (long)((product + _denominator - 1) / _denominator);
        }

        return (long)new Rational(Fraction.Numerator * baseVotes, Fraction.Denominator).Ceiling();
    }

    /// <summary>The threshold in percent, culture-invariant: <c>"5%"</c>, <c>"5.5%"</c>, or an exact fraction such as <c>"20/3%"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var percentage = Percentage;
        if (percentage.IsInteger)
        {
            return percentage + "%";
        }

        // A terminating decimal (denominator 2^a 5^b) is shown with max(a, b) decimals; anything else as a fraction.
        var denominator = percentage.Denominator;
        var decimals = 0;
        while (denominator % 2 == 0 || denominator % 5 == 0)
        {
            denominator = denominator % 10 == 0 ? denominator / 10 : denominator % 2 == 0 ? denominator / 2 : denominator / 5;
            decimals++;
        }

        return denominator.IsOne && decimals <= 20 ? percentage.ToDecimalString(decimals) + "%" : percentage + "%";
    }

    private static void CheckFraction(long numerator, long denominator)
    {
        NotNegative(numerator, nameof(numerator), "numerator");
        if (denominator <= 0)
        {
            throw Internal.ArgumentErrors.OutOfRange(
                nameof(denominator),
                string.Create(CultureInfo.InvariantCulture, $"The denominator of a threshold must be positive, not {denominator}."));
        }
    }

    private static void NotNegative(long value, string paramName, string what)
    {
        if (value < 0)
        {
            throw Internal.ArgumentErrors.OutOfRange(
                paramName,
                string.Create(CultureInfo.InvariantCulture, $"The {what} must not be negative, not {value}."));
        }
    }
}

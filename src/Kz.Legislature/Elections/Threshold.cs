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
    private Threshold(Rational fraction)
    {
        Fraction = fraction;
    }

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
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        return new Threshold(new Rational(percent, 100));
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
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        var fraction = new Rational(numerator, new BigInteger(denominator) * 100);
        if (fraction > Rational.One)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, "A threshold cannot exceed 100 %.");
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
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        if (numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, "A threshold cannot exceed the whole base (1).");
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
        ArgumentOutOfRangeException.ThrowIfNegative(votes);
        ArgumentOutOfRangeException.ThrowIfNegative(baseVotes);
        return new BigInteger(votes) * Fraction.Denominator >= Fraction.Numerator * baseVotes;
    }

    /// <summary>The least number of votes that reaches the threshold of <paramref name="baseVotes"/>: the ceiling of fraction × base.</summary>
    /// <param name="baseVotes">The base the threshold is measured against.</param>
    /// <returns>The minimum number of votes, between 0 and <paramref name="baseVotes"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseVotes"/> is negative.</exception>
    public long MinimumVotes(long baseVotes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(baseVotes);
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
}

using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>How a chamber is renewed in part: for example half of the elected senators every three years.</summary>
public sealed record RenewalRule
{
    /// <summary>Creates a renewal rule.</summary>
    /// <param name="source">The seats renewed in part (for the Senate, the maslikhat-elected seats).</param>
    /// <param name="numerator">The numerator of the share renewed at each election.</param>
    /// <param name="denominator">The denominator of the share renewed at each election.</param>
    /// <param name="interval">How often a share is renewed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is not between 0 and 1.</exception>
    internal RenewalRule(SeatSource source, int numerator, int denominator, Period interval)
    {
        if (numerator <= 0 || denominator <= 0 || numerator > denominator)
        {
            throw Internal.ArgumentErrors.OutOfRange(nameof(numerator), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The renewed share must be a fraction in (0, 1]; {numerator} was given."));
        }

        Source = source;
        Numerator = numerator;
        Denominator = denominator;
        Interval = Preconditions.NotNull(interval, nameof(interval));
    }

    /// <summary>Gets the seats renewed in part.</summary>
    public SeatSource Source { get; }

    /// <summary>Gets the numerator of the share renewed.</summary>
    public int Numerator { get; }

    /// <summary>Gets the denominator of the share renewed.</summary>
    public int Denominator { get; }

    /// <summary>Gets how often a share is renewed.</summary>
    public Period Interval { get; }

    /// <summary>Returns the rule in words.</summary>
    /// <returns>For example <c>1/2 of "Elected by maslikhat deputies" every 3 years</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Numerator}/{Denominator} of \"{EnglishNames.Of(Source)}\" every {(Interval.Months == 0 && Interval.Days == 0 && Interval.Years > 0 ? (Interval.Years == 1 ? "year" : $"{Interval.Years} years") : Interval.ToString())}");
}

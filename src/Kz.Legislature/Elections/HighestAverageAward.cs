using System.Globalization;
using System.Numerics;

namespace Kz.Legislature.Elections;

/// <summary>One seat awarded by a highest-averages (divisor) method: which list won it and with what average.</summary>
/// <remarks>Immutable, with value equality.</remarks>
public sealed record HighestAverageAward
{
    // The divisor is kept as two longs (numerator, denominator in lowest terms) so that recording an award
    // allocates nothing beyond the record itself; the exact fractions are built on demand.
    private readonly long _divisorNumerator;
    private readonly long _divisorDenominator;

    internal HighestAverageAward(int seatNumber, string listId, long votes, long divisorNumerator, long divisorDenominator)
    {
        SeatNumber = seatNumber;
        ListId = listId;
        Votes = votes;
        _divisorNumerator = divisorNumerator;
        _divisorDenominator = divisorDenominator;
    }

    /// <summary>The number of the seat in the order of award, from 1.</summary>
    public int SeatNumber { get; }

    /// <summary>The list that won the seat.</summary>
    public string ListId { get; }

    /// <summary>The votes of that list.</summary>
    public long Votes { get; }

    /// <summary>The divisor applied to the list's votes for this seat (for example 1, 2, 3 for D'Hondt; 7/5, 3, 5 for modified Sainte-Laguë).</summary>
    public Rational Divisor => new(_divisorNumerator, _divisorDenominator);

    /// <summary>The exact average (votes ÷ divisor) with which the seat was won.</summary>
    public Rational Average => new((BigInteger)Votes * _divisorDenominator, _divisorNumerator);

    /// <summary>A short, culture-invariant description, for example <c>"seat 3: Amanat, 5390 / 2 = 2695.00"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"seat {SeatNumber}: {ListId}, {Votes} / {Divisor.ToDecimalString(_divisorDenominator == 1 ? 0 : 1)} = {Average.ToDecimalString(2)}");
}

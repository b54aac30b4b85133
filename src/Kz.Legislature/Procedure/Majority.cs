using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.Procedure;

/// <summary>
/// An exact majority: at least <see cref="Numerator"/>/<see cref="Denominator"/> of a <see cref="Base"/>, or more than
/// that fraction when <see cref="Strict"/> ("a majority of the total number of deputies" is more than one half).
/// Also used for a quorum: the deputies who must be present, as a fraction of the total number of deputies.
/// </summary>
/// <remarks>Computed in integer arithmetic only: at least two thirds of 98 is 66, three quarters of 50 is 38, more than half of 107 is 54.</remarks>
public sealed record Majority
{
    /// <summary>Creates a majority.</summary>
    /// <param name="numerator">The numerator (1 or more).</param>
    /// <param name="denominator">The denominator (at least the numerator).</param>
    /// <param name="strict"><see langword="true"/> for "more than" the fraction, <see langword="false"/> for "at least".</param>
    /// <param name="base">What the fraction is of.</param>
    /// <exception cref="ArgumentOutOfRangeException">The numerator is below 1 or greater than the denominator.</exception>
    public Majority(int numerator, int denominator, bool strict, MajorityBase @base)
    {
        if (numerator < 1 || denominator < numerator)
        {
            throw ArgumentErrors.OutOfRange(
                nameof(numerator),
                string.Create(CultureInfo.InvariantCulture, $"A majority is a fraction from 1/d to d/d; {numerator}/{denominator} is not."));
        }

        if (strict && numerator == denominator)
        {
            throw ArgumentErrors.OutOfRange(nameof(strict), string.Create(CultureInfo.InvariantCulture, $"No count is more than {numerator}/{denominator} of its base; use strict = false for unanimity."));
        }

        Numerator = numerator;
        Denominator = denominator;
        Strict = strict;
        Base = @base;
    }

    /// <summary>Gets the numerator.</summary>
    public int Numerator { get; }

    /// <summary>Gets the denominator.</summary>
    public int Denominator { get; }

    /// <summary>Gets a value indicating whether the count must be more than the fraction (<see langword="true"/>) or at least it.</summary>
    public bool Strict { get; }

    /// <summary>Gets what the fraction is of.</summary>
    public MajorityBase Base { get; }

    /// <summary>Gets the smallest count that reaches this majority of <paramref name="baseCount"/>.</summary>
    /// <param name="baseCount">The base: the seats, the deputies present or the votes cast (0 or more).</param>
    /// <returns><c>floor(n × base / d) + 1</c> when strict, otherwise <c>ceil(n × base / d)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseCount"/> is negative.</exception>
    public int RequiredOf(int baseCount)
    {
        if (baseCount < 0)
        {
            throw ArgumentErrors.OutOfRange(nameof(baseCount), string.Create(CultureInfo.InvariantCulture, $"The base of a majority is a count of deputies or votes (0 or more); {baseCount} is not."));
        }

        var product = (long)Numerator * baseCount;
        return (int)(Strict ? (product / Denominator) + 1 : (product + Denominator - 1) / Denominator);
    }

    /// <summary>Returns the majority in words.</summary>
    /// <returns>For example <c>at least 2/3 of the total number of deputies</c> or <c>more than 1/2 of the votes cast</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Strict ? "more than" : "at least")} {Numerator}/{Denominator} of {BaseText(Base)}");

    internal static string BaseText(MajorityBase b) => b switch
    {
        MajorityBase.TotalDeputies => "the total number of deputies",
        MajorityBase.Present => "the deputies present",
        MajorityBase.VotesCast => "the votes cast",
        _ => "an unknown base",
    };
}

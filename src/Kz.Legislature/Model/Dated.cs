using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>A value that holds over a half-open period of dates.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed record Dated<T>
    where T : notnull
{
    /// <summary>Creates a dated value.</summary>
    /// <param name="period">The half-open period <c>[start, end)</c> over which the value holds.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Dated(Term period, T value)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(value);
        Period = period;
        Value = value;
    }

    /// <summary>Gets the half-open period over which the value holds.</summary>
    public Term Period { get; }

    /// <summary>Gets the value.</summary>
    public T Value { get; }

    /// <summary>Returns the value and its period.</summary>
    /// <returns>For example <c>Capital [1997-12-10, …)</c>.</returns>
    public override string ToString() => $"{Value} {Period}";
}

using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>
/// A half-open period of dates <c>[Start, End)</c>: the start day is included, the end day is not.
/// A term without an end is open-ended.
/// </summary>
/// <remarks>
/// <para>Terms are immutable and compare by value: two terms are equal when their starts and ends are equal.
/// There is no <c>with</c> shortcut around the structural check: use <see cref="WithEnd"/>.</para>
/// <para>A mandate that starts on 2023-01-25 with a six-year length ends on 2029-01-25, which is
/// the first day it no longer runs.</para>
/// </remarks>
public sealed record Term
{
    /// <summary>Creates a term from its first day and its (exclusive) end.</summary>
    /// <param name="start">The first day of the term (ISO calendar).</param>
    /// <param name="end">The first day after the term, or <see langword="null"/> for an open-ended term.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>, or a date is not in the ISO calendar.</exception>
    public Term(LocalDate start, LocalDate? end)
    {
        Start = Preconditions.IsoDate(start, nameof(start));
        if (end is { } e)
        {
            Preconditions.IsoDate(e, nameof(end));
            if (e <= start)
            {
                throw Internal.ArgumentErrors.Invalid(
                    $"The end {Preconditions.Iso(e)} must be after the start {Preconditions.Iso(start)} (terms are half-open: [start, end)).",
                    nameof(end));
            }
        }

        End = end;
    }

    /// <summary>Gets the first day of the term.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the first day after the term (exclusive), or <see langword="null"/> if the term is open-ended.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets a value indicating whether the term has no end.</summary>
    public bool IsOpenEnded => End is null;

    /// <summary>Gets the length of the term in years, months and days, or <see langword="null"/> if it is open-ended.</summary>
    public Period? Length => End is { } e ? Period.Between(Start, e, PeriodUnits.YearMonthDay) : null;

    /// <summary>Creates an open-ended term starting on <paramref name="start"/>.</summary>
    /// <param name="start">The first day of the term.</param>
    /// <returns>The term <c>[start, ∞)</c>.</returns>
    public static Term OpenEnded(LocalDate start) => new(start, null);

    /// <summary>Creates the term that starts on <paramref name="start"/> and lasts <paramref name="length"/>.</summary>
    /// <param name="start">The first day of the term.</param>
    /// <param name="length">The length, for example <c>Period.FromYears(6)</c>; must be positive.</param>
    /// <returns>The term <c>[start, start + length)</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="length"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> does not move the date forward.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The end would be after <see cref="LocalDate.MaxIsoValue"/>.</exception>
    public static Term FromStartAndLength(LocalDate start, Period length) =>
        new(start, EndFrom(start, length));

    /// <summary>Computes the (exclusive) end of a term of <paramref name="length"/> starting on <paramref name="start"/>.</summary>
    /// <param name="start">The first day of the term.</param>
    /// <param name="length">The length of the term; must be positive.</param>
    /// <returns>The first day after the term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="length"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> does not move the date forward.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The end would be after <see cref="LocalDate.MaxIsoValue"/>.</exception>
    public static LocalDate EndFrom(LocalDate start, Period length)
    {
        ArgumentNullException.ThrowIfNull(length);
        if (length.HasTimeComponent)
        {
            throw Internal.ArgumentErrors.Invalid("A term length must be whole days, months or years.", nameof(length));
        }

        LocalDate end;
        try
        {
            end = start.Plus(length);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            throw Internal.ArgumentErrors.OutOfRange(nameof(length), $"A term from {Internal.Preconditions.Iso(start)} lasting {length} would end after {Internal.Preconditions.Iso(LocalDate.MaxIsoValue)}, the last date a LocalDate can hold; give an earlier start or a shorter length.");
        }

        if (end <= start)
        {
            throw Internal.ArgumentErrors.Invalid("A term length must be positive.", nameof(length));
        }

        return end;
    }

    /// <summary>Creates a term from an inclusive NodaTime <see cref="DateInterval"/>.</summary>
    /// <param name="interval">The interval; its end day is included, so the term ends the day after.</param>
    /// <returns>The equivalent half-open term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The interval ends on <see cref="LocalDate.MaxIsoValue"/>: the day after it cannot be represented.</exception>
    public static Term FromDateInterval(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        if (interval.End == LocalDate.MaxIsoValue)
        {
            throw Internal.ArgumentErrors.OutOfRange(nameof(interval), $"The interval ends on {Internal.Preconditions.Iso(LocalDate.MaxIsoValue)}, the last date a LocalDate can hold, so the day after it (the term's exclusive end) cannot be represented; use Term.OpenEnded.");
        }

        return new Term(interval.Start, interval.End.PlusDays(1));
    }

    /// <summary>Converts the term to an inclusive NodaTime <see cref="DateInterval"/> (its last day is <c>End - 1 day</c>).</summary>
    /// <returns>The equivalent date interval.</returns>
    /// <exception cref="InvalidOperationException">The term is open-ended.</exception>
    public DateInterval ToDateInterval() =>
        End is { } e
            ? new DateInterval(Start, e.PlusDays(-1))
            : throw new InvalidOperationException("An open-ended term cannot be converted to a DateInterval.");

    /// <summary>Returns whether <paramref name="date"/> lies in the term (start included, end excluded).</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> if <c>Start &lt;= date &lt; End</c>.</returns>
    public bool Contains(LocalDate date) => date >= Start && (End is not { } e || date < e);

    /// <summary>Returns whether this term and <paramref name="other"/> share at least one day.</summary>
    /// <param name="other">The other term.</param>
    /// <returns><see langword="true"/> if the terms overlap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Overlaps(Term other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (End is not { } e || other.Start < e) && (other.End is not { } oe || Start < oe);
    }

    /// <summary>Returns whether <paramref name="other"/> starts exactly where this term ends.</summary>
    /// <param name="other">The following term.</param>
    /// <returns><see langword="true"/> if <c>End == other.Start</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsFollowedBy(Term other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return End == other.Start;
    }

    /// <summary>Returns a copy of this term with another end.</summary>
    /// <param name="end">The new exclusive end, or <see langword="null"/> for open-ended.</param>
    /// <returns>The new term.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after the start.</exception>
    public Term WithEnd(LocalDate? end) => new(Start, end);

    /// <summary>Returns a copy of this term with another start.</summary>
    /// <param name="start">The new first day.</param>
    /// <returns>The new term.</returns>
    /// <exception cref="ArgumentException">The end is not after <paramref name="start"/>.</exception>
    public Term WithStart(LocalDate start) => new(start, End);

    /// <summary>Returns the term in interval notation, for example <c>[2023-01-25, 2029-01-25)</c> or <c>[2026-07-01, …)</c>.</summary>
    /// <returns>A culture-invariant string.</returns>
    public override string ToString() =>
        End is { } e ? $"[{Preconditions.Iso(Start)}, {Preconditions.Iso(e)})" : $"[{Preconditions.Iso(Start)}, …)";
}

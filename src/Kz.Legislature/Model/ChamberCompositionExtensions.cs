using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>Builders for test data: add, replace or remove a mandate, and project a composition to a date.</summary>
public static class ChamberCompositionExtensions
{
    /// <summary>Returns a copy of the composition with <paramref name="mandate"/> added at the end.</summary>
    /// <typeparam name="T">The composition type.</typeparam>
    /// <param name="composition">The composition.</param>
    /// <param name="mandate">The mandate to add.</param>
    /// <returns>The new composition.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static T WithMandate<T>(this T composition, Mandate mandate)
        where T : ChamberComposition
    {
        ArgumentNullException.ThrowIfNull(composition);
        ArgumentNullException.ThrowIfNull(mandate);
        return (T)composition.Rebuild(composition.Date, composition.MandateList.Add(mandate), composition.Convocation);
    }

    /// <summary>Returns a copy of the composition with <paramref name="mandates"/> added at the end.</summary>
    /// <typeparam name="T">The composition type.</typeparam>
    /// <param name="composition">The composition.</param>
    /// <param name="mandates">The mandates to add.</param>
    /// <returns>The new composition.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static T WithMandates<T>(this T composition, IEnumerable<Mandate> mandates)
        where T : ChamberComposition
    {
        ArgumentNullException.ThrowIfNull(composition);
        ArgumentNullException.ThrowIfNull(mandates);
        return (T)composition.Rebuild(composition.Date, composition.MandateList.Concat(mandates), composition.Convocation);
    }

    /// <summary>Returns a copy without the mandates held by the deputy with <paramref name="deputyId"/>.</summary>
    /// <typeparam name="T">The composition type.</typeparam>
    /// <param name="composition">The composition.</param>
    /// <param name="deputyId">The deputy's identifier.</param>
    /// <returns>The new composition.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No mandate is held by that deputy.</exception>
    public static T WithoutDeputy<T>(this T composition, string deputyId)
        where T : ChamberComposition
    {
        ArgumentNullException.ThrowIfNull(composition);
        ArgumentNullException.ThrowIfNull(deputyId);
        var kept = composition.MandateList.Where(m => m.Deputy.Id != deputyId).ToList();
        if (kept.Count == composition.SeatCount)
        {
            throw Internal.ArgumentErrors.Invalid($"No mandate in the {composition.Kind} is held by deputy '{deputyId}'.", nameof(deputyId));
        }

        return (T)composition.Rebuild(composition.Date, kept, composition.Convocation);
    }

    /// <summary>Returns a copy without the mandate at <paramref name="index"/>.</summary>
    /// <typeparam name="T">The composition type.</typeparam>
    /// <param name="composition">The composition.</param>
    /// <param name="index">The zero-based position of the mandate.</param>
    /// <returns>The new composition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="composition"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public static T WithoutMandateAt<T>(this T composition, int index)
        where T : ChamberComposition
    {
        ArgumentNullException.ThrowIfNull(composition);
        Internal.Preconditions.Index(index, composition.SeatCount, nameof(index));
        return (T)composition.Rebuild(composition.Date, composition.MandateList.RemoveAt(index), composition.Convocation);
    }

    /// <summary>Returns a copy with the mandate at <paramref name="index"/> replaced.</summary>
    /// <typeparam name="T">The composition type.</typeparam>
    /// <param name="composition">The composition.</param>
    /// <param name="index">The zero-based position of the mandate.</param>
    /// <param name="replacement">The new mandate.</param>
    /// <returns>The new composition.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public static T WithMandateAt<T>(this T composition, int index, Mandate replacement)
        where T : ChamberComposition
    {
        ArgumentNullException.ThrowIfNull(composition);
        ArgumentNullException.ThrowIfNull(replacement);
        Internal.Preconditions.Index(index, composition.SeatCount, nameof(index));
        return (T)composition.Rebuild(composition.Date, composition.MandateList.SetItem(index, replacement), composition.Convocation);
    }

    /// <summary>Returns a copy with every mandate matching <paramref name="predicate"/> transformed by <paramref name="replace"/>.</summary>
    /// <typeparam name="T">The composition type.</typeparam>
    /// <param name="composition">The composition.</param>
    /// <param name="predicate">Which mandates to replace.</param>
    /// <param name="replace">The transformation.</param>
    /// <returns>The new composition.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static T WithMandatesReplaced<T>(this T composition, Func<Mandate, bool> predicate, Func<Mandate, Mandate> replace)
        where T : ChamberComposition
    {
        ArgumentNullException.ThrowIfNull(composition);
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(replace);
        return (T)composition.Rebuild(
            composition.Date,
            composition.MandateList.Select(m => predicate(m) ? replace(m) : m),
            composition.Convocation);
    }

    /// <summary>Returns the same mandates described on another date.</summary>
    /// <typeparam name="T">The composition type.</typeparam>
    /// <param name="composition">The composition.</param>
    /// <param name="date">The new date.</param>
    /// <returns>The new composition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="composition"/> is null.</exception>
    public static T WithDate<T>(this T composition, LocalDate date)
        where T : ChamberComposition
    {
        ArgumentNullException.ThrowIfNull(composition);
        return (T)composition.Rebuild(date, composition.MandateList, composition.Convocation);
    }

    /// <summary>Projects the composition to <paramref name="date"/>: keeps only the mandates running that day.</summary>
    /// <typeparam name="T">The composition type.</typeparam>
    /// <param name="composition">The composition (for example a roster of every mandate of a convocation).</param>
    /// <param name="date">The date to describe.</param>
    /// <returns>The composition on that date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="composition"/> is null.</exception>
    public static T On<T>(this T composition, LocalDate date)
        where T : ChamberComposition
    {
        ArgumentNullException.ThrowIfNull(composition);
        return (T)composition.Rebuild(date, composition.MandateList.Where(m => m.IsActiveOn(date)), composition.Convocation);
    }
}

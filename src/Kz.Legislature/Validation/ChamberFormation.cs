using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

/// <summary>
/// When a chamber was formed: the first election or first sitting of the chamber in the run of days on which it exists
/// without a break. The validators' name for <see cref="ChamberExistence.FormedBy"/> (memoised on the history).
/// </summary>
internal static class ChamberFormation
{
    /// <summary>Finds the day the chamber whose existence covers <paramref name="date"/> was formed.</summary>
    /// <returns>The day of its first election or first sitting in that run of existence, or <see langword="null"/>.</returns>
    public static LocalDate? FormedBy(LegislativeHistory history, ChamberKind kind, LocalDate date) => ChamberExistence.FormedBy(history, kind, date);
}

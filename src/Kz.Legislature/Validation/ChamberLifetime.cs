using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

/// <summary>When a chamber's lawful existence ends: the first day after a date on which no constitution provides for it and it does not sit.</summary>
internal static class ChamberLifetime
{
    /// <summary>Finds the day the chamber stops existing after <paramref name="from"/>, and the rules that end it.</summary>
    /// <returns>The first day it no longer exists and the rules in force that day, or <see langword="null"/> if it never ends in the data.</returns>
    public static (LocalDate End, LegislatureRules EndedBy)? EndAfter(LegislativeHistory history, ChamberKind kind, LocalDate from) =>
        ChamberExistence.EndAfter(history, kind, from);
}

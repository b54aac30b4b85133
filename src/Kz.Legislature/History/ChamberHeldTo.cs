using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>
/// What a chamber is held to on a date (<see cref="LegislativeHistory.HeldTo(ChamberKind, LocalDate)"/>): the rules its
/// composition must meet, the rule set and instrument they come from, the sitting, and the run of days over which the chamber
/// exists (the day it was formed and the day its lawful existence ends). Immutable; compares by value.
/// </summary>
/// <remarks>
/// If a chamber of the kind sits on the date, its rules are those it is held to under the transitional provisions (the rule
/// set it was formed under, applied on the date, for example the 107-seat Mazhilis until 19 January 2023); otherwise the rules
/// in force, when they provide for the chamber. Periods are half-open.
/// </remarks>
public sealed record ChamberHeldTo
{
    internal ChamberHeldTo(ChamberKind chamber, LocalDate date, ChamberRules? rules, LegislatureRules legislature, ChamberSitting? sitting, LocalDate? formedOn, (LocalDate End, LegislatureRules EndedBy)? lifetime)
    {
        Chamber = chamber;
        Date = date;
        Rules = rules;
        Legislature = legislature;
        Sitting = sitting;
        FormedOn = formedOn;
        EndsOn = lifetime?.End;
        EndedBy = lifetime?.EndedBy;
    }

    /// <summary>Gets the chamber asked about.</summary>
    public ChamberKind Chamber { get; }

    /// <summary>Gets the date asked about.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets a value indicating whether the chamber exists on the date: it sits, or the rules in force provide for it.</summary>
    public bool Exists => Rules is not null;

    /// <summary>Gets the rules the chamber's composition is held to on the date, or <see langword="null"/> when it does not exist.</summary>
    public ChamberRules? Rules { get; }

    /// <summary>
    /// Gets the rules of the legislature that <see cref="Rules"/> belong to (the rule set a sitting chamber is held to, applied on the
    /// date, or the rules in force); when the chamber does not exist, the rules in force, which do not provide for it.
    /// </summary>
    public LegislatureRules Legislature { get; }

    /// <summary>Gets the constitution or amendment of <see cref="Legislature"/> (the instrument a failure cites).</summary>
    public Instrument Instrument => Legislature.Instrument;

    /// <summary>Gets the chamber's sitting on the date, or <see langword="null"/> when no chamber of the kind sits.</summary>
    public ChamberSitting? Sitting { get; }

    /// <summary>
    /// Gets the day the chamber was formed: its first election or first sitting in the run of days on which it exists without a
    /// break; <see langword="null"/> when it does not exist or the data names neither.
    /// </summary>
    public LocalDate? FormedOn { get; }

    /// <summary>
    /// Gets the first day after the date on which the chamber no longer exists (no constitution provides for it and it does not sit),
    /// or <see langword="null"/> when it does not exist on the date or its end is not in the data.
    /// </summary>
    public LocalDate? EndsOn { get; }

    /// <summary>Gets the rules in force on <see cref="EndsOn"/>, which end the chamber, or <see langword="null"/> with it.</summary>
    public LegislatureRules? EndedBy { get; }

    /// <summary>Returns the chamber, the date and what it is held to.</summary>
    /// <returns>For example <c>Senate on 2024-01-01: held to the rules of …</c>, with the instrument's English name.</returns>
    public override string ToString() =>
        $"{EnglishNames.Of(Chamber)} on {Preconditions.Iso(Date)}: "
        + (Exists ? $"held to the rules of {Instrument.Name.English}" : $"does not exist under {Instrument.Name.English}");
}

using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.Procedure;

/// <summary>The votes of one chamber's deputies on a decision (at its own sitting or at a joint sitting).</summary>
/// <remarks>
/// Counts are checked here for what is impossible in any chamber (a negative count, more votes than deputies present);
/// whether the chamber has that many seats on the day is checked by <see cref="DecisionRule.Decide"/>.
/// </remarks>
public sealed record ChamberVote
{
    /// <summary>Creates a chamber's votes.</summary>
    /// <param name="chamber">The chamber whose deputies voted.</param>
    /// <param name="yes">The votes in favour.</param>
    /// <param name="no">The votes against.</param>
    /// <param name="abstained">The abstentions.</param>
    /// <param name="present">The deputies present, or <see langword="null"/> when not recorded.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or more deputies voted than were present.</exception>
    public ChamberVote(ChamberKind chamber, int yes, int no, int abstained = 0, int? present = null)
    {
        Check(yes, nameof(yes), "yes votes");
        Check(no, nameof(no), "no votes");
        Check(abstained, nameof(abstained), "abstentions");
        if (present is { } p)
        {
            Check(p, nameof(present), "deputies present");
        }

        var voted = (long)yes + no + abstained;
        if (voted > int.MaxValue)
        {
            throw ArgumentErrors.OutOfRange(nameof(yes), "The yes, no and abstained counts add up to more votes than any chamber has.");
        }

        if (present is { } pr && voted > pr)
        {
            throw ArgumentErrors.OutOfRange(
                nameof(present),
                string.Create(CultureInfo.InvariantCulture, $"{EnglishNames.Of(chamber)}: {yes} yes + {no} no + {abstained} abstained = {voted} votes, but only {pr} deputies were present; the votes cannot exceed the deputies present."));
        }

        Chamber = chamber;
        Yes = yes;
        No = no;
        Abstained = abstained;
        Present = present;
    }

    /// <summary>Gets the chamber whose deputies voted.</summary>
    public ChamberKind Chamber { get; }

    /// <summary>Gets the votes in favour.</summary>
    public int Yes { get; }

    /// <summary>Gets the votes against.</summary>
    public int No { get; }

    /// <summary>Gets the abstentions.</summary>
    public int Abstained { get; }

    /// <summary>Gets the deputies present, or <see langword="null"/> when not recorded.</summary>
    public int? Present { get; }

    /// <summary>Gets the votes cast: yes, no and abstained.</summary>
    public int VotesCast => Yes + No + Abstained;

    /// <summary>Returns the chamber and the counts.</summary>
    /// <returns>For example <c>Mazhilis 70-20-5</c> or <c>Senate 40-5-0 (45 present)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{EnglishNames.Of(Chamber)} {Yes}-{No}-{Abstained}{(Present is { } p ? $" ({p} present)" : string.Empty)}");

    private static void Check(int value, string name, string what)
    {
        if (value < 0)
        {
            throw ArgumentErrors.OutOfRange(name, string.Create(CultureInfo.InvariantCulture, $"The number of {what} is 0 or more; {value} is not."));
        }
    }
}

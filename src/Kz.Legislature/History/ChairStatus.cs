using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>The answer to "who chaired this chamber on this date?": the chair's term, or why there is none.</summary>
public sealed record ChairStatus
{
    internal ChairStatus(LocalDate date, ChamberKind chamber, OfficeTerm? chair, NoChairReason? reason, string explanation)
    {
        Date = date;
        Chamber = chamber;
        Chair = chair;
        Reason = reason;
        Explanation = Preconditions.NotBlank(explanation, nameof(explanation));
    }

    /// <summary>Gets the date asked about.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the chamber asked about.</summary>
    public ChamberKind Chamber { get; }

    /// <summary>Gets the term of the person presiding that day (a chair or an acting chair), or <see langword="null"/> (see <see cref="Reason"/>).</summary>
    public OfficeTerm? Chair { get; }

    /// <summary>Gets a value indicating whether someone presided that day.</summary>
    public bool IsHeld => Chair is not null;

    /// <summary>Gets why no one presided, or <see langword="null"/> when <see cref="IsHeld"/>.</summary>
    public NoChairReason? Reason { get; }

    /// <summary>Gets a one-line English explanation.</summary>
    public string Explanation { get; }

    /// <summary>Returns the date, the chamber and the explanation.</summary>
    /// <returns>For example <c>2010-01-01 Senate: Kassym-Jomart Tokayev, Chair of the Senate [2007-01-11, 2011-04-15)</c>.</returns>
    public override string ToString() => $"{Preconditions.Iso(Date)} {Chamber}: {Explanation}";
}

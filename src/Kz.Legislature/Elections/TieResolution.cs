using System.Globalization;

namespace Kz.Legislature.Elections;

/// <summary>
/// A tie that decided (or could not decide) the outcome: which lists were tied, for what, and how it was resolved.
/// Only ties that matter are reported: all the tied lists could not each get what they were tied for.
/// </summary>
/// <remarks>Immutable, with value equality (the lists are compared in order).</remarks>
public sealed record TieResolution
{
    internal TieResolution(
        TieKind kind,
        Rational tiedValue,
        int contestedSeats,
        IReadOnlyList<string> tiedListIds,
        IReadOnlyList<string> winnerListIds,
        bool isResolved)
    {
        Kind = kind;
        TiedValue = tiedValue;
        ContestedSeats = contestedSeats;
        TiedListIds = tiedListIds;
        WinnerListIds = winnerListIds;
        IsResolved = isResolved;
    }

    /// <summary>What the lists were tied for.</summary>
    public TieKind Kind { get; }

    /// <summary>The value the lists had in common: the remainder, the average, or the votes.</summary>
    public Rational TiedValue { get; }

    /// <summary>How many seats (or, for <see cref="TieKind.RunnerUpAdmission"/>, admissions) the tied lists competed for; fewer than the tied lists.</summary>
    public int ContestedSeats { get; }

    /// <summary>The tied lists, in registration order (earliest first).</summary>
    public IReadOnlyList<string> TiedListIds { get; }

    /// <summary>The lists that won the tie (registered earliest); empty when the tie was not resolved.</summary>
    public IReadOnlyList<string> WinnerListIds { get; }

    /// <summary>
    /// Whether the tie was resolved. It is not resolved under <see cref="TiePolicy.ReportUndecidable"/>:
    /// then the contested seats are left undecided.
    /// </summary>
    public bool IsResolved { get; }

    /// <inheritdoc />
    public bool Equals(TieResolution? other) =>
        other is not null
        && Kind == other.Kind
        && TiedValue == other.TiedValue
        && ContestedSeats == other.ContestedSeats
        && IsResolved == other.IsResolved
        && TiedListIds.SequenceEqual(other.TiedListIds, StringComparer.Ordinal)
        && WinnerListIds.SequenceEqual(other.WinnerListIds, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(TiedValue);
        hash.Add(ContestedSeats);
        hash.Add(IsResolved);
        foreach (var id in TiedListIds)
        {
            hash.Add(id, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>A one-sentence, culture-invariant description of the tie and its resolution.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var what = Kind switch
        {
            TieKind.Remainder => string.Create(CultureInfo.InvariantCulture, $"with equal remainders of {TiedValue} ({TiedValue.ToDecimalString(4)}) votes"),
            TieKind.HighestAverage => string.Create(CultureInfo.InvariantCulture, $"with equal averages of {TiedValue} ({TiedValue.ToDecimalString(4)})"),
            _ => string.Create(CultureInfo.InvariantCulture, $"with equal votes ({TiedValue}) for admission as runner-up"),
        };
        var prize = Kind == TieKind.RunnerUpAdmission
            ? "1 admission"
            : string.Create(CultureInfo.InvariantCulture, $"{ContestedSeats} {(ContestedSeats == 1 ? "seat" : "seats")}");
        var outcome = IsResolved
            ? "won by " + string.Join(", ", WinnerListIds) + " (registered earlier)"
            : "left undecided";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{string.Join(", ", TiedListIds)} tied {what} for {prize}: {outcome}.");
    }
}

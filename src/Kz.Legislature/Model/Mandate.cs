using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>
/// A deputy's seat in one chamber: how it was filled, the region, district or party the source needs,
/// and the half-open term <c>[Start, End)</c> with the reason it ended.
/// </summary>
/// <remarks>
/// The constructor checks structure only (non-null, end after start, a reason only with an end, no negative
/// district number). It never enforces the law: a seven-year Senate term is constructible so that
/// <c>MandateValidator</c> can reject it. Mandates compare by value.
/// </remarks>
public sealed record Mandate
{
    /// <summary>Creates a mandate.</summary>
    /// <param name="deputy">The person holding the seat.</param>
    /// <param name="chamber">The chamber.</param>
    /// <param name="source">How the seat was filled.</param>
    /// <param name="start">The first day of the mandate.</param>
    /// <param name="end">The first day after the mandate (exclusive), or <see langword="null"/> while it runs.</param>
    /// <param name="endReason">Why it ended; only with <paramref name="end"/>.</param>
    /// <param name="regionId">The region (for maslikhat-elected senators), or <see langword="null"/>.</param>
    /// <param name="district">The single-member district number, or <see langword="null"/>.</param>
    /// <param name="partyId">The party (for party-list seats), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="deputy"/> is null.</exception>
    /// <exception cref="ArgumentException">The end is not after the start, an end reason is given without an end, or an identifier is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="district"/> is negative.</exception>
    public Mandate(
        Deputy deputy,
        ChamberKind chamber,
        SeatSource source,
        LocalDate start,
        LocalDate? end = null,
        MandateEndReason? endReason = null,
        string? regionId = null,
        int? district = null,
        string? partyId = null)
    {
        Deputy = Preconditions.NotNull(deputy, nameof(deputy));
        Chamber = chamber;
        Source = source;
        Term = new Term(start, end);
        if (endReason is not null && end is null)
        {
            throw Internal.ArgumentErrors.Invalid("An end reason needs an end date.", nameof(endReason));
        }

        EndReason = endReason;
        RegionId = regionId is null ? null : Preconditions.NotBlank(regionId, nameof(regionId));
        District = district is { } d ? Preconditions.NonNegative(d, nameof(district)) : null;
        PartyId = partyId is null ? null : Preconditions.NotBlank(partyId, nameof(partyId));
    }

    /// <summary>Gets the person holding the seat.</summary>
    public Deputy Deputy { get; }

    /// <summary>Gets the chamber.</summary>
    public ChamberKind Chamber { get; }

    /// <summary>Gets how the seat was filled.</summary>
    public SeatSource Source { get; }

    /// <summary>Gets the half-open term of the mandate.</summary>
    public Term Term { get; }

    /// <summary>Gets the first day of the mandate.</summary>
    public LocalDate Start => Term.Start;

    /// <summary>Gets the first day after the mandate (exclusive), or <see langword="null"/> while it runs.</summary>
    public LocalDate? End => Term.End;

    /// <summary>Gets why the mandate ended, or <see langword="null"/>.</summary>
    public MandateEndReason? EndReason { get; }

    /// <summary>Gets the region identifier, or <see langword="null"/>.</summary>
    public string? RegionId { get; }

    /// <summary>Gets the single-member district number, or <see langword="null"/>.</summary>
    public int? District { get; }

    /// <summary>Gets the party identifier, or <see langword="null"/>.</summary>
    public string? PartyId { get; }

    /// <summary>Returns whether the mandate runs on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> if <c>Start &lt;= date &lt; End</c>.</returns>
    public bool IsActiveOn(LocalDate date) => Term.Contains(date);

    /// <summary>Returns a copy that ends on <paramref name="end"/> (exclusive) for <paramref name="reason"/>.</summary>
    /// <param name="end">The first day after the mandate.</param>
    /// <param name="reason">Why it ended.</param>
    /// <returns>The new mandate.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after the start.</exception>
    public Mandate WithEnd(LocalDate end, MandateEndReason reason) =>
        new(Deputy, Chamber, Source, Start, end, reason, RegionId, District, PartyId);

    /// <summary>Returns a copy with another term.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The exclusive end, or <see langword="null"/>.</param>
    /// <returns>The new mandate; an end reason is kept only if the new term has an end.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public Mandate WithTerm(LocalDate start, LocalDate? end) =>
        new(Deputy, Chamber, Source, start, end, end is null ? null : EndReason, RegionId, District, PartyId);

    /// <summary>Returns a copy with another seat source.</summary>
    /// <param name="source">The new seat source.</param>
    /// <returns>The new mandate.</returns>
    public Mandate WithSource(SeatSource source) =>
        new(Deputy, Chamber, source, Start, End, EndReason, RegionId, District, PartyId);

    /// <summary>Returns a copy in another chamber.</summary>
    /// <param name="chamber">The new chamber.</param>
    /// <returns>The new mandate.</returns>
    public Mandate WithChamber(ChamberKind chamber) =>
        new(Deputy, chamber, Source, Start, End, EndReason, RegionId, District, PartyId);

    /// <summary>Returns a copy held by another person.</summary>
    /// <param name="deputy">The new holder.</param>
    /// <returns>The new mandate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deputy"/> is null.</exception>
    public Mandate WithDeputy(Deputy deputy) =>
        new(deputy, Chamber, Source, Start, End, EndReason, RegionId, District, PartyId);

    /// <summary>Returns a copy with another region, district and party.</summary>
    /// <param name="regionId">The region, or <see langword="null"/>.</param>
    /// <param name="district">The district, or <see langword="null"/>.</param>
    /// <param name="partyId">The party, or <see langword="null"/>.</param>
    /// <returns>The new mandate.</returns>
    /// <exception cref="ArgumentException">An identifier is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="district"/> is negative.</exception>
    public Mandate WithSeat(string? regionId, int? district, string? partyId) =>
        new(Deputy, Chamber, Source, Start, End, EndReason, regionId, district, partyId);

    /// <summary>Returns a short, culture-invariant description.</summary>
    /// <returns>For example <c>Senate/ElectedByMaslikhats astana d-001 [2023-01-25, 2029-01-25)</c>.</returns>
    public override string ToString()
    {
        var seat = RegionId ?? (District is { } d ? "district " + d.ToString(CultureInfo.InvariantCulture) : PartyId);
        return seat is null
            ? $"{Chamber}/{Source} {Deputy.Id} {Term}"
            : $"{Chamber}/{Source} {seat} {Deputy.Id} {Term}";
    }
}

using System.Globalization;
using Kz.Legislature.History;

namespace Kz.Legislature.Elections;

/// <summary>
/// Applies the party-list law in force on a date: turns the history's <see cref="ElectoralSystem"/> into
/// <see cref="AllocationOptions"/>, allocates seats under it, and replays the elections in the dataset.
/// </summary>
public static class ElectionLaw
{
    /// <summary>Converts an electoral system from the history into allocation options.</summary>
    /// <param name="system">The electoral system.</param>
    /// <returns>
    /// The options. Where the law's tie rule is unknown, ties are reported as undecidable rather than resolved.
    /// Where the runner-up rule is unknown, the options do not admit a runner-up; <see cref="Allocate"/> then refuses
    /// any allocation whose outcome would depend on that rule (exactly one list passing the threshold).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="system"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The threshold, its base or the method is not known for that period; the message names what is missing.</exception>
    public static AllocationOptions ToAllocationOptions(ElectoralSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var missing = new List<string>();
        if (system.ThresholdPercent is null)
        {
            missing.Add("threshold");
        }

        if (system.ThresholdBase is null)
        {
            missing.Add("threshold base");
        }

        if (system.Method is null)
        {
            missing.Add("allocation method");
        }

        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The party-list system in force {system.Period} is not fully known (missing: {string.Join(", ", missing)}); pass AllocationOptions explicitly.");
        }

        var threshold = Threshold.FromPercent(system.ThresholdPercent!.Value);
        return new AllocationOptions(system.Method!.Value, threshold, system.ThresholdBase!.Value, system.RunnerUpAdmission ?? false, system.TiePolicy ?? TiePolicy.ReportUndecidable);
    }

    /// <summary>Gets the party-list system of <paramref name="chamber"/> in force on <paramref name="date"/>.</summary>
    /// <param name="history">The history.</param>
    /// <param name="date">The date.</param>
    /// <param name="chamber">The chamber (Mazhilis or Kurultai).</param>
    /// <returns>The electoral system.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the history's coverage.</exception>
    /// <exception cref="InvalidOperationException">The chamber does not exist on that date or has no party-list seats.</exception>
    public static ElectoralSystem PartyListSystemOn(LegislativeHistory history, LocalDate date, ChamberKind chamber)
    {
        ArgumentNullException.ThrowIfNull(history);
        var rules = history.RulesOn(date).Chamber(chamber);
        return rules.PartyListSystem
            ?? throw new InvalidOperationException($"The {chamber} had no party-list seats on {date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}.");
    }

    /// <summary>Allocates party-list seats under the law in force on <paramref name="date"/>.</summary>
    /// <param name="history">The history.</param>
    /// <param name="date">The election day.</param>
    /// <param name="chamber">The chamber (Mazhilis or Kurultai).</param>
    /// <param name="input">The votes and the seats to allocate.</param>
    /// <returns>The allocation with its explanation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the history's coverage.</exception>
    /// <exception cref="InvalidOperationException">The law of that date is not fully known (or the outcome depends on a rule the data does not know), or the chamber has no party-list seats.</exception>
    /// <exception cref="ArgumentException">The input cannot be allocated (see <see cref="SeatAllocator.Allocate"/>).</exception>
    public static AllocationResult Allocate(LegislativeHistory history, LocalDate date, ChamberKind chamber, AllocationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var system = PartyListSystemOn(history, date, chamber);
        var result = SeatAllocator.Allocate(input, ToAllocationOptions(system));
        if (system.RunnerUpAdmission is null && result.Lists.Count(l => l.PassedThreshold) == 1)
        {
            throw new InvalidOperationException(
                $"Only one list passed the threshold, so the outcome depends on whether a runner-up list is admitted, which the data does not know for {system.Period}; pass AllocationOptions explicitly.");
        }

        return result;
    }

    /// <summary>
    /// Builds the allocation input of a party-list election in the dataset: the published vote counts where every
    /// list has one, otherwise the published percentages in hundredths (the Hare quota is scale-invariant, so the
    /// seats are the same); the seats are the party-list seats published.
    /// </summary>
    /// <param name="election">The election.</param>
    /// <returns>The input, or <see langword="null"/> if the election has no published list votes or shares.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> is null.</exception>
    public static AllocationInput? ToAllocationInput(Election election)
    {
        ArgumentNullException.ThrowIfNull(election);
        var lists = election.Results.Where(r => r.PartyId is not null && (r.Votes is not null || r.VoteSharePercent is not null)).ToList();
        var listSeats = election.Results.Sum(r => r.ListSeats ?? 0);
        if (lists.Count == 0 || listSeats == 0)
        {
            return null;
        }

        var order = 0;
        if (lists.All(r => r.Votes is not null) && election.ListOrAgainstAllVotes is { } ballots)
        {
            return new AllocationInput(listSeats, lists.Select(r => new PartyListVotes(r.PartyId!, r.Votes!.Value, order++)), ballots);
        }

        if (lists.Any(r => r.VoteSharePercent is null))
        {
            return null;
        }

        return new AllocationInput(listSeats, lists.Select(r => new PartyListVotes(r.PartyId!, (long)(r.VoteSharePercent!.Value * 100m), order++)), allBallots: 10_000);
    }

    /// <summary>Replays a party-list election from the dataset under the law in force on its day.</summary>
    /// <param name="history">The history.</param>
    /// <param name="election">The election.</param>
    /// <returns>The allocation, or <see langword="null"/> if the election has no published list votes or shares.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The law of that day is not fully known.</exception>
    public static AllocationResult? Replay(LegislativeHistory history, Election election)
    {
        ArgumentNullException.ThrowIfNull(history);
        var input = ToAllocationInput(election);
        return input is null ? null : Allocate(history, election.Date, election.Chamber, input);
    }
}

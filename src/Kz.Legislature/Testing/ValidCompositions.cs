using System.Globalization;
using Kz.Legislature.History;
using Kz.Legislature.Internal;
using Kz.Legislature.Validation;

namespace Kz.Legislature.Testing;

/// <summary>
/// Builds synthetic, fully valid compositions for tests: change one thing and assert the one failure it causes.
/// </summary>
/// <remarks>
/// <para>The members are clearly fake ("Synthetic Senator 01", identifier <c>synthetic-senate-01</c>), fifty years old on the
/// date, and hold mandates that run on the date with the chamber's term of office. The composition follows the rules the
/// chamber is held to that day: the sitting chamber's rules under the transitional provisions, or, when it is not sitting,
/// the rules in force (the mandates then start on the date itself).</para>
/// <para>Seats are listed in seat-plan order. Region-by-region seats (the Senate's maslikhat-elected senators) come
/// region by region in dataset order; where half of them are renewed at a time, the first senator of each region belongs
/// to the latest renewal and the second to the one before (at the first formation, the second gets a shortened term ending
/// at the first renewal, with <see cref="MandateEndReason.TermExpiry"/>). Single-member districts are numbered 1 to N;
/// party-list seats go to the synthetic party <c>synthetic-party-a</c>. A mandate that would outlive its chamber ends on the
/// day the chamber's powers end, by <see cref="MandateEndReason.ConstitutionalTermination"/>.</para>
/// <para>A region created while the chamber sat (Shymkent in 2018; Abai, Jetisu and Ulytau in 2022) gets its seats from the day it came
/// into being, in the cohorts already running, so no mandate starts before its region existed. No composition is built for a day before
/// the chamber was formed (its first election or first sitting under the rules in force, from the dataset): for example no Kurultai
/// before its first election.</para>
/// <para>The compositions carry the convocation number of the sitting chamber where the data gives it.</para>
/// </remarks>
public static class ValidCompositions
{
    /// <summary>The party identifier given to synthetic party-list seats.</summary>
    public const string SyntheticPartyId = "synthetic-party-a";

    /// <summary>Builds a valid Senate on <paramref name="date"/> using the embedded history.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The Senate.</returns>
    /// <exception cref="ArgumentException">The Senate neither sits nor exists on <paramref name="date"/>, was not yet formed that day, or the date is outside the history.</exception>
    public static Senate SenateOn(LocalDate date) => SenateOn(date, LegislativeHistory.Kazakhstan);

    /// <summary>Builds a valid Senate on <paramref name="date"/> under <paramref name="history"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="history">The history whose rules apply.</param>
    /// <returns>The Senate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException">The Senate neither sits nor exists on <paramref name="date"/>, was not yet formed that day, or the date is outside the history.</exception>
    public static Senate SenateOn(LocalDate date, LegislativeHistory history)
    {
        var (mandates, convocation) = Build(history, ChamberKind.Senate, date);
        return new Senate(date, mandates, convocation);
    }

    /// <summary>Builds a valid Mazhilis on <paramref name="date"/> using the embedded history.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The Mazhilis.</returns>
    /// <exception cref="ArgumentException">The Mazhilis neither sits nor exists on <paramref name="date"/>, was not yet formed that day, or the date is outside the history.</exception>
    public static Mazhilis MazhilisOn(LocalDate date) => MazhilisOn(date, LegislativeHistory.Kazakhstan);

    /// <summary>Builds a valid Mazhilis on <paramref name="date"/> under <paramref name="history"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="history">The history whose rules apply.</param>
    /// <returns>The Mazhilis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException">The Mazhilis neither sits nor exists on <paramref name="date"/>, was not yet formed that day, or the date is outside the history.</exception>
    public static Mazhilis MazhilisOn(LocalDate date, LegislativeHistory history)
    {
        var (mandates, convocation) = Build(history, ChamberKind.Mazhilis, date);
        return new Mazhilis(date, mandates, convocation);
    }

    /// <summary>Builds a valid Kurultai on <paramref name="date"/> using the embedded history.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The Kurultai.</returns>
    /// <exception cref="ArgumentException">The Kurultai neither sits nor exists on <paramref name="date"/>, was not yet formed that day, or the date is outside the history.</exception>
    public static Kurultai KurultaiOn(LocalDate date) => KurultaiOn(date, LegislativeHistory.Kazakhstan);

    /// <summary>Builds a valid Kurultai on <paramref name="date"/> under <paramref name="history"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="history">The history whose rules apply.</param>
    /// <returns>The Kurultai.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException">The Kurultai neither sits nor exists on <paramref name="date"/>, was not yet formed that day, or the date is outside the history.</exception>
    public static Kurultai KurultaiOn(LocalDate date, LegislativeHistory history)
    {
        var (mandates, convocation) = Build(history, ChamberKind.Kurultai, date);
        return new Kurultai(date, mandates, convocation);
    }

    /// <summary>Builds a valid Supreme Council on <paramref name="date"/> using the embedded history.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The Supreme Council.</returns>
    /// <exception cref="ArgumentException">The Supreme Council neither sits nor exists on <paramref name="date"/>, was not yet formed that day, or the date is outside the history.</exception>
    public static SupremeCouncil SupremeCouncilOn(LocalDate date) => SupremeCouncilOn(date, LegislativeHistory.Kazakhstan);

    /// <summary>Builds a valid Supreme Council on <paramref name="date"/> under <paramref name="history"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="history">The history whose rules apply.</param>
    /// <returns>The Supreme Council.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException">The Supreme Council neither sits nor exists on <paramref name="date"/>, was not yet formed that day, or the date is outside the history.</exception>
    public static SupremeCouncil SupremeCouncilOn(LocalDate date, LegislativeHistory history)
    {
        var (mandates, convocation) = Build(history, ChamberKind.SupremeCouncil, date);
        return new SupremeCouncil(date, mandates, convocation);
    }

    /// <summary>Builds a valid legislature on <paramref name="date"/> using the embedded history.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The chambers sitting that day (or, when none sat, those the constitution in force provides for), each valid.</returns>
    /// <exception cref="ArgumentException">No chamber sits or exists on <paramref name="date"/>, a chamber provided for was not yet formed that day, or the date is outside the history.</exception>
    public static Parliament ParliamentOn(LocalDate date) => ParliamentOn(date, LegislativeHistory.Kazakhstan);

    /// <summary>Builds a valid legislature on <paramref name="date"/> under <paramref name="history"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="history">The history whose rules apply.</param>
    /// <returns>The chambers sitting that day (or, when none sat, those the constitution in force provides for), each valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException">No chamber sits or exists on <paramref name="date"/>, a chamber provided for was not yet formed that day, or the date is outside the history.</exception>
    public static Parliament ParliamentOn(LocalDate date, LegislativeHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        CheckCovered(history, date);
        var sitting = history.SittingOn(date);
        var kinds = sitting.IsSitting
            ? sitting.Chambers.Select(c => c.Kind).ToList()
            : sitting.RulesInForce.Chambers.Select(c => c.Kind).ToList();
        if (kinds.Count == 0)
        {
            throw Internal.ArgumentErrors.Invalid($"No chamber sits or exists on {Preconditions.Iso(date)}.", nameof(date));
        }

        ChamberComposition[] chambers = [.. kinds.Order().Select(k =>
        {
            var (mandates, convocation) = Build(history, k, date);
            return ChamberComposition.Create(k, date, mandates, convocation);
        })];
        var convocation = sitting.Chambers.Select(c => c.Convocation?.Number).OfType<int>().FirstOrDefault();
        return new Parliament(date, chambers, convocation == 0 ? null : convocation);
    }

    private static void CheckCovered(LegislativeHistory history, LocalDate date)
    {
        if (date < history.CoverageStart)
        {
            throw Internal.ArgumentErrors.Invalid(
                $"{Preconditions.Iso(date)} is before {Preconditions.Iso(history.CoverageStart)}, the earliest date the history covers.", nameof(date));
        }
    }

    private static (List<Mandate> Mandates, int? Convocation) Build(LegislativeHistory history, ChamberKind kind, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(history);
        CheckCovered(history, date);
        var sitting = history.SittingOn(date);
        var chamberSitting = sitting.Chamber(kind);
        var rules = chamberSitting?.HeldTo ?? sitting.RulesInForce.TryGetChamber(kind)
            ?? throw Internal.ArgumentErrors.Invalid(
                $"The {kind} neither sits nor exists on {Preconditions.Iso(date)} (rules in force: {sitting.RulesInForce.Instrument.Name.English}).", nameof(date));
        if (ChamberFormation.FormedBy(history, kind, date) is { } formed && date < formed)
        {
            throw Internal.ArgumentErrors.Invalid(
                $"The {kind} was not yet formed on {Preconditions.Iso(date)}: under the rules in force its first election or sitting is on {Preconditions.Iso(formed)}, so no member could hold a mandate that day.",
                nameof(date));
        }

        var since = chamberSitting?.Since ?? date;
        var terms = new TermPlanner(date, since, rules, ChamberLifetime.EndAfter(history, kind, since)?.End);
        var born = Failures.SafePlus(date, Period.FromYears(-50)) ?? date;

        var mandates = new List<Mandate>();
        foreach (var allotment in rules.SeatPlan)
        {
            if (allotment.SeatsPerRegion is { } perRegion)
            {
                var renewed = rules.Renewal is { Numerator: 1, Denominator: 2 } r && r.Source == allotment.Source && perRegion == 2;
                foreach (var region in history.RegionsOn(date))
                {
                    for (var j = 0; j < perRegion; j++)
                    {
                        var term = renewed && j == 1 ? terms.EarlierCohort() : terms.LatestCohort();
                        mandates.Add(Create(kind, mandates.Count + 1, born, allotment.Source, TermPlanner.NotBefore(term, region.Period.Start), regionId: region.Id));
                    }
                }

                continue;
            }

            for (var i = 1; i <= allotment.Seats; i++)
            {
                var term = rules.Renewal is not null ? terms.LatestCohort() : terms.WholeChamber();
                mandates.Add(allotment.Source switch
                {
                    SeatSource.SingleMemberDistrict => Create(kind, mandates.Count + 1, born, allotment.Source, term, district: i),
                    SeatSource.PartyList => Create(kind, mandates.Count + 1, born, allotment.Source, term, partyId: SyntheticPartyId),
                    _ => Create(kind, mandates.Count + 1, born, allotment.Source, term),
                });
            }
        }

        return (mandates, chamberSitting?.Convocation?.Number);
    }

    private static Mandate Create(ChamberKind kind, int number, LocalDate born, SeatSource source, (LocalDate Start, LocalDate? End, MandateEndReason? Reason) term, string? regionId = null, int? district = null, string? partyId = null)
    {
        var slug = Internal.ChamberKindNames.Slug(kind);
        var (title, width) = kind switch
        {
            ChamberKind.Senate => ("Senator", 2),
            ChamberKind.Mazhilis => ("Mazhilis Deputy", 3),
            ChamberKind.Kurultai => ("Kurultai Deputy", 3),
            _ => ("Supreme Council Deputy", 3),
        };
        var n = number.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var deputy = new Deputy($"synthetic-{slug}-{n}", $"Synthetic {title} {n}", born);
        return new Mandate(deputy, kind, source, term.Start, term.End, term.Reason, regionId, district, partyId);
    }

    /// <summary>Chooses terms that run on the date, consistent with the term of office and the renewal rule.</summary>
    private sealed class TermPlanner(LocalDate date, LocalDate since, ChamberRules rules, LocalDate? cutoff)
    {
        public (LocalDate Start, LocalDate? End, MandateEndReason? Reason) WholeChamber()
        {
            if (rules.TermLength is not { } term)
            {
                return (since, null, null);
            }

            var start = Latest(since, term);
            return Cut(start, Failures.SafePlus(start, term), null);
        }

        public (LocalDate Start, LocalDate? End, MandateEndReason? Reason) LatestCohort()
        {
            if (rules.Renewal is not { } renewal || rules.TermLength is not { } term)
            {
                return WholeChamber();
            }

            var start = Latest(since, renewal.Interval);
            return Cut(start, Failures.SafePlus(start, term), null);
        }

        public (LocalDate Start, LocalDate? End, MandateEndReason? Reason) EarlierCohort()
        {
            if (rules.Renewal is not { } renewal || rules.TermLength is not { } term)
            {
                return WholeChamber();
            }

            var latest = Latest(since, renewal.Interval);
            if (latest == since)
            {
                // First formation: the second half gets a shortened term ending at the first renewal.
                return Cut(since, Failures.SafePlus(since, renewal.Interval), MandateEndReason.TermExpiry);
            }

            var start = latest.Plus(-renewal.Interval);
            return Cut(start, Failures.SafePlus(start, term), null);
        }

        /// <summary>
        /// Starts a term no earlier than <paramref name="first"/> (the first day of the mandate's region): a region created while
        /// the chamber sat gets its seats then, in the cohorts already running, so its terms end early at those renewals.
        /// </summary>
        public static (LocalDate Start, LocalDate? End, MandateEndReason? Reason) NotBefore((LocalDate Start, LocalDate? End, MandateEndReason? Reason) term, LocalDate first) =>
            term.Start >= first ? term : (first, term.End, term.Reason ?? (term.End is null ? null : MandateEndReason.TermExpiry));

        private LocalDate Latest(LocalDate from, Period step)
        {
            var start = from;
            while (Failures.SafePlus(start, step) is { } next && next <= date)
            {
                start = next;
            }

            return start;
        }

        private (LocalDate Start, LocalDate? End, MandateEndReason? Reason) Cut(LocalDate start, LocalDate? end, MandateEndReason? reason) =>
            cutoff is { } c && (end is null || end > c) && c > start
                ? (start, c, MandateEndReason.ConstitutionalTermination)
                : (start, end, reason);
    }
}

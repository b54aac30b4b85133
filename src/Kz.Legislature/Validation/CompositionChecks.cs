using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using FluentValidation.Results;
using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

/// <summary>The composition rules shared by the chamber validators (codes KZL0002, KZL1xxx and KZL2007).</summary>
internal sealed class CompositionChecks
{
    private static readonly SeatSource[] SeatSources = Enum.GetValues<SeatSource>();

    /// <summary>The most single-member districts whose holders are marked in a pooled array; a larger plan uses a set.</summary>
    private const int MaxMarkedDistricts = 4096;

    private readonly LegislativeHistory history;
    private readonly ValidationOptions options;
    private readonly MandateChecks mandateChecks;

    // The history's memo tables these checks read, found once here instead of on every look-up (they belong to the history).
    private readonly ConcurrentDictionary<(ChamberKind, string, LocalDate, int), bool> filledWholePair;
    private readonly ConcurrentDictionary<LocalDate, IReadOnlyList<Region>> regionsOn;

    public CompositionChecks(LegislativeHistory history, ValidationOptions options)
    {
        this.history = history;
        this.options = options;
        filledWholePair = PerHistoryCache<(ChamberKind, string, LocalDate, int), bool>.Table(history);
        regionsOn = history.MemoTable<LocalDate, IReadOnlyList<Region>>(nameof(RegionsOn));

        // In a composition a mandate's seat source is checked against the composition's seat plan instead.
        mandateChecks = new MandateChecks(history, checkSource: false);
    }

    /// <summary>The localizer of these checks' options (<see cref="ValidationOptions.Culture"/>), read at validation time.</summary>
    public Localizer Localizer => Localizer.For(options);

    /// <summary>
    /// Runs the mandate rules (see <see cref="MandateValidator"/>) on each mandate, in order, naming each failure's property
    /// under its index (for example <c>Mandates[3].End</c>), as a child validator per mandate would, without the cost of one.
    /// Each mandate is seen from the composition's date (<paramref name="date"/>).
    /// </summary>
    public IEnumerable<ValidationFailure> CheckMandates(IReadOnlyList<Mandate> mandates, LocalDate date) => CheckMandates(mandates, date, Localizer);

    /// <inheritdoc cref="CheckMandates(IReadOnlyList{Mandate}, LocalDate)"/>
    public IEnumerable<ValidationFailure> CheckMandates(IReadOnlyList<Mandate> mandates, LocalDate date, Localizer loc)
    {
        List<ValidationFailure>? failures = null;
        for (var i = 0; i < mandates.Count; i++)
        {
            var found = mandateChecks.Check(mandates[i], date, loc);
            for (var j = 0; j < found.Count; j++)
            {
                var failure = found[j];
                failure.PropertyName = Property(i) + "." + failure.PropertyName;
                (failures ??= []).Add(failure);
            }
        }

        return failures ?? (IEnumerable<ValidationFailure>)Array.Empty<ValidationFailure>();
    }

    /// <summary>Every composition rule (not the mandate rules), in the order the chamber validators run them.</summary>
    public IEnumerable<ValidationFailure> Check(ChamberComposition composition, ChamberKind kind)
    {
        var loc = Localizer;
        var failures = new List<ValidationFailure>();
        CheckExistence(composition, kind, loc, failures);
        CheckStructure(composition, kind, loc, failures);
        CheckSeats(composition, kind, loc, failures);
        CheckRegions(composition, kind, loc, failures);
        CheckDistricts(composition, kind, loc, failures);
        CheckCohorts(composition, kind, loc, failures);
        CheckConvocation(composition, kind, loc, failures);
        return failures;
    }

    /// <summary>The date is covered (KZL0002) and the chamber exists on it (KZL1001): the verdict every rule set shares.</summary>
    public void CheckExistence(ChamberComposition composition, ChamberKind kind, Localizer loc, List<ValidationFailure> failures)
    {
        var date = composition.Date;
        if (date < history.CoverageStart)
        {
            failures.Add(loc.Create(ValidationCodes.DateBeforeCoverage, nameof(composition.Date), Failures.Iso(date), null,
                ("Date", Failures.Iso(date)), ("CoverageStart", Failures.Iso(history.CoverageStart))));
        }
        else if (history.HeldTo(kind, date) is { Exists: false } held)
        {
            var citationRules = held.Legislature;
            failures.Add(loc.Create(ValidationCodes.ChamberDoesNotExist, nameof(composition.Date), Failures.Iso(date), Citations.For(ValidationCodes.ChamberDoesNotExist, kind, citationRules),
                ("Chamber", loc.Name(kind)), ("Date", Failures.Iso(date)), ("Instrument", loc.Name(citationRules.Instrument.Name))));
        }
    }

    /// <summary>The members (KZL1011–KZL1014), checked whether or not the chamber exists.</summary>
    public void CheckStructure(ChamberComposition composition, ChamberKind kind, Localizer loc, List<ValidationFailure> failures) =>
        CheckStructure(composition, kind, loc, failures, Held(composition, kind)?.Legislature);

    /// <summary>The seats in total and by source, and the parties of party-list seats (KZL1002, KZL1003, KZL1010).</summary>
    public void CheckSeats(ChamberComposition composition, ChamberKind kind, Localizer loc, List<ValidationFailure> failures)
    {
        if (Held(composition, kind) is { Rules: { } rules } held)
        {
            CheckSeats(composition, kind, rules, held.Legislature, loc, failures);
        }
    }

    /// <summary>The region-by-region seats (KZL1004–KZL1006).</summary>
    public void CheckRegions(ChamberComposition composition, ChamberKind kind, Localizer loc, List<ValidationFailure> failures)
    {
        if (Held(composition, kind) is { Rules: { } rules } held)
        {
            CheckRegions(composition, kind, rules, held.Legislature, loc, failures);
        }
    }

    /// <summary>The single-member districts (KZL1007–KZL1009).</summary>
    public void CheckDistricts(ChamberComposition composition, ChamberKind kind, Localizer loc, List<ValidationFailure> failures)
    {
        if (Held(composition, kind) is { Rules: { } rules } held)
        {
            CheckDistricts(composition, kind, rules, held.Legislature, loc, failures);
        }
    }

    /// <summary>The renewal cohorts of the region-by-region seats (KZL2007).</summary>
    public void CheckCohorts(ChamberComposition composition, ChamberKind kind, Localizer loc, List<ValidationFailure> failures)
    {
        if (Held(composition, kind) is { Rules: { } rules } held)
        {
            CheckCohorts(composition, kind, rules, held.Legislature, loc, failures);
        }
    }

    /// <summary>The convocation sitting on the date (KZL1015).</summary>
    public void CheckConvocation(ChamberComposition composition, ChamberKind kind, Localizer loc, List<ValidationFailure> failures)
    {
        if (composition.Convocation is { } n && Held(composition, kind) is { Exists: true, Sitting.Convocation: { } conv } held && conv.Number != n)
        {
            failures.Add(loc.Create(ValidationCodes.ConvocationMismatch, nameof(composition.Convocation), n, Citations.For(ValidationCodes.ConvocationMismatch, kind, held.Legislature),
                ("Chamber", loc.Name(kind)), ("Date", Failures.Iso(composition.Date)), ("Actual", n), ("Expected", conv.Number)));
        }
    }

    /// <summary>What the chamber is held to on the composition's date, or null before the history's coverage.</summary>
    private ChamberHeldTo? Held(ChamberComposition composition, ChamberKind kind) =>
        composition.Date < history.CoverageStart ? null : history.HeldTo(kind, composition.Date);

    private static string Property(int index) => string.Create(CultureInfo.InvariantCulture, $"Mandates[{index}]");

    private static void CheckStructure(ChamberComposition composition, ChamberKind kind, Localizer loc, List<ValidationFailure> failures, LegislatureRules? citationRules)
    {
        var date = composition.Date;
        if (composition.SeatCount == 0)
        {
            failures.Add(loc.Create(ValidationCodes.EmptyComposition, nameof(composition.Mandates), 0, Citations.For(ValidationCodes.EmptyComposition, kind, citationRules),
                ("Chamber", loc.Name(kind)), ("Date", Failures.Iso(date))));
        }

        for (var i = 0; i < composition.Mandates.Count; i++)
        {
            var m = composition.Mandates[i];
            if (m.Chamber != kind)
            {
                failures.Add(loc.Create(ValidationCodes.WrongChamber, Property(i) + ".Chamber", m.Chamber, Citations.For(ValidationCodes.WrongChamber, kind, citationRules),
                    ("Deputy", m.Deputy.Id), ("MandateChamber", loc.Name(m.Chamber)), ("Chamber", loc.Name(kind))));
            }

            if (!m.IsActiveOn(date))
            {
                failures.Add(loc.Create(ValidationCodes.MandateNotActive, Property(i) + ".Term", m.Term.ToString(), Citations.For(ValidationCodes.MandateNotActive, kind, citationRules),
                    ("Deputy", m.Deputy.Id), ("Term", m.Term.ToString()), ("Date", Failures.Iso(date))));
            }
        }

        // Most compositions name each deputy once: one set proves it. Only when a deputy repeats are the mandates counted.
        if (!HasRepeatedDeputy(composition.Mandates))
        {
            return;
        }

        // Count each deputy's mandates, then report each deputy holding more than one once, where it first appears.
        var counts = new Dictionary<string, int>(composition.Mandates.Count, StringComparer.Ordinal);
        foreach (var m in composition.Mandates)
        {
            counts[m.Deputy.Id] = counts.GetValueOrDefault(m.Deputy.Id) + 1;
        }

        foreach (var m in composition.Mandates)
        {
            if (counts.Remove(m.Deputy.Id, out var count) && count > 1)
            {
                failures.Add(loc.Create(ValidationCodes.DuplicateDeputy, nameof(composition.Mandates), m.Deputy.Id, Citations.For(ValidationCodes.DuplicateDeputy, kind, citationRules),
                    ("Deputy", m.Deputy.Id), ("Count", count), ("Chamber", loc.Name(kind))));
            }
        }
    }

    /// <summary>Whether a deputy holds more than one of <paramref name="mandates"/>.</summary>
    private static bool HasRepeatedDeputy(IReadOnlyList<Mandate> mandates)
    {
        var seen = new HashSet<string>(mandates.Count, StringComparer.Ordinal);
        for (var i = 0; i < mandates.Count; i++)
        {
            if (!seen.Add(mandates[i].Deputy.Id))
            {
                return true;
            }
        }

        return false;
    }

    private void CheckSeats(ChamberComposition composition, ChamberKind kind, ChamberRules rules, LegislatureRules citationRules, Localizer loc, List<ValidationFailure> failures)
    {
        var date = composition.Date;
        if (Breaks(composition.SeatCount, rules.StatutorySeats))
        {
            failures.Add(loc.Create(ValidationCodes.SeatTotal, nameof(composition.Mandates), composition.SeatCount, Citations.For(ValidationCodes.SeatTotal, kind, citationRules),
                ("Chamber", loc.Name(kind)), ("Date", Failures.Iso(date)), ("Actual", composition.SeatCount), ("Expected", rules.StatutorySeats)));
        }

        // One pass over the mandates counts every source.
        Span<int> bySource = stackalloc int[SeatSources.Length];
        var mandates = composition.Mandates;
        for (var i = 0; i < mandates.Count; i++)
        {
            var index = Array.IndexOf(SeatSources, mandates[i].Source);
            if (index >= 0)
            {
                bySource[index]++;
            }
        }

        for (var s = 0; s < SeatSources.Length; s++)
        {
            var source = SeatSources[s];
            var actual = bySource[s];
            var expected = rules.SeatsFor(source);
            var inPlan = rules.AllotmentFor(source) is not null;
            if ((inPlan && Breaks(actual, expected)) || (!inPlan && actual > 0))
            {
                failures.Add(loc.Create(ValidationCodes.SeatsBySource, nameof(composition.Mandates), actual, Citations.For(ValidationCodes.SeatsBySource, kind, citationRules, source),
                    ("Chamber", loc.Name(kind)), ("Date", Failures.Iso(date)), ("Source", loc.Name(source)), ("Actual", actual), ("Expected", expected)));
            }
        }

        for (var i = 0; i < composition.Mandates.Count; i++)
        {
            var m = composition.Mandates[i];
            if (m.Source == SeatSource.PartyList && m.PartyId is null)
            {
                failures.Add(loc.Create(ValidationCodes.MissingParty, Property(i) + ".PartyId", null, Citations.For(ValidationCodes.MissingParty, kind, citationRules),
                    ("Deputy", m.Deputy.Id)));
            }
        }
    }

    private void CheckRegions(ChamberComposition composition, ChamberKind kind, ChamberRules rules, LegislatureRules citationRules, Localizer loc, List<ValidationFailure> failures)
    {
        var date = composition.Date;
        foreach (var allotment in rules.SeatPlan)
        {
            if (allotment.SeatsPerRegion is not { } perRegion)
            {
                continue;
            }

            var regions = RegionsOn(date);
            var counts = new Dictionary<string, int>(regions.Count, StringComparer.Ordinal);
            for (var i = 0; i < composition.Mandates.Count; i++)
            {
                var m = composition.Mandates[i];
                if (m.Source != allotment.Source)
                {
                    continue;
                }

                if (m.RegionId is null)
                {
                    failures.Add(loc.Create(ValidationCodes.MissingRegion, Property(i) + ".RegionId", null, Citations.For(ValidationCodes.MissingRegion, kind, citationRules, allotment.Source),
                        ("Deputy", m.Deputy.Id), ("Source", loc.Name(m.Source))));
                }
                else if (history.FindRegion(m.RegionId) is not { } region || !region.ExistsOn(date))
                {
                    failures.Add(loc.Create(ValidationCodes.UnknownRegion, Property(i) + ".RegionId", m.RegionId, Citations.For(ValidationCodes.UnknownRegion, kind, citationRules, allotment.Source),
                        ("Deputy", m.Deputy.Id), ("Region", m.RegionId), ("Date", Failures.Iso(date))));
                }
                else
                {
                    counts[m.RegionId] = counts.GetValueOrDefault(m.RegionId) + 1;
                }
            }

            foreach (var region in regions)
            {
                var actual = counts.GetValueOrDefault(region.Id);
                if (Breaks(actual, perRegion))
                {
                    failures.Add(loc.Create(ValidationCodes.SeatsPerRegion, nameof(composition.Mandates), actual, Citations.For(ValidationCodes.SeatsPerRegion, kind, citationRules, allotment.Source),
                        ("Chamber", loc.Name(kind)), ("Date", Failures.Iso(date)), ("Region", region.Id), ("Source", loc.Name(allotment.Source)),
                        ("Actual", actual), ("Expected", perRegion)));
                }
            }
        }
    }

    private static void CheckDistricts(ChamberComposition composition, ChamberKind kind, ChamberRules rules, LegislatureRules citationRules, Localizer loc, List<ValidationFailure> failures)
    {
        var districts = rules.SeatsFor(SeatSource.SingleMemberDistrict);
        if (districts == 0)
        {
            return;
        }

        // One pass reports the missing and out-of-range districts and notices a district held twice (marks in a pooled array for the
        // districts in range, a set for the rest or for a plan of more districts than MaxMarkedDistricts); only then are the
        // holders of each district counted.
        var shared = false;
        var marks = districts <= MaxMarkedDistricts ? ArrayPool<bool>.Shared.Rent(districts + 1) : null;
        HashSet<int>? others = null;
        try
        {
            if (marks is not null)
            {
                Array.Clear(marks, 0, districts + 1);
            }

            for (var i = 0; i < composition.Mandates.Count; i++)
            {
                var m = composition.Mandates[i];
                if (m.Source != SeatSource.SingleMemberDistrict)
                {
                    continue;
                }

                if (m.District is null)
                {
                    failures.Add(loc.Create(ValidationCodes.MissingDistrict, Property(i) + ".District", null, Citations.For(ValidationCodes.MissingDistrict, kind, citationRules),
                        ("Deputy", m.Deputy.Id)));
                    continue;
                }

                var district = m.District.Value;
                if (district < 1 || district > districts)
                {
                    failures.Add(loc.Create(ValidationCodes.DistrictOutOfRange, Property(i) + ".District", district, Citations.For(ValidationCodes.DistrictOutOfRange, kind, citationRules),
                        ("Deputy", m.Deputy.Id), ("District", district), ("Expected", districts)));
                    shared |= !(others ??= []).Add(district);
                }
                else if (marks is null)
                {
                    shared |= !(others ??= []).Add(district);
                }
                else
                {
                    shared |= marks[district];
                    marks[district] = true;
                }
            }
        }
        finally
        {
            if (marks is not null)
            {
                ArrayPool<bool>.Shared.Return(marks);
            }
        }

        if (!shared)
        {
            return;
        }

        var holders = new Dictionary<int, int>();
        foreach (var m in composition.Mandates)
        {
            if (m.Source == SeatSource.SingleMemberDistrict && m.District is { } district)
            {
                holders[district] = holders.GetValueOrDefault(district) + 1;
            }
        }

        foreach (var district in holders.Where(h => h.Value > 1).Select(h => h.Key).Order())
        {
            var ids = composition.Mandates
                .Where(m => m.Source == SeatSource.SingleMemberDistrict && m.District == district)
                .Select(m => m.Deputy.Id)
                .ToArray();
            failures.Add(loc.Create(ValidationCodes.DuplicateDistrict, nameof(composition.Mandates), district, Citations.For(ValidationCodes.DuplicateDistrict, kind, citationRules),
                ("District", district), ("Count", ids.Length), ("Deputies", string.Join(", ", ids))));
        }
    }

    /// <summary>
    /// Renewal by halves: the two region-by-region seats of one region should belong to different cohorts. A mandate's cohort
    /// is the day its term ends at a renewal: its end when it ended by term expiry (or has no stated reason), otherwise start + term.
    /// Two mandates whose cohort days are less than half a renewal interval apart are in the same cohort.
    /// </summary>
    /// <remarks>
    /// Where one election filled every renewed seat of a region at once (the first formation of the chamber, or the first
    /// election of a new region), the law staggered the terms of those seats over the renewals: in 1995 the winner in each
    /// region got the full term and the runner-up half of it; in 2018 (Shymkent) and 2022 (Abai, Jetisu, Ulytau) one seat of
    /// each pair was contested again at the next renewal. Which election filled a seat, and whether it filled the whole pair,
    /// comes from the dataset's elections (their dates, regions and seats contested). A mandate from such an election has
    /// no cohort of its own unless its end says it (an end by term expiry): start + term is not its renewal day. A warning,
    /// because by-elections for vacant seats make the cohorts of real data irregular.
    /// </remarks>
    private void CheckCohorts(ChamberComposition composition, ChamberKind kind, ChamberRules rules, LegislatureRules citationRules, Localizer loc, List<ValidationFailure> failures)
    {
        if (rules.Renewal is not { Numerator: 1, Denominator: 2 } renewal || rules.TermLength is not { } term
            || rules.AllotmentFor(renewal.Source) is not { SeatsPerRegion: 2 } allotment)
        {
            return;
        }

        // The mandates of each region, in the order the regions first appear: a region with exactly two is a pair.
        var regionCount = RegionsOn(composition.Date).Count;
        var byRegion = new Dictionary<string, (Mandate First, Mandate Last, int Count)>(regionCount, StringComparer.Ordinal);
        var order = new List<string>(regionCount);
        foreach (var m in composition.Mandates)
        {
            if (m.Source != renewal.Source || m.RegionId is not { } regionId)
            {
                continue;
            }

            if (byRegion.TryGetValue(regionId, out var seen))
            {
                byRegion[regionId] = (seen.First, m, seen.Count + 1);
            }
            else
            {
                byRegion[regionId] = (m, m, 1);
                order.Add(regionId);
            }
        }

        foreach (var regionKey in order)
        {
            var (a, b, count) = byRegion[regionKey];
            if (count != 2)
            {
                continue;
            }

            var cohortA = CohortDay(a, kind, term, allotment.SeatsPerRegion!.Value);
            var cohortB = CohortDay(b, kind, term, allotment.SeatsPerRegion!.Value);
            var next = cohortA is null ? null : Failures.SafePlus(cohortA.Value, renewal.Interval);
            if (cohortA is null || cohortB is null || next is null)
            {
                continue;
            }

            var halfInterval = Period.DaysBetween(cohortA.Value, next.Value) / 2;
            var gap = Math.Abs(Period.DaysBetween(cohortA.Value, cohortB.Value));
            if (gap < halfInterval)
            {
                failures.Add(loc.Create(ValidationCodes.SameRenewalCohort, nameof(composition.Mandates), regionKey, Citations.For(ValidationCodes.SameRenewalCohort, kind, citationRules),
                    ("Region", regionKey), ("Deputies", $"{a.Deputy.Id}, {b.Deputy.Id}"), ("Interval", renewal.Interval.Years)));
            }
        }
    }

    private LocalDate? CohortDay(Mandate m, ChamberKind kind, Period term, int perRegion)
    {
        if (m.End is { } e && m.EndReason is null or MandateEndReason.TermExpiry)
        {
            return e;
        }

        return FilledWholePair(m, kind, perRegion) ? null : Failures.SafePlus(m.Start, term);
    }

    /// <summary>Whether the election that filled the mandate's seat (the chamber's latest election on or before its start that
    /// contested its region) contested every region-by-region seat of each region it covered.</summary>
    private bool FilledWholePair(Mandate m, ChamberKind kind, int perRegion) =>
        history.Memo(filledWholePair, (kind, m.RegionId!, m.Start, perRegion), static (h, key) => FilledWholePair(h, key.Item1, key.Item2, key.Item3, key.Item4));

    private static bool FilledWholePair(LegislativeHistory history, ChamberKind kind, string regionId, LocalDate start, int perRegion)
    {
        Election? filledBy = null;
        LocalDate filledOn = default;
        foreach (var election in history.Elections)
        {
            if (election.Chamber != kind || election.Dates.Count == 0)
            {
                continue;
            }

            var first = election.Dates.Min();
            if (first <= start && (filledBy is null || first > filledOn)
                && (election.RegionIds.Count == 0 || election.RegionIds.Contains(regionId, StringComparer.Ordinal)))
            {
                filledBy = election;
                filledOn = first;
            }
        }

        if (filledBy?.SeatsContested is not { } seats)
        {
            return false;
        }

        var regions = filledBy.RegionIds.Count > 0 ? filledBy.RegionIds.Count : history.RegionsOn(filledOn).Count;
        return seats == perRegion * regions;
    }

    /// <summary>The regions in existence on a date (<see cref="LegislativeHistory.RegionsOn"/>), memoised on the history.</summary>
    private IReadOnlyList<Region> RegionsOn(LocalDate date) =>
        history.Memo(regionsOn, date, static (h, d) => h.RegionsOn(d));

    private bool Breaks(int actual, int expected) => options.VacancyTolerant ? actual > expected : actual != expected;
}

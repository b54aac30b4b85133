using FluentValidation.Results;
using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

/// <summary>
/// The mandate rules (codes KZL0002, KZL2001–KZL2006 and KZL2008–KZL2010), evaluated with the rules the chamber was held to on the
/// mandate's first day, as seen on a date: a composition's date, or the mandate's first day for a mandate validated alone.
/// </summary>
internal sealed class MandateChecks
{
    private readonly LegislativeHistory history;
    private readonly bool checkSource;

    public MandateChecks(LegislativeHistory history, bool checkSource)
    {
        this.history = history;
        this.checkSource = checkSource;
    }

    /// <summary>Checks one mandate.</summary>
    /// <param name="m">The mandate.</param>
    /// <param name="asOf">The date the mandate is seen from (a composition's date), or null for its first day. A later end of the
    /// chamber is history on a date before it: a term that runs past it is only wrong from the day that end took effect.</param>
    /// <param name="loc">Renders the failures.</param>
    public IReadOnlyList<ValidationFailure> Check(Mandate m, LocalDate? asOf, Localizer loc)
    {
        // Most mandates are valid: the list is only allocated for the first failure.
        List<ValidationFailure>? failures = null;
        var start = m.Start;
        if (start < history.CoverageStart)
        {
            return [loc.Create(ValidationCodes.DateBeforeCoverage, nameof(m.Start), Failures.Iso(start), null,
                ("Date", Failures.Iso(start)), ("CoverageStart", Failures.Iso(history.CoverageStart)))];
        }

        var kind = m.Chamber;
        var resolution = history.HeldTo(kind, start);
        var cited = resolution.Legislature;
        if (resolution.Rules is not { } rules)
        {
            return [loc.Create(ValidationCodes.ChamberNotExistingAtStart, nameof(m.Start), Failures.Iso(start), Citations.For(ValidationCodes.ChamberDoesNotExist, kind, cited),
                ("Deputy", m.Deputy.Id), ("Chamber", loc.Name(kind)), ("Start", Failures.Iso(start)))];
        }

        if (resolution.FormedOn is { } formed && start < formed)
        {
            (failures ??= []).Add(loc.Create(ValidationCodes.StartBeforeChamberFormed, nameof(m.Start), Failures.Iso(start), Citations.For(ValidationCodes.StartBeforeChamberFormed, kind, cited),
                ("Deputy", m.Deputy.Id), ("Chamber", loc.Name(kind)), ("Start", Failures.Iso(start)), ("Formed", Failures.Iso(formed))));
        }

        if (m.RegionId is { } regionId && history.FindRegion(regionId) is { } region && !region.ExistsOn(start))
        {
            (failures ??= []).Add(loc.Create(ValidationCodes.RegionNotExistingAtStart, nameof(m.RegionId), regionId, Citations.For(ValidationCodes.RegionNotExistingAtStart, kind, cited, m.Source),
                ("Deputy", m.Deputy.Id), ("Region", regionId), ("Start", Failures.Iso(start)), ("RegionPeriod", region.Period.ToString())));
        }

        if (checkSource && rules.AllotmentFor(m.Source) is null)
        {
            (failures ??= []).Add(loc.Create(ValidationCodes.SourceNotAllowed, nameof(m.Source), m.Source, Citations.For(ValidationCodes.SourceNotAllowed, kind, cited),
                ("Deputy", m.Deputy.Id), ("Chamber", loc.Name(kind)), ("Source", loc.Name(m.Source)), ("Start", Failures.Iso(start))));
        }

        if (m.Deputy.BirthDate is { } unborn && unborn > start)
        {
            (failures ??= []).Add(loc.Create(ValidationCodes.BornAfterStart, "Deputy.BirthDate", Failures.Iso(unborn), Citations.For(ValidationCodes.BornAfterStart, kind, cited),
                ("Deputy", m.Deputy.Id), ("BirthDate", Failures.Iso(unborn)), ("Start", Failures.Iso(start))));
        }
        else if (rules.MinimumAge is { } minimum && m.Deputy.BirthDate is { } born)
        {
            var age = Failures.YearsBetween(born, start);
            if (age < minimum)
            {
                (failures ??= []).Add(loc.Create(ValidationCodes.BelowMinimumAge, "Deputy.BirthDate", Failures.Iso(born), Citations.For(ValidationCodes.BelowMinimumAge, kind, cited),
                    ("Deputy", m.Deputy.Id), ("Age", age), ("Start", Failures.Iso(start)), ("Chamber", loc.Name(kind)), ("MinimumAge", minimum)));
            }
        }

        LocalDate? regularEnd = rules.TermLength is { } term ? Failures.SafePlus(start, term) : null;
        if (m.End is { } end && regularEnd is { } regular)
        {
            if (end > regular)
            {
                (failures ??= []).Add(loc.Create(ValidationCodes.TermTooLong, nameof(m.End), Failures.Iso(end), Citations.For(ValidationCodes.TermTooLong, kind, cited),
                    ("Deputy", m.Deputy.Id), ("Start", Failures.Iso(start)), ("End", Failures.Iso(end)), ("TermEnd", Failures.Iso(regular)),
                    ("Chamber", loc.Name(kind)), ("TermYears", rules.TermLength!.Years)));
            }
            else if (end < regular && m.EndReason is null)
            {
                (failures ??= []).Add(loc.Create(ValidationCodes.EarlyEndWithoutReason, nameof(m.EndReason), null, Citations.For(ValidationCodes.EarlyEndWithoutReason, kind, cited),
                    ("Deputy", m.Deputy.Id), ("End", Failures.Iso(end)), ("TermEnd", Failures.Iso(regular))));
            }
        }

        if (m.End is { } last && resolution is { EndsOn: { } cutoff, EndedBy: { } endedBy })
        {
            // An end without a reason or by term expiry is the term's scheduled end: running past the chamber's end is lawful on every
            // day before that end took effect (the end is history then, not a defect of the record). An end for any other reason
            // records what happened, so it cannot fall after the chamber's end; and a record that ends on that very day before its
            // regular end must say it ended by constitutional termination.
            var cutShort = regularEnd is not { } r || r > cutoff;
            var scheduled = m.EndReason is null or MandateEndReason.TermExpiry;
            var seenOn = asOf ?? start;
            if ((last > cutoff && (!scheduled || seenOn >= cutoff))
                || (last == cutoff && cutShort && m.EndReason != MandateEndReason.ConstitutionalTermination))
            {
                (failures ??= []).Add(loc.Create(ValidationCodes.BeyondChamberExistence, nameof(m.End), Failures.Iso(last), Citations.For(ValidationCodes.BeyondChamberExistence, kind, endedBy),
                    ("Deputy", m.Deputy.Id), ("End", Failures.Iso(last)), ("Chamber", loc.Name(kind)), ("Cutoff", Failures.Iso(cutoff))));
            }
        }

        return failures ?? (IReadOnlyList<ValidationFailure>)Array.Empty<ValidationFailure>();
    }
}

using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

/// <summary>
/// <see cref="LegislativeHistory.HeldTo(ChamberKind, LocalDate)"/> with a status for dates before the coverage, for callers that
/// ask about any date. The validators read <see cref="LegislativeHistory.HeldTo(ChamberKind, LocalDate)"/> themselves.
/// </summary>
internal sealed record ChamberResolution(
    ChamberKind Kind,
    LocalDate Date,
    ResolutionStatus Status,
    ChamberRules? Rules,
    LegislatureRules? Legislature,
    ChamberSitting? Sitting,
    (LocalDate End, LegislatureRules EndedBy)? Lifetime = null)
{
    public static ChamberResolution Resolve(LegislativeHistory history, ChamberKind kind, LocalDate date)
    {
        if (date < history.CoverageStart)
        {
            return new ChamberResolution(kind, date, ResolutionStatus.BeforeCoverage, null, null, null);
        }

        var held = history.HeldTo(kind, date);
        return new ChamberResolution(
            kind,
            date,
            held.Exists ? ResolutionStatus.Applies : ResolutionStatus.NotExisting,
            held.Rules,
            held.Legislature,
            held.Sitting,
            held is { EndsOn: { } end, EndedBy: { } endedBy } ? (end, endedBy) : null);
    }
}

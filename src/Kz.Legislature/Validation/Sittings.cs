using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

/// <summary>The validators' view of <see cref="LegislativeHistory.SittingOn"/>: the same answer, computed once per history and date.</summary>
internal static class Sittings
{
    public static LegislatureSitting On(LegislativeHistory history, LocalDate date) => history.MemoisedSittingOn(date);
}

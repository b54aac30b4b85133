using Kz.Legislature.History;

namespace Kz.Legislature.Tests.Validation;

/// <summary>
/// Senates built from the dataset's own events, as a user would build them from the record: for each region in existence on
/// the date, the seats filled at the latest Senate elections that contested it (one seat at a partial renewal, both seats at
/// an election that filled the whole pair: the first formation or a new region's first election); the appointees from the
/// day the sitting chamber was formed under its rules (in whole terms). A seat from a partial renewal carries its ordinary end (start + the
/// term of office, as a record made that day would); a seat from a whole-pair election has no end, because the law set the
/// staggered ends and the dataset does not collect them.
/// </summary>
internal static class RealSenates
{
    public static Senate On(LocalDate date, LegislativeHistory history)
    {
        var sitting = history.SittingOn(date).Chamber(ChamberKind.Senate) ?? throw new ArgumentException("The Senate does not sit on the date.", nameof(date));
        var rules = sitting.HeldTo;
        var term = rules.TermLength!;
        var elected = rules.SeatPlan.Single(a => a.SeatsPerRegion is not null);
        var perRegion = elected.SeatsPerRegion!.Value;
        var elections = history.Elections
            .Where(e => e.Chamber == ChamberKind.Senate && e.Dates.Count > 0 && e.Dates.Min() <= date)
            .OrderByDescending(e => e.Dates.Min())
            .ToList();
        var mandates = new List<Mandate>();
        foreach (var region in history.RegionsOn(date))
        {
            var seats = 0;
            foreach (var election in elections)
            {
                var day = election.Dates.Min();
                var covers = election.RegionIds.Count > 0 ? election.RegionIds.Contains(region.Id) : region.ExistsOn(day);
                if (!covers)
                {
                    continue;
                }

                var covered = election.RegionIds.Count > 0 ? election.RegionIds.Count : history.RegionsOn(day).Count;
                var wholePair = election.SeatsContested == perRegion * covered;
                for (var i = 0; i < (wholePair ? perRegion : 1) && seats < perRegion; i++, seats++)
                {
                    mandates.Add(Seat(mandates.Count + 1, elected.Source, day, wholePair ? null : day.Plus(term), region.Id));
                }

                if (seats == perRegion)
                {
                    break;
                }
            }
        }

        // The appointees' latest term that runs on the date, counted in whole terms from the day the sitting began.
        var appointed = sitting.Since;
        while (appointed.Plus(term) <= date)
        {
            appointed = appointed.Plus(term);
        }

        foreach (var allotment in rules.SeatPlan.Where(a => a.SeatsPerRegion is null))
        {
            for (var i = 0; i < allotment.Seats; i++)
            {
                mandates.Add(Seat(mandates.Count + 1, allotment.Source, appointed, appointed.Plus(term), null));
            }
        }

        return new Senate(date, mandates);
    }

    private static Mandate Seat(int n, SeatSource source, LocalDate start, LocalDate? end, string? regionId) =>
        new(new Deputy($"senator-{n:D2}", $"Senator {n:D2}", start.PlusYears(-50)), ChamberKind.Senate, source, start, end, null, regionId);
}

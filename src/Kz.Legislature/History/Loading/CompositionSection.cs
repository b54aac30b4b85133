using System.Globalization;
using System.Text.Json;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History.Loading;

/// <summary>One composition as mapped (<see cref="DatasetMapper"/>), before the rules its sitting is held to are known.</summary>
/// <param name="Path">Its JSON path.</param>
/// <param name="Sitting">The sitting.</param>
/// <param name="Rows">The rows.</param>
/// <param name="VacantSeats">The seats vacant at formation.</param>
/// <param name="Provenance">The provenance.</param>
internal sealed record CompositionData(string Path, Sitting Sitting, IReadOnlyList<CompositionSeats> Rows, int VacantSeats, Provenance Provenance);

/// <summary>The compositions section as mapped: the compositions and the file they came from.</summary>
/// <param name="FileName">The name used in messages.</param>
/// <param name="Items">The compositions, in document order.</param>
internal sealed record CompositionSection(string FileName, IReadOnlyList<CompositionData> Items)
{
    /// <summary>No compositions.</summary>
    /// <param name="fileName">The name used in messages.</param>
    /// <returns>The empty section.</returns>
    public static CompositionSection Empty(string fileName) => new(fileName, []);

    /// <summary>Checks each composition against the rules its sitting is held to and builds the compositions, keyed by sitting id.</summary>
    /// <param name="heldTo">The chamber rules a sitting is held to on a date.</param>
    /// <returns>The compositions.</returns>
    /// <exception cref="LegislativeDataException">A composition does not agree with those rules.</exception>
    public Dictionary<string, PartyComposition> Build(Func<Sitting, LocalDate, ChamberRules> heldTo)
    {
        var result = new Dictionary<string, PartyComposition>(StringComparer.Ordinal);
        foreach (var item in Items)
        {
            var rules = heldTo(item.Sitting, item.Sitting.Period.Start);
            CheckAgainstRules(item, rules);
            result[item.Sitting.Id] = new PartyComposition(item.Sitting, item.Rows, item.VacantSeats, rules.StatutorySeats, item.Provenance);
        }

        return result;
    }

    private void CheckAgainstRules(CompositionData item, ChamberRules rules)
    {
        var sitting = item.Sitting;
        var on = Preconditions.Iso(sitting.Period.Start);
        var bySource = new List<(SeatSource Source, int Counted)>();
        var filled = 0;
        foreach (var row in item.Rows)
        {
            filled += row.Seats;
            if (row.Source is not { } source)
            {
                continue;
            }

            var k = bySource.Count - 1;
            while (k >= 0 && bySource[k].Source != source)
            {
                k--;
            }

            if (k < 0)
            {
                bySource.Add((source, row.Seats));
            }
            else
            {
                bySource[k] = (source, bySource[k].Counted + row.Seats);
            }
        }

        foreach (var (source, counted) in bySource)
        {
            var allotted = 0;
            foreach (var allotment in rules.SeatPlan)
            {
                allotted += allotment.Source == source ? allotment.Seats : 0;
            }

            if (counted > allotted)
            {
                throw new LegislativeDataException(
                    FileName,
                    item.Path + ".seats",
                    string.Create(CultureInfo.InvariantCulture, $"The rows give {counted} seats filled as '{JsonNamingPolicy.CamelCase.ConvertName(source.ToString())}', but the rules sitting '{sitting.Id}' is held to on {on} ({sitting.HeldToRuleSetId}) allot {allotted} seats that way."));
            }
        }

        var vacant = item.VacantSeats;
        if (filled + vacant != rules.StatutorySeats)
        {
            throw new LegislativeDataException(
                FileName,
                item.Path + ".seats",
                string.Create(CultureInfo.InvariantCulture, $"The composition accounts for {filled + vacant} seats ({filled} in its rows + {vacant} vacant), but sitting '{sitting.Id}' is held to {rules.StatutorySeats} seats on {on} (rule set {sitting.HeldToRuleSetId}); state the difference as vacantSeats or as rows whose holder is 'unknown', with a note."));
        }
    }
}

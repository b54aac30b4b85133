using System.Globalization;
using FluentValidation.Results;
using Kz.Legislature.History;
using Kz.Legislature.Testing;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;
using NodaTime.Text;

namespace Kz.Legislature.Tests.Validation;

/// <summary>Dates and one-seat mutations shared by the chamber validator tests.</summary>
internal static class ChamberCases
{
    public static LegislativeHistory History => SessionHistory.Current;

    public static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    public static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>For every rule set and every sitting of the chamber: its first day, a day in the middle and its last day.</summary>
    public static TheoryData<string> DatesFor(ChamberKind kind)
    {
        var dates = new SortedSet<LocalDate>();
        foreach (var rules in History.RuleSets.Where(r => r.HasChamber(kind)))
        {
            var p = rules.RuleSetPeriod;
            dates.Add(p.Start);
            var end = p.End ?? p.Start.PlusYears(3);
            dates.Add(Mid(p.Start, end));
            dates.Add(end.PlusDays(-1));
        }

        foreach (var s in History.Sittings.Where(s => s.Chamber == kind))
        {
            var end = s.Period.End ?? s.Period.Start.PlusYears(3);
            dates.Add(s.Period.Start);
            dates.Add(Mid(s.Period.Start, end));
            dates.Add(end.PlusDays(-1));
        }

        var data = new TheoryData<string>();
        foreach (var d in dates.Where(d => ChamberResolution.Resolve(History, kind, d).Status == ResolutionStatus.Applies && KitBuilds(kind, d)))
        {
            data.Add(Iso(d));
        }

        return data;
    }

    /// <summary>Whether the test kit builds the chamber on the date: it exists, and it was already formed (see <see cref="ChamberFormation"/>).</summary>
    public static bool KitBuilds(ChamberKind kind, LocalDate date) =>
        ChamberResolution.Resolve(History, kind, date).Status == ResolutionStatus.Applies
        && (ChamberFormation.FormedBy(History, kind, date) is not { } formed || date >= formed);

    public static ChamberComposition Valid(ChamberKind kind, LocalDate date) => kind switch
    {
        ChamberKind.Senate => ValidCompositions.SenateOn(date, History),
        ChamberKind.Mazhilis => ValidCompositions.MazhilisOn(date, History),
        ChamberKind.Kurultai => ValidCompositions.KurultaiOn(date, History),
        _ => ValidCompositions.SupremeCouncilOn(date, History),
    };

    public static ValidationResult Validate(ChamberComposition composition, ValidationOptions? options = null) => composition switch
    {
        Senate s => new SenateValidator(History, options).Validate(s),
        Mazhilis m => new MazhilisValidator(History, options).Validate(m),
        Kurultai k => new KurultaiValidator(History, options).Validate(k),
        SupremeCouncil c => new SupremeCouncilValidator(History, options).Validate(c),
        _ => throw new ArgumentOutOfRangeException(nameof(composition)),
    };

    public static IReadOnlyList<string> Codes(this ValidationResult result) =>
        result.Errors.Select(e => e.ErrorCode).Distinct().Order(StringComparer.Ordinal).ToList();

    public static ChamberRules RulesFor(ChamberComposition composition) =>
        ChamberResolution.Resolve(History, composition.Kind, composition.Date).Rules!;

    /// <summary>A seat whose removal or re-sourcing touches no region or district rule: not region-by-region, and not a district if another source exists.</summary>
    public static int PlainSeatIndex(ChamberComposition composition)
    {
        var rules = RulesFor(composition);
        bool Plain(Mandate m) => rules.AllotmentFor(m.Source) is { IsPerRegion: false } && m.Source != SeatSource.SingleMemberDistrict;
        var index = composition.Mandates.ToList().FindLastIndex(Plain);
        return index >= 0
            ? index
            : composition.Mandates.ToList().FindLastIndex(m => rules.AllotmentFor(m.Source) is { IsPerRegion: false });
    }

    public static ChamberComposition WithoutOneSeat(ChamberComposition composition) =>
        composition.WithoutMandateAt(PlainSeatIndex(composition));

    /// <summary>Adds one seat of a plain source; where the chamber has only districts, the extra seat is district N + 1 (so KZL1007 is inevitable).</summary>
    public static (ChamberComposition Composition, bool IsDistrict) WithOneSeatMore(ChamberComposition composition)
    {
        var template = composition.Mandates[PlainSeatIndex(composition)];
        var extra = template.WithDeputy(new Deputy("synthetic-extra-01", "Synthetic Extra 01", template.Deputy.BirthDate));
        if (template.Source == SeatSource.SingleMemberDistrict)
        {
            extra = extra.WithSeat(null, RulesFor(composition).SeatsFor(SeatSource.SingleMemberDistrict) + 1, null);
            return (composition.WithMandate(extra), true);
        }

        return (composition.WithMandate(extra), false);
    }

    public static ChamberComposition WithOneSeatMisSourced(ChamberComposition composition)
    {
        var rules = RulesFor(composition);
        SeatSource[] candidates =
        [
            SeatSource.StateList, SeatSource.PublicOrganization, SeatSource.AppointedByPresident,
            SeatSource.ElectedByAssemblyOfPeople, SeatSource.AppointedByPresidentOnAssemblyProposal,
        ];
        var target = candidates.First(s => rules.AllotmentFor(s) is null);
        var index = PlainSeatIndex(composition);
        return composition.WithMandateAt(index, composition.Mandates[index].WithSource(target));
    }

    private static LocalDate Mid(LocalDate start, LocalDate end) =>
        start.PlusDays(Period.Between(start, end, PeriodUnits.Days).Days / 2);
}

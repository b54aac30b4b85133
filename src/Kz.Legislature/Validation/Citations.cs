using System.Collections.Frozen;
using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

/// <summary>Builds the <see cref="Citation"/> of a rule from the instrument in force (or held to) and the verified article numbers.</summary>
internal static class Citations
{
    // Rule sets of the 1995 Constitution (original text and its amendments) in the embedded dataset.
    private static readonly FrozenSet<string> Constitution1995Family =
        new[] { "constitution-1995", "amendment-1998", "amendment-2007", "referendum-2022" }.ToFrozenSet(StringComparer.Ordinal);

    public static Citation For(string code, ChamberKind kind, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return new Citation(instrument.Id, instrument.Name.English, Article(code, kind, instrument.Id), FirstSource(instrument.Provenance));
    }

    public static Citation? For(string code, ChamberKind kind, LegislatureRules? rules) =>
        rules is null ? null : For(code, kind, rules.Instrument);

    public static Citation ForQuota(LegislativeHistory history, ListQuotaRule quota, LegislatureRules rules)
    {
        // The quota comes from the election law, not the constitution: cite the latest constitutional law on the quota
        // in force when the quota starts, falling back to the instrument of the rule set.
        var law = history.Instruments
            .Where(i => i.Kind == InstrumentKind.ConstitutionalLaw
                        && (i.InForceFrom ?? i.SignedOn ?? i.AdoptedOn) is { } d && d <= quota.Period.Start
                        && (i.Name.English.Contains("quota", StringComparison.OrdinalIgnoreCase)
                            || i.LegislativeChanges.Any(c => c.Contains("quota", StringComparison.OrdinalIgnoreCase))))
            .MaxBy(i => i.InForceFrom ?? i.SignedOn ?? i.AdoptedOn);
        var source = FirstSource(quota.Provenance);
        return law is null
            ? new Citation(rules.Instrument.Id, rules.Instrument.Name.English, null, source)
            : new Citation(law.Id, law.Name.English, null, source ?? FirstSource(law.Provenance));
    }

    /// <summary>The article of the 1995 Constitution (as in force) or of the 2026 Constitution where it was verified; otherwise null.</summary>
    internal static string? Article(string code, ChamberKind kind, string instrumentId)
    {
        var c1995 = Constitution1995Family.Contains(instrumentId);
        var post1998 = c1995 && instrumentId != "constitution-1995";
        var composition = kind switch
        {
            ChamberKind.Senate => "Art. 50(2)",
            ChamberKind.Mazhilis => "Art. 50(3)",
            _ => null,
        };
        return code switch
        {
            ValidationCodes.ChamberDoesNotExist or ValidationCodes.ChambersMismatch when instrumentId == "constitution-2026" && kind is ChamberKind.Senate or ChamberKind.Mazhilis => "Art. 95",
            ValidationCodes.ChamberDoesNotExist or ValidationCodes.ChambersMismatch => c1995 ? "Art. 50(1)" : null,
            ValidationCodes.SeatTotal or ValidationCodes.SeatsBySource or ValidationCodes.SeatsPerRegion or ValidationCodes.UnknownRegion
                or ValidationCodes.MissingRegion or ValidationCodes.SourceNotAllowed or ValidationCodes.DistrictOutOfRange
                or ValidationCodes.MissingDistrict or ValidationCodes.DuplicateDistrict or ValidationCodes.MissingParty
                or ValidationCodes.RegionNotExistingAtStart or ValidationCodes.StartBeforeChamberFormed => c1995 ? composition : null,
            ValidationCodes.TermTooLong or ValidationCodes.EarlyEndWithoutReason => post1998 ? "Art. 50(5)" : null,
            ValidationCodes.SameRenewalCohort => post1998 ? "Art. 51(2)" : null,
            ValidationCodes.BelowMinimumAge or ValidationCodes.BornAfterStart => c1995 ? "Art. 51(4)" : null,
            ValidationCodes.MemberOfBothChambers => c1995 ? "Art. 50(4)" : null,
            ValidationCodes.BeyondChamberExistence => instrumentId == "constitution-2026" ? "Art. 95" : null,
            _ => null,
        };
    }

    private static Uri? FirstSource(Provenance? provenance) =>
        provenance is { Sources.Count: > 0 } p ? p.Sources[0].Url : null;
}

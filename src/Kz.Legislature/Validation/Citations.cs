using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

/// <summary>
/// The single entry point through which every validation failure obtains its <see cref="Citation"/>: it maps the error
/// code to the legal value the rule checks (<see cref="RuleAspect"/>, or the seat allotment of a source) and returns that
/// value's own citation from the data. No article, instrument or source is chosen here.
/// </summary>
internal static class Citations
{
    /// <summary>Gets the citation of the value a failure with <paramref name="code"/> concerns, under <paramref name="rules"/>.</summary>
    /// <param name="code">The error code.</param>
    /// <param name="kind">The chamber the failure is about.</param>
    /// <param name="rules">The rules the chamber is held to (or that are in force, or that ended it), or <see langword="null"/>.</param>
    /// <param name="source">For seat-plan failures, the seats concerned (the allotment of this source is cited).</param>
    /// <returns>
    /// The value's citation; the rule set's own citation (its instrument and sources, no article) for failures that concern
    /// no single legal value or a value the data does not know; <see langword="null"/> when <paramref name="rules"/> is null.
    /// </returns>
    public static Citation? For(string code, ChamberKind kind, LegislatureRules? rules, SeatSource? source = null)
    {
        if (rules is null)
        {
            return null;
        }

        var chamber = rules.TryGetChamber(kind);
        var cited = code switch
        {
            ValidationCodes.ChamberDoesNotExist or ValidationCodes.ChambersMismatch or ValidationCodes.ChamberNotExistingAtStart
                or ValidationCodes.BeyondChamberExistence or ValidationCodes.StartBeforeChamberFormed => chamber is null ? rules.FormCitation : chamber.CitationFor(RuleAspect.Existence) ?? rules.FormCitation,
            ValidationCodes.SeatTotal or ValidationCodes.SourceNotAllowed or ValidationCodes.NoPartyListSeats => chamber?.CitationFor(RuleAspect.Composition),
            ValidationCodes.SeatsBySource or ValidationCodes.SeatsPerRegion or ValidationCodes.UnknownRegion or ValidationCodes.MissingRegion
                or ValidationCodes.RegionNotExistingAtStart =>
                source is { } s ? chamber?.CitationFor(s) ?? chamber?.CitationFor(RuleAspect.Composition) : chamber?.CitationFor(RuleAspect.Composition),
            ValidationCodes.DistrictOutOfRange or ValidationCodes.MissingDistrict or ValidationCodes.DuplicateDistrict => chamber?.CitationFor(SeatSource.SingleMemberDistrict),
            ValidationCodes.MissingParty => chamber?.CitationFor(SeatSource.PartyList),
            ValidationCodes.TermTooLong or ValidationCodes.EarlyEndWithoutReason => chamber?.CitationFor(RuleAspect.TermLength),
            ValidationCodes.SameRenewalCohort => chamber?.CitationFor(RuleAspect.Renewal),
            ValidationCodes.BelowMinimumAge or ValidationCodes.BornAfterStart => chamber?.CitationFor(RuleAspect.MinimumAge),
            ValidationCodes.ListQuotaNotMet => chamber?.CitationFor(RuleAspect.ListQuota),
            ValidationCodes.MemberOfBothChambers => chamber?.IncompatibilityRules.FirstOrDefault(i => i.Kind == IncompatibilityKind.BothChambers)?.Citation,
            _ => null,
        };
        return cited ?? rules.RuleSetCitation;
    }
}

using Kz.Legislature.History;

namespace Kz.Legislature.Internal;

/// <summary>The English words for the library's enumerations in its English prose (explanations, descriptions, messages), never the enum names.</summary>
internal static class EnglishNames
{
    public static string Of(ChamberKind kind) => Enum.IsDefined(kind) ? Names.Of(kind).English : $"chamber kind {(int)kind}";

    public static string Of(SeatSource source) => Enum.IsDefined(source) ? Names.Of(source).English : $"seat source {(int)source}";

    /// <summary>The chambers joined with "and": "Senate and Mazhilis".</summary>
    public static string Chambers(IEnumerable<ChamberKind> kinds)
    {
        var names = kinds.Select(Of).ToList();
        return names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }

    public static string Of(AllocationMethod method) => method switch
    {
        AllocationMethod.HareLargestRemainder => "Hare quota, largest remainders",
        AllocationMethod.DroopLargestRemainder => "Droop quota, largest remainders",
        AllocationMethod.DHondt => "D'Hondt",
        AllocationMethod.SainteLague => "Sainte-Laguë",
        AllocationMethod.ModifiedSainteLague => "modified Sainte-Laguë",
        _ => $"method {(int)method}",
    };

    public static string Of(ThresholdBase thresholdBase) => thresholdBase switch
    {
        ThresholdBase.AllBallots => "all ballots",
        ThresholdBase.ValidListVotes => "the valid list votes",
        _ => $"threshold base {(int)thresholdBase}",
    };

    public static string Of(TiePolicy policy) => policy switch
    {
        TiePolicy.EarlierRegistrationWins => "ties go to the list registered earlier",
        TiePolicy.ReportUndecidable => "ties reported as undecidable",
        _ => $"tie policy {(int)policy}",
    };

    public static string Of(SittingEndReason reason) => reason switch
    {
        SittingEndReason.SelfDissolution => "self-dissolution",
        SittingEndReason.Dissolution => "dissolution",
        SittingEndReason.DissolutionByDecree => "dissolution by decree",
        SittingEndReason.ConstitutionalTermination => "powers ended by the constitution",
        SittingEndReason.TermExpiry => "end of term",
        SittingEndReason.Succeeded => "continued under other rules or another convocation",
        _ => $"end reason {(int)reason}",
    };
}

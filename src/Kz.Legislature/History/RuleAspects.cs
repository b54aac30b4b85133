using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>Which aspects belong to which record.</summary>
internal static class RuleAspects
{
    public static readonly RuleAspect[] ElectoralSystem = [RuleAspect.Threshold, RuleAspect.ThresholdBase, RuleAspect.Method, RuleAspect.RunnerUpAdmission, RuleAspect.TiePolicy];

    public static readonly RuleAspect[] Chamber =
    [
        RuleAspect.Existence, RuleAspect.Composition, RuleAspect.TermLength, RuleAspect.Renewal, RuleAspect.MinimumAge, RuleAspect.ResidenceYears,
        RuleAspect.RegionResidenceYears, RuleAspect.HigherEducation, RuleAspect.WorkExperienceYears, RuleAspect.Citizenship,
    ];
}

using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>One legal value of a chamber's rules whose source a <see cref="Citation"/> names (see <see cref="ChamberRules.CitationFor(RuleAspect)"/>).</summary>
public enum RuleAspect
{
    /// <summary>That the chamber exists under the instrument (for the rule set as a whole: the form of the legislature, <see cref="LegislatureRules.FormCitation"/>).</summary>
    Existence,

    /// <summary>The composition as a whole: the statutory number of seats and the sources that fill them.</summary>
    Composition,

    /// <summary>The term of office.</summary>
    TermLength,

    /// <summary>The partial-renewal rule.</summary>
    Renewal,

    /// <summary>The minimum age.</summary>
    MinimumAge,

    /// <summary>The years of permanent residence in the country required.</summary>
    ResidenceYears,

    /// <summary>The years of residence in the region required.</summary>
    RegionResidenceYears,

    /// <summary>Whether higher education is required.</summary>
    HigherEducation,

    /// <summary>The years of work experience required.</summary>
    WorkExperienceYears,

    /// <summary>Whether citizenship is required.</summary>
    Citizenship,

    /// <summary>The party-list threshold.</summary>
    Threshold,

    /// <summary>What the threshold is measured against.</summary>
    ThresholdBase,

    /// <summary>The seat-allocation method.</summary>
    Method,

    /// <summary>Whether the runner-up list is admitted when only one passes.</summary>
    RunnerUpAdmission,

    /// <summary>How a tie for the last seat is resolved.</summary>
    TiePolicy,

    /// <summary>The list quota.</summary>
    ListQuota,
}

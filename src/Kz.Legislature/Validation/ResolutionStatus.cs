using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

/// <summary>What the history says about one chamber on one date.</summary>
internal enum ResolutionStatus
{
    /// <summary>The date is before the history's coverage.</summary>
    BeforeCoverage,

    /// <summary>The chamber neither sits nor exists under the constitution in force.</summary>
    NotExisting,

    /// <summary>The chamber sits (held to <see cref="ChamberResolution.Rules"/>) or exists under the rules in force.</summary>
    Applies,
}

using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>Whether a legislature was sitting on a date.</summary>
public enum SittingStatus
{
    /// <summary>At least one chamber was sitting.</summary>
    Sitting,

    /// <summary>No chamber was sitting.</summary>
    NotSitting,

    /// <summary>The date is beyond what the dataset is verified through and nothing certain can be said.</summary>
    Unknown,
}

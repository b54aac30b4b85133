namespace Kz.Legislature;

/// <summary>How well a fact in the dataset is supported.</summary>
public enum Confidence
{
    /// <summary>An official or primary text, or two or more consistent sources.</summary>
    High,

    /// <summary>One reputable source.</summary>
    Medium,

    /// <summary>A weak, single or conflicting source.</summary>
    Low,
}

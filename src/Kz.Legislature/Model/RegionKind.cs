namespace Kz.Legislature;

/// <summary>The administrative kind of a region that sends senators.</summary>
public enum RegionKind
{
    /// <summary>An oblast (province).</summary>
    Oblast,

    /// <summary>A city of republican significance.</summary>
    CityOfRepublicanSignificance,

    /// <summary>The capital.</summary>
    Capital,
}

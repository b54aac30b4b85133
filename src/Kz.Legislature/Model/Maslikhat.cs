using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>The maslikhat (local representative assembly) of one region, whose deputies elect the region's two senators.</summary>
internal sealed record Maslikhat : SeatFillingBody
{
    /// <summary>Creates the maslikhat of a region.</summary>
    /// <param name="regionId">The region's identifier.</param>
    /// <exception cref="ArgumentNullException"><paramref name="regionId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="regionId"/> is blank.</exception>
    public Maslikhat(string regionId)
    {
        RegionId = Preconditions.NotBlank(regionId, nameof(regionId));
    }

    /// <summary>Gets the region's identifier.</summary>
    public string RegionId { get; }

    /// <inheritdoc/>
    public override LocalizedName Name => new($"Maslikhat of {RegionId}", $"Маслихат ({RegionId})", $"Мәслихат ({RegionId})", $"Mäslihat ({RegionId})");

    /// <summary>Returns "Maslikhat(region)".</summary>
    /// <returns>For example <c>Maslikhat(astana)</c>.</returns>
    public override string ToString() => $"Maslikhat({RegionId})";
}

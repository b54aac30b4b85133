using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>The voters, who elect party-list and single-member-district deputies.</summary>
internal sealed record Electorate : SeatFillingBody
{
    private static readonly LocalizedName ElectorateName = new("Voters", "Избиратели", "Сайлаушылар", "Saılaýshylar");

    private Electorate()
    {
    }

    /// <summary>Gets the electorate.</summary>
    public static Electorate Instance { get; } = new();

    /// <inheritdoc/>
    public override LocalizedName Name => ElectorateName;

    /// <summary>Returns "Electorate".</summary>
    /// <returns>The string <c>Electorate</c>.</returns>
    public override string ToString() => "Electorate";
}

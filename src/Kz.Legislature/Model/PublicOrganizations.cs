using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>The republican public organisations that elected 90 deputies of the Supreme Soviet in 1990.</summary>
internal sealed record PublicOrganizations : SeatFillingBody
{
    private static readonly LocalizedName OrganizationsName = new("Republican public organisations", "Республиканские общественные организации", "Республикалық қоғамдық ұйымдар", "Respýblıkalyq qoǵamdyq uıymdar");

    private PublicOrganizations()
    {
    }

    /// <summary>Gets the public organisations.</summary>
    public static PublicOrganizations Instance { get; } = new();

    /// <inheritdoc/>
    public override LocalizedName Name => OrganizationsName;

    /// <summary>Returns "PublicOrganizations".</summary>
    /// <returns>The string <c>PublicOrganizations</c>.</returns>
    public override string ToString() => "PublicOrganizations";
}

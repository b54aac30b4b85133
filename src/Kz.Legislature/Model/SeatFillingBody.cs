using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>A body that fills seats: the President, the Assembly of People, a region's maslikhat, the electorate or public organisations (internal since 0.2: only the Popolo export reads a body's name).</summary>
/// <remarks>Bodies compare by value. Use <see cref="FilledBy"/> to find the body behind a <see cref="SeatSource"/>.</remarks>
internal abstract record SeatFillingBody
{
    private protected SeatFillingBody()
    {
    }

    /// <summary>Gets the body's name.</summary>
    public abstract LocalizedName Name { get; }

    /// <summary>Returns the body that fills a seat of <paramref name="source"/>.</summary>
    /// <param name="source">The seat source.</param>
    /// <param name="regionId">The region, needed for <see cref="SeatSource.ElectedByMaslikhats"/>.</param>
    /// <returns>The body: for example the President for appointed senators, the maslikhat of the region for elected ones.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is <see cref="SeatSource.ElectedByMaslikhats"/> and <paramref name="regionId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a defined value.</exception>
    public static SeatFillingBody FilledBy(SeatSource source, string? regionId = null) => source switch
    {
        SeatSource.ElectedByMaslikhats => new Maslikhat(regionId!),
        SeatSource.AppointedByPresident or SeatSource.AppointedByPresidentOnAssemblyProposal => President.Instance,
        SeatSource.ElectedByAssemblyOfPeople => AssemblyOfPeople.Instance,
        SeatSource.PartyList or SeatSource.SingleMemberDistrict or SeatSource.StateList => Electorate.Instance,
        SeatSource.PublicOrganization => PublicOrganizations.Instance,
        _ => throw Internal.ArgumentErrors.OutOfRange(nameof(source), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{source} is not a defined seat source.")),
    };

    /// <summary>Returns the body that nominates or proposes candidates for a seat of <paramref name="source"/>, if that differs from who fills it.</summary>
    /// <param name="source">The seat source.</param>
    /// <returns>The Assembly of People for <see cref="SeatSource.AppointedByPresidentOnAssemblyProposal"/>; otherwise <see langword="null"/>.</returns>
    public static SeatFillingBody? ProposedBy(SeatSource source) =>
        source == SeatSource.AppointedByPresidentOnAssemblyProposal ? AssemblyOfPeople.Instance : null;
}

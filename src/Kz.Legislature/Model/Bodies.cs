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

/// <summary>The President of the Republic of Kazakhstan, who appoints senators.</summary>
internal sealed record President : SeatFillingBody
{
    private static readonly LocalizedName PresidentName = new("President of the Republic of Kazakhstan", "Президент Республики Казахстан", "Қазақстан Республикасының Президенті", "Qazaqstan Respublikasynyń Prezidenti");

    private President()
    {
    }

    /// <summary>Gets the President.</summary>
    public static President Instance { get; } = new();

    /// <inheritdoc/>
    public override LocalizedName Name => PresidentName;

    /// <summary>Returns "President".</summary>
    /// <returns>The string <c>President</c>.</returns>
    public override string ToString() => "President";
}

/// <summary>The Assembly of People of Kazakhstan, which elected 9 Mazhilis deputies (2007–2023) and proposes 5 senators (2022–2026).</summary>
internal sealed record AssemblyOfPeople : SeatFillingBody
{
    private static readonly LocalizedName AssemblyName = new("Assembly of People of Kazakhstan", "Ассамблея народа Казахстана", "Қазақстан халқы Ассамблеясы", "Qazaqstan halqy Assambleiasy", ["APK"]);

    private AssemblyOfPeople()
    {
    }

    /// <summary>Gets the Assembly of People.</summary>
    public static AssemblyOfPeople Instance { get; } = new();

    /// <inheritdoc/>
    public override LocalizedName Name => AssemblyName;

    /// <summary>Returns "AssemblyOfPeople".</summary>
    /// <returns>The string <c>AssemblyOfPeople</c>.</returns>
    public override string ToString() => "AssemblyOfPeople";
}

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

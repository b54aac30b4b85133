using System.Globalization;

namespace Kz.Legislature.Serialization;

/// <summary>
/// The stable identifiers the Popolo export uses (docs/identifiers.md): Open Civic Data division ids for areas,
/// and <c>kz-legislature:</c> ids for organizations, posts, persons, memberships and events.
/// </summary>
/// <remarks>An identifier is built only from stable parts (chamber, seat source, region slug, seat number, dataset ids),
/// never from positions in a list, so the same fact gets the same id in every export.</remarks>
public static class PopoloIdentifiers
{
    /// <summary>The prefix of every identifier this library mints: <c>kz-legislature:</c>.</summary>
    public const string Prefix = "kz-legislature:";

    /// <summary>The identifier of the bicameral Parliament (1995–2026), a Popolo organization of classification <c>legislature</c>.</summary>
    public const string Parliament = Prefix + "legislature/parliament";

    /// <summary>The identifier of the Assembly of People of Kazakhstan.</summary>
    public const string AssemblyOfPeople = Prefix + "organization/assembly-of-people";

    /// <summary>The <c>scheme</c> of identifiers that hold this library's own slugs (region, party and deputy ids).</summary>
    public const string Scheme = "kz-legislature";

    /// <summary>The Popolo post-id prefix: <c>kz-legislature:post/</c>.</summary>
    internal const string PostPrefix = Prefix + "post/";

    /// <summary>Gets the slug of a chamber: <c>senate</c>, <c>mazhilis</c>, <c>kurultai</c> or <c>supreme-council</c>.</summary>
    /// <param name="chamber">The chamber.</param>
    /// <returns>The slug.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chamber"/> is not defined.</exception>
    public static string ChamberSlug(ChamberKind chamber) => Enum.IsDefined(chamber)
        ? Internal.ChamberKindNames.Slug(chamber)
        : throw Internal.ArgumentErrors.OutOfRange(nameof(chamber), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{chamber} is not a defined chamber."));

    /// <summary>Gets the slug of a seat source, its name in kebab case: for example <c>elected-by-maslikhats</c>.</summary>
    /// <param name="source">The seat source.</param>
    /// <returns>The slug.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not defined.</exception>
    public static string SourceSlug(SeatSource source) => source switch
    {
        SeatSource.ElectedByMaslikhats => "elected-by-maslikhats",
        SeatSource.AppointedByPresident => "appointed-by-president",
        SeatSource.AppointedByPresidentOnAssemblyProposal => "appointed-by-president-on-assembly-proposal",
        SeatSource.PartyList => "party-list",
        SeatSource.SingleMemberDistrict => "single-member-district",
        SeatSource.ElectedByAssemblyOfPeople => "elected-by-assembly-of-people",
        SeatSource.StateList => "state-list",
        SeatSource.PublicOrganization => "public-organization",
        _ => throw Internal.ArgumentErrors.OutOfRange(nameof(source), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{source} is not a defined seat source.")),
    };

    /// <summary>Gets the identifier of a chamber's organization: for example <c>kz-legislature:chamber/senate</c>.</summary>
    /// <param name="chamber">The chamber.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chamber"/> is not defined.</exception>
    public static string Chamber(ChamberKind chamber) => Prefix + "chamber/" + ChamberSlug(chamber);

    /// <summary>Gets the identifier of a region's maslikhat: <c>kz-legislature:maslikhat/{regionId}</c>.</summary>
    /// <param name="regionId">The region's slug.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regionId"/> is null.</exception>
    public static string Maslikhat(string regionId) => Prefix + "maslikhat/" + NotNull(regionId, nameof(regionId));

    /// <summary>Gets the identifier of a party: <c>kz-legislature:party/{partyId}</c>.</summary>
    /// <param name="partyId">The party's slug.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partyId"/> is null.</exception>
    public static string Party(string partyId) => Prefix + "party/" + NotNull(partyId, nameof(partyId));

    /// <summary>Gets the identifier of a person: <c>kz-legislature:person/{deputyId}</c>.</summary>
    /// <param name="deputyId">The deputy's identifier.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deputyId"/> is null.</exception>
    public static string Person(string deputyId) => Prefix + "person/" + NotNull(deputyId, nameof(deputyId));

    /// <summary>Gets the identifier of a convocation (a Popolo event of classification <c>legislative period</c>).</summary>
    /// <param name="convocationId">The convocation's dataset id, for example <c>parliament-viii</c>.</param>
    /// <returns>For example <c>kz-legislature:convocation/parliament-viii</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="convocationId"/> is null.</exception>
    public static string Convocation(string convocationId) => Prefix + "convocation/" + NotNull(convocationId, nameof(convocationId));

    /// <summary>Gets the identifier of an election (a Popolo event of classification <c>election</c>).</summary>
    /// <param name="electionId">The election's dataset id, for example <c>mazhilis-2023</c>.</param>
    /// <returns>For example <c>kz-legislature:election/mazhilis-2023</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="electionId"/> is null.</exception>
    public static string Election(string electionId) => Prefix + "election/" + NotNull(electionId, nameof(electionId));

    /// <summary>Gets the identifier of a timeline event.</summary>
    /// <param name="eventId">The event's dataset id.</param>
    /// <returns>For example <c>kz-legislature:event/constitution-2026-in-force</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eventId"/> is null.</exception>
    public static string Event(string eventId) => Prefix + "event/" + NotNull(eventId, nameof(eventId));

    /// <summary>
    /// Gets the identifier of a seat (a Popolo post): <c>kz-legislature:post/{chamber}/{source}/{regionId}/{n}</c> for seats
    /// filled region by region, <c>kz-legislature:post/{chamber}/single-member-district/{district}</c> for districts, and
    /// <c>kz-legislature:post/{chamber}/{source}/{n}</c> for the others.
    /// </summary>
    /// <param name="chamber">The chamber.</param>
    /// <param name="source">How the seat is filled.</param>
    /// <param name="regionId">The region for seats filled region by region (<see cref="SeatSource.ElectedByMaslikhats"/>), otherwise <see langword="null"/>.</param>
    /// <param name="number">The seat number (1-based), or the district number for <see cref="SeatSource.SingleMemberDistrict"/>.</param>
    /// <returns>The identifier. A seat that existed over two separate periods gets <c>@{first day}</c> appended for the later ones.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined, or <paramref name="number"/> is negative.</exception>
    public static string Post(ChamberKind chamber, SeatSource source, string? regionId, int number)
    {
        Internal.Preconditions.NonNegative(number, nameof(number));
        var n = number.ToString(CultureInfo.InvariantCulture);
        return regionId is null || source == SeatSource.SingleMemberDistrict
            ? $"{PostPrefix}{ChamberSlug(chamber)}/{SourceSlug(source)}/{n}"
            : $"{PostPrefix}{ChamberSlug(chamber)}/{SourceSlug(source)}/{regionId}/{n}";
    }

    private static string NotNull(string value, string name) => value ?? throw new ArgumentNullException(name);
}

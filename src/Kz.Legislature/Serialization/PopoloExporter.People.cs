using Kz.Legislature.History;
using Kz.Legislature.Internal;
using Kz.Legislature.Serialization.Popolo;

namespace Kz.Legislature.Serialization;

// The people part of the history export (Export(LegislativeHistory)): the persons of LegislativeHistory.People, a post per
// chamber and office role, a membership per office term, and the party composition of each sitting at its formation as
// the extension seat_counts on the chamber's organization. Only the history export writes them.
public static partial class PopoloExporter
{
    /// <summary>The segment of a post id that marks an office (chair, deputy chair), not a seat: <c>kz-legislature:post/{chamber}/office/{role}</c>.</summary>
    internal const string OfficeSegment = "office/";

    /// <summary>Gets the post id of an office of a chamber, for example <c>kz-legislature:post/senate/office/chair</c>.</summary>
    internal static string OfficePost(ChamberKind chamber, OfficeRole role) =>
        PopoloIdentifiers.PostPrefix + PopoloIdentifiers.ChamberSlug(chamber) + "/" + OfficeSegment + RoleSlug(role);

    /// <summary>Whether a post id is an office of <paramref name="chamber"/> (the importer skips such memberships: they are no seat).</summary>
    internal static bool IsOfficePost(string postId, ChamberKind chamber) =>
        postId.StartsWith(PopoloIdentifiers.PostPrefix + PopoloIdentifiers.ChamberSlug(chamber) + "/" + OfficeSegment, StringComparison.Ordinal);

    internal static string RoleName(OfficeRole role) => role switch
    {
        OfficeRole.Chair => "Chair",
        OfficeRole.DeputyChair => "Deputy Chair",
        OfficeRole.ActingChair => "Acting Chair",
        _ => throw ArgumentErrors.OutOfRange(nameof(role), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{role} is not a defined office role.")),
    };

    internal static string HolderClassification(SeatHolderKind holder) => holder switch
    {
        SeatHolderKind.Party => "party",
        SeatHolderKind.Independent => "independent",
        SeatHolderKind.SelfNominated => "self-nominated",
        SeatHolderKind.Group => "group",
        SeatHolderKind.Unknown => "unknown",
        _ => throw ArgumentErrors.OutOfRange(nameof(holder), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{holder} is not a defined seat holder kind.")),
    };

    /// <summary>Writes one person of <see cref="LegislativeHistory.People"/> as the history export does.</summary>
    internal static void WritePerson(System.Text.Json.Utf8JsonWriter w, Person person) =>
        System.Text.Json.JsonSerializer.Serialize(w, PersonDto(person), PopoloJsonContext.Writing.PopoloPersonDto);

    private static PopoloPersonDto PersonDto(Person person) => new()
    {
        Id = PopoloIdentifiers.Person(person.Id),
        Name = person.Name.English,
        OtherNames = OtherNames(person.Name, null),
        Identifiers = Identifiers(person.Id, person.WikidataId),
        BirthDate = person.BirthDate is { } birth ? Preconditions.Iso(birth) : null,
        Sources = SourceDtos(person.Provenance.Sources),
    };

    private static string RoleSlug(OfficeRole role) => role switch
    {
        OfficeRole.Chair => "chair",
        OfficeRole.DeputyChair => "deputy-chair",
        OfficeRole.ActingChair => "acting-chair",
        _ => throw ArgumentErrors.OutOfRange(nameof(role), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{role} is not a defined office role.")),
    };

    private static void AddPeoplePersons(List<PopoloPersonDto> persons, LegislativeHistory history)
    {
        foreach (var person in history.People)
        {
            persons.Add(PersonDto(person));
        }
    }

    private static void AddOfficeMemberships(List<PopoloMembershipDto> memberships, LegislativeHistory history)
    {
        foreach (var office in history.Offices)
        {
            memberships.Add(new PopoloMembershipDto
            {
                Id = PopoloIdentifiers.Prefix + "membership/" + PopoloIdentifiers.ChamberSlug(office.Chamber) + "/" + OfficeSegment + office.Id,
                Label = $"{RoleName(office.Role)} of the {Names.Of(office.Chamber).English}",
                Role = RoleName(office.Role).ToLowerInvariant(),
                PersonId = PopoloIdentifiers.Person(office.Person.Id),
                OrganizationId = PopoloIdentifiers.Chamber(office.Chamber),
                PostId = OfficePost(office.Chamber, office.Role),
                StartDate = Preconditions.Iso(office.Term.Start),
                EndDate = office.Term.End is { } end ? Preconditions.Iso(end) : null,
                Sources = SourceDtos(office.Provenance.Sources),
            });
        }
    }

    private static void AddOfficePosts(List<PopoloPostDto> dtos, LegislativeHistory history)
    {
        var posts = new List<(ChamberKind Chamber, OfficeRole Role, SourceSet Sources)>();
        foreach (var office in history.Offices)
        {
            var index = posts.FindIndex(p => p.Chamber == office.Chamber && p.Role == office.Role);
            if (index < 0)
            {
                posts.Add((office.Chamber, office.Role, new SourceSet()));
                index = posts.Count - 1;
            }

            posts[index].Sources.AddAll(office.Provenance.Sources);
        }

        foreach (var (chamber, role, sources) in posts)
        {
            dtos.Add(new PopoloPostDto
            {
                Id = OfficePost(chamber, role),
                Label = $"{RoleName(role)} of the {Names.Of(chamber).English}",
                Role = RoleName(role),
                OrganizationId = PopoloIdentifiers.Chamber(chamber),
                Sources = SourceDtos(sources.Items),
            });
        }
    }

    /// <summary>The extension <c>seat_counts</c> on a chamber's organization: one entry per sitting composition at formation; <see langword="null"/> (not written) when the chamber has none.</summary>
    private static List<PopoloSeatCountDto>? SeatCounts(LegislativeHistory history, ChamberKind chamber)
    {
        var compositions = history.Compositions.Where(c => c.Chamber == chamber).ToList();
        if (compositions.Count == 0)
        {
            return null;
        }

        var entries = new List<PopoloSeatCountDto>(compositions.Count);
        foreach (var composition in compositions)
        {
            var sitting = composition.Sitting;
            var counts = new List<PopoloCountDto>();
            foreach (var row in composition.Seats)
            {
                counts.Add(new PopoloCountDto
                {
                    Option = row.Source is { } source ? PopoloIdentifiers.SourceSlug(source) : "unknown",
                    Value = row.Seats,
                    GroupId = row.Party is { } party ? PopoloIdentifiers.Party(party.Id) : null,
                    Group = row.Party is null ? new PopoloGroupDto(row.HolderName, HolderClassification(row.Holder)) : null,
                });
            }

            if (composition.VacantSeats > 0)
            {
                counts.Add(new PopoloCountDto { Option = "vacant", Value = composition.VacantSeats });
            }

            entries.Add(new PopoloSeatCountDto
            {
                Id = PopoloIdentifiers.Prefix + "composition/" + sitting.Id,
                StartDate = Preconditions.Iso(sitting.Period.Start),
                EndDate = sitting.Period.End is { } end ? Preconditions.Iso(end) : null,
                LegislativePeriodId = sitting.Convocation is { } convocation ? PopoloIdentifiers.Convocation(convocation.Id) : null,
                Seats = composition.Total,
                Counts = counts,
                Sources = SourceDtos(composition.Provenance.Sources),
            });
        }

        return entries;
    }
}

using System.Text.Json;
using Kz.Legislature.History;
using Kz.Legislature.Internal;

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

    internal static void WritePerson(Utf8JsonWriter w, Person person)
    {
        w.WriteStartObject();
        w.WriteString("id", PopoloIdentifiers.Person(person.Id));
        w.WriteString("name", person.Name.English);
        WriteOtherNames(w, person.Name, null);
        WriteIdentifiers(w, person.Id, person.WikidataId);
        if (person.BirthDate is { } birth)
        {
            w.WriteString("birth_date", Preconditions.Iso(birth));
        }

        WriteSources(w, person.Provenance.Sources);
        w.WriteEndObject();
    }

    private static string RoleSlug(OfficeRole role) => role switch
    {
        OfficeRole.Chair => "chair",
        OfficeRole.DeputyChair => "deputy-chair",
        OfficeRole.ActingChair => "acting-chair",
        _ => throw ArgumentErrors.OutOfRange(nameof(role), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{role} is not a defined office role.")),
    };

    private static void WritePeoplePersons(Utf8JsonWriter w, LegislativeHistory history)
    {
        foreach (var person in history.People)
        {
            WritePerson(w, person);
        }
    }

    private static void WriteOfficeMemberships(Utf8JsonWriter w, LegislativeHistory history)
    {
        foreach (var office in history.Offices)
        {
            w.WriteStartObject();
            w.WriteString("id", PopoloIdentifiers.Prefix + "membership/" + PopoloIdentifiers.ChamberSlug(office.Chamber) + "/" + OfficeSegment + office.Id);
            w.WriteString("label", $"{RoleName(office.Role)} of the {Names.Of(office.Chamber).English}");
            w.WriteString("role", RoleName(office.Role).ToLowerInvariant());
            w.WriteString("person_id", PopoloIdentifiers.Person(office.Person.Id));
            w.WriteString("organization_id", PopoloIdentifiers.Chamber(office.Chamber));
            w.WriteString("post_id", OfficePost(office.Chamber, office.Role));
            w.WriteString("start_date", Preconditions.Iso(office.Term.Start));
            if (office.Term.End is { } end)
            {
                w.WriteString("end_date", Preconditions.Iso(end));
            }

            WriteSources(w, office.Provenance.Sources);
            w.WriteEndObject();
        }
    }

    private static void WriteOfficePosts(Utf8JsonWriter w, LegislativeHistory history)
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
            w.WriteStartObject();
            w.WriteString("id", OfficePost(chamber, role));
            w.WriteString("label", $"{RoleName(role)} of the {Names.Of(chamber).English}");
            w.WriteString("role", RoleName(role));
            w.WriteString("organization_id", PopoloIdentifiers.Chamber(chamber));
            WriteSources(w, sources.Items);
            w.WriteEndObject();
        }
    }

    /// <summary>Writes the extension <c>seat_counts</c> on a chamber's organization: one entry per sitting composition at formation.</summary>
    private static void WriteSeatCounts(Utf8JsonWriter w, LegislativeHistory history, ChamberKind chamber)
    {
        var compositions = history.Compositions.Where(c => c.Chamber == chamber).ToList();
        if (compositions.Count == 0)
        {
            return;
        }

        w.WriteStartArray("seat_counts");
        foreach (var composition in compositions)
        {
            var sitting = composition.Sitting;
            w.WriteStartObject();
            w.WriteString("id", PopoloIdentifiers.Prefix + "composition/" + sitting.Id);
            w.WriteString("start_date", Preconditions.Iso(sitting.Period.Start));
            if (sitting.Period.End is { } end)
            {
                w.WriteString("end_date", Preconditions.Iso(end));
            }

            if (sitting.Convocation is { } convocation)
            {
                w.WriteString("legislative_period_id", PopoloIdentifiers.Convocation(convocation.Id));
            }

            w.WriteNumber("seats", composition.Total);
            w.WriteStartArray("counts");
            foreach (var row in composition.Seats)
            {
                w.WriteStartObject();
                w.WriteString("option", row.Source is { } source ? PopoloIdentifiers.SourceSlug(source) : "unknown");
                w.WriteNumber("value", row.Seats);
                if (row.Party is { } party)
                {
                    w.WriteString("group_id", PopoloIdentifiers.Party(party.Id));
                }
                else
                {
                    w.WriteStartObject("group");
                    w.WriteString("name", row.HolderName);
                    w.WriteString("classification", HolderClassification(row.Holder));
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            if (composition.VacantSeats > 0)
            {
                w.WriteStartObject();
                w.WriteString("option", "vacant");
                w.WriteNumber("value", composition.VacantSeats);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteSources(w, composition.Provenance.Sources);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}

using System.Text.Json.Nodes;
using Kz.Legislature.History;
using Kz.Legislature.Serialization;
using Kz.Legislature.Testing;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>
/// What a consumer joining the exported Popolo relies on beyond the schema: every identifier is unique, every reference
/// points at an object of the right kind in the same document, no value is an empty string, names, sources and
/// identifiers are complete, and every period ends after it starts.
/// </summary>
public sealed partial class PopoloExporterTests
{
    // Which section each reference property points into.
    private static readonly Dictionary<string, string> References = new(StringComparer.Ordinal)
    {
        ["parent_id"] = "organizations",
        ["organization_id"] = "organizations",
        ["on_behalf_of_id"] = "organizations",
        ["person_id"] = "persons",
        ["post_id"] = "posts",
        ["area_id"] = "areas",
        ["legislative_period_id"] = "events",
    };

    public static TheoryData<string> Documents => new() { "history", "parliament 2024", "parliament 1994", "mazhilis 2005" };

    [Theory]
    [MemberData(nameof(Documents))]
    public void every_identifier_is_unique_and_every_reference_resolves_to_the_right_kind_of_object(string which)
    {
        var document = IntegrityExport(which);
        var idsBySection = Sections.ToDictionary(s => s, s => Objects(document, s).Select(o => o["id"]!.GetValue<string>()).ToList());
        var all = idsBySection.Values.SelectMany(ids => ids).ToList();
        all.Should().OnlyHaveUniqueItems();

        foreach (var section in Sections)
        {
            foreach (var o in Objects(document, section))
            {
                foreach (var (property, target) in References)
                {
                    if (o[property] is { } reference)
                    {
                        idsBySection[target].Should().Contain(reference.GetValue<string>(), $"{section} {o["id"]} has {property}");
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void no_value_is_an_empty_string_and_periods_end_after_they_start(string which)
    {
        var document = IntegrityExport(which);
        foreach (var value in document.DescendantsAndSelf().OfType<JsonValue>())
        {
            if (value.TryGetValue<string>(out var text))
            {
                text.Should().NotBeNullOrWhiteSpace(value.GetPath());
            }
        }

        foreach (var o in Sections.SelectMany(s => Objects(document, s)))
        {
            Ordered(o, "start_date", "end_date");
            Ordered(o, "founding_date", "dissolution_date");
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void names_sources_identifiers_and_roles_are_complete(string which)
    {
        var document = IntegrityExport(which);
        foreach (var o in Sections.Where(s => s != "memberships").SelectMany(s => Objects(document, s)))
        {
            (o["name"] ?? o["label"]).Should().NotBeNull(o.ToJsonString());
        }

        // Every organization and area from the dataset is cited; a party the composition names but the dataset does not
        // know (the test kit's synthetic parties) has nothing to cite.
        var unknownParties = Objects(document, "organizations")
            .Select(o => o["id"]!.GetValue<string>())
            .Where(id => id.StartsWith(PopoloIdentifiers.Party(string.Empty), StringComparison.Ordinal))
            .Where(id => !SessionHistory.Current.Parties.Any(p => PopoloIdentifiers.Party(p.Id) == id))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var o in Objects(document, "organizations").Concat(Objects(document, "areas")))
        {
            o["classification"].Should().NotBeNull(o.ToJsonString());
            if (!unknownParties.Contains(o["id"]!.GetValue<string>()))
            {
                o["sources"]!.AsArray().Should().NotBeEmpty(o["id"]!.ToString());
            }
        }

        foreach (var name in document.DescendantsAndSelf().OfType<JsonObject>().Where(o => ArrayName(o) == "other_names"))
        {
            name["name"].Should().NotBeNull();
            name["note"]!.GetValue<string>().Should().BeOneOf("en", "ru", "kk", "kk-Latn", "alternative");
        }

        foreach (var source in document.DescendantsAndSelf().OfType<JsonObject>().Where(o => ArrayName(o) == "sources"))
        {
            new Uri(source["url"]!.GetValue<string>()).Scheme.Should().BeOneOf("http", "https");
            source["note"].Should().NotBeNull(source.ToJsonString());
        }

        foreach (var identifier in document.DescendantsAndSelf().OfType<JsonObject>().Where(o => ArrayName(o) == "identifiers"))
        {
            identifier["identifier"].Should().NotBeNull();
            identifier["scheme"]!.GetValue<string>().Should().BeOneOf(PopoloIdentifiers.Scheme, "wikidata");
        }

        foreach (var post in Objects(document, "posts"))
        {
            post["role"]!.GetValue<string>().Should().BeOneOf("Senator", "Deputy", "Chair", "Deputy Chair", "Acting Chair");
            post["organization_id"].Should().NotBeNull();
        }

        foreach (var membership in Objects(document, "memberships"))
        {
            membership["role"]!.GetValue<string>().Should().BeOneOf("member", "chair", "deputy chair", "acting chair");
            membership["start_date"].Should().NotBeNull();
            membership["post_id"].Should().NotBeNull();
        }
    }

    private static JsonObject IntegrityExport(string which)
    {
        var history = SessionHistory.Current;
        var json = which switch
        {
            "history" => PopoloExporter.Export(history),
            "parliament 2024" => PopoloExporter.Export(ValidCompositions.ParliamentOn(new LocalDate(2024, 1, 1)), history),
            "parliament 1994" => PopoloExporter.Export(ValidCompositions.ParliamentOn(new LocalDate(1994, 6, 1)), history),
            _ => PopoloExporter.Export(ValidCompositions.MazhilisOn(new LocalDate(2005, 1, 1)), history),
        };
        return JsonNode.Parse(json)!.AsObject();
    }

    // The name of the array holding an object (null for an object that is a property value, such as a count's group).
    private static string? ArrayName(JsonObject o) => o.Parent is JsonArray array && array.Parent is JsonObject ? array.GetPropertyName() : null;

    private static IEnumerable<JsonObject> Objects(JsonObject document, string section) =>
        document[section] is JsonArray items ? items.Select(i => i!.AsObject()) : [];

    private static void Ordered(JsonObject o, string start, string end)
    {
        if (o[start] is { } s && o[end] is { } e)
        {
            string.CompareOrdinal(s.GetValue<string>(), e.GetValue<string>()).Should().BeLessThanOrEqualTo(0, o.ToJsonString());
        }
    }
}

/// <summary>Walks a JSON tree.</summary>
internal static class JsonNodeWalk
{
    public static IEnumerable<JsonNode> DescendantsAndSelf(this JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var d in child.DescendantsAndSelf())
            {
                yield return d;
            }
        }
    }
}

using Kz.Legislature.Serialization;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>
/// The strict-object checks take the names an object accepts from the serializer's metadata, on every object of the
/// format, and System.Text.Json gives the path and line of each error.
/// </summary>
public sealed partial class CompositionJsonTests
{
    private const string Mandate = """{ "deputy": { "id": "d-1", "name": { "en": "A B" } }, "chamber": "senate", "source": "electedByMaslikhats", "start": "2023-01-25" }""";

    private static LegislatureJsonException StrictObjectsFails(string json) =>
        FluentActions.Invoking(() => CompositionJson.ReadDocument(json)).Should().Throw<LegislatureJsonException>().Which;

    /// <summary>An unknown property of any object lists what that object has, in the format's names.</summary>
    [Theory]
    [InlineData("name", "{\"formatVersion\":1,\"kind\":\"senate\",\"date\":\"2024-01-01\",\"mandates\":[" + "{ \"deputy\": { \"id\": \"d-1\", \"name\": { \"en\": \"A B\", \"fr\": \"x\" } }, \"chamber\": \"senate\", \"source\": \"electedByMaslikhats\", \"start\": \"2023-01-25\" }" + "]}", "$.mandates[0].deputy.name.fr", "\"fr\" is not a property of a name; a name has: en, ru, kk, kkLatn, alternatives.")]
    [InlineData("deputy", "{\"formatVersion\":1,\"kind\":\"senate\",\"date\":\"2024-01-01\",\"mandates\":[" + "{ \"deputy\": { \"id\": \"d-1\", \"age\": 3, \"name\": { \"en\": \"A B\" } }, \"chamber\": \"senate\", \"source\": \"electedByMaslikhats\", \"start\": \"2023-01-25\" }" + "]}", "$.mandates[0].deputy.age", "\"age\" is not a property of a deputy; a deputy has: id, name, birthDate.")]
    [InlineData("parliament", "{\"formatVersion\":1,\"kind\":\"parliament\",\"date\":\"2024-01-01\",\"chambers\":[],\"extra\":{\"a\":[1]}}", "$.extra", "\"extra\" is not a property of a parliament; a parliament has: formatVersion, kind, date, convocation, chambers.")]
    [InlineData("chamber", "{\"formatVersion\":1,\"kind\":\"parliament\",\"date\":\"2024-01-01\",\"chambers\":[{\"kind\":\"senate\",\"mandates\":[],\"date\":\"2024-01-01\"}]}", "$.chambers[0].date", "\"date\" is not a property of a chamber; a chamber has: kind, convocation, mandates.")]
    public void An_unknown_property_lists_what_its_object_has(string name, string json, string path, string reason)
    {
        var ex = StrictObjectsFails(json);

        ex.JsonPath.Should().Be(path, name);
        ex.Reason.Should().Be(reason, name);
        ex.LineNumber.Should().Be(0, name);
    }

    /// <summary>Every missing required property is named, not only the first, with what the object has.</summary>
    [Fact]
    public void Every_missing_required_property_is_named()
    {
        var ex = StrictObjectsFails("{\"formatVersion\":1,\"kind\":\"senate\",\"date\":\"2024-01-01\",\"mandates\":[{ \"deputy\": { \"id\": \"d-1\", \"name\": { \"en\": \"A B\" } } }]}");

        ex.JsonPath.Should().Be("$.mandates[0]");
        ex.Reason.Should().Be("The mandate is missing required properties: 'chamber', 'source', 'start' (a mandate has: deputy, chamber, source, start, end, endReason, regionId, district, partyId).");
    }

    /// <summary>A property given twice is refused at its second occurrence, on the top level as in a nested object; an optional property may be null.</summary>
    [Fact]
    public void A_property_given_twice_is_refused_where_it_repeats()
    {
        var top = StrictObjectsFails("{\"formatVersion\":1,\"kind\":\"senate\",\n\"date\":\"2024-01-01\",\n\"date\":\"2024-01-02\",\"mandates\":[]}");
        var nested = StrictObjectsFails("{\"formatVersion\":1,\"kind\":\"senate\",\"date\":\"2024-01-01\",\"mandates\":[{ \"deputy\": { \"id\": \"d-1\", \"id\": \"d-2\", \"name\": { \"en\": \"A B\" } } }]}");
        var nullable = CompositionJson.ReadDocument("{\"formatVersion\":1,\"kind\":\"senate\",\"date\":\"2024-01-01\",\"convocation\":null,\"mandates\":[" + Mandate.Replace("\"start\"", "\"end\": null, \"regionId\": null, \"start\"", StringComparison.Ordinal) + "]}");

        top.JsonPath.Should().Be("$.date");
        top.LineNumber.Should().Be(2);
        top.Reason.Should().Be("The property \"date\" is given twice; each property may appear once.");
        nested.JsonPath.Should().Be("$.mandates[0].deputy.id");
        nested.Reason.Should().Be("The property \"id\" is given twice; each property may appear once.");
        nullable.Chamber!.Convocation.Should().BeNull();
        nullable.Chamber.Mandates.Single().End.Should().BeNull();
    }

    /// <summary>A value of the wrong type on an object or array property says what the format expects there and what it found.</summary>
    [Theory]
    [InlineData("{\"formatVersion\":1,\"kind\":\"senate\",\"date\":\"2024-01-01\",\"mandates\":5}", "$.mandates", "Expected an array of mandates (objects), found the number 5.")]
    [InlineData("{\"formatVersion\":1,\"kind\":\"senate\",\"date\":\"2024-01-01\",\"mandates\":[{ \"deputy\": \"d-1\" }]}", "$.mandates[0].deputy", "Expected a deputy (an object with id and name), found the string \"d-1\".")]
    [InlineData("{\"formatVersion\":1,\"kind\":\"senate\",\"date\":\"2024-01-01\",\"mandates\":[{ \"deputy\": { \"id\": 7 } }]}", "$.mandates[0].deputy.id", "Expected a string (the deputy's identifier), found the number 7.")]
    public void A_value_of_the_wrong_type_says_what_is_expected(string json, string path, string reason)
    {
        var ex = StrictObjectsFails(json);

        ex.JsonPath.Should().Be(path);
        ex.Reason.Should().Be(reason);
    }
}

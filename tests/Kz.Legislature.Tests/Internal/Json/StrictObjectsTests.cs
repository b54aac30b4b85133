using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Kz.Legislature.Internal.Json;

namespace Kz.Legislature.Tests.Internal.Json;

/// <summary>
/// The metadata modifier that makes wire objects strict (internal), on wire types of the test's own, so that every test
/// builds the metadata afresh: unknown, duplicate, missing and null properties refused in the format's words.
/// </summary>
public sealed class StrictObjectsTests
{
    private static readonly Dictionary<Type, string> Owners = new()
    {
        [typeof(Probe)] = "probe",
        [typeof(Holder)] = "holder",
        [typeof(NotWire)] = "plain",
        [typeof(Wide64)] = "wide",
        [typeof(Wide65)] = "too wide",
    };

    [Fact]
    public void a_complete_object_is_read_and_an_optional_property_may_be_null()
    {
        var probe = Read<Probe>("""{ "id": "p-1", "note": null, "count": 2, "tags": ["a"] }""");

        probe.Id.Should().Be("p-1");
        probe.Note.Should().BeNull();
        probe.Count.Should().Be(2);
        probe.Tags.Should().Equal("a");
    }

    [Fact]
    public void an_unknown_property_is_refused_with_what_the_object_has()
    {
        var ex = Fails<Probe>("""{ "id": "p-1", "count": 2, "colour": "red" }""");

        ex.Message.Should().Be("\"colour\" is not a property of a probe; a probe has: id, note, count, tags.");
        ex.Path.Should().Be("$.colour");
    }

    [Fact]
    public void an_unknown_property_of_a_nested_object_is_refused_in_that_object_s_words()
    {
        var ex = Fails<Holder>("""{ "probe": { "id": "p-1", "count": 2, "size": 1 } }""");

        ex.Message.Should().Be("\"size\" is not a property of a probe; a probe has: id, note, count, tags.");
        ex.Path.Should().Be("$.probe.size");
    }

    [Theory]
    [InlineData("""{ "id": "p-1", "id": "p-2", "count": 2 }""", "id", "$.id")]
    [InlineData("""{ "id": "p-1", "count": 2, "count": 3 }""", "count", "$.count")]
    [InlineData("""{ "id": "p-1", "count": 2, "tags": [], "tags": [] }""", "tags", "$.tags")]
    [InlineData("""{ "id": "p-1", "note": null, "count": 2, "note": "x" }""", "note", "$.note")]
    public void a_property_given_twice_is_refused_where_it_repeats(string json, string name, string path)
    {
        var ex = Fails<Probe>(json);

        ex.Message.Should().Be($"The property \"{name}\" is given twice; each property may appear once.");
        ex.Path.Should().Be(path);
    }

    [Fact]
    public void every_missing_required_property_is_named_with_what_the_object_has()
    {
        var none = Fails<Probe>("""{ "note": "x" }""");
        var one = Fails<Probe>("""{ "count": 1 }""");

        none.Message.Should().Be("The probe is missing required properties: 'id', 'count' (a probe has: id, note, count, tags).");
        one.Message.Should().Be("The probe is missing required properties: 'id' (a probe has: id, note, count, tags).");
    }

    [Fact]
    public void null_where_the_type_allows_none_is_refused_with_what_is_expected()
    {
        var ex = Fails<Probe>("""{ "id": null, "count": 2 }""");

        ex.Message.Should().Be("The value must not be null; expected the id of a probe.");
        ex.Path.Should().Be("$.id");
    }

    [Fact]
    public void a_type_that_is_not_a_wire_object_or_not_listed_is_left_as_it_is()
    {
        var plain = Read<NotWire>("""{ "id": "x", "id": "y", "other": 1 }""");
        var unlisted = Read<Unlisted>("""{ "other": 1 }""");

        plain.Id.Should().Be("y");
        unlisted.Id.Should().BeNull();
    }

    [Fact]
    public void a_wire_object_of_64_properties_keeps_track_of_the_last()
    {
        var read = Read<Wide64>("""{ "p00": 1, "p63": 2 }""");
        var missing = Fails<Wide64>("""{ "p00": 1 }""");
        var twice = Fails<Wide64>("""{ "p00": 1, "p63": 2, "p63": 3 }""");

        read.P00.Should().Be(1);
        read.P63.Should().Be(2);
        missing.Message.Should().StartWith("The wide is missing required properties: 'p63' (a wide has: p00, p01, ");
        missing.Message.Should().EndWith(", p62, p63).");
        twice.Message.Should().Be("The property \"p63\" is given twice; each property may appear once.");
        twice.Path.Should().Be("$.p63");
    }

    [Fact]
    public void a_wire_object_of_more_than_64_properties_is_a_programming_error()
    {
        FluentActions.Invoking(() => Read<Wide65>("{}"))
            .Should().Throw<InvalidOperationException>()
            .WithMessage("A wire object has more than 64 properties: too wide.");
    }

    private static JsonSerializerOptions Options() => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectNullableAnnotations = true,
        AllowDuplicateProperties = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver().WithAddedModifier(StrictObjects.Modifier(Owners, name => $"the {name} of a probe")),
    };

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options())!;

    private static JsonException Fails<T>(string json) =>
        FluentActions.Invoking(() => Read<T>(json)).Should().Throw<WireFormatException>().Which;

    internal sealed class Probe : WireObject
    {
        [JsonRequired]
        public string Id { get; set; } = null!;

        public string? Note { get; set; }

        [JsonRequired]
        public int Count { get; set; }

        public List<string>? Tags { get; set; }
    }

    internal sealed class Holder : WireObject
    {
        public Probe? Probe { get; set; }
    }

    internal sealed class NotWire
    {
        public string? Id { get; set; }
    }

    internal sealed class Unlisted : WireObject
    {
        public string? Id { get; set; }
    }

    internal sealed class Wide64 : WireObject
    {
        [JsonRequired]
        public int P00 { get; set; }

        public int? P01 { get; set; }

        public int? P02 { get; set; }

        public int? P03 { get; set; }

        public int? P04 { get; set; }

        public int? P05 { get; set; }

        public int? P06 { get; set; }

        public int? P07 { get; set; }

        public int? P08 { get; set; }

        public int? P09 { get; set; }

        public int? P10 { get; set; }

        public int? P11 { get; set; }

        public int? P12 { get; set; }

        public int? P13 { get; set; }

        public int? P14 { get; set; }

        public int? P15 { get; set; }

        public int? P16 { get; set; }

        public int? P17 { get; set; }

        public int? P18 { get; set; }

        public int? P19 { get; set; }

        public int? P20 { get; set; }

        public int? P21 { get; set; }

        public int? P22 { get; set; }

        public int? P23 { get; set; }

        public int? P24 { get; set; }

        public int? P25 { get; set; }

        public int? P26 { get; set; }

        public int? P27 { get; set; }

        public int? P28 { get; set; }

        public int? P29 { get; set; }

        public int? P30 { get; set; }

        public int? P31 { get; set; }

        public int? P32 { get; set; }

        public int? P33 { get; set; }

        public int? P34 { get; set; }

        public int? P35 { get; set; }

        public int? P36 { get; set; }

        public int? P37 { get; set; }

        public int? P38 { get; set; }

        public int? P39 { get; set; }

        public int? P40 { get; set; }

        public int? P41 { get; set; }

        public int? P42 { get; set; }

        public int? P43 { get; set; }

        public int? P44 { get; set; }

        public int? P45 { get; set; }

        public int? P46 { get; set; }

        public int? P47 { get; set; }

        public int? P48 { get; set; }

        public int? P49 { get; set; }

        public int? P50 { get; set; }

        public int? P51 { get; set; }

        public int? P52 { get; set; }

        public int? P53 { get; set; }

        public int? P54 { get; set; }

        public int? P55 { get; set; }

        public int? P56 { get; set; }

        public int? P57 { get; set; }

        public int? P58 { get; set; }

        public int? P59 { get; set; }

        public int? P60 { get; set; }

        public int? P61 { get; set; }

        public int? P62 { get; set; }

        [JsonRequired]
        public int P63 { get; set; }
    }

    internal sealed class Wide65 : WireObject
    {
        public int? P00 { get; set; }

        public int? P01 { get; set; }

        public int? P02 { get; set; }

        public int? P03 { get; set; }

        public int? P04 { get; set; }

        public int? P05 { get; set; }

        public int? P06 { get; set; }

        public int? P07 { get; set; }

        public int? P08 { get; set; }

        public int? P09 { get; set; }

        public int? P10 { get; set; }

        public int? P11 { get; set; }

        public int? P12 { get; set; }

        public int? P13 { get; set; }

        public int? P14 { get; set; }

        public int? P15 { get; set; }

        public int? P16 { get; set; }

        public int? P17 { get; set; }

        public int? P18 { get; set; }

        public int? P19 { get; set; }

        public int? P20 { get; set; }

        public int? P21 { get; set; }

        public int? P22 { get; set; }

        public int? P23 { get; set; }

        public int? P24 { get; set; }

        public int? P25 { get; set; }

        public int? P26 { get; set; }

        public int? P27 { get; set; }

        public int? P28 { get; set; }

        public int? P29 { get; set; }

        public int? P30 { get; set; }

        public int? P31 { get; set; }

        public int? P32 { get; set; }

        public int? P33 { get; set; }

        public int? P34 { get; set; }

        public int? P35 { get; set; }

        public int? P36 { get; set; }

        public int? P37 { get; set; }

        public int? P38 { get; set; }

        public int? P39 { get; set; }

        public int? P40 { get; set; }

        public int? P41 { get; set; }

        public int? P42 { get; set; }

        public int? P43 { get; set; }

        public int? P44 { get; set; }

        public int? P45 { get; set; }

        public int? P46 { get; set; }

        public int? P47 { get; set; }

        public int? P48 { get; set; }

        public int? P49 { get; set; }

        public int? P50 { get; set; }

        public int? P51 { get; set; }

        public int? P52 { get; set; }

        public int? P53 { get; set; }

        public int? P54 { get; set; }

        public int? P55 { get; set; }

        public int? P56 { get; set; }

        public int? P57 { get; set; }

        public int? P58 { get; set; }

        public int? P59 { get; set; }

        public int? P60 { get; set; }

        public int? P61 { get; set; }

        public int? P62 { get; set; }

        public int? P63 { get; set; }

        public int? P64 { get; set; }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Kz.Legislature.Internal.Json;

namespace Kz.Legislature.Tests.Internal.Json;

/// <summary>The one unknown-property check of the wire formats (internal): an extension-data sink that accepts nothing and says what its object has.</summary>
public sealed class UnknownPropertiesTests
{
    [Fact]
    public void a_known_property_is_read_and_an_unknown_one_is_refused_with_what_the_object_has()
    {
        var read = Read<Point>("""{ "x": 1, "y": 2 }""");
        var ex = FluentActions.Invoking(() => Read<Point>("""{ "x": 1, "z": 3, "y": 2 }""")).Should().Throw<WireFormatException>().Which;

        read.Should().BeEquivalentTo(new Point { X = 1, Y = 2 });
        ex.Message.Should().Be("\"z\" is not a property of a point; a point has: x, y.");
        ex.Path.Should().Be("$.z");
    }

    [Fact]
    public void a_property_with_an_empty_name_is_unknown_too()
    {
        var ex = FluentActions.Invoking(() => Read<Point>("""{ "x": 1, "": {} }""")).Should().Throw<WireFormatException>().Which;

        ex.Message.Should().Be("\"\" is not a property of a point; a point has: x, y.");
    }

    [Fact]
    public void a_long_unknown_name_is_shortened_in_the_message()
    {
        var name = new string('n', 45);

        var ex = FluentActions.Invoking(() => Read<Point>($$"""{ "{{name}}": 1 }""")).Should().Throw<WireFormatException>().Which;

        ex.Message.Should().Be($"\"{new string('n', 40)}…\" is not a property of a point; a point has: x, y.");
    }

    [Fact]
    public void metadata_that_is_not_an_object_s_is_left_as_it_is()
    {
        Read<List<int>>("[1, 2]").Should().Equal(1, 2);
        Read<Dictionary<string, int>>("""{ "a": 1 }""").Should().ContainKey("a");
    }

    [Fact]
    public void the_sink_is_never_written()
    {
        JsonSerializer.Serialize(new Point { X = 1, Y = 2 }, Options()).Should().Be("""{"x":1,"y":2}""");
    }

    [Fact]
    public void the_allowed_names_leave_out_extension_data()
    {
        string? allowed = null;
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver().WithAddedModifier(typeInfo =>
            {
                if (typeInfo.Type == typeof(WithRest))
                {
                    allowed = UnknownProperties.Allowed(typeInfo);
                }
            }),
        };

        JsonSerializer.Deserialize<WithRest>("""{ "id": "a", "more": 1 }""", options)!.Rest.Should().ContainKey("more");
        allowed.Should().Be("id, name");
    }

    [Fact]
    public void a_sink_made_by_its_parameterless_constructor_refuses_in_general_words()
    {
        var sink = new UnknownProperties.Sink();

        FluentActions.Invoking(() => sink.Add("x", default)).Should().Throw<WireFormatException>()
            .Which.Message.Should().Be("\"x\" is not a property of a object; a object has: .");
    }

    [Fact]
    public void a_sink_holds_nothing_and_refuses_every_property()
    {
        var sink = new UnknownProperties.Sink("point", "x, y");
        IDictionary<string, JsonElement> dictionary = sink;
        var item = new KeyValuePair<string, JsonElement>("w", default);

        sink.Count.Should().Be(0);
        sink.IsReadOnly.Should().BeFalse();
        sink.Keys.Should().BeEmpty();
        sink.Values.Should().BeEmpty();
        sink.ContainsKey("x").Should().BeFalse();
        sink.Contains(item).Should().BeFalse();
        sink.Remove("x").Should().BeFalse();
        sink.Remove(item).Should().BeFalse();
        sink.TryGetValue("x", out var value).Should().BeFalse();
        value.ValueKind.Should().Be(JsonValueKind.Undefined);
        dictionary.Should().BeEmpty();
        FluentActions.Invoking(() => sink["x"]).Should().Throw<KeyNotFoundException>();
        FluentActions.Invoking(() => sink["w"] = default).Should().Throw<WireFormatException>()
            .Which.Message.Should().Be("\"w\" is not a property of a point; a point has: x, y.");
        FluentActions.Invoking(() => sink.Add("w", default)).Should().Throw<WireFormatException>()
            .Which.Message.Should().Be("\"w\" is not a property of a point; a point has: x, y.");
        FluentActions.Invoking(() => sink.Add(item)).Should().Throw<WireFormatException>()
            .Which.Message.Should().Be("\"w\" is not a property of a point; a point has: x, y.");
        sink.Clear();
        sink.CopyTo([], 0);
        sink.Count.Should().Be(0);
    }

    private static JsonSerializerOptions Options() => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver().WithAddedModifier(typeInfo => UnknownProperties.Reject(typeInfo, "point")),
    };

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options())!;

    public sealed class Point
    {
        public int X { get; set; }

        public int Y { get; set; }
    }

    public sealed class WithRest
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Rest { get; set; }
    }
}

using System.Text;
using System.Text.Json;
using Kz.Legislature.Serialization;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>An object where the format expects a number, described as found or, nested too deep to walk, only by what is expected; and the reader errors turned into the library's exception.</summary>
public sealed partial class CompositionJsonTests
{
    private const string ObjectValuesHead = "{\"formatVersion\":1,\"kind\":\"senate\",\"date\":\"2024-01-01\",";

    [Fact]
    public void An_object_where_a_number_is_expected_is_named_as_an_object()
    {
        var json = ObjectValuesHead + "\"convocation\":{},\"mandates\":[]}";

        var ex = FluentActions.Invoking(() => CompositionJson.Read(json)).Should().Throw<LegislatureJsonException>().Which;

        ex.JsonPath.Should().Be("$.convocation");
        ex.Reason.Should().Be("Expected a whole number (the convocation, 1 or more), found an object.");
    }

    [Fact]
    public void An_object_nested_deeper_than_the_limit_where_a_number_is_expected_is_refused_by_what_is_expected()
    {
        // 40 nested arrays inside the object: deeper than CompositionJson.MaxDepth (32), within the reader's default (64).
        var json = ObjectValuesHead + "\"convocation\":{\"a\":" + new string('[', 40) + new string(']', 40) + "},\"mandates\":[]}";

        var ex = FluentActions.Invoking(() => CompositionJson.Read(json)).Should().Throw<LegislatureJsonException>().Which;

        ex.JsonPath.Should().Be("$.convocation");
        ex.Reason.Should().Be("The value is not a whole number (the convocation, 1 or more).");
    }

    [Fact]
    public void A_key_given_twice_reported_by_the_json_reader_keeps_its_path_and_position()
    {
        var error = new JsonException("Duplicate property 'kind' encountered during deserialization.", "$.kind", 2, 4);

        var ex = CompositionJson.FromDocumentException(error, "senate.json");

        ex.Reason.Should().Be("The property \"kind\" is given twice; each property may appear once.");
        ex.JsonPath.Should().Be("$.kind");
        ex.LineNumber.Should().Be(2);
        ex.BytePositionInLine.Should().Be(4);
        ex.FileName.Should().Be("senate.json");
    }

    [Fact]
    public void A_serializer_error_without_a_path_is_placed_on_the_document()
    {
        var json = Encoding.UTF8.GetBytes("{\"formatVersion\":1}");

        var ex = CompositionJson.FromSerializerException(new JsonException("no path"), "senate.json", json);

        ex.JsonPath.Should().Be("$");
        ex.Reason.Should().Be("Expected a JSON object (a composition document), found an object.");
    }
}

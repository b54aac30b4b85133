using System.Text;
using Kz.Legislature.Serialization;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>
/// The exception's message format, the read-then-validate result's states and summary, the camelCase naming of enum
/// names, and the JSON paths the position locator writes and finds.
/// </summary>
public sealed partial class CompositionJsonTests
{
    /// <summary>The message is the path then the reason, with the file name first when one is given and the one-based position when known.</summary>
    [Fact]
    public void The_exception_message_has_the_file_only_when_named_and_the_position_only_when_known()
    {
        new LegislatureJsonException("a.json", "$.x", "Bad.").Message.Should().Be("a.json: $.x: Bad.");
        new LegislatureJsonException(null, "$.x", "Bad.").Message.Should().Be("$.x: Bad.");
        new LegislatureJsonException(string.Empty, "$.x", "Bad.").Message.Should().Be("$.x: Bad.");
        new LegislatureJsonException(null, "$.x", "Bad.", 0, 4).Message.Should().Be("$.x (line 1, position 5): Bad.");
        new LegislatureJsonException("a.json", "$", "Bad.", 2).Message.Should().Be("a.json: $ (line 3, position 1): Bad.");
    }

    /// <summary>The plain constructors keep the message as the reason and leave the path, file and position unset.</summary>
    [Fact]
    public void The_plain_constructors_keep_the_message_as_the_reason()
    {
        var inner = new InvalidOperationException("inner");

        var generic = new LegislatureJsonException();
        var withMessage = new LegislatureJsonException("Not a document.");
        var withInner = new LegislatureJsonException("Not a document.", inner);

        generic.Message.Should().Be("The JSON document is not valid.");
        generic.Reason.Should().Be("The JSON document is not valid.");
        withMessage.Reason.Should().Be("Not a document.");
        withMessage.JsonPath.Should().BeNull();
        withMessage.FileName.Should().BeNull();
        withMessage.LineNumber.Should().BeNull();
        withInner.Reason.Should().Be("Not a document.");
        withInner.Message.Should().Be("Not a document.");
        withInner.InnerException.Should().BeSameAs(inner);
    }

    /// <summary>Enum member names become camelCase by lowering only the first character; the empty name stays empty.</summary>
    [Theory]
    [InlineData("", "")]
    [InlineData("X", "x")]
    [InlineData("Senate", "senate")]
    [InlineData("SupremeCouncil", "supremeCouncil")]
    [InlineData("appointedByPresident", "appointedByPresident")]
    public void Enum_names_are_camel_cased_at_the_first_character_only(string pascal, string camel) =>
        CamelCaseEnumConverter<ChamberKind>.CamelCase(pascal).Should().Be(camel);

    /// <summary>A property is appended as <c>.name</c> when it is ASCII letters, digits and underscores, otherwise bracketed and quoted, as System.Text.Json writes paths.</summary>
    [Theory]
    [InlineData("mandates", ".mandates")]
    [InlineData("kk_Latn2", ".kk_Latn2")]
    [InlineData("odd name", "['odd name']")]
    [InlineData("a-b", "['a-b']")]
    [InlineData("it's", "['it\\'s']")]
    [InlineData("имя", "['имя']")]
    [InlineData("", "['']")]
    public void Properties_are_appended_plain_or_bracketed(string name, string appended)
    {
        var builder = new StringBuilder("$");

        JsonPositionLocator.AppendProperty(builder, name);

        builder.ToString().Should().Be("$" + appended);
    }

    /// <summary>The locator finds a value below bracketed property names, array items and later lines, and gives null for a path that is not there.</summary>
    [Fact]
    public void The_locator_finds_values_under_odd_names_and_in_arrays()
    {
        var json = "{\n  \"a b\": { \"x\": [10, 20] },\n  \"\": { \"it's\": true }\n}"u8;

        JsonPositionLocator.Find(json, "$['a b'].x[1]", CompositionJson.MaxDepth).Should().Be((1L, 21L));
        JsonPositionLocator.Find(json, "$['a b'].x", CompositionJson.MaxDepth).Should().Be((1L, 16L));
        JsonPositionLocator.Find(json, "$[''].['it\\'s']".Replace(".[", "[", StringComparison.Ordinal), CompositionJson.MaxDepth).Should().Be((2L, 16L));
        JsonPositionLocator.Find(json, "$.ab", CompositionJson.MaxDepth).Should().BeNull();
        JsonPositionLocator.Position(json, 0).Should().Be((0L, 0L));
    }
}

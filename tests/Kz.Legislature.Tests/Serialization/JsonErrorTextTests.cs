using Kz.Legislature.Serialization;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>What the composition format expects at a path, in its own words, for the document, a named property, and a path or name it does not document.</summary>
public sealed class JsonErrorTextTests
{
    private const string Undocumented = "a value of the documented type (docs/json-format.md)";

    [Fact]
    public void The_document_itself_is_expected_to_be_a_composition_object()
    {
        JsonErrorText.ExpectedAt("$").Should().Be("a JSON object (a composition document)");
    }

    [Theory]
    [InlineData("$.mandates[0].deputy.name", "a name (an object with en, and optionally ru, kk, kkLatn and alternatives)")]
    [InlineData("$.chambers[1]", "a chamber (an object with kind and mandates)")]
    [InlineData("$['convocation']", "a whole number (the convocation, 1 or more)")]
    [InlineData("$[0]", Undocumented)]
    [InlineData("$.mandates[0].colour", Undocumented)]
    public void A_path_is_expected_to_hold_what_its_last_property_documents(string path, string expected)
    {
        JsonErrorText.ExpectedAt(path).Should().Be(expected);
    }

    [Fact]
    public void A_name_the_format_does_not_have_is_expected_to_hold_a_documented_value()
    {
        JsonErrorText.ExpectedFor("colour").Should().Be(Undocumented);
        JsonErrorText.ExpectedFor("district").Should().Be("a whole number from 0 to 2147483647 (the district number)");
    }

    [Fact]
    public void A_wrong_value_that_cannot_be_found_in_the_document_is_described_by_what_is_expected_only()
    {
        JsonErrorText.WrongValue("$.convocation", [], 32).Should().Be("The value is not a whole number (the convocation, 1 or more).");
    }
}

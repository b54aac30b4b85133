using System.Text;
using Kz.Legislature.Serialization;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>The line and position of the value at a JSON path, and no position where the document cannot be walked to it.</summary>
public sealed class JsonPositionLocatorTests
{
    [Fact]
    public void The_value_at_a_path_is_found_at_its_zero_based_line_and_position()
    {
        var json = Encoding.UTF8.GetBytes("{\n  \"a\": [1,\n    {\"b c\": true}]\n}");

        JsonPositionLocator.Find(json, "$.a[1]['b c']", 32).Should().Be((2L, 12L));
    }

    [Fact]
    public void A_document_that_ends_before_the_path_gives_no_position()
    {
        var truncated = Encoding.UTF8.GetBytes("{\"a\": [1, 2");

        JsonPositionLocator.Find(truncated, "$.b", 32).Should().BeNull();
        JsonPositionLocator.KindAt(truncated, "$.b", 32).Should().BeNull();
    }

    [Fact]
    public void An_empty_document_gives_no_position()
    {
        JsonPositionLocator.Find([], "$", 32).Should().BeNull();
    }
}

using Kz.Legislature.Internal;

namespace Kz.Legislature.Tests.Internal;

/// <summary>The list type the public records compare their lists by (internal).</summary>
public sealed partial class ValueListTests
{
    /// <summary>The internal list compares by content and hashes by content.</summary>
    [Fact]
    public void value_lists_compare_and_hash_by_content()
    {
        var a = ValueList<string>.From(["x", "y"]);
        var b = ValueList<string>.From(["x", "y"]);
        var c = ValueList<string>.From(["x", "z"]);
        a.Equals(b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals(c).Should().BeFalse();
        a.GetHashCode().Should().NotBe(c.GetHashCode());
        a.GetHashCode().Should().NotBe(ValueList<string>.From(["x"]).GetHashCode());
        a.GetHashCode().Should().NotBe(ValueList<string>.Empty.GetHashCode());
        a.ToString().Should().Be("[2 items]");
        ValueList<string>? nothing = null;
        ValueList<string>.From(["x"]).Equals(nothing).Should().BeFalse();
        ValueList<string>.From(["x"]).Equals((object?)nothing).Should().BeFalse();
    }
}

using System.Text.Json;
using Kz.Legislature.Internal.Json;

namespace Kz.Legislature.Tests.Internal.Json;

/// <summary>The reason a wire format gives in its own words (internal), and the shortening of a value it quotes.</summary>
public sealed class WireFormatExceptionTests
{
    [Fact]
    public void a_quoted_value_of_at_most_40_characters_is_kept_whole()
    {
        var forty = new string('a', 40);

        WireFormatException.Truncate(forty).Should().Be(forty);
        WireFormatException.Truncate(string.Empty).Should().BeEmpty();
    }

    [Fact]
    public void a_longer_quoted_value_is_cut_to_40_characters_and_an_ellipsis()
    {
        WireFormatException.Truncate(new string('a', 40) + "b").Should().Be(new string('a', 40) + "…");
    }

    [Fact]
    public void the_reason_is_the_message_and_the_exception_is_a_json_exception()
    {
        var inner = new InvalidOperationException("inner");

        JsonException ex = new WireFormatException("The reason.", inner);

        ex.Message.Should().Be("The reason.");
        ex.InnerException.Should().BeSameAs(inner);
        new WireFormatException("Only a reason.").Message.Should().Be("Only a reason.");
        new WireFormatException().InnerException.Should().BeNull();
    }
}

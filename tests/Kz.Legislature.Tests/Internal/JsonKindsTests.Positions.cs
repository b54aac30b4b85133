using Kz.Legislature.Internal;

namespace Kz.Legislature.Tests.Internal;

public sealed partial class JsonKindsTests
{
    [Theory]
    [InlineData(" Path: $.a | LineNumber: 2 | BytePositionInLine: 4.")]
    [InlineData(" LineNumber: 2 | BytePositionInLine: 4.")]
    public void A_reader_message_that_is_only_its_position_leaves_nothing(string message)
    {
        JsonKinds.ReaderMessage(message).Should().BeEmpty();
    }
}

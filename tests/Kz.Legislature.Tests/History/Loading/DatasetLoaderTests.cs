using Kz.Legislature.History.Loading;

namespace Kz.Legislature.Tests.History.Loading;

/// <summary>The loader's own helpers: the serializer's path suffix is cut from the messages it keeps.</summary>
public sealed class DatasetLoaderTests
{
    [Theory]
    [InlineData("The JSON value could not be converted. Path: $.a | LineNumber: 0 | BytePositionInLine: 5.", "The JSON value could not be converted.")]
    [InlineData("Unexpected token. LineNumber: 2 | BytePositionInLine: 1.", "Unexpected token.")]
    [InlineData("  A plain reason.  ", "A plain reason.")]
    public void Strip_cuts_the_serializer_s_path_and_position(string message, string stripped)
    {
        DatasetLoader.Strip(message).Should().Be(stripped);
    }
}

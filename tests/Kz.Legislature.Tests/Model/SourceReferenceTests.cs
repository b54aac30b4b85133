namespace Kz.Legislature.Tests.Model;

public sealed partial class SourceReferenceTests
{
    /// <summary>A source reads as its title and address, and must have an address.</summary>
    [Fact]
    public void a_source_reads_as_its_title_and_address_and_needs_one()
    {
        new SourceReference(new Uri("https://example.org/a"), "A").ToString().Should().Be("A (https://example.org/a)");
        FluentActions.Invoking(() => new SourceReference(null!, "A")).Should().Throw<ArgumentNullException>().WithParameterName("url");
    }
}

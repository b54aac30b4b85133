namespace Kz.Legislature.Tests.Model;

public sealed partial class SourceReferenceTests
{
    [Fact]
    public void a_source_that_is_not_a_web_address_is_refused_with_the_reason()
    {
        FluentActions.Invoking(() => new SourceReference(new Uri("ftp://example.org/a"), "A")).Should().Throw<ArgumentException>()
            .WithParameterName("url").Which.Message.Should().Be("A source URL must be an absolute http or https address.");
    }
}

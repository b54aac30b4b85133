namespace Kz.Legislature.Tests.Model;

public partial class ProvenanceTests
{
    [Fact]
    public void a_provenance_without_sources_says_why_one_is_needed()
    {
        FluentActions.Invoking(() => new Provenance([], Confidence.High)).Should().Throw<ArgumentException>()
            .WithParameterName("sources").Which.Message.Should().Be("At least one source is required: no fact without a source.");
    }
}

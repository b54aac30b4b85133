namespace Kz.Legislature.Tests.Model;

public partial class ProvenanceTests
{
    /// <summary>Provenance texts count sources in the singular and plural, and a blank note is no note.</summary>
    [Fact]
    public void provenance_texts_and_blank_notes()
    {
        var a = new SourceReference(new Uri("https://example.org/a"), "A");
        var b = new SourceReference(new Uri("https://example.org/b"), "B");
        new Provenance([a], Confidence.High).ToString().Should().Be("High, 1 source");
        new Provenance([a, b], Confidence.Low).ToString().Should().Be("Low, 2 sources");
        new Provenance([a], Confidence.High, "   ").Note.Should().BeNull();
        new Provenance([a], Confidence.High, "checked").Note.Should().Be("checked");
    }
}

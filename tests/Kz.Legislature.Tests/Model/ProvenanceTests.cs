using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Model;

public partial class ProvenanceTests
{
    private static SourceReference Ipu() => new(new Uri("http://archive.ipu.org/parline-e/reports/arc/2165_94.htm"), "IPU PARLINE");

    [Fact]
    public void At_least_one_absolute_http_source_is_required()
    {
        var none = () => new Provenance([], Confidence.High);
        none.Should().Throw<ArgumentException>().WithParameterName("sources");
        var relative = () => new SourceReference(new Uri("/relative", UriKind.Relative), "x");
        relative.Should().Throw<ArgumentException>().WithParameterName("url");
        var ftp = () => new SourceReference(new Uri("ftp://example.org/x"), "x");
        ftp.Should().Throw<ArgumentException>().WithParameterName("url");
    }

    [Fact]
    public void Equality_is_by_value()
    {
        EqualityContract.Holds(new Provenance([Ipu()], Confidence.High, "n"), new Provenance([Ipu()], Confidence.High, "n"), new Provenance([Ipu()], Confidence.Low, "n"), new Provenance([Ipu(), Ipu()], Confidence.High, "n"));
        EqualityContract.Holds(Ipu(), Ipu(), new SourceReference(new Uri("http://archive.ipu.org/parline-e/reports/arc/2165_94.htm"), "Other"));
        new Provenance([Ipu()], Confidence.High).ToString().Should().Be("High, 1 source");
    }
}

using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

public sealed class InstrumentTests
{
    /// <summary>An instrument reads as its identifier and English name.</summary>
    [Fact]
    public void an_instrument_reads_as_its_id_and_name()
    {
        SessionHistory.Current.Instruments.Single(i => i.Id == "constitution-1995").ToString().Should().Be("constitution-1995 (Constitution of the Republic of Kazakhstan (1995))");
    }
}

using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

public sealed class LegislativeEventTests
{
    /// <summary>An event reads as its day, kind and English name.</summary>
    [Fact]
    public void an_event_reads_as_day_kind_and_name()
    {
        var e0 = SessionHistory.Current.Events[0];
        e0.ToString().Should().Be($"1990-03-25 {e0.Kind}: {e0.Name.English}");
    }
}

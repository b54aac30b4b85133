using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

public sealed partial class SittingTests
{
    /// <summary>A sitting reads as its body, period and the rule set it is held to.</summary>
    [Fact]
    public void a_sitting_reads_as_body_period_and_rules()
    {
        var h = SessionHistory.Current;
        h.Sittings[0].ToString().Should().Be($"SupremeCouncil {h.Sittings[0].Period} held to rules-1990");
    }
}

using Kz.Legislature.History;

namespace Kz.Legislature.Tests.History;

public sealed class EligibilityRulesTests
{
    /// <summary>Eligibility texts list only the known requirements; none known reads "unknown".</summary>
    [Fact]
    public void eligibility_texts()
    {
        EligibilityRules.Unknown.ToString().Should().Be("unknown");
        new EligibilityRules(null, null, null, false, 3, null).ToString().Should().Be("3y experience");
        new EligibilityRules(null, null, 2, true, null, true).ToString().Should().Be("2y in region, higher education");
    }
}

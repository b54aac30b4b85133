using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

public sealed class ListQuotaRuleTests
{
    /// <summary>A quota is a percentage, accepted exactly at 0 and 100, and refused above with its reason.</summary>
    [Fact]
    public void the_quota_holds_at_its_bounds()
    {
        var term = new Term(new LocalDate(2024, 1, 1), null);
        new ListQuotaRule(term, 100, ["women"], null, true, Synthetic.OneSource).MinimumPercent.Should().Be(100);
        new ListQuotaRule(term, 0, ["women"], null, true, Synthetic.OneSource).MinimumPercent.Should().Be(0);
        FluentActions.Invoking(() => new ListQuotaRule(term, 101, ["women"], null, true, Synthetic.OneSource)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("minimumPercent").WithMessage("A quota is a percentage between 0 and 100; 101 was given.*");
    }
}

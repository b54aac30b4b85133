using Kz.Legislature.Procedure;

namespace Kz.Legislature.Tests.Procedure;

/// <summary>A rejection rule built by hand: it returns only to an earlier stage, and prints its stages numbered from 1.</summary>
public class RejectionRuleTests
{
    private static readonly Majority TwoThirds = new(2, 3, false, MajorityBase.TotalDeputies);

    [Fact]
    public void A_rule_that_returns_to_the_same_or_a_later_or_a_negative_stage_is_rejected()
    {
        var same = () => new RejectionRule(1, 1, TwoThirds);
        var negative = () => new RejectionRule(1, -1, TwoThirds);

        same.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("returnsTo").Which.Message.Should().Be("A rejected bill returns to an earlier stage: 1 is not before stage 1.");
        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("returnsTo").Which.Message.Should().Be("A rejected bill returns to an earlier stage: -1 is not before stage 1.");
    }

    [Fact]
    public void A_rule_prints_its_stages_numbered_from_one_and_the_reapproval_majority()
    {
        new RejectionRule(2, 0, TwoThirds).ToString().Should().Be("stage 3 rejects: back to stage 1, at least 2/3 of the total number of deputies");
    }
}

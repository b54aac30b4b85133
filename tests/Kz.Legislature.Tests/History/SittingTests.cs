using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

/// <summary>A sitting's convocation and rules are objects resolved when the dataset is loaded, not ids to look up again.</summary>
public sealed partial class SittingTests
{
    private static LegislativeHistory History => SessionHistory.Current;

    /// <summary>Every sitting with a convocation id holds that very convocation of the same history.</summary>
    [Fact]
    public void the_convocation_is_the_history_s_own_record()
    {
        var withConvocation = History.Sittings.Where(s => s.ConvocationId is not null).ToList();

        withConvocation.Should().NotBeEmpty();
        foreach (var sitting in withConvocation)
        {
            sitting.Convocation.Should().BeSameAs(History.Convocations.Single(c => c.Id == sitting.ConvocationId));
        }

        History.Sittings.Where(s => s.ConvocationId is null).Should().OnlyContain(s => s.Convocation == null);
    }

    /// <summary>HeldTo is the held-to rule set as applied on the sitting's first day, and it has the sitting's chamber.</summary>
    [Fact]
    public void held_to_is_the_rule_set_applied_on_the_first_day()
    {
        foreach (var sitting in History.Sittings)
        {
            sitting.HeldTo.RuleSetId.Should().Be(sitting.HeldToRuleSetId);
            sitting.HeldTo.Should().Be(History.RuleSetAppliedOn(sitting.HeldToRuleSetId, sitting.Period.Start));
            sitting.HeldTo.Period.Contains(sitting.Period.Start).Should().BeTrue();
            sitting.HeldTo.HasChamber(sitting.Chamber).Should().BeTrue();
        }
    }
}

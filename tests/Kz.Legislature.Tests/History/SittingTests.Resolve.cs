using Kz.Legislature.History;

namespace Kz.Legislature.Tests.History;

public sealed partial class SittingTests
{
    /// <summary>A sitting is resolved once, by the history that loads it; a second resolution does not replace its rules.</summary>
    [Fact]
    public void a_sitting_keeps_the_rules_it_was_first_resolved_with()
    {
        var history = LegislativeHistoryTests.Load(LegislativeHistoryTests.Document());
        var sitting = history.Sittings[0];
        var first = sitting.HeldTo;

        sitting.Resolve(history.RuleSets[^1]);

        sitting.HeldTo.Should().BeSameAs(first);
        sitting.HeldTo.RuleSetId.Should().Be("rules-1990");
    }
}

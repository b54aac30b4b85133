using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

public sealed class ElectoralSystemTests
{
    /// <summary>The threshold is a percentage, accepted exactly at 0 and 100.</summary>
    [Fact]
    public void the_threshold_holds_at_its_bounds()
    {
        var term = new Term(new LocalDate(2024, 1, 1), null);
        new ElectoralSystem(SeatSource.PartyList, term, 0m, null, null, null, null, Synthetic.OneSource).ThresholdPercent.Should().Be(0m);
        new ElectoralSystem(SeatSource.PartyList, term, 100m, null, null, null, null, Synthetic.OneSource).ThresholdPercent.Should().Be(100m);
        FluentActions.Invoking(() => new ElectoralSystem(SeatSource.PartyList, term, -0.01m, null, null, null, null, Synthetic.OneSource)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("thresholdPercent");
    }

    /// <summary>An electoral system is complete only when threshold, base, method and runner-up rule are all known.</summary>
    [Theory]
    [InlineData(true, true, true, true, true)]
    [InlineData(false, true, true, true, false)]
    [InlineData(true, false, true, true, false)]
    [InlineData(true, true, false, true, false)]
    [InlineData(true, true, true, false, false)]
    public void an_electoral_system_is_complete_only_with_every_parameter(bool threshold, bool @base, bool method, bool runnerUp, bool complete)
    {
        var system = new ElectoralSystem(
            SeatSource.PartyList,
            new Term(new LocalDate(2024, 1, 1), null),
            threshold ? 5m : null,
            @base ? ThresholdBase.AllBallots : null,
            method ? AllocationMethod.HareLargestRemainder : null,
            runnerUp ? false : null,
            null,
            Synthetic.OneSource);
        system.IsComplete.Should().Be(complete);
    }
}

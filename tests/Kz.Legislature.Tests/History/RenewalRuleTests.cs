using Kz.Legislature.History;

namespace Kz.Legislature.Tests.History;

public sealed class RenewalRuleTests
{
    /// <summary>The renewed share is between one and the whole, at its bounds exactly, and reads as a fraction of the seat source.</summary>
    [Fact]
    public void the_renewed_share_holds_at_its_bounds()
    {
        FluentActions.Invoking(() => new RenewalRule(SeatSource.ElectedByMaslikhats, 0, 2, Period.FromYears(3))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator");
        FluentActions.Invoking(() => new RenewalRule(SeatSource.ElectedByMaslikhats, 3, 2, Period.FromYears(3))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator");
        new RenewalRule(SeatSource.ElectedByMaslikhats, 2, 2, Period.FromYears(3)).ToString().Should().Be("2/2 of \"Elected by maslikhat deputies\" every 3 years");
    }
}

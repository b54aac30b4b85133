using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

public sealed class ReferendumResultTests
{
    /// <summary>A referendum result reads as its day, turnout and yes share ("?" when unknown).</summary>
    [Fact]
    public void a_referendum_result_reads_as_day_turnout_and_yes()
    {
        new ReferendumResult(new LocalDate(1995, 4, 29), null, null, null, null, null, null, null, true, []).ToString().Should().Be("1995-04-29: turnout ?%, yes ?%");
        SessionHistory.Current.Instruments.Single(i => i.Id == "referendum-2026").Referendum!.ToString().Should().Be("2026-03-15: turnout 73.12%, yes 87.15%");
    }
}

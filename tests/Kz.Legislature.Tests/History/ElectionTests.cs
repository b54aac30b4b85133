using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

public sealed class ElectionTests
{
    /// <summary>An election reads as its identifier and voting day, and has at least one voting day.</summary>
    [Fact]
    public void an_election_reads_as_its_id_and_day_and_needs_one()
    {
        SessionHistory.Current.Elections.Single(e => e.Id == "mazhilis-2023").ToString().Should().Be("mazhilis-2023 (2023-03-19)");
        FluentActions.Invoking(() => new Election("e", ChamberKind.Mazhilis, ElectionKind.Regular, [], null, null, null, null, null, [], [], Synthetic.OneSource)).Should().Throw<ArgumentException>()
            .WithParameterName("dates").WithMessage("An election has at least one voting day.*");
    }
}

using Kz.Legislature.Procedure;

namespace Kz.Legislature.Tests.Procedure;

public partial class ChamberVoteTests
{
    [Fact]
    public void Counts_that_add_up_to_exactly_the_largest_integer_are_accepted()
    {
        new ChamberVote(ChamberKind.Senate, int.MaxValue - 1, 1).VotesCast.Should().Be(int.MaxValue);
    }
}

using Kz.Legislature.Procedure;

namespace Kz.Legislature.Tests.Procedure;

/// <summary>A chamber's counts: what is impossible in any chamber is rejected word for word, and how the counts print.</summary>
public partial class ChamberVoteTests
{
    [Fact]
    public void Each_negative_count_is_rejected_naming_the_count_and_its_value()
    {
        var yes = () => new ChamberVote(ChamberKind.Mazhilis, -1, 0);
        var no = () => new ChamberVote(ChamberKind.Mazhilis, 0, -2);
        var abstained = () => new ChamberVote(ChamberKind.Mazhilis, 0, 0, -3);
        var present = () => new ChamberVote(ChamberKind.Mazhilis, 0, 0, 0, -4);

        yes.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("yes").Which.Message.Should().Be("The number of yes votes is 0 or more; -1 is not.");
        no.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("no").Which.Message.Should().Be("The number of no votes is 0 or more; -2 is not.");
        abstained.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("abstained").Which.Message.Should().Be("The number of abstentions is 0 or more; -3 is not.");
        present.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("present").Which.Message.Should().Be("The number of deputies present is 0 or more; -4 is not.");
    }

    [Fact]
    public void Counts_that_add_up_past_the_largest_integer_are_rejected_rather_than_overflowing()
    {
        var act = () => new ChamberVote(ChamberKind.Senate, int.MaxValue, 1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("yes")
            .Which.Message.Should().Be("The yes, no and abstained counts add up to more votes than any chamber has.");
    }

    [Fact]
    public void A_vote_prints_its_chamber_and_counts_and_the_number_present_only_when_given()
    {
        new ChamberVote(ChamberKind.Mazhilis, 70, 20, 5).ToString().Should().Be("Mazhilis 70-20-5");
        new ChamberVote(ChamberKind.Senate, 40, 5, 0, 45).ToString().Should().Be("Senate 40-5-0 (45 present)");
    }
}

using Kz.Legislature.Procedure;

namespace Kz.Legislature.Tests.Procedure;

public partial class DecisionRuleTests
{
    [Fact]
    public void Votes_for_more_deputies_than_seats_with_as_many_present_as_voted_are_deputies_voting()
    {
        var rule = new DecisionRule(DecisionKind.Law, [], [MazhilisStage], [Seats(ChamberKind.Mazhilis, 100)]);

        var act = () => rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 101, 0, 0, 101)]);

        act.Should().Throw<ArgumentException>().WithParameterName("votes")
            .Which.Message.Should().Be("Mazhilis 101-0-0 (101 present): 101 deputies voting, but the Mazhilis has 100 seats under these rules.");
    }

    [Fact]
    public void Without_the_number_present_the_abstentions_count_towards_the_quorum()
    {
        // A quorum of two thirds of 98 seats is 66: 60 yes and 10 abstentions are 70 deputies at least present.
        var rule = new DecisionRule(
            DecisionKind.Law,
            [],
            [new DecisionStage(StageBody.Mazhilis, null, MoreThanHalfOfSeats, new Majority(2, 3, false, MajorityBase.TotalDeputies))],
            [Seats(ChamberKind.Mazhilis, 98)]);

        var outcome = rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 60, 0, 10)]);

        outcome.Passed.Should().BeTrue();
        outcome.Stages.Single().RequiredPresent.Should().Be(66);
    }
}

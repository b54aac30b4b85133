using Kz.Legislature.Procedure;

namespace Kz.Legislature.Tests.Procedure;

/// <summary>A stage built by hand: what its constructor rejects, word for word, and how it prints.</summary>
public class DecisionStageTests
{
    private static readonly Majority MoreThanHalf = new(1, 2, true, MajorityBase.TotalDeputies);

    [Fact]
    public void A_counting_for_a_single_chamber_is_rejected()
    {
        var act = () => new DecisionStage(StageBody.Mazhilis, JointCounting.EachChamber, MoreThanHalf);

        act.Should().Throw<ArgumentException>().WithParameterName("counting").Which.Message.Should().Be("Only a joint sitting has a counting; a Mazhilis stage votes as one chamber.");
    }

    [Fact]
    public void A_quorum_that_is_not_a_fraction_of_the_seats_is_rejected()
    {
        var act = () => new DecisionStage(StageBody.Senate, null, MoreThanHalf, new Majority(1, 2, true, MajorityBase.Present));

        act.Should().Throw<ArgumentException>().WithParameterName("quorum").Which.Message.Should().Be("A quorum is a fraction of the total number of deputies.");
    }

    [Fact]
    public void Fewer_than_one_reading_is_rejected()
    {
        var act = () => new DecisionStage(StageBody.Senate, null, MoreThanHalf, readings: 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("readings").Which.Message.Should().Be("A stage has at least one reading; 0 is not a number of readings.");
        new DecisionStage(StageBody.Senate, null, MoreThanHalf, readings: 1).Readings.Should().Be(1);
    }

    [Fact]
    public void A_stage_prints_its_body_with_the_counting_of_a_joint_sitting_and_its_majority()
    {
        new DecisionStage(StageBody.JointSitting, JointCounting.JointTotal, MoreThanHalf).ToString().Should().Be("Joint sitting (joint total): more than 1/2 of the total number of deputies");
        new DecisionStage(StageBody.JointSitting, JointCounting.EachChamber, MoreThanHalf).ToString().Should().Be("Joint sitting (each chamber): more than 1/2 of the total number of deputies");
        new DecisionStage(StageBody.JointSitting, null, null).ToString().Should().Be("Joint sitting: majority unknown");
        new DecisionStage(StageBody.Kurultai, null, null).ToString().Should().Be("Kurultai: majority unknown");
    }
}

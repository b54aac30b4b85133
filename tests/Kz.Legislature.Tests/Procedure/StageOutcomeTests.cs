using Kz.Legislature.Procedure;

namespace Kz.Legislature.Tests.Procedure;

/// <summary>How one stage's outcome prints: the body, the counts, the yes votes required and the result.</summary>
public class StageOutcomeTests
{
    [Fact]
    public void An_outcome_prints_the_requirement_when_known_and_says_when_it_is_not()
    {
        var known = new DecisionRule(DecisionKind.Law, [], [new DecisionStage(StageBody.Mazhilis, null, new Majority(1, 2, true, MajorityBase.TotalDeputies))], [new(ChamberKind.Mazhilis, 100)]);
        var unknown = new DecisionRule(DecisionKind.Law, [], [new DecisionStage(StageBody.Mazhilis, null, null)], [new(ChamberKind.Mazhilis, 100)]);
        var joint = new DecisionRule(DecisionKind.Law, [], [new DecisionStage(StageBody.JointSitting, JointCounting.JointTotal, new Majority(2, 3, false, MajorityBase.TotalDeputies))], [new(ChamberKind.Mazhilis, 100), new(ChamberKind.Senate, 50)]);

        known.Decide([new ChamberVote(ChamberKind.Mazhilis, 50, 40, 3)]).Stages.Single().ToString().Should().Be("Mazhilis 50-40-3: 51 required, not passed");
        unknown.Decide([new ChamberVote(ChamberKind.Mazhilis, 60, 0)]).Stages.Single().ToString().Should().Be("Mazhilis 60-0-0: requirement unknown, unknown");
        joint.Decide([new ChamberVote(ChamberKind.Mazhilis, 70, 1), new ChamberVote(ChamberKind.Senate, 30, 2)]).Stages.Single().ToString().Should().Be("Joint sitting (joint total) 100-3-0: 100 required, passed");
    }
}

using Kz.Legislature.Procedure;

namespace Kz.Legislature.Tests.Procedure;

/// <summary>The explanation and the short form of a vote's outcome on a rule built by hand.</summary>
public class VoteOutcomeTests
{
    private static readonly Majority MoreThanHalf = new(1, 2, true, MajorityBase.TotalDeputies);

    private static DecisionRule MazhilisThenSenate(DecisionSubject[] subjects) => new(
        DecisionKind.Law,
        subjects,
        [new DecisionStage(StageBody.Mazhilis, null, MoreThanHalf), new DecisionStage(StageBody.Senate, null, MoreThanHalf)],
        [new(ChamberKind.Mazhilis, 100), new(ChamberKind.Senate, 40)]);

    [Fact]
    public void A_failed_first_stage_is_explained_line_by_line_with_why_the_later_stages_did_not_vote()
    {
        var outcome = MazhilisThenSenate([]).Decide([new ChamberVote(ChamberKind.Mazhilis, 50, 50)]);

        outcome.Explain().Should().Be(
            "Law under the rules built by hand:\n"
            + "1. Mazhilis: 50 yes, 50 no, 0 abstained; it needs more than 1/2 of the total number of deputies (100), that is 51 yes; 50 fall short of it, so the stage fails. [no citation]\n"
            + "Stage 1 failed, so the later stages do not take place.\n"
            + "Result: not passed.");
        outcome.ToString().Should().Be("Law: not passed");
    }

    [Fact]
    public void A_passed_vote_is_explained_for_each_stage_and_printed_with_its_subjects()
    {
        var outcome = MazhilisThenSenate([DecisionSubject.Budget]).Decide([new ChamberVote(ChamberKind.Mazhilis, 51, 49), new ChamberVote(ChamberKind.Senate, 21, 19)]);

        outcome.Explain().Should().Be(
            "Law (Budget) under the rules built by hand:\n"
            + "1. Mazhilis: 51 yes, 49 no, 0 abstained; it needs more than 1/2 of the total number of deputies (100), that is 51 yes; 51 reach it, so the stage passes. [no citation]\n"
            + "2. Senate: 21 yes, 19 no, 0 abstained; it needs more than 1/2 of the total number of deputies (40), that is 21 yes; 21 reach it, so the stage passes. [no citation]\n"
            + "Result: passed.");
        outcome.ToString().Should().Be("Law (Budget): passed");
    }
}

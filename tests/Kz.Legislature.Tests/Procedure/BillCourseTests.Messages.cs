using Kz.Legislature.Procedure;

namespace Kz.Legislature.Tests.Procedure;

/// <summary>The exact steps, reasons and states of a course through rules built by hand (no citation, no rule set), so every word is the course's own.</summary>
public partial class BillCourseTests
{
    private static readonly Majority MoreThanHalf = new(1, 2, true, MajorityBase.TotalDeputies);

    private static readonly Majority TwoThirds = new(2, 3, false, MajorityBase.TotalDeputies);

    /// <summary>A made-up law: the Mazhilis (100 seats), then the Senate (40 seats), each by more than half of its seats.</summary>
    private static DecisionRule MazhilisThenSenate(RejectionRule? rejection = null) => new(
        DecisionKind.Law,
        [],
        [new DecisionStage(StageBody.Mazhilis, null, MoreThanHalf), new DecisionStage(StageBody.Senate, null, MoreThanHalf)],
        [new(ChamberKind.Mazhilis, 100), new(ChamberKind.Senate, 40)],
        rejection: rejection);

    /// <summary>A made-up override: two thirds of the Mazhilis, given <paramref name="mazhilisSeats"/> seats here, then two thirds of the 40 senators.</summary>
    private static DecisionRule OverrideWith(int mazhilisSeats) => new(
        DecisionKind.VetoOverride,
        [],
        [new DecisionStage(StageBody.Mazhilis, null, TwoThirds), new DecisionStage(StageBody.Senate, null, TwoThirds)],
        [new(ChamberKind.Mazhilis, mazhilisSeats), new(ChamberKind.Senate, 40)]);

    private static BillCourse BeforeThePresident(DecisionRule? overrideRule = null) =>
        BillCourse.Start(MazhilisThenSenate(), overrideRule).Vote(Mazhilis(60)).Vote(Senate(21));

    [Fact]
    public void A_signed_course_records_each_stage_with_its_reasoning_and_says_what_is_due_at_each_step()
    {
        var course = BillCourse.Start(MazhilisThenSenate());
        course.ToString().Should().Be("AwaitingVote: the bill is before the Mazhilis (stage 1 of the decision Law)");

        course = course.Vote(Mazhilis(60));
        course.ToString().Should().Be("AwaitingVote: the bill is before the Senate (stage 2 of the decision Law)");

        course = course.Vote(Senate(21));
        course.State.Should().Be(BillState.AwaitingPresident);
        course.ToString().Should().Be("AwaitingPresident: the bill is before the President, who signs it or returns it with objections; no override without objections");

        var law = course.Sign();
        law.State.Should().Be(BillState.Law);
        law.Reason.Should().BeNull();
        law.ToString().Should().Be("Law: the bill is already law");
        law.Steps.Should().Equal(
            "Mazhilis: 60 yes, 0 no, 0 abstained; it needs more than 1/2 of the total number of deputies (100), that is 51 yes; 60 reach it, so the stage passes. [no citation]",
            "Senate: 21 yes, 0 no, 0 abstained; it needs more than 1/2 of the total number of deputies (40), that is 21 yes; 21 reach it, so the stage passes. [no citation]",
            "The President signs the law.");
        var again = () => law.Object();
        again.Should().Throw<InvalidOperationException>().Which.Message.Should().Be("The President cannot object now: the bill is already law.");
    }

    [Fact]
    public void The_President_cannot_object_before_the_chambers_have_voted()
    {
        var act = () => BillCourse.Start(MazhilisThenSenate()).Object();

        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Be("The President cannot object now: the bill is before the Mazhilis (stage 1 of the decision Law).");
    }

    [Fact]
    public void An_override_counts_the_seats_of_the_override_rule_not_those_of_the_law()
    {
        var objected = BeforeThePresident(OverrideWith(30)).Object();
        objected.State.Should().Be(BillState.AwaitingOverride);
        objected.StageIndex.Should().Be(0);
        objected.Steps[^1].Should().Be("The President returns the law with objections.");
        objected.ToString().Should().Be("AwaitingOverride: the President objected; the override is before the Mazhilis (stage 1 of the decision VetoOverride)");

        var mazhilis = objected.Vote(Mazhilis(20));
        mazhilis.Steps[^1].Should().Be("Mazhilis: 20 yes, 0 no, 0 abstained; it needs at least 2/3 of the total number of deputies (30), that is 20 yes; 20 reach it, so the stage passes. [no citation]");
        mazhilis.ToString().Should().Be("AwaitingOverride: the President objected; the override is before the Senate (stage 2 of the decision VetoOverride)");

        var law = mazhilis.Vote(Senate(27));
        law.State.Should().Be(BillState.Law);
        law.Steps.Skip(4).Should().Equal(
            "Senate: 27 yes, 0 no, 0 abstained; it needs at least 2/3 of the total number of deputies (40), that is 27 yes; 27 reach it, so the stage passes. [no citation]",
            "The objections were overridden.");
    }

    [Fact]
    public void Objections_not_overridden_fail_the_law_with_that_reason()
    {
        var failed = BeforeThePresident(OverrideWith(30)).Object().Vote(Mazhilis(19, 11));

        failed.State.Should().Be(BillState.Failed);
        failed.Reason.Should().Be("The objections were not overridden, so the law is not adopted.");
        failed.Steps[^1].Should().Be("Mazhilis: 19 yes, 11 no, 0 abstained; it needs at least 2/3 of the total number of deputies (30), that is 20 yes; 19 fall short of it, so the stage fails. [no citation]");
        failed.ToString().Should().Be("Failed: the bill has failed: The objections were not overridden, so the law is not adopted.");
    }

    [Fact]
    public void Objections_in_a_period_without_an_override_rule_stop_the_course_as_unknown()
    {
        var stopped = BeforeThePresident().Object();

        stopped.State.Should().Be(BillState.Unknown);
        stopped.StageIndex.Should().Be(0);
        stopped.NextStage.Should().BeNull();
        stopped.Reason.Should().Be("The rule for overriding the President's objections in this period is not in the data.");
        stopped.Steps[^1].Should().Be("The President returns the law with objections.");
        stopped.ToString().Should().Be("Unknown: the course stopped: The rule for overriding the President's objections in this period is not in the data.");
    }

    [Fact]
    public void A_rejection_returns_the_bill_which_approved_again_goes_back_to_the_rejecting_stage()
    {
        var rejected = BillCourse.Start(MazhilisThenSenate(new RejectionRule(1, 0, TwoThirds))).Vote(Mazhilis(60)).Vote(Senate(10, 30));

        rejected.State.Should().Be(BillState.AwaitingReapproval);
        rejected.StageIndex.Should().Be(0);
        rejected.RejectedOnce.Should().BeTrue();
        rejected.Steps.Skip(1).Should().Equal(
            "Senate: 10 yes, 30 no, 0 abstained; it needs more than 1/2 of the total number of deputies (40), that is 21 yes; 10 fall short of it, so the stage fails. [no citation]",
            "Rejected; the bill returns to stage 1, which may approve it again by at least 2/3 of the total number of deputies [no citation].");
        rejected.ToString().Should().Be("AwaitingReapproval: the bill is back before the Mazhilis, which may approve it again by at least 2/3 of the total number of deputies");

        var back = rejected.Vote(Mazhilis(67));
        back.State.Should().Be(BillState.AwaitingVote);
        back.StageIndex.Should().Be(1);
        back.RejectedOnce.Should().BeTrue();
        back.Steps.Skip(3).Should().Equal(
            "Mazhilis: 67 yes, 0 no, 0 abstained; it needs at least 2/3 of the total number of deputies (100), that is 67 yes; 67 reach it, so the stage passes. [no citation]",
            "Approved again; back to stage 2 [no citation].");
    }

    [Fact]
    public void A_returned_bill_not_approved_again_fails_and_stays_rejected_once()
    {
        var rejected = BillCourse.Start(MazhilisThenSenate(new RejectionRule(1, 0, TwoThirds))).Vote(Mazhilis(60)).Vote(Senate(10, 30));

        var failed = rejected.Vote(Mazhilis(66));

        failed.State.Should().Be(BillState.Failed);
        failed.RejectedOnce.Should().BeTrue();
        failed.Reason.Should().Be("The earlier stage did not approve the bill again, so it fails.");
    }

    [Fact]
    public void A_second_rejection_fails_the_bill_naming_the_rules_note_or_else_second_rejection()
    {
        var plain = BillCourse.Start(MazhilisThenSenate(new RejectionRule(1, 0, TwoThirds)))
            .Vote(Mazhilis(60)).Vote(Senate(10, 30)).Vote(Mazhilis(67)).Vote(Senate(10, 30));
        var noted = BillCourse.Start(MazhilisThenSenate(new RejectionRule(1, 0, TwoThirds, note: "a made-up note")))
            .Vote(Mazhilis(60)).Vote(Senate(10, 30)).Vote(Mazhilis(67)).Vote(Senate(10, 30));

        plain.State.Should().Be(BillState.Failed);
        plain.RejectedOnce.Should().BeTrue();
        plain.Reason.Should().Be("Rejected a second time, so the bill fails (second rejection) [no citation].");
        noted.State.Should().Be(BillState.Failed);
        noted.RejectedOnce.Should().BeTrue();
        noted.Reason.Should().Be("Rejected a second time, so the bill fails (a made-up note) [no citation].");
    }

    [Fact]
    public void A_first_stage_that_does_not_pass_fails_the_bill_even_without_a_rejection_rule()
    {
        var failed = BillCourse.Start(MazhilisThenSenate()).Vote(Mazhilis(50, 50));

        failed.State.Should().Be(BillState.Failed);
        failed.RejectedOnce.Should().BeFalse();
        failed.Reason.Should().Be("Stage 1 did not pass the bill, so it fails.");
        failed.ToString().Should().Be("Failed: the bill has failed: Stage 1 did not pass the bill, so it fails.");
    }

    [Fact]
    public void A_later_stage_that_does_not_pass_without_a_rejection_rule_stops_the_course_as_unknown()
    {
        var stopped = BillCourse.Start(MazhilisThenSenate()).Vote(Mazhilis(60)).Vote(Senate(20, 20));

        stopped.State.Should().Be(BillState.Unknown);
        stopped.StageIndex.Should().Be(1);
        stopped.Reason.Should().Be("Stage 2 did not pass the bill; what follows such a rejection in this period is not in the data.");
        stopped.ToString().Should().Be("Unknown: the course stopped: Stage 2 did not pass the bill; what follows such a rejection in this period is not in the data.");
    }

    [Fact]
    public void A_vote_whose_majority_is_unknown_stops_the_course_with_the_stages_reasoning()
    {
        var rule = new DecisionRule(DecisionKind.Law, [], [new DecisionStage(StageBody.Mazhilis, null, null)], [new(ChamberKind.Mazhilis, 100)]);

        var stopped = BillCourse.Start(rule).Vote(Mazhilis(60));

        stopped.State.Should().Be(BillState.Unknown);
        stopped.Reason.Should().Be("The outcome of this vote is not known from the data: Mazhilis: 60 yes, 0 no, 0 abstained; the majority this stage needs is not known. The outcome is unknown. [no citation]");
    }

    [Fact]
    public void A_joint_sitting_records_each_chambers_reasoning_on_one_line_and_wants_exactly_its_chambers()
    {
        var rule = new DecisionRule(
            DecisionKind.Law,
            [],
            [new DecisionStage(StageBody.JointSitting, JointCounting.EachChamber, MoreThanHalf)],
            [new(ChamberKind.Mazhilis, 100), new(ChamberKind.Senate, 40)]);
        var course = BillCourse.Start(rule);

        course.Vote(Mazhilis(60), Senate(21)).Steps.Should().Equal(
            "Senate at the joint sitting: 21 yes, 0 no, 0 abstained; it needs more than 1/2 of the total number of deputies (40), that is 21 yes; 21 reach it, so the stage passes. [no citation] "
            + "Mazhilis at the joint sitting: 60 yes, 0 no, 0 abstained; it needs more than 1/2 of the total number of deputies (100), that is 51 yes; 60 reach it, so the stage passes. [no citation]");
        var act = () => course.Vote(Mazhilis(60), new ChamberVote(ChamberKind.Kurultai, 1, 0));
        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Be(
            "The vote of Mazhilis and Kurultai is not due: the bill is before the Joint sitting (each chamber) (stage 1 of the decision Law), so the votes of Senate and Mazhilis are expected [no citation].");
    }

    [Fact]
    public void A_course_needs_a_rule_and_a_vote_needs_its_votes()
    {
        var start = () => BillCourse.Start(null!);
        var vote = () => BillCourse.Start(MazhilisThenSenate()).Vote(null!);

        start.Should().Throw<ArgumentNullException>().WithParameterName("rule");
        vote.Should().Throw<ArgumentNullException>().WithParameterName("votes");
    }
}

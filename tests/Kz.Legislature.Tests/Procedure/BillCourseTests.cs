using Kz.Legislature.History;
using Kz.Legislature.Procedure;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Procedure;

/// <summary>A bill's course, step by step, in each period.</summary>
public partial class BillCourseTests
{
    private static LegislativeHistory History => SessionHistory.Current;

    private static readonly LocalDate In2010 = new(2010, 1, 1);

    private static ChamberVote Mazhilis(int yes, int no = 0) => new(ChamberKind.Mazhilis, yes, no);

    private static ChamberVote Senate(int yes, int no = 0) => new(ChamberKind.Senate, yes, no);

    [Fact]
    public void Before_2022_a_law_passes_the_Mazhilis_then_the_Senate_and_is_signed()
    {
        var course = History.BillOn(In2010).Vote(Mazhilis(54, 53));
        course.State.Should().Be(BillState.AwaitingVote);
        course.NextStage!.Body.Should().Be(StageBody.Senate);

        course = course.Vote(Senate(24)).Sign();

        course.State.Should().Be(BillState.Law);
        course.Steps.Should().HaveCount(3);
        course.Steps[0].Should().Contain("Art. 62(5)");
    }

    [Fact]
    public void Before_2022_a_Senate_rejection_returns_the_bill_to_the_Mazhilis_which_needs_two_thirds_and_a_second_rejection_kills_it()
    {
        var course = History.BillOn(In2010).Vote(Mazhilis(60)).Vote(Senate(10, 30));
        course.State.Should().Be(BillState.AwaitingReapproval);
        course.NextStage!.Majority.Should().Be(new Majority(2, 3, false, MajorityBase.TotalDeputies));

        course.Vote(Mazhilis(71)).State.Should().Be(BillState.Failed, "71 is short of two thirds of 107 (72)");
        var back = course.Vote(Mazhilis(72));
        back.State.Should().Be(BillState.AwaitingVote);
        back.NextStage!.Body.Should().Be(StageBody.Senate);
        back.Vote(Senate(24)).State.Should().Be(BillState.AwaitingPresident);
        var dead = back.Vote(Senate(23, 20));
        dead.State.Should().Be(BillState.Failed);
        dead.Reason.Should().Contain("second time").And.Contain("1995");
    }

    [Fact]
    public void A_vote_that_is_not_due_fails_with_what_is_due_and_its_citation()
    {
        var course = History.BillOn(In2010);

        var act = () => course.Vote(Senate(40));

        act.Should().Throw<InvalidOperationException>().WithMessage("The vote of Senate is not due: the bill is before the Mazhilis (stage 1 of the decision Law under amendments-2007)*Art. 54*");
    }

    [Fact]
    public void There_is_no_override_without_objections_and_no_signature_before_the_chambers_vote()
    {
        var passed = History.BillOn(In2010).Vote(Mazhilis(60)).Vote(Senate(30));

        var vote = () => passed.Vote(Mazhilis(80), Senate(35));
        vote.Should().Throw<InvalidOperationException>().WithMessage("No vote is due: the bill is before the President*no override without objections*");
        var sign = () => History.BillOn(In2010).Sign();
        sign.Should().Throw<InvalidOperationException>().WithMessage("The President cannot sign now: the bill is before the Mazhilis*");
    }

    [Fact]
    public void Objections_are_overridden_by_two_thirds_of_each_chamber_in_turn()
    {
        var objected = History.BillOn(In2010).Vote(Mazhilis(60)).Vote(Senate(30)).Object();
        objected.State.Should().Be(BillState.AwaitingOverride);

        var overridden = objected.Vote(Mazhilis(72)).Vote(Senate(32));
        overridden.State.Should().Be(BillState.Law);
        objected.Vote(Mazhilis(71)).State.Should().Be(BillState.Failed);
    }

    [Fact]
    public void From_2022_a_Senate_that_does_not_approve_leaves_a_course_the_data_does_not_know()
    {
        var course = History.BillOn(new LocalDate(2024, 1, 1)).Vote(Mazhilis(50)).Vote(Senate(25, 25));

        course.State.Should().Be(BillState.Unknown);
        course.Reason.Should().Contain("not in the data");
        var again = () => course.Vote(Senate(40));
        again.Should().Throw<InvalidOperationException>().Which.Message.Should()
            .Be($"No vote is due: the course stopped: {course.Reason}", "the reason is a whole sentence, so no second full stop is added");
        course.Reason.Should().EndWith(".");
    }

    [Fact]
    public void A_Kurultai_bill_stops_as_unknown_because_its_majority_is_not_in_the_data()
    {
        var course = History.BillOn(new LocalDate(2026, 9, 1)).Vote(new ChamberVote(ChamberKind.Kurultai, 100, 0));

        course.State.Should().Be(BillState.Unknown);
        course.Reason.Should().Contain("not known");
    }
}

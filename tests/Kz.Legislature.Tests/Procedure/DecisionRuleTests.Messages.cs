using Kz.Legislature.Procedure;

namespace Kz.Legislature.Tests.Procedure;

/// <summary>Rules built by hand: what the constructor rejects, word for word, and the exact reasoning of each unknown or joint outcome.</summary>
public partial class DecisionRuleTests
{
    private static readonly Majority MoreThanHalfOfSeats = new(1, 2, true, MajorityBase.TotalDeputies);

    private static DecisionStage MazhilisStage => new(StageBody.Mazhilis, null, MoreThanHalfOfSeats);

    private static KeyValuePair<ChamberKind, int> Seats(ChamberKind chamber, int seats) => new(chamber, seats);

    public static TheoryData<DecisionSubject[]> BadSubjects() => new()
    {
        new[] { DecisionSubject.None },
        new[] { DecisionSubject.Budget, DecisionSubject.Taxes, DecisionSubject.Budget },
    };

    [Theory]
    [MemberData(nameof(BadSubjects))]
    public void A_subject_given_twice_or_None_as_a_subject_is_rejected(DecisionSubject[] subjects)
    {
        var act = () => new DecisionRule(DecisionKind.Law, subjects, [MazhilisStage], [Seats(ChamberKind.Mazhilis, 100)]);

        act.Should().Throw<ArgumentException>().WithParameterName("subjects")
            .Which.Message.Should().Be("Each subject may appear only once, and None is not a subject (leave the list empty for the general rule).");
    }

    [Fact]
    public void A_decision_without_a_stage_is_rejected()
    {
        var act = () => new DecisionRule(DecisionKind.Law, [], [], [Seats(ChamberKind.Mazhilis, 100)]);

        act.Should().Throw<ArgumentException>().WithParameterName("stages").Which.Message.Should().Be("A decision has at least one stage.");
    }

    [Fact]
    public void Negative_seats_or_a_chamber_given_twice_are_rejected()
    {
        KeyValuePair<ChamberKind, int>[][] bad =
        [
            [Seats(ChamberKind.Mazhilis, -1)],
            [Seats(ChamberKind.Mazhilis, 100), Seats(ChamberKind.Senate, -1)],
            [Seats(ChamberKind.Mazhilis, 100), Seats(ChamberKind.Senate, 40), Seats(ChamberKind.Mazhilis, 100)],
        ];

        foreach (var seats in bad)
        {
            var act = () => new DecisionRule(DecisionKind.Law, [], [MazhilisStage], seats);

            act.Should().Throw<ArgumentException>().WithParameterName("seats").Which.Message.Should().Be("Each chamber's seats may be given once, as 0 or more.");
        }
    }

    [Fact]
    public void A_rejection_rule_for_the_stage_just_past_the_last_is_rejected()
    {
        var twoThirds = new Majority(2, 3, false, MajorityBase.TotalDeputies);

        var act = () => new DecisionRule(DecisionKind.Law, [], [MazhilisStage], [Seats(ChamberKind.Mazhilis, 100)], rejection: new RejectionRule(1, 0, twoThirds));

        act.Should().Throw<ArgumentException>().WithParameterName("rejection").Which.Message.Should().Be("The rejection rule names a stage the decision does not have.");
    }

    [Fact]
    public void A_rule_prints_its_kind_its_subjects_and_its_stages_separated_by_semicolons()
    {
        var rule = new DecisionRule(
            DecisionKind.Law,
            [DecisionSubject.Budget, DecisionSubject.Taxes],
            [MazhilisStage, new DecisionStage(StageBody.Senate, null, null)],
            [Seats(ChamberKind.Mazhilis, 100)]);

        rule.ToString().Should().Be("Law (Budget, Taxes): Mazhilis: more than 1/2 of the total number of deputies; Senate: majority unknown");
    }

    [Fact]
    public void Votes_beyond_the_seats_of_a_rule_built_by_hand_are_rejected_under_these_rules()
    {
        var rule = new DecisionRule(DecisionKind.Law, [], [MazhilisStage], [Seats(ChamberKind.Mazhilis, 100)]);

        var act = () => rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 101, 0)]);

        act.Should().Throw<ArgumentException>().WithParameterName("votes")
            .Which.Message.Should().Be("Mazhilis 101-0-0: 101 deputies voting, but the Mazhilis has 100 seats under these rules.");
    }

    [Fact]
    public void A_joint_total_adds_every_count_of_both_chambers_including_those_present()
    {
        var rule = new DecisionRule(
            DecisionKind.Law,
            [],
            [new DecisionStage(StageBody.JointSitting, JointCounting.JointTotal, MoreThanHalfOfSeats)],
            [Seats(ChamberKind.Mazhilis, 100), Seats(ChamberKind.Senate, 40)]);

        var outcome = rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 60, 20, 5, present: 90), new ChamberVote(ChamberKind.Senate, 30, 5, 2, present: 40)]);

        var joint = outcome.Stages.Should().ContainSingle().Subject;
        (joint.Yes, joint.No, joint.Abstained, joint.Present, joint.Base, joint.RequiredYes, joint.Passed).Should().Be((90, 25, 7, (int?)130, (int?)140, (int?)71, (bool?)true));
        joint.Reason.Should().Be("Joint sitting (joint total): 90 yes, 25 no, 7 abstained, 130 present; it needs more than 1/2 of the total number of deputies (140), that is 71 yes; 90 reach it, so the stage passes.");
    }

    [Fact]
    public void A_joint_total_has_no_number_present_unless_both_chambers_give_theirs()
    {
        var rule = new DecisionRule(
            DecisionKind.Law,
            [],
            [new DecisionStage(StageBody.JointSitting, JointCounting.JointTotal, MoreThanHalfOfSeats)],
            [Seats(ChamberKind.Mazhilis, 100), Seats(ChamberKind.Senate, 40)]);

        var outcome = rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 60, 20, 5, present: 90), new ChamberVote(ChamberKind.Senate, 30, 5, 2)]);

        outcome.Stages.Single().Present.Should().BeNull();
        outcome.Passed.Should().BeTrue();
    }

    [Fact]
    public void A_joint_total_without_the_seats_of_one_chamber_is_unknown_for_want_of_seats()
    {
        var rule = new DecisionRule(
            DecisionKind.Law,
            [],
            [new DecisionStage(StageBody.JointSitting, JointCounting.JointTotal, MoreThanHalfOfSeats)],
            [Seats(ChamberKind.Mazhilis, 100)]);

        var outcome = rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 60, 20, 5), new ChamberVote(ChamberKind.Senate, 30, 5, 2)]);

        outcome.Passed.Should().BeNull();
        outcome.Stages.Single().Reason.Should().Be("Joint sitting (joint total): 90 yes, 25 no, 7 abstained; the number of seats is not known for these rules. The outcome is unknown.");
    }

    [Fact]
    public void A_majority_of_those_present_without_the_number_present_says_why_it_is_unknown()
    {
        var rule = new DecisionRule(
            DecisionKind.Law,
            [],
            [new DecisionStage(StageBody.Mazhilis, null, new Majority(1, 2, true, MajorityBase.Present))],
            [Seats(ChamberKind.Mazhilis, 98)]);

        var outcome = rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 40, 30)]);

        outcome.Stages.Single().Reason.Should().Be("Mazhilis: 40 yes, 30 no, 0 abstained; the number of deputies present was not given, and the majority is a fraction of those present. The outcome is unknown.");
    }

    [Fact]
    public void A_joint_sitting_whose_counting_is_unknown_answers_unknown_for_each_chamber()
    {
        var rule = new DecisionRule(
            DecisionKind.Law,
            [],
            [new DecisionStage(StageBody.JointSitting, null, MoreThanHalfOfSeats)],
            [Seats(ChamberKind.Mazhilis, 100), Seats(ChamberKind.Senate, 40)]);

        var outcome = rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 60, 0), new ChamberVote(ChamberKind.Senate, 21, 0)]);

        rule.IsKnown.Should().BeFalse();
        outcome.Passed.Should().BeNull();
        outcome.Stages.Select(s => s.Reason).Should().Equal(
            "Senate at the joint sitting: 21 yes, 0 no, 0 abstained; whether the joint sitting counts each chamber or the joint total is not known. The outcome is unknown.",
            "Mazhilis at the joint sitting: 60 yes, 0 no, 0 abstained; whether the joint sitting counts each chamber or the joint total is not known. The outcome is unknown.");
    }

    [Fact]
    public void An_unknown_majority_says_so_with_the_stages_note_or_a_full_stop()
    {
        var plain = new DecisionRule(DecisionKind.Law, [], [new DecisionStage(StageBody.Mazhilis, null, null)], [Seats(ChamberKind.Mazhilis, 100)]);
        var noted = new DecisionRule(DecisionKind.Law, [], [new DecisionStage(StageBody.Mazhilis, null, null, note: "a made-up note")], [Seats(ChamberKind.Mazhilis, 100)]);

        plain.Decide([new ChamberVote(ChamberKind.Mazhilis, 60, 0)]).Stages.Single().Reason.Should()
            .Be("Mazhilis: 60 yes, 0 no, 0 abstained; the majority this stage needs is not known. The outcome is unknown.");
        noted.Decide([new ChamberVote(ChamberKind.Mazhilis, 60, 0)]).Stages.Single().Reason.Should()
            .Be("Mazhilis: 60 yes, 0 no, 0 abstained; the majority this stage needs is not known (a made-up note). The outcome is unknown.");
        var sentence = new DecisionRule(DecisionKind.Law, [], [new DecisionStage(StageBody.Mazhilis, null, null, note: "A made-up sentence.")], [Seats(ChamberKind.Mazhilis, 100)]);
        sentence.Decide([new ChamberVote(ChamberKind.Mazhilis, 60, 0)]).Stages.Single().Reason.Should()
            .Be("Mazhilis: 60 yes, 0 no, 0 abstained; the majority this stage needs is not known (A made-up sentence.) The outcome is unknown.");
    }
}

using Kz.Legislature.History;
using Kz.Legislature.Procedure;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Procedure;

/// <summary>The decisions of the dataset and how a vote on them is decided.</summary>
public partial class DecisionRuleTests
{
    private static LegislativeHistory History => SessionHistory.Current;

    private static readonly LocalDate In2024 = new(2024, 1, 1);

    [Fact]
    public void A_constitutional_law_in_2024_needs_two_thirds_of_98_and_of_50_at_a_joint_sitting()
    {
        var rule = History.RulesOn(In2024).Decision(DecisionKind.ConstitutionalLaw);

        rule.Stages.Should().ContainSingle();
        rule.Stages[0].Body.Should().Be(StageBody.JointSitting);
        rule.Stages[0].Counting.Should().Be(JointCounting.EachChamber);
        rule.Stages[0].Majority.Should().Be(new Majority(2, 3, false, MajorityBase.TotalDeputies));
        var outcome = rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 66, 20, 5), new ChamberVote(ChamberKind.Senate, 34, 5)]);
        outcome.Passed.Should().BeTrue();
        outcome.Stages.Select(s => (s.Chamber, s.RequiredYes)).Should().Equal((ChamberKind.Senate, 34), (ChamberKind.Mazhilis, 66));
    }

    [Fact]
    public void One_vote_short_of_two_thirds_of_98_fails_and_says_so_with_the_article()
    {
        var rule = History.RulesOn(In2024).Decision(DecisionKind.ConstitutionalLaw);

        var outcome = rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 65, 20, 5), new ChamberVote(ChamberKind.Senate, 40, 5)]);

        outcome.Passed.Should().BeFalse();
        outcome.Stages.Single(s => s.Chamber == ChamberKind.Mazhilis).Passed.Should().BeFalse();
        outcome.Explain().Should().Contain("66 yes").And.Contain("Art. 62(4)").And.EndWith("Result: not passed.");
    }

    [Fact]
    public void A_constitutional_amendment_in_2024_needs_three_quarters_of_50_that_is_38_senators()
    {
        var rule = History.RulesOn(In2024).Decision(DecisionKind.ConstitutionalAmendment);

        var outcome = rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 98, 0), new ChamberVote(ChamberKind.Senate, 37, 0)]);

        outcome.Stages.Single(s => s.Chamber == ChamberKind.Senate).RequiredYes.Should().Be(38);
        outcome.Stages.Single(s => s.Chamber == ChamberKind.Mazhilis).RequiredYes.Should().Be(74);
        outcome.Passed.Should().BeFalse();
    }

    [Fact]
    public void A_law_before_2022_goes_to_the_Mazhilis_then_the_Senate_each_by_more_than_half_of_its_seats()
    {
        var rule = History.RulesOn(new LocalDate(2010, 1, 1)).Decision(DecisionKind.Law);

        rule.Stages.Select(s => s.Body).Should().Equal(StageBody.Mazhilis, StageBody.Senate);
        var outcome = rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 54, 53), new ChamberVote(ChamberKind.Senate, 24, 0)]);
        outcome.Stages.Select(s => s.RequiredYes).Should().Equal(54, 24);
        outcome.Passed.Should().BeTrue();
    }

    [Fact]
    public void A_failed_first_stage_ends_the_decision_without_the_Senates_vote()
    {
        var rule = History.RulesOn(new LocalDate(2010, 1, 1)).Decision(DecisionKind.Law);

        var outcome = rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 53, 54)]);

        outcome.Passed.Should().BeFalse();
        outcome.Stages.Should().ContainSingle();
        outcome.StoppedAt.Should().Contain("Stage 1 failed");
    }

    [Fact]
    public void A_Kurultai_decision_whose_majority_is_unknown_answers_null_never_a_guess()
    {
        var rule = History.RulesOn(new LocalDate(2026, 7, 1)).Decision(DecisionKind.Law);

        var outcome = rule.Decide([new ChamberVote(ChamberKind.Kurultai, 145, 0)]);

        outcome.Passed.Should().BeNull();
        outcome.Stages.Single().RequiredYes.Should().BeNull();
        outcome.Explain().Should().Contain("not known").And.EndWith("Result: unknown.");
        rule.IsKnown.Should().BeFalse();
        rule.Stages[0].Readings.Should().Be(3);
    }

    [Fact]
    public void The_Mazhilis_sitting_in_September_2022_counts_its_107_seats_not_the_98_of_the_2022_text()
    {
        var date = new LocalDate(2022, 9, 16);

        History.RulesOn(date).Decision(DecisionKind.ConstitutionalAmendment).SeatsOf(ChamberKind.Mazhilis).Should().Be(98);
        History.DecisionOn(date, DecisionKind.ConstitutionalAmendment).SeatsOf(ChamberKind.Mazhilis).Should().Be(107);
    }

    [Fact]
    public void Votes_for_more_deputies_than_the_chamber_has_seats_are_rejected_with_the_seats()
    {
        var rule = History.RulesOn(In2024).Decision(DecisionKind.NoConfidence);

        var act = () => rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 90, 8, present: 99)]);

        act.Should().Throw<ArgumentException>().WithMessage("*99 deputies present*Mazhilis has 98 seats*").Which.Message.Should().NotContain("Parameter");
    }

    [Fact]
    public void A_vote_of_a_chamber_that_takes_no_part_is_rejected_naming_who_does()
    {
        var rule = History.RulesOn(In2024).Decision(DecisionKind.NoConfidence);

        var act = () => rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 60, 9), new ChamberVote(ChamberKind.Senate, 30, 0)]);

        act.Should().Throw<ArgumentException>().WithMessage("The Senate takes no part in the decision NoConfidence under amendments-2022; votes are accepted for: Mazhilis*");
    }

    [Fact]
    public void A_missing_vote_for_a_chamber_that_must_vote_is_rejected()
    {
        var rule = History.RulesOn(In2024).Decision(DecisionKind.ConstitutionalAmendment);

        var act = () => rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 90, 0)]);

        act.Should().Throw<ArgumentException>().WithMessage("Stage 1 of the decision ConstitutionalAmendment*needs the votes of: Senate*");
    }

    [Fact]
    public void Two_votes_for_one_chamber_are_rejected()
    {
        var rule = History.RulesOn(In2024).Decision(DecisionKind.NoConfidence);

        var act = () => rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 60, 9), new ChamberVote(ChamberKind.Mazhilis, 60, 9)]);

        act.Should().Throw<ArgumentException>().WithMessage("Two votes were given for the Mazhilis*");
    }

    [Fact]
    public void A_decision_the_rules_do_not_have_throws_naming_the_kind_the_period_and_what_exists()
    {
        var rules = History.RulesOn(new LocalDate(2026, 8, 1));

        var act = () => rules.Decision(DecisionKind.DelegationOfPowers);

        act.Should().Throw<InvalidOperationException>().WithMessage("There is no DelegationOfPowers decision in the data for the rules in force [2026-07-01*rules-2026*the decisions are: Law, ConstitutionalLaw*");
        rules.TryGetDecision(DecisionKind.DelegationOfPowers).Should().BeNull();
    }

    [Fact]
    public void A_laws_subject_falls_back_to_the_general_rule_but_an_office_does_not()
    {
        var rules = History.RulesOn(new LocalDate(2000, 1, 1));

        rules.Decision(DecisionKind.Law, DecisionSubject.Budget).Should().BeSameAs(rules.Decision(DecisionKind.Law));
        rules.TryGetDecision(DecisionKind.ConsentToAppointment, DecisionSubject.NationalBank).Should().BeNull();
        rules.Decision(DecisionKind.ConsentToAppointment, DecisionSubject.ProsecutorGeneral).Stages[0].Body.Should().Be(StageBody.Senate);
        History.RulesOn(new LocalDate(2010, 1, 1)).Decision(DecisionKind.ConsentToAppointment, DecisionSubject.NationalBank).Stages[0].Body.Should().Be(StageBody.Senate);
    }

    [Fact]
    public void A_majority_of_those_present_needs_the_number_present_or_answers_null()
    {
        var rule = new DecisionRule(
            DecisionKind.Law,
            [],
            [new DecisionStage(StageBody.Mazhilis, null, new Majority(1, 2, true, MajorityBase.Present))],
            [new KeyValuePair<ChamberKind, int>(ChamberKind.Mazhilis, 98)]);

        rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 40, 30)]).Passed.Should().BeNull();
        var outcome = rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 40, 30, present: 80)]);
        outcome.Stages[0].RequiredYes.Should().Be(41);
        outcome.Passed.Should().BeFalse();
    }

    [Fact]
    public void A_majority_of_votes_cast_counts_abstentions_in_the_base()
    {
        var rule = new DecisionRule(
            DecisionKind.Law,
            [],
            [new DecisionStage(StageBody.Mazhilis, null, new Majority(1, 2, true, MajorityBase.VotesCast))],
            [new KeyValuePair<ChamberKind, int>(ChamberKind.Mazhilis, 98)]);

        var outcome = rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 40, 30, 11)]);

        outcome.Stages[0].Base.Should().Be(81);
        outcome.Stages[0].RequiredYes.Should().Be(41);
        outcome.Passed.Should().BeFalse();
    }

    [Fact]
    public void A_joint_total_adds_both_chambers_into_one_base()
    {
        var rule = new DecisionRule(
            DecisionKind.ConstitutionalAmendment,
            [],
            [new DecisionStage(StageBody.JointSitting, JointCounting.JointTotal, new Majority(2, 3, false, MajorityBase.TotalDeputies))],
            [new(ChamberKind.Mazhilis, 98), new(ChamberKind.Senate, 50)]);

        var outcome = rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 90, 8), new ChamberVote(ChamberKind.Senate, 9, 41)]);

        outcome.Stages.Should().ContainSingle().Which.Chamber.Should().BeNull();
        outcome.Stages[0].Base.Should().Be(148);
        outcome.Stages[0].RequiredYes.Should().Be(99);
        outcome.Passed.Should().BeTrue();
    }

    [Fact]
    public void A_joint_sitting_below_its_quorum_fails_and_one_whose_quorum_cannot_be_checked_is_unknown()
    {
        var rule = new DecisionRule(
            DecisionKind.Law,
            [],
            [new DecisionStage(StageBody.JointSitting, JointCounting.EachChamber, new Majority(1, 2, true, MajorityBase.Present), new Majority(2, 3, false, MajorityBase.TotalDeputies))],
            [new(ChamberKind.Mazhilis, 98), new(ChamberKind.Senate, 50)]);

        rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 60, 0, present: 65), new ChamberVote(ChamberKind.Senate, 40, 0, present: 40)]).Passed.Should().BeFalse();
        rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 60, 0), new ChamberVote(ChamberKind.Senate, 40, 0, present: 40)]).Passed.Should().BeNull();
        rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 60, 0, present: 66), new ChamberVote(ChamberKind.Senate, 40, 0, present: 40)]).Passed.Should().BeTrue();
    }

    [Fact]
    public void Every_stage_of_every_decision_cites_its_body_and_each_known_value()
    {
        foreach (var rules in History.RuleSets)
        {
            rules.Decisions.Should().NotBeEmpty($"{rules.RuleSetId} has decisions in the data");
            foreach (var d in rules.Decisions)
            {
                d.RuleSetId.Should().Be(rules.RuleSetId);
                foreach (var s in d.Stages)
                {
                    s.Citation.Should().NotBeNull();
                    (s.MajorityCitation is null).Should().Be(s.Majority is null, $"{d} in {rules.RuleSetId}");
                    (s.QuorumCitation is null).Should().Be(s.Quorum is null);
                    (s.ReadingsCitation is null).Should().Be(s.Readings is null);
                    if (s.Majority is null)
                    {
                        s.Note.Should().NotBeNullOrWhiteSpace();
                    }
                }
            }
        }
    }
}

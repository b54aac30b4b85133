using System.Text.Json.Nodes;
using Kz.Legislature.Procedure;
using Kz.Legislature.Serialization;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>The requirement in words of hand-built decisions (each body, majority, seats and article), a stage's requirement where it is not known, and the motion's text by decision kind.</summary>
public sealed partial class PopoloDivisionExporterTests
{
    // Every rule below is built by the test (made-up seats and a made-up instrument); only the shape of the words matters.
    private static readonly LocalDate RequirementsDay = new(2024, 1, 1);

    private static readonly Citation TestArticle = new("test-instrument", new LocalizedName("Test instrument"), "Art. 1", []);

    private static readonly Majority MoreThanHalfOfSeats = new(1, 2, true, MajorityBase.TotalDeputies);

    private static readonly Majority TwoThirdsOfSeats = new(2, 3, false, MajorityBase.TotalDeputies);

    private static readonly KeyValuePair<ChamberKind, int>[] BothChambers = [new(ChamberKind.Senate, 50), new(ChamberKind.Mazhilis, 100)];

    private static DecisionRule Rule(DecisionStage[] stages, KeyValuePair<ChamberKind, int>[] seats, DecisionKind kind = DecisionKind.Law, DecisionSubject[]? subjects = null) =>
        new(kind, subjects ?? [], stages, seats);

    [Fact]
    public void The_requirement_joins_the_stages_with_then_and_counts_a_joint_total_over_the_seats_of_both_chambers()
    {
        var rule = Rule(
            [
                new DecisionStage(StageBody.Mazhilis, null, MoreThanHalfOfSeats, citation: TestArticle),
                new DecisionStage(StageBody.JointSitting, JointCounting.JointTotal, TwoThirdsOfSeats),
            ],
            BothChambers);

        PopoloDivisionExporter.Requirement(rule).Should().Be(
            "Mazhilis: more than 1/2 of the total number of deputies (Mazhilis: 51 of 100 seats) — Test instrument, Art. 1"
            + "; then Joint sitting (joint total): at least 2/3 of the total number of deputies (100 of 150 seats of both chambers)");
    }

    [Fact]
    public void A_joint_total_with_a_chamber_whose_seats_are_not_known_names_no_seats()
    {
        var rule = Rule([new DecisionStage(StageBody.JointSitting, JointCounting.JointTotal, TwoThirdsOfSeats)], [new(ChamberKind.Mazhilis, 100)]);

        PopoloDivisionExporter.Requirement(rule).Should().Be("Joint sitting (joint total): at least 2/3 of the total number of deputies");
    }

    [Fact]
    public void A_joint_sitting_counting_each_chamber_gives_each_chambers_seats_and_the_majoritys_own_article()
    {
        var majorityArticle = new Citation("test-instrument", new LocalizedName("Test instrument"), "Art. 2", []);
        var rule = Rule([new DecisionStage(StageBody.JointSitting, JointCounting.EachChamber, TwoThirdsOfSeats, citation: TestArticle, majorityCitation: majorityArticle)], BothChambers);

        PopoloDivisionExporter.Requirement(rule).Should().Be(
            "Joint sitting (each chamber): at least 2/3 of the total number of deputies (Senate: 34 of 50 seats; Mazhilis: 67 of 100 seats) — Test instrument, Art. 2");
    }

    [Fact]
    public void A_majority_of_the_votes_cast_an_unknown_majority_and_a_chamber_without_seats_name_no_seats()
    {
        var rule = Rule(
            [
                new DecisionStage(StageBody.Senate, null, new Majority(1, 2, true, MajorityBase.VotesCast)),
                new DecisionStage(StageBody.Mazhilis, null, null),
                new DecisionStage(StageBody.Kurultai, null, MoreThanHalfOfSeats),
            ],
            BothChambers);

        PopoloDivisionExporter.Requirement(rule).Should().Be(
            "Senate: more than 1/2 of the votes cast; then Mazhilis: majority unknown; then Kurultai: more than 1/2 of the total number of deputies");
    }

    [Fact]
    public void A_joint_total_exports_one_vote_event_of_the_parliament_over_the_seats_of_both_chambers()
    {
        var rule = Rule([new DecisionStage(StageBody.JointSitting, JointCounting.JointTotal, TwoThirdsOfSeats)], BothChambers);
        var outcome = rule.Decide([new ChamberVote(ChamberKind.Senate, 40, 5), new ChamberVote(ChamberKind.Mazhilis, 70, 10)]);

        var voteEvent = ExportValid(outcome, RequirementsDay)["vote_events"]!.AsArray().Single()!.AsObject();

        voteEvent["id"]!.GetValue<string>().Should().Be("kz-legislature:motion/2024-01-01/law/stage-1");
        voteEvent["organization_id"]!.GetValue<string>().Should().Be(PopoloIdentifiers.Parliament);
        voteEvent["classification"]!.GetValue<string>().Should().Be("joint-sitting");
        voteEvent["required_yes"]!.GetValue<int>().Should().Be(100);
        voteEvent["base_count"]!.GetValue<int>().Should().Be(150);
        voteEvent["result"]!.GetValue<string>().Should().Be("pass");
        Counts(voteEvent).Should().Equal(("yes", 110), ("no", 15), ("abstain", 0));
    }

    [Fact]
    public void A_stage_whose_majority_is_not_known_has_a_requirement_saying_so_with_its_article()
    {
        var rule = Rule([new DecisionStage(StageBody.Mazhilis, null, null, citation: TestArticle)], [new(ChamberKind.Mazhilis, 100)]);
        var outcome = rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 60, 10)]);

        var voteEvent = ExportValid(outcome, RequirementsDay)["vote_events"]!.AsArray().Single()!;

        voteEvent["requirement"]!.GetValue<string>().Should().Be("majority not known: required yes votes not known — Test instrument, Art. 1");
    }

    [Fact]
    public void A_stage_whose_seats_are_not_known_has_a_requirement_without_the_number_of_yes_votes()
    {
        var rule = Rule([new DecisionStage(StageBody.Mazhilis, null, MoreThanHalfOfSeats)], []);
        var outcome = rule.Decide([new ChamberVote(ChamberKind.Mazhilis, 60, 10)]);

        var voteEvent = ExportValid(outcome, RequirementsDay)["vote_events"]!.AsArray().Single()!;

        voteEvent["requirement"]!.GetValue<string>().Should().Be("more than 1/2 of the total number of deputies: required yes votes not known");
        voteEvent["result"].Should().BeNull();
    }

    public static TheoryData<DecisionKind, string> KindTexts => new()
    {
        { DecisionKind.Law, "Law" },
        { DecisionKind.ConstitutionalLaw, "Constitutional law" },
        { DecisionKind.ConstitutionalAmendment, "Amendment of the Constitution" },
        { DecisionKind.VetoOverride, "Overriding the President's objections" },
        { DecisionKind.DelegationOfPowers, "Delegation of legislative powers to the President" },
        { DecisionKind.NoConfidence, "No confidence in the Government" },
        { DecisionKind.ConsentToAppointment, "Consent to an appointment" },
        { DecisionKind.RemovalOfPresident, "Early removal of the President" },
        { DecisionKind.ElectionOfChair, "Election of the chair" },
        { DecisionKind.LegislativeInitiative, "Legislative initiative" },
    };

    [Theory]
    [MemberData(nameof(KindTexts))]
    public void A_motion_exported_without_a_text_is_named_after_its_decision_kind(DecisionKind kind, string text)
    {
        var outcome = Rule([new DecisionStage(StageBody.Mazhilis, null, MoreThanHalfOfSeats)], [new(ChamberKind.Mazhilis, 100)], kind).Decide([new ChamberVote(ChamberKind.Mazhilis, 60, 10)]);

        MotionText(outcome).Should().Be(text);
    }

    [Fact]
    public void A_motion_exported_without_a_text_names_the_subjects_of_its_decision_in_words()
    {
        var one = Rule([new DecisionStage(StageBody.Mazhilis, null, MoreThanHalfOfSeats)], [new(ChamberKind.Mazhilis, 100)], DecisionKind.ConsentToAppointment, [DecisionSubject.PrimeMinister]);
        var two = Rule([new DecisionStage(StageBody.Mazhilis, null, MoreThanHalfOfSeats)], [new(ChamberKind.Mazhilis, 100)], DecisionKind.Law, [DecisionSubject.Budget, DecisionSubject.TreatyRatification]);
        var votes = new[] { new ChamberVote(ChamberKind.Mazhilis, 60, 10) };

        MotionText(one.Decide(votes)).Should().Be("Consent to an appointment (prime minister)");
        MotionText(two.Decide(votes)).Should().Be("Law (budget, treaty ratification)");
    }

    [Fact]
    public void A_null_division_or_history_is_refused_under_its_own_name()
    {
        var division = new Division(RequirementsDay, DecisionKind.Law, [new ChamberVote(ChamberKind.Mazhilis, 60, 10)], claimedPassed: true);

        FluentActions.Invoking(() => PopoloDivisionExporter.Export((Division)null!, SessionHistory.Current)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("division");
        FluentActions.Invoking(() => PopoloDivisionExporter.Export(division, null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("history");
    }

    private static string MotionText(VoteOutcome outcome) =>
        ExportValid(outcome, RequirementsDay)["motions"]!.AsArray().Single()!["text"]!.GetValue<string>();
}

using Kz.Legislature.Procedure;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Procedure;

/// <summary>
/// Real recorded votes beyond those of <see cref="DecisionRuleTests"/>, with the counts their sources publish, run through
/// <see cref="DecisionRule.Decide"/> under the rules of their date: each must come out as it did, with the yes threshold
/// computed here independently (decimal arithmetic on the statutory seats), not read back from the engine; and each must
/// have failed one yes vote below that threshold. Counts not found in any source (the 1998, 2007, 2011 and 2017
/// amendments: "unanimously" or "passed" only) are not tested.
/// </summary>
public partial class DecisionRuleTests
{
    private static DecisionRule DecisionOn(int year, int month, int day, DecisionKind kind, DecisionSubject subject = DecisionSubject.None) =>
        SessionHistory.Current.DecisionOn(new LocalDate(year, month, day), kind, subject);

    /// <summary>The smallest count reaching n/d of the base (strict: more than n/d), computed with decimals, not integers.</summary>
    private static int Threshold(Majority m, int baseCount)
    {
        var exact = (decimal)m.Numerator * baseCount / m.Denominator;
        return m.Strict ? (int)decimal.Floor(exact) + 1 : (int)decimal.Ceiling(exact);
    }

    private static void ShouldPassWithTheExactThreshold(DecisionRule decision, VoteOutcome outcome)
    {
        outcome.Passed.Should().BeTrue(outcome.Explain());
        foreach (var s in outcome.Stages)
        {
            var m = s.Stage.Majority!;
            var baseCount = m.Base switch
            {
                MajorityBase.TotalDeputies => decision.SeatsOf(s.Chamber!.Value)!.Value,
                MajorityBase.Present => s.Present!.Value,
                _ => s.Yes + s.No + s.Abstained,
            };
            s.RequiredYes.Should().Be(Threshold(m, baseCount), outcome.Explain());
            s.Yes.Should().BeGreaterThanOrEqualTo(s.RequiredYes!.Value);
        }
    }

    [Fact]
    public void The_mazhilis_elected_Nigmatulin_chair_on_15_January_2021_with_100_votes()
    {
        // "100 депутатов единогласно проголосовали за кандидатуру Нурлана Нигматулина" (AiF Kazakhstan,
        // https://kzaif.kz/politic/spikerom_mazhilisa_snova_stal_nurlan_nigmatulin).
        var decision = DecisionOn(2021, 1, 15, DecisionKind.ElectionOfChair, DecisionSubject.ChairOfMazhilis);

        var outcome = decision.Decide([new ChamberVote(ChamberKind.Mazhilis, 100, 0)]);

        ShouldPassWithTheExactThreshold(decision, outcome);
    }

    [Fact]
    public void Each_recorded_vote_would_have_failed_one_yes_vote_below_its_threshold()
    {
        // The recorded votes pass with room to spare; this pins that the same rules pass at the independently computed
        // threshold and reject one yes vote below it (the other deputies voting no), so a threshold off by one is caught.
        // The votes of DecisionRuleTests and of this class, by date and decision (sources there and above).
        var cases = new (DecisionRule Decision, ChamberKind Chamber)[]
        {
            (DecisionOn(2019, 2, 25, DecisionKind.ConsentToAppointment, DecisionSubject.PrimeMinister), ChamberKind.Mazhilis),
            (DecisionOn(2021, 1, 15, DecisionKind.ConsentToAppointment, DecisionSubject.PrimeMinister), ChamberKind.Mazhilis),
            (DecisionOn(2023, 3, 30, DecisionKind.ConsentToAppointment, DecisionSubject.PrimeMinister), ChamberKind.Mazhilis),
            (DecisionOn(2016, 3, 25, DecisionKind.ElectionOfChair, DecisionSubject.ChairOfMazhilis), ChamberKind.Mazhilis),
            (DecisionOn(2021, 1, 15, DecisionKind.ElectionOfChair, DecisionSubject.ChairOfMazhilis), ChamberKind.Mazhilis),
            (DecisionOn(2019, 3, 20, DecisionKind.ElectionOfChair, DecisionSubject.ChairOfSenate), ChamberKind.Senate),
            (DecisionOn(2023, 1, 26, DecisionKind.ElectionOfChair, DecisionSubject.ChairOfSenate), ChamberKind.Senate),
        };
        foreach (var (decision, chamber) in cases)
        {
            var seats = decision.SeatsOf(chamber)!.Value;
            var required = Threshold(decision.Stages[0].Majority!, seats);
            var outcome = decision.Decide([new ChamberVote(chamber, required - 1, seats - required + 1)]);
            outcome.Passed.Should().BeFalse(outcome.Explain());
            outcome.Stages[0].RequiredYes.Should().Be(required, outcome.Explain());
            decision.Decide([new ChamberVote(chamber, required, seats - required)]).Passed.Should().BeTrue();
        }
    }
}

using System.Numerics;
using CsCheck;
using Kz.Legislature.History;
using Kz.Legislature.Procedure;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Procedure;

/// <summary>Properties of majorities and of <see cref="DecisionRule.Decide"/> over random fractions, dates and votes.</summary>
public partial class DecisionRuleTests
{
    private static readonly Gen<(int N, int D, bool Strict, int Base)> Fractions =
        from d in Gen.Int[1, 12]
        from n in Gen.Int[1, d]
        from strict in n < d ? Gen.Bool : Gen.Const(false)
        from b in Gen.Int[0, 1_000_000]
        select (n, d, strict, b);

    [Fact]
    public void RequiredOf_is_the_smallest_count_that_reaches_the_exact_fraction()
    {
        Fractions.Sample(f =>
        {
            var r = new Majority(f.N, f.D, f.Strict, MajorityBase.TotalDeputies).RequiredOf(f.Base);
            BigInteger need = (BigInteger)f.N * f.Base;
            bool Reaches(BigInteger count) => f.Strict ? count * f.D > need : count * f.D >= need;
            Reaches(r).Should().BeTrue();
            Reaches(r - 1).Should().BeFalse();
        }, iter: PropertyRuns.Cap(10_000));
    }

    [Theory]
    [InlineData(2, 3, false, 98, 66)]
    [InlineData(3, 4, false, 50, 38)]
    [InlineData(1, 2, true, 107, 54)]
    [InlineData(1, 2, true, 98, 50)]
    [InlineData(2, 3, false, 107, 72)]
    [InlineData(3, 4, false, 107, 81)]
    public void RequiredOf_gives_the_published_integer_bounds(int n, int d, bool strict, int seats, int required) =>
        new Majority(n, d, strict, MajorityBase.TotalDeputies).RequiredOf(seats).Should().Be(required);

    private static readonly Gen<(DecisionRule Rule, List<ChamberVote> Votes)> KnownVotes =
        from days in Gen.Int[0, 13_250]
        let date = new LocalDate(1995, 9, 5).PlusDays(days)
        let known = History.RulesOn(date).Decisions.Where(d => d.IsKnown).ToList()
        where known.Count > 0
        from index in Gen.Int[0, known.Count - 1]
        let rule = History.DecisionOn(date, known[index].Kind, known[index].Subjects.Count == 0 ? DecisionSubject.None : known[index].Subjects[0])
        let chambers = rule.Stages.SelectMany(s => s.Chambers).Distinct().ToList()
        from first in VoteFor(chambers[0], rule.SeatsOf(chambers[0])!.Value)
        from second in chambers.Count > 1 ? VoteFor(chambers[1], rule.SeatsOf(chambers[1])!.Value).Select(v => (ChamberVote?)v) : Gen.Const((ChamberVote?)null)
        select (rule, second is null ? new List<ChamberVote> { first } : [first, second]);

    private static Gen<ChamberVote> VoteFor(ChamberKind chamber, int seats) =>
        from present in Gen.Int[0, seats]
        from yes in Gen.Int[0, present]
        from no in Gen.Int[0, present - yes]
        from abstained in Gen.Int[0, present - yes - no]
        from recorded in Gen.Bool
        select new ChamberVote(chamber, yes, no, abstained, recorded ? present : null);

    [Fact]
    public void A_stage_passes_exactly_when_its_yes_votes_reach_the_requirement_and_more_yes_never_hurts()
    {
        KnownVotes.Sample(x =>
        {
            var outcome = x.Rule.Decide(x.Votes);
            foreach (var s in outcome.Stages.Where(s => s.RequiredYes is not null && s.Passed is not null))
            {
                if (s.Passed == true)
                {
                    s.Yes.Should().BeGreaterThanOrEqualTo(s.RequiredYes!.Value);
                }
                else if (s.Present is null || s.RequiredPresent is null || s.Present >= s.RequiredPresent)
                {
                    s.Yes.Should().BeLessThan(s.RequiredYes!.Value);
                }
            }

            // One more yes (an abstainer or absentee changing sides) never turns a pass into a failure.
            var seats = x.Votes.ToDictionary(v => v.Chamber, v => x.Rule.SeatsOf(v.Chamber)!.Value);
            var more = x.Votes.Select(v => v.Present is { } p && v.VotesCast < p || v.Present is null && v.VotesCast < seats[v.Chamber]
                ? new ChamberVote(v.Chamber, v.Yes + 1, v.No, v.Abstained, v.Present)
                : v).ToList();
            var after = x.Rule.Decide(more);
            if (outcome.Passed == true)
            {
                after.Passed.Should().BeTrue();
            }
        }, iter: PropertyRuns.Cap(2_000));
    }
}

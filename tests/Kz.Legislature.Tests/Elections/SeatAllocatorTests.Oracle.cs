using System.Globalization;
using CsCheck;
using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

/// <summary>
/// <see cref="SeatAllocator"/> agrees with <see cref="AllocationOracle"/>, an independent brute-force allocator, on random
/// small elections for every method, threshold base, runner-up rule and tie policy: the same seats, the same refusals, the
/// same ties (kind, tied lists, contested seats, winners, resolved or not) and the same exact remainders.
/// </summary>
public sealed partial class SeatAllocatorTests
{
    private const int OracleIterations = 4000;

    /// <summary>
    /// Random small elections: 1–6 lists with shuffled registration orders, few votes (so ties and more seats than votes are
    /// common) or more, 1–25 seats, a whole-percent threshold, and all ballots at least the list votes.
    /// </summary>
    private static readonly Gen<(AllocationInput Input, AllocationMethod Method, int Percent, ThresholdBase Base, bool RunnerUp, TiePolicy Ties)> OracleGenCase =
        Gen.Select(Gen.OneOf(Gen.Const(6L), Gen.Const(40L), Gen.Const(2000L)).SelectMany(max => Gen.Long[0, max].Array[1, 6]), Gen.Int[1, 25], Gen.Long[0, 30])
            .SelectMany(t => Gen.Shuffle(Enumerable.Range(0, t.Item1.Length).ToArray()).Select(orders => new AllocationInput(
                t.Item2,
                t.Item1.Select((votes, i) => new PartyListVotes("L" + i.ToString(CultureInfo.InvariantCulture), votes, orders[i])),
                t.Item1.Sum() + t.Item3)))
            .Select(Gen.Enum<AllocationMethod>(), Gen.OneOf(Gen.Const(0), Gen.Int[0, 40]), Gen.Enum<ThresholdBase>(), Gen.Bool, Gen.Enum<TiePolicy>(), (input, method, percent, thresholdBase, runnerUp, ties) => (input, method, percent, thresholdBase, runnerUp, ties));

    /// <summary>Every method gives the oracle's seats, refusals and ties under both tie policies.</summary>
    [Fact]
    public void Every_method_gives_the_seats_refusals_and_ties_of_an_independent_brute_force_allocator()
    {
        OracleGenCase.Sample(c =>
        {
            var options = new AllocationOptions(c.Method, Threshold.Percent(c.Percent), c.Base, c.RunnerUp, c.Ties);
            var expected = AllocationOracle.Allocate(c.Input, c.Method, c.Percent, c.Base, c.RunnerUp, c.Ties);
            var act = () => SeatAllocator.Allocate(c.Input, options);
            if (expected.Refused is { } reason)
            {
                act.Should().Throw<ArgumentException>().WithParameterName("input").Which.Message.Should().Contain(reason).And.NotContain("(Parameter");
                return;
            }

            var result = act.Should().NotThrow().Subject;
            result.Lists.Select(l => l.Seats).Should().Equal(expected.Seats, "{0} under {1}", c.Input, options);
            result.UndecidedSeats.Should().Be(expected.Undecided);
            result.IsDecided.Should().Be(expected.Undecided == 0);
            result.Ties.Should().HaveCount(expected.Ties.Count);
            for (var t = 0; t < expected.Ties.Count; t++)
            {
                var tie = result.Ties[t];
                var want = expected.Ties[t];
                tie.Kind.Should().Be(want.Kind);
                tie.TiedListIds.Should().Equal(want.Tied);
                tie.ContestedSeats.Should().Be(want.Contested);
                tie.WinnerListIds.Should().Equal(want.Winners);
                tie.IsResolved.Should().Be(want.Resolved);
            }

            for (var i = 0; i < result.Lists.Count; i++)
            {
                if (expected.Remainders[i] is { } remainder)
                {
                    remainder.SameAs(result.Lists[i].Remainder!.Value).Should().BeTrue("the remainder of {0} is exact", result.Lists[i].ListId);
                }
            }
        }, iter: PropertyRuns.Cap(OracleIterations));
    }

    /// <summary>The case of the first-use report: Droop, 3 votes to 1, 10 seats has no answer and is refused.</summary>
    [Theory]
    [InlineData(TiePolicy.EarlierRegistrationWins)]
    [InlineData(TiePolicy.ReportUndecidable)]
    public void Droop_with_more_seats_left_than_lists_is_refused_not_filled_round_robin(TiePolicy ties)
    {
        var input = new AllocationInput(10, [new PartyListVotes("a", 3, 1), new PartyListVotes("b", 1, 2)]);
        var options = new AllocationOptions(AllocationMethod.DroopLargestRemainder, Threshold.None, ThresholdBase.ValidListVotes, runnerUpAdmission: false, ties);
        FluentActions.Invoking(() => SeatAllocator.Allocate(input, options))
            .Should().Throw<ArgumentException>().WithParameterName("input")
            .WithMessage("The Droop quota cannot allocate 10 seats with 4 eligible votes: the quota is 1 vote, whole quotas give 4 seats, and the 6 remaining seats are more than the 2 eligible lists, each of which can take at most one remainder seat. Use fewer seats or another method.");

        // Hare has an answer for the same votes: 7.5 and 2.5 quotas, so 7 and 2, and the last seat is a tie of equal remainders.
        var hare = SeatAllocator.Allocate(input, new AllocationOptions(AllocationMethod.HareLargestRemainder, Threshold.None, ThresholdBase.ValidListVotes, runnerUpAdmission: false, ties));
        hare.Ties.Should().ContainSingle().Which.TiedListIds.Should().Equal("a", "b");
        if (ties == TiePolicy.EarlierRegistrationWins)
        {
            hare.Lists.Select(l => l.Seats).Should().Equal(8, 2);
        }
        else
        {
            hare.Lists.Select(l => l.Seats).Should().Equal(7, 2);
            hare.UndecidedSeats.Should().Be(1);
        }
    }

    /// <summary>With the 2023 votes, the Droop quota for a huge number of seats is 1 vote and the rest is refused, not shared out.</summary>
    [Fact]
    public void Droop_with_the_2023_votes_and_the_most_seats_is_refused()
    {
        var input = new AllocationInput(AllocationInput.MaxSeats, [new PartyListVotes("amanat", 3431, 1), new PartyListVotes("auyl", 694, 2)]);
        var options = new AllocationOptions(AllocationMethod.DroopLargestRemainder, Threshold.None, ThresholdBase.ValidListVotes, runnerUpAdmission: false, TiePolicy.ReportUndecidable);
        FluentActions.Invoking(() => SeatAllocator.Allocate(input, options))
            .Should().Throw<ArgumentException>().WithMessage("The Droop quota cannot allocate 10000 seats with 4125 eligible votes*");
    }
}

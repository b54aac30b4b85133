using System.Globalization;
using CsCheck;
using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

/// <summary>
/// <see cref="SeatAllocator"/> with more lists than its scan handles (more than 16 eligible lists: the priority queue, and
/// for D'Hondt the lower quotas given at once) agrees with <see cref="AllocationOracle"/>; and the award order, built only
/// when <see cref="AllocationResult.Awards"/> is read, awards each list exactly its seats.
/// </summary>
public sealed partial class SeatAllocatorTests
{
    private const int Iterations = 400;

    /// <summary>17–40 lists with shuffled registration orders, few votes (ties common) or many, 1–60 seats.</summary>
    private static readonly Gen<(AllocationInput Input, AllocationMethod Method, TiePolicy Ties)> GenCase =
        Gen.Select(Gen.OneOf(Gen.Const(5L), Gen.Const(60L), Gen.Const(1_000_000L)).SelectMany(max => Gen.Long[1, max].Array[17, 40]), Gen.Int[1, 60])
            .SelectMany(t => Gen.Shuffle(Enumerable.Range(0, t.Item1.Length).ToArray()).Select(orders => new AllocationInput(
                t.Item2,
                t.Item1.Select((votes, i) => new PartyListVotes("L" + i.ToString(CultureInfo.InvariantCulture), votes, orders[i])))))
            .Select(Gen.Enum<AllocationMethod>(), Gen.Enum<TiePolicy>(), (input, method, ties) => (input, method, ties));

    /// <summary>Every method gives the oracle's seats, refusals and ties with many lists, under both tie policies.</summary>
    [Fact]
    public void Many_lists_give_the_seats_and_ties_of_the_brute_force_oracle()
    {
        GenCase.Sample(c =>
        {
            var options = new AllocationOptions(c.Method, Threshold.None, ThresholdBase.ValidListVotes, runnerUpAdmission: false, c.Ties);
            var expected = AllocationOracle.Allocate(c.Input, c.Method, 0, ThresholdBase.ValidListVotes, runnerUp: false, c.Ties);
            if (expected.Refused is not null)
            {
                FluentActions.Invoking(() => SeatAllocator.Allocate(c.Input, options)).Should().Throw<ArgumentException>();
                return;
            }

            var result = SeatAllocator.Allocate(c.Input, options);
            result.Lists.Select(l => l.Seats).Should().Equal(expected.Seats, "{0} under {1}", c.Input, options);
            result.UndecidedSeats.Should().Be(expected.Undecided);
            result.Ties.Select(t => (t.Kind, string.Join(",", t.TiedListIds), t.ContestedSeats, string.Join(",", t.WinnerListIds), t.IsResolved))
                .Should().Equal(expected.Ties.Select(t => (t.Kind, string.Join(",", t.Tied), t.Contested, string.Join(",", t.Winners), t.Resolved)));
        }, iter: PropertyRuns.Cap(Iterations));
    }

    /// <summary>The award order is built when read, once, and gives each list exactly its seats at non-increasing averages.</summary>
    [Fact]
    public void The_award_order_built_on_reading_gives_each_list_its_seats()
    {
        GenCase.Sample(c =>
        {
            var options = new AllocationOptions(c.Method, Threshold.None, ThresholdBase.ValidListVotes, runnerUpAdmission: false, c.Ties);
            AllocationResult result;
            try
            {
                result = SeatAllocator.Allocate(c.Input, options);
            }
            catch (ArgumentException)
            {
                return; // Droop with more seats left than lists: refused, as tested above.
            }

            var awards = result.Awards;
            result.Awards.Should().BeSameAs(awards, "the order is built once");
            if (c.Method is AllocationMethod.HareLargestRemainder or AllocationMethod.DroopLargestRemainder)
            {
                awards.Should().BeEmpty();
                return;
            }

            awards.Should().HaveCount(result.AllocatedSeats);
            awards.Select(a => a.SeatNumber).Should().Equal(Enumerable.Range(1, result.AllocatedSeats));
            awards.Zip(awards.Skip(1)).Should().NotContain(pair => pair.First.Average < pair.Second.Average);
            foreach (var list in result.Lists)
            {
                awards.Count(a => a.ListId == list.ListId).Should().Be(list.Seats, "list {0} under {1}", list.ListId, options);
            }
        }, iter: PropertyRuns.Cap(Iterations));
    }
}

using System.Globalization;
using System.Numerics;
using CsCheck;
using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

/// <summary>Properties that hold for every valid input, checked with CsCheck over random elections.</summary>
/// <remarks>
/// Each property runs twice: with few votes per list (0–12, so ties are frequent) and with many (up to a million).
/// </remarks>
public sealed partial class SeatAllocatorTests
{
    private const int PropertiesIterations = 1500;

    private static readonly Gen<AllocationOptions> GenOptions = Gen.Select(
        Gen.Enum<AllocationMethod>(),
        Gen.Int[0, 15],
        Gen.Enum<ThresholdBase>(),
        Gen.Bool,
        Gen.Enum<TiePolicy>(),
        (method, percent, thresholdBase, runnerUp, tiePolicy) =>
            new AllocationOptions(method, Threshold.Percent(percent), thresholdBase, runnerUp, tiePolicy));

    /// <summary>Allocate throws only the documented exception when no list passes.</summary>
    [Theory]
    [InlineData(12L)]
    [InlineData(1_000_000L)]
    public void Allocate_throws_only_the_documented_exception_when_no_list_passes(long maxVotes)
    {
        Gen.Select(GenInput(maxVotes, 150), GenOptions).Sample((input, options) =>
        {
            var baseVotes = options.ThresholdBase == ThresholdBase.AllBallots ? input.AllBallots!.Value : input.TotalListVotes;
            var percentage = options.Threshold.Percentage;
            var anyPasses = input.Lists.Any(l =>
                l.Votes > 0 && (BigInteger)l.Votes * 100 * percentage.Denominator >= percentage.Numerator * baseVotes);
            var act = () => SeatAllocator.Allocate(input, options);
            if (anyPasses && DroopHasNoAnswer(input, options))
            {
                act.Should().Throw<ArgumentException>().WithParameterName("input").WithMessage("The Droop quota cannot allocate*");
            }
            else if (anyPasses)
            {
                act.Should().NotThrow();
            }
            else
            {
                act.Should().Throw<ArgumentException>().WithParameterName("input").WithMessage("*more seats than can be placed*");
            }
        }, iter: PropertyRuns.Cap(PropertiesIterations));
    }

    /// <summary>Allocated plus undecided seats always equal the seats available.</summary>
    [Theory]
    [InlineData(12L)]
    [InlineData(1_000_000L)]
    public void Allocated_plus_undecided_seats_always_equal_the_seats_available(long maxVotes)
    {
        Gen.Select(GenInput(maxVotes, 150), GenOptions).Sample((input, options) =>
        {
            if (!TryAllocate(input, options, out var result))
            {
                return;
            }

            result.Lists.Sum(l => l.Seats).Should().Be(result.AllocatedSeats);
            (result.AllocatedSeats + result.UndecidedSeats).Should().Be(input.Seats);
            result.IsDecided.Should().Be(result.UndecidedSeats == 0);
            if (options.TiePolicy == TiePolicy.EarlierRegistrationWins)
            {
                result.IsDecided.Should().BeTrue();
                result.Lists.Sum(l => l.Seats).Should().Be(input.Seats);
            }

            result.Ties.Where(t => !t.IsResolved).Sum(t => t.ContestedSeats).Should().Be(result.UndecidedSeats);
        }, iter: PropertyRuns.Cap(PropertiesIterations));
    }

    /// <summary>Lists below the threshold and not admitted get no seats.</summary>
    [Theory]
    [InlineData(12L)]
    [InlineData(1_000_000L)]
    public void Lists_below_the_threshold_and_not_admitted_get_no_seats(long maxVotes)
    {
        Gen.Select(GenInput(maxVotes, 150), GenOptions).Sample((input, options) =>
        {
            if (!TryAllocate(input, options, out var result))
            {
                return;
            }

            result.Lists.Where(l => !l.IsEligible).Should().NotContain(l => l.Seats != 0);
            result.Lists.Where(l => l.AdmittedAsRunnerUp).Should().HaveCountLessThanOrEqualTo(1);
            if (result.Lists.Any(l => l.AdmittedAsRunnerUp))
            {
                options.RunnerUpAdmission.Should().BeTrue();
                result.Lists.Count(l => l.PassedThreshold).Should().Be(1);
            }
        }, iter: PropertyRuns.Cap(PropertiesIterations));
    }

    /// <summary>Under Hare every eligible list gets the floor or ceiling of its quota share.</summary>
    [Theory]
    [InlineData(12L)]
    [InlineData(1_000_000L)]
    public void Under_Hare_every_eligible_list_gets_the_floor_or_ceiling_of_its_quota_share(long maxVotes)
    {
        Gen.Select(GenInput(maxVotes, 150), GenOptions).Sample((input, options) =>
        {
            var hare = new AllocationOptions(AllocationMethod.HareLargestRemainder, options.Threshold, options.ThresholdBase, options.RunnerUpAdmission, options.TiePolicy);
            if (!TryAllocate(input, hare, out var result))
            {
                return;
            }

            foreach (var list in result.Lists.Where(l => l.IsEligible))
            {
                var share = list.QuotaShare!.Value;
                list.Seats.Should().BeInRange((int)share.Floor(), (int)share.Ceiling(), list.ListId);
                list.Quotient.Should().Be((int)share.Floor());
                var exactShare = new Rational((BigInteger)list.Votes * input.Seats, result.EligibleVotes);
                share.Should().Be(exactShare);
            }
        }, iter: PropertyRuns.Cap(PropertiesIterations));
    }

    /// <summary>Under Droop every eligible list gets the floor or ceiling of its quota share when votes outnumber seats squared.</summary>
    [Fact]
    public void Under_Droop_every_eligible_list_gets_the_floor_or_ceiling_of_its_quota_share_when_votes_outnumber_seats_squared()
    {
        // With eligible votes V > seats × (seats + 1), V / Droop quota > seats, so fewer seats remain after the quotients
        // than there are lists with a positive remainder.
        Gen.Select(GenInput(1_000_000, 50, minVotes: 3000), GenOptions).Sample((input, options) =>
        {
            var droop = new AllocationOptions(AllocationMethod.DroopLargestRemainder, options.Threshold, options.ThresholdBase, options.RunnerUpAdmission, options.TiePolicy);
            if (!TryAllocate(input, droop, out var result))
            {
                return;
            }

            result.Quota.Should().Be(Rational.FromInteger((result.EligibleVotes / (input.Seats + 1L)) + 1));
            foreach (var list in result.Lists.Where(l => l.IsEligible))
            {
                var share = list.QuotaShare!.Value;
                share.Should().Be(new Rational(list.Votes, result.Quota!.Value.Numerator));
                list.Seats.Should().BeInRange((int)share.Floor(), (int)share.Ceiling(), list.ListId);
            }
        }, iter: PropertyRuns.Cap(PropertiesIterations));
    }

    /// <summary>Results do not depend on the order the lists are given in.</summary>
    [Theory]
    [InlineData(12L)]
    [InlineData(1_000_000L)]
    public void Results_do_not_depend_on_the_order_the_lists_are_given_in(long maxVotes)
    {
        var gen = Gen.Select(GenInput(maxVotes, 150), GenOptions)
            .SelectMany(pair => Gen.Shuffle(pair.Item1.Lists.ToArray()).Select(shuffled => (pair.Item1, pair.Item2, shuffled)));

        gen.Sample((input, options, shuffled) =>
        {
            if (!TryAllocate(input, options, out var result))
            {
                return;
            }

            var permuted = SeatAllocator.Allocate(new AllocationInput(input.Seats, shuffled, input.AllBallots), options);

            foreach (var list in result.Lists)
            {
                permuted.ListFor(list.ListId).Should().Be(list);
            }

            permuted.UndecidedSeats.Should().Be(result.UndecidedSeats);
            permuted.Ties.Should().Equal(result.Ties);
            permuted.Quota.Should().Be(result.Quota);
            permuted.Awards.Should().Equal(result.Awards);
        }, iter: PropertyRuns.Cap(PropertiesIterations));
    }

    /// <summary>The priority queue agrees with a naive seat by seat reference.</summary>
    [Theory]
    [InlineData(12L)]
    [InlineData(1_000_000L)]
    public void The_priority_queue_agrees_with_a_naive_seat_by_seat_reference(long maxVotes)
    {
        Gen.Select(GenInput(maxVotes, 150), GenOptions).Sample((input, options) =>
        {
            var method = options.Method is AllocationMethod.HareLargestRemainder or AllocationMethod.DroopLargestRemainder
                ? AllocationMethod.DHondt
                : options.Method;
            var divisor = new AllocationOptions(method, options.Threshold, options.ThresholdBase, options.RunnerUpAdmission, TiePolicy.EarlierRegistrationWins);
            if (!TryAllocate(input, divisor, out var result))
            {
                return;
            }

            var eligible = result.Lists.Where(l => l.IsEligible).ToArray();
            ReferenceHighestAverages(eligible, input.Seats, method)
                .Should().Equal(eligible.Select(l => l.Seats), because: method.ToString());
            result.Awards.Should().HaveCount(input.Seats);
            result.Awards.Zip(result.Awards.Skip(1)).Should().NotContain(pair => pair.First.Average < pair.Second.Average);
        }, iter: PropertyRuns.Cap(PropertiesIterations));
    }

    /// <summary>Hare agrees with a naive sort of exact remainders.</summary>
    [Theory]
    [InlineData(12L)]
    [InlineData(1_000_000L)]
    public void Hare_agrees_with_a_naive_sort_of_exact_remainders(long maxVotes)
    {
        Gen.Select(GenInput(maxVotes, 150), GenOptions).Sample((input, options) =>
        {
            var hare = new AllocationOptions(AllocationMethod.HareLargestRemainder, options.Threshold, options.ThresholdBase, options.RunnerUpAdmission, TiePolicy.EarlierRegistrationWins);
            if (!TryAllocate(input, hare, out var result))
            {
                return;
            }

            var eligible = result.Lists.Where(l => l.IsEligible).ToArray();
            var total = eligible.Sum(l => l.Votes);
            var shares = eligible.Select(l => new Rational((BigInteger)l.Votes * input.Seats, total)).ToArray();
            var seats = shares.Select(s => (int)s.Floor()).ToArray();
            var remainders = shares.Select((s, i) => new Rational(s.Numerator - (seats[i] * s.Denominator), s.Denominator)).ToArray();
            var remaining = input.Seats - seats.Sum();
            foreach (var i in Enumerable.Range(0, eligible.Length)
                .OrderByDescending(i => remainders[i])
                .ThenBy(i => eligible[i].RegistrationOrder)
                .Take(remaining))
            {
                seats[i]++;
            }

            eligible.Select(l => l.Seats).Should().Equal(seats);
        }, iter: PropertyRuns.Cap(PropertiesIterations));
    }

    private static bool TryAllocate(AllocationInput input, AllocationOptions options, out AllocationResult result)
    {
        try
        {
            result = SeatAllocator.Allocate(input, options);
            return true;
        }
        catch (ArgumentException e) when (e.Message.Contains("more seats than can be placed", StringComparison.Ordinal)
            || e.Message.StartsWith("The Droop quota cannot allocate", StringComparison.Ordinal))
        {
            result = null!;
            return false;
        }
    }

    /// <summary>Whether the oracle finds that Droop leaves more seats after the whole quotas than there are eligible lists.</summary>
    private static bool DroopHasNoAnswer(AllocationInput input, AllocationOptions options) =>
        options.Method == AllocationMethod.DroopLargestRemainder
        && AllocationOracle.Allocate(input, options.Method, (int)options.Threshold.Percentage.Numerator, options.ThresholdBase, options.RunnerUpAdmission, options.TiePolicy).Refused == "cannot allocate";

    /// <summary>Random valid inputs: 1–10 lists with shuffled registration orders, and all ballots ≥ the list votes.</summary>
    private static Gen<AllocationInput> GenInput(long maxVotes, int maxSeats, long minVotes = 0) =>
        Gen.Select(Gen.Int[1, maxSeats], Gen.Long[minVotes, maxVotes].Array[1, 10], Gen.Long[0, maxVotes])
            .SelectMany(t => Gen.Shuffle(Enumerable.Range(1, t.Item2.Length).ToArray()).Select(orders => new AllocationInput(
                t.Item1,
                t.Item2.Select((votes, i) => new PartyListVotes("L" + i.ToString(CultureInfo.InvariantCulture), votes, orders[i] * 10)),
                t.Item2.Sum() + t.Item3)));

    /// <summary>The textbook algorithm: give each seat in turn to the highest average, found by a linear scan.</summary>
    private static int[] ReferenceHighestAverages(ListAllocation[] lists, int seats, AllocationMethod method)
    {
        var held = new int[lists.Length];
        for (var seat = 0; seat < seats; seat++)
        {
            var best = -1;
            var bestAverage = Rational.Zero;
            for (var i = 0; i < lists.Length; i++)
            {
                var divisor = method switch
                {
                    AllocationMethod.DHondt => Rational.FromInteger(held[i] + 1),
                    AllocationMethod.SainteLague => Rational.FromInteger((2 * held[i]) + 1),
                    _ => held[i] == 0 ? new Rational(7, 5) : Rational.FromInteger((2 * held[i]) + 1),
                };
                var average = new Rational(lists[i].Votes * divisor.Denominator, divisor.Numerator);
                if (best < 0 || average > bestAverage || (average == bestAverage && lists[i].RegistrationOrder < lists[best].RegistrationOrder))
                {
                    best = i;
                    bestAverage = average;
                }
            }

            held[best]++;
        }

        return held;
    }
}

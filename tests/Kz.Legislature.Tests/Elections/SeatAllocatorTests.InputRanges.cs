using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

/// <summary>Every numeric input of an allocation has a documented range, checked up front with a sentence a person can act on.</summary>
public sealed partial class SeatAllocatorTests
{
    private static readonly PartyListVotes[] Two = [new("a", 3, 1), new("b", 1, 2)];

    /// <summary>Seats outside 1 to MaxSeats are refused before any work, for every method.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(AllocationInput.MaxSeats + 1)]
    [InlineData(int.MaxValue)]
    public void Seats_outside_the_documented_range_are_refused_up_front(int seats)
    {
        FluentActions.Invoking(() => new AllocationInput(seats, Two))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("seats")
            .WithMessage($"The number of seats must be between 1 and 10000, not {seats}.");
    }

    /// <summary>The most seats allocate quickly under every method, with one award per seat for the divisor methods.</summary>
    [Theory]
    [InlineData(AllocationMethod.DHondt)]
    [InlineData(AllocationMethod.SainteLague)]
    [InlineData(AllocationMethod.ModifiedSainteLague)]
    [InlineData(AllocationMethod.HareLargestRemainder)]
    public void The_most_seats_are_allocated_in_full(AllocationMethod method)
    {
        var input = new AllocationInput(AllocationInput.MaxSeats, [new("a", 3_431_510, 1), new("b", 693_938, 2), new("c", 547_154, 3)]);
        var result = SeatAllocator.Allocate(input, new AllocationOptions(method, Threshold.None, ThresholdBase.ValidListVotes, runnerUpAdmission: false, TiePolicy.ReportUndecidable));
        (result.AllocatedSeats + result.UndecidedSeats).Should().Be(AllocationInput.MaxSeats);
        result.Lists.Sum(l => l.Seats).Should().Be(result.AllocatedSeats);
    }

    /// <summary>More lists than MaxLists are refused, without reading the rest of the sequence.</summary>
    [Fact]
    public void More_lists_than_the_documented_range_are_refused()
    {
        static IEnumerable<PartyListVotes> Endless()
        {
            for (var i = 0; ; i++)
            {
                yield return new PartyListVotes("L" + i, 1, i);
            }
        }

        FluentActions.Invoking(() => new AllocationInput(10, Endless()))
            .Should().Throw<ArgumentException>().WithParameterName("lists")
            .WithMessage("There are more than 1000 party lists; at most 1000 are accepted.");
        new AllocationInput(10, Endless().Take(AllocationInput.MaxLists)).Lists.Should().HaveCount(AllocationInput.MaxLists);
    }

    /// <summary>Negative votes, registration orders and ballots are refused with the list and the range, and no .NET wording.</summary>
    [Fact]
    public void Negative_votes_orders_and_ballots_are_refused_with_a_plain_sentence()
    {
        FluentActions.Invoking(() => new PartyListVotes("ak-zhol", -1, 1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("votes").WithMessage("The votes of list 'ak-zhol' must be a whole number from 0, not -1.");
        FluentActions.Invoking(() => new PartyListVotes("ak-zhol", 1, -1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("registrationOrder").WithMessage("The registration order of list 'ak-zhol' must be a whole number from 0 to 2147483647, not -1.");
        FluentActions.Invoking(() => new AllocationInput(5, Two, -1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("allBallots").WithMessage("All ballots must not be negative, not -1.");
        FluentActions.Invoking(() => new AllocationInput(5, Two, 3)).Should().Throw<ArgumentException>()
            .WithParameterName("allBallots").WithMessage("All ballots (3) must be at least the sum of the list votes (4).");
        new PartyListVotes("a", 0, 0).RegistrationOrder.Should().Be(0);
    }

    /// <summary>Threshold.FromPercent takes a decimal exactly as written, within 0–100 and 10 decimal places.</summary>
    [Fact]
    public void A_decimal_threshold_is_exact_within_its_documented_precision()
    {
        Threshold.FromPercent(5m).Should().Be(Threshold.Percent(5));
        Threshold.FromPercent(5.5m).Should().Be(Threshold.Percent(11, 2));
        Threshold.FromPercent(7.00m).Should().Be(Threshold.Percent(7));
        Threshold.FromPercent(0m).Should().BeSameAs(Threshold.None);
        Threshold.FromPercent(100m).Should().Be(Threshold.Percent(100));
        Threshold.FromPercent(5.5555555555m).Fraction.Should().Be(new Rational(55_555_555_555, 1_000_000_000_000));

        FluentActions.Invoking(() => Threshold.FromPercent(5.5555555555555555555555m)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("percent").WithMessage("A threshold may have at most 10 decimal places, but 5.5555555555555555555555 has 22.");
        FluentActions.Invoking(() => Threshold.FromPercent(100.5m)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("A threshold must be between 0 and 100 percent, not 100.5.");
        FluentActions.Invoking(() => Threshold.FromPercent(-1m)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("A threshold must be between 0 and 100 percent, not -1.");
        FluentActions.Invoking(() => Threshold.Percent(101)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("A threshold must be between 0 and 100 percent, not 101.");
    }
}

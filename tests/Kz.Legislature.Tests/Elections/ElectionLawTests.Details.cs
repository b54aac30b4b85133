using System.Globalization;
using System.Numerics;
using Kz.Legislature.Elections;
using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;
using static Kz.Legislature.Tests.Elections.SeatAllocatorTests;

namespace Kz.Legislature.Tests.Elections;

/// <summary>
/// The details of the election rules: how <see cref="ElectionLaw"/> maps an electoral system, the text and equality of
/// <see cref="TieResolution"/>, the runner-up rule, exact arithmetic with huge vote counts, and the limits of
/// <see cref="Threshold"/> and <see cref="Rational"/>.
/// </summary>
public sealed partial class ElectionLawTests
{
    private static readonly Provenance Synthetic = new([new SourceReference(new Uri("https://example.org/synthetic"), "Synthetic test data")], Confidence.High);

    private static readonly Term Period = new(new LocalDate(2030, 1, 1), null);

    private static ElectoralSystem System(decimal? percent, ThresholdBase? thresholdBase, AllocationMethod? method, bool? runnerUp = null, TiePolicy? tiePolicy = null) =>
        new(SeatSource.PartyList, Period, percent, thresholdBase, method, runnerUp, tiePolicy, Synthetic);

    /// <summary>The message of an unknown system names every missing part, in order.</summary>
    [Fact]
    public void The_message_of_an_unknown_system_names_every_missing_part()
    {
        FluentActions.Invoking(() => ElectionLaw.ToAllocationOptions(System(null, null, null)))
            .Should().Throw<InvalidOperationException>()
            .WithMessage("The party-list system in force [2030-01-01, …) is not fully known (missing: threshold, threshold base, allocation method); pass AllocationOptions explicitly.");
        FluentActions.Invoking(() => ElectionLaw.ToAllocationOptions(System(5m, null, AllocationMethod.DHondt)))
            .Should().Throw<InvalidOperationException>()
            .WithMessage("The party-list system in force [2030-01-01, …) is not fully known (missing: threshold base); pass AllocationOptions explicitly.");
        FluentActions.Invoking(() => ElectionLaw.ToAllocationOptions(System(5m, ThresholdBase.AllBallots, null)))
            .Should().Throw<InvalidOperationException>()
            .WithMessage("The party-list system in force [2030-01-01, …) is not fully known (missing: allocation method); pass AllocationOptions explicitly.");
    }

    /// <summary>A fractional threshold percentage becomes the exact fraction, and zero becomes no threshold.</summary>
    [Theory]
    [InlineData("5.5", 11, 2)]
    [InlineData("0.25", 1, 4)]
    [InlineData("7", 7, 1)]
    [InlineData("0", 0, 1)]
    public void A_threshold_percentage_becomes_the_exact_fraction(string percent, long numerator, long denominator)
    {
        var options = ElectionLaw.ToAllocationOptions(System(decimal.Parse(percent, CultureInfo.InvariantCulture), ThresholdBase.AllBallots, AllocationMethod.HareLargestRemainder));

        options.Threshold.Should().Be(Threshold.Percent(numerator, denominator));
        options.Threshold.Percentage.Should().Be(new Rational(numerator, denominator));
    }

    /// <summary>Unknown runner-up and tie rules default to no admission and undecidable ties; known ones are kept.</summary>
    [Fact]
    public void Unknown_runner_up_and_tie_rules_default_and_known_ones_are_kept()
    {
        var unknown = ElectionLaw.ToAllocationOptions(System(5m, ThresholdBase.ValidListVotes, AllocationMethod.DHondt));
        unknown.Should().Be(new AllocationOptions(AllocationMethod.DHondt, Threshold.Percent(5), ThresholdBase.ValidListVotes, runnerUpAdmission: false, TiePolicy.ReportUndecidable));

        var known = ElectionLaw.ToAllocationOptions(System(7m, ThresholdBase.AllBallots, AllocationMethod.SainteLague, runnerUp: true, TiePolicy.EarlierRegistrationWins));
        known.Should().Be(new AllocationOptions(AllocationMethod.SainteLague, Threshold.Percent(7), ThresholdBase.AllBallots, runnerUpAdmission: true, TiePolicy.EarlierRegistrationWins));
    }

    /// <summary>The law's entry points reject null arguments with the parameter's name.</summary>
    [Fact]
    public void The_entry_points_reject_null_arguments_by_name()
    {
        var input = Input(3, 1000, ("a", 600));
        var date = new LocalDate(2023, 3, 19);

        FluentActions.Invoking(() => ElectionLaw.ToAllocationOptions(null!)).Should().Throw<ArgumentNullException>().WithParameterName("system");
        FluentActions.Invoking(() => ElectionLaw.PartyListSystemOn(null!, date, ChamberKind.Mazhilis)).Should().Throw<ArgumentNullException>().WithParameterName("history");
        FluentActions.Invoking(() => ElectionLaw.Allocate(History, date, ChamberKind.Mazhilis, null!)).Should().Throw<ArgumentNullException>().WithParameterName("input");
        var withoutVotes = History.Elections.First(e => ElectionLaw.ToAllocationInput(e) is null);
        FluentActions.Invoking(() => ElectionLaw.Replay(null!, withoutVotes)).Should().Throw<ArgumentNullException>().WithParameterName("history");
        FluentActions.Invoking(() => ElectionLaw.ToAllocationInput(null!)).Should().Throw<ArgumentNullException>().WithParameterName("election");
        FluentActions.Invoking(() => SeatAllocator.Allocate(input, AllocationOptions.Kazakhstan2023).ListFor(null!)).Should().Throw<ArgumentNullException>().WithParameterName("listId");
    }

    /// <summary>Elections without published list votes or shares replay to null instead of failing.</summary>
    [Fact]
    public void Elections_without_list_votes_replay_to_null()
    {
        var withoutVotes = History.Elections.Where(e => ElectionLaw.ToAllocationInput(e) is null).ToList();

        withoutVotes.Should().NotBeEmpty();
        withoutVotes.Should().AllSatisfy(e => ElectionLaw.Replay(History, e).Should().BeNull());
    }

    /// <summary>An election where one list has only votes and another only a share has no consistent input.</summary>
    [Fact]
    public void Mixed_votes_and_shares_give_no_input()
    {
        var election = new Election(
            "synthetic-mixed", ChamberKind.Mazhilis, ElectionKind.Regular, [new LocalDate(2030, 1, 1)], 2, null, null, null, null,
            [new ElectionResult("a", null, null, 100, 1, 1, null), new ElectionResult("b", null, 40m, null, 1, 1, null)],
            [],
            Synthetic);

        ElectionLaw.ToAllocationInput(election).Should().BeNull();
    }

    /// <summary>The runner-up is the non-passing list with the most votes, not the one registered first, and no tie is reported.</summary>
    [Fact]
    public void The_runner_up_is_the_list_with_the_most_votes_not_the_earliest()
    {
        var options = new AllocationOptions(
            AllocationMethod.HareLargestRemainder, Threshold.Percent(7), ThresholdBase.AllBallots, runnerUpAdmission: true, TiePolicy.EarlierRegistrationWins);

        var result = SeatAllocator.Allocate(Input(98, 10000, ("Dominant", 9000), ("Smaller", 400), ("Larger", 600)), options);

        result.ListFor("Larger").AdmittedAsRunnerUp.Should().BeTrue();
        result.ListFor("Smaller").AdmittedAsRunnerUp.Should().BeFalse();
        result.ListFor("Smaller").Seats.Should().Be(0);
        result.Ties.Should().BeEmpty();
    }

    /// <summary>Quota shares are exact even when votes × seats exceeds a 64-bit integer.</summary>
    [Fact]
    public void Quota_shares_are_exact_beyond_64_bits()
    {
        var result = SeatAllocator.Allocate(Input(3, null, ("A", 5_000_000_000_000_000_000), ("B", 4_000_000_000_000_000_000)), NoThreshold(AllocationMethod.HareLargestRemainder));

        result.ListFor("A").QuotaShare.Should().Be(new Rational(5, 3));
        result.ListFor("B").QuotaShare.Should().Be(new Rational(4, 3));
        Seats(result).Should().Equal(2, 1);
    }

    /// <summary>Averages are compared exactly even when votes × divisor exceeds 64 bits.</summary>
    [Fact]
    public void Averages_are_compared_exactly_beyond_64_bits()
    {
        var result = SeatAllocator.Allocate(
            Input(3, null, ("A", 5_000_000_000_000_000_000), ("B", 4_000_000_000_000_000_000)), NoThreshold(AllocationMethod.ModifiedSainteLague));

        result.Awards.Select(a => a.ListId).Should().Equal("A", "B", "A");
        result.Awards[2].Average.Should().Be(new Rational(new BigInteger(5_000_000_000_000_000_000), 3));
        result.ListFor("B").QuotaShare.Should().Be(new Rational(4, 3));
        Seats(result).Should().Equal(2, 1);
    }

    /// <summary>A tie describes what was contested, for how many seats, and its outcome.</summary>
    [Fact]
    public void A_tie_describes_itself_in_one_sentence()
    {
        new TieResolution(TieKind.Remainder, new Rational(1, 2), 2, ["A", "B", "C"], ["A", "B"], isResolved: true).ToString()
            .Should().Be("A, B, C tied with equal remainders of 1/2 (0.5000) votes for 2 seats: won by A, B (registered earlier).");
        new TieResolution(TieKind.HighestAverage, Rational.FromInteger(7), 1, ["A", "B"], [], isResolved: false).ToString()
            .Should().Be("A, B tied with equal averages of 7 (7.0000) for 1 seat: left undecided.");
        new TieResolution(TieKind.RunnerUpAdmission, Rational.FromInteger(40), 1, ["A", "B"], ["A"], isResolved: true).ToString()
            .Should().Be("A, B tied with equal votes (40) for admission as runner-up for 1 admission: won by A (registered earlier).");
    }

    /// <summary>Ties are equal only when every field is equal; distinct ties hash apart.</summary>
    [Fact]
    public void Ties_are_equal_only_when_every_field_is_equal()
    {
        static TieResolution Tie(TieKind kind = TieKind.Remainder, int value = 100, int seats = 1, string[]? tied = null, string[]? winners = null, bool resolved = true) =>
            new(kind, Rational.FromInteger(value), seats, tied ?? ["A", "B"], winners ?? (resolved ? new[] { "A" } : Array.Empty<string>()), resolved);

        var tie = Tie();
        tie.Should().Be(Tie());
        tie.GetHashCode().Should().Be(Tie().GetHashCode());

        var others = new[]
        {
            Tie(kind: TieKind.HighestAverage),
            Tie(value: 200),
            Tie(seats: 2),
            Tie(resolved: false),
            Tie(tied: ["A", "C"]),
            Tie(winners: ["B"]),
        };
        foreach (var other in others)
        {
            tie.Equals(other).Should().BeFalse(other.ToString());
        }

        // Distinct values hash apart (a collision of the randomised 32-bit hash is a 1 in 4 billion chance);
        // the winners are not hashed, so the last one is left out.
        foreach (var other in others[..^1])
        {
            tie.GetHashCode().Should().NotBe(other.GetHashCode(), other.ToString());
        }

        tie.Equals(null).Should().BeFalse();
    }

    /// <summary>Thresholds print terminating decimals with the fewest digits and reject impossible values.</summary>
    [Fact]
    public void Thresholds_print_terminating_decimals_and_reject_impossible_values()
    {
        Threshold.Percent(1, 5).ToString().Should().Be("0.2%");
        Threshold.Percent(1, 10).ToString().Should().Be("0.1%");
        Threshold.Percent(3, 20).ToString().Should().Be("0.15%");
        Threshold.Percent(1, 1_048_576).ToString().Should().Be("0.00000095367431640625%");
        Threshold.Percent(1, 2_097_152).ToString().Should().Be("1/2097152%");
        Threshold.Percent(100).ToString().Should().Be("100%");
        Threshold.FromFraction(1, 1).Should().Be(Threshold.Percent(100));

        FluentActions.Invoking(() => Threshold.Percent(5, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominator");
        FluentActions.Invoking(() => Threshold.Percent(5, 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("denominator").Which.Message.Should().NotContain("fraction");
        FluentActions.Invoking(() => Threshold.Percent(10001, 100)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator");
        FluentActions.Invoking(() => Threshold.FromFraction(2, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator");
    }

    /// <summary>Rationals format up to 50 decimals and compare with less-or-equal.</summary>
    [Fact]
    public void Rationals_format_up_to_50_decimals_and_compare()
    {
        new Rational(1, 3).ToDecimalString(50).Should().Be("0." + new string('3', 50));
        FluentActions.Invoking(() => new Rational(1, 3).ToDecimalString(51)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("decimals");
        (new Rational(1, 2) <= new Rational(2, 4)).Should().BeTrue();
        (new Rational(1, 2) <= new Rational(1, 3)).Should().BeFalse();
        new Rational(-1, 3).ToDecimalString(2).Should().Be("-0.33");
        new Rational(-1, 1000).ToDecimalString(2).Should().Be("0.00");
    }
}

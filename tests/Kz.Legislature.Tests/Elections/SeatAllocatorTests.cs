using System.Globalization;
using Kz.Legislature.Elections;
using static Kz.Legislature.Tests.Elections.SeatAllocatorTests;

namespace Kz.Legislature.Tests.Elections;

/// <summary>Thresholds, the runner-up rule, ties, the methods and the explanation of <see cref="SeatAllocator"/>.</summary>
public sealed partial class SeatAllocatorTests
{
    /// <summary>A list with exactly the threshold share passes and one vote less does not.</summary>
    [Fact]
    public void A_list_with_exactly_the_threshold_share_passes_and_one_vote_less_does_not()
    {
        var input = Input(10, 10000, ("Exactly five percent", 500), ("One vote short", 499), ("Big", 8000));

        var result = SeatAllocator.Allocate(input, AllocationOptions.Kazakhstan2023);

        result.ListFor("Exactly five percent").PassedThreshold.Should().BeTrue();
        result.ListFor("One vote short").PassedThreshold.Should().BeFalse();
        result.ListFor("One vote short").Seats.Should().Be(0);
    }

    /// <summary>The threshold base decides whether a list passes.</summary>
    [Fact]
    public void The_threshold_base_decides_whether_a_list_passes()
    {
        // 600 is 5.45 % of the 11000 list votes but only 4.62 % of 13000 ballots.
        var input = Input(20, 13000, ("Small", 600), ("Big", 10400));
        var ofListVotes = new AllocationOptions(
            AllocationMethod.HareLargestRemainder, Threshold.Percent(5), ThresholdBase.ValidListVotes, runnerUpAdmission: false, TiePolicy.EarlierRegistrationWins);

        SeatAllocator.Allocate(input, ofListVotes).ListFor("Small").Seats.Should().Be(1);
        SeatAllocator.Allocate(input, AllocationOptions.Kazakhstan2023).ListFor("Small").Seats.Should().Be(0);
    }

    /// <summary>A fractional threshold is compared exactly.</summary>
    [Fact]
    public void A_fractional_threshold_is_compared_exactly()
    {
        var options = new AllocationOptions(
            AllocationMethod.HareLargestRemainder, Threshold.Percent(11, 2), ThresholdBase.AllBallots, runnerUpAdmission: false, TiePolicy.EarlierRegistrationWins);
        var input = Input(10, 2000, ("At 5.5 %", 110), ("Below 5.5 %", 109), ("Big", 1700));

        var result = SeatAllocator.Allocate(input, options);

        result.ThresholdVotes.Should().Be(110);
        result.ListFor("At 5.5 %").PassedThreshold.Should().BeTrue();
        result.ListFor("Below 5.5 %").PassedThreshold.Should().BeFalse();
    }

    /// <summary>The runner up rule admits the next list only when exactly one list passes.</summary>
    [Fact]
    public void The_runner_up_rule_admits_the_next_list_only_when_exactly_one_list_passes()
    {
        var options = new AllocationOptions(
            AllocationMethod.HareLargestRemainder, Threshold.Percent(7), ThresholdBase.AllBallots, runnerUpAdmission: true, TiePolicy.EarlierRegistrationWins);
        var one = Input(98, 10000, ("Dominant", 9000), ("Second", 600), ("Third", 400));
        var two = Input(98, 10000, ("Dominant", 8500), ("Second", 800), ("Third", 650));

        var admitted = SeatAllocator.Allocate(one, options);
        var notNeeded = SeatAllocator.Allocate(two, options);

        admitted.ListFor("Second").AdmittedAsRunnerUp.Should().BeTrue();
        admitted.ListFor("Second").Seats.Should().BeGreaterThan(0);
        admitted.ListFor("Third").IsEligible.Should().BeFalse();
        admitted.ListFor("Third").Seats.Should().Be(0);
        notNeeded.Lists.Should().NotContain(l => l.AdmittedAsRunnerUp);
        notNeeded.ListFor("Third").Seats.Should().Be(0);
    }

    /// <summary>A tie for runner up goes to the list registered earlier.</summary>
    [Fact]
    public void A_tie_for_runner_up_goes_to_the_list_registered_earlier()
    {
        var options = new AllocationOptions(
            AllocationMethod.HareLargestRemainder, Threshold.Percent(7), ThresholdBase.AllBallots, runnerUpAdmission: true, TiePolicy.ReportUndecidable);
        var input = new AllocationInput(
            98,
            [new PartyListVotes("Dominant", 9000, 1), new PartyListVotes("Later", 400, 3), new PartyListVotes("Earlier", 400, 2)],
            10000);

        var result = SeatAllocator.Allocate(input, options);

        result.ListFor("Earlier").AdmittedAsRunnerUp.Should().BeTrue();
        result.ListFor("Later").AdmittedAsRunnerUp.Should().BeFalse();
        var tie = result.Ties.Should().ContainSingle().Subject;
        tie.Kind.Should().Be(TieKind.RunnerUpAdmission);
        tie.TiedListIds.Should().Equal("Earlier", "Later");
        tie.WinnerListIds.Should().Equal("Earlier");
        tie.TiedValue.Should().Be(Rational.FromInteger(400));
        tie.IsResolved.Should().BeTrue();
    }

    /// <summary>A remainder tie goes to the list registered earlier.</summary>
    [Fact]
    public void A_remainder_tie_goes_to_the_list_registered_earlier()
    {
        // 3 seats, 500 votes: quota 500/3; remainders A 0.8, B 0.6, C 0.6 quotas. A takes a remainder seat; B and C tie for the last.
        var input = new AllocationInput(
            3,
            [new PartyListVotes("A", 300, 1), new PartyListVotes("B", 100, 3), new PartyListVotes("C", 100, 2)]);

        var result = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.HareLargestRemainder));

        result.SeatsFor("A").Should().Be(2);
        result.SeatsFor("C").Should().Be(1);
        result.SeatsFor("B").Should().Be(0);
        var tie = result.Ties.Should().ContainSingle().Subject;
        tie.Should().BeEquivalentTo(new
        {
            Kind = TieKind.Remainder,
            ContestedSeats = 1,
            TiedListIds = new[] { "C", "B" },
            WinnerListIds = new[] { "C" },
            IsResolved = true,
        });
        tie.TiedValue.Should().Be(result.ListFor("B").Remainder!.Value);
        result.IsDecided.Should().BeTrue();
    }

    /// <summary>Under ReportUndecidable a remainder tie leaves the last seat undecided.</summary>
    [Fact]
    public void Under_ReportUndecidable_a_remainder_tie_leaves_the_last_seat_undecided()
    {
        var input = new AllocationInput(
            3,
            [new PartyListVotes("A", 300, 1), new PartyListVotes("B", 100, 3), new PartyListVotes("C", 100, 2)]);

        var result = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.HareLargestRemainder, TiePolicy.ReportUndecidable));

        Seats(result).Should().Equal(2, 0, 0);
        result.IsDecided.Should().BeFalse();
        result.UndecidedSeats.Should().Be(1);
        result.AllocatedSeats.Should().Be(2);
        var tie = result.Ties.Should().ContainSingle().Subject;
        tie.IsResolved.Should().BeFalse();
        tie.WinnerListIds.Should().BeEmpty();
        tie.TiedListIds.Should().Equal("C", "B");
        result.Explain().Should().Contain("1 seat undecided");
    }

    /// <summary>A tie among more lists than seats reports every contested seat.</summary>
    [Fact]
    public void A_tie_among_more_lists_than_seats_reports_every_contested_seat()
    {
        var input = Input(2, null, ("A", 100), ("B", 100), ("C", 100));

        var decided = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.HareLargestRemainder));
        var undecided = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.HareLargestRemainder, TiePolicy.ReportUndecidable));

        Seats(decided).Should().Equal(1, 1, 0);
        decided.Ties.Single().ContestedSeats.Should().Be(2);
        Seats(undecided).Should().Equal(0, 0, 0);
        undecided.UndecidedSeats.Should().Be(2);
    }

    /// <summary>A tie that every tied list can win is not a tie.</summary>
    [Fact]
    public void A_tie_that_every_tied_list_can_win_is_not_a_tie()
    {
        var input = Input(4, null, ("A", 100), ("B", 100));

        var result = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.DHondt, TiePolicy.ReportUndecidable));

        Seats(result).Should().Equal(2, 2);
        result.Ties.Should().BeEmpty();
        result.IsDecided.Should().BeTrue();
    }

    /// <summary>A D'Hondt tie for the last seats goes to the lists registered earlier.</summary>
    [Fact]
    public void A_DHondt_tie_for_the_last_seats_goes_to_the_lists_registered_earlier()
    {
        // Averages: A 600, 300, 200; B 300; C 300. After A's first seat, A/2, B and C tie at 300 for the last 2 seats.
        var input = Input(3, null, ("A", 600), ("B", 300), ("C", 300));

        var result = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.DHondt));

        Seats(result).Should().Equal(2, 1, 0);
        var tie = result.Ties.Should().ContainSingle().Subject;
        tie.Kind.Should().Be(TieKind.HighestAverage);
        tie.TiedValue.Should().Be(Rational.FromInteger(300));
        tie.ContestedSeats.Should().Be(2);
        tie.TiedListIds.Should().Equal("A", "B", "C");
        tie.WinnerListIds.Should().Equal("A", "B");
    }

    /// <summary>Under ReportUndecidable a D'Hondt tie withdraws the contested awards.</summary>
    [Fact]
    public void Under_ReportUndecidable_a_DHondt_tie_withdraws_the_contested_awards()
    {
        var input = Input(3, null, ("A", 600), ("B", 300), ("C", 300));

        var result = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.DHondt, TiePolicy.ReportUndecidable));

        Seats(result).Should().Equal(1, 0, 0);
        result.UndecidedSeats.Should().Be(2);
        result.Awards.Should().ContainSingle().Which.ListId.Should().Be("A");
        result.Ties.Single().IsResolved.Should().BeFalse();
    }

    /// <summary>Droop uses the whole number quota and largest remainders.</summary>
    [Fact]
    public void Droop_uses_the_whole_number_quota_and_largest_remainders()
    {
        var input = Input(10, null, ("A", 47000), ("B", 16000), ("C", 15800), ("D", 12000), ("E", 6100), ("F", 3100));

        var result = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.DroopLargestRemainder));

        // Droop quota = floor(100000 / 11) + 1 = 9091.
        result.Quota.Should().Be(Rational.FromInteger(9091));
        result.Lists.Select(l => l.Quotient).Should().Equal(5, 1, 1, 1, 0, 0);
        result.ListFor("B").Remainder.Should().Be(Rational.FromInteger(16000 - 9091));
        Seats(result).Should().Equal(5, 2, 2, 1, 0, 0);
    }

    /// <summary>Droop with fewer votes than seats is refused: the method has no answer for the seats left after one remainder seat per list.</summary>
    [Fact]
    public void Droop_with_fewer_votes_than_seats_is_refused_rather_than_filled_in_rounds()
    {
        // Quota floor(3 / 11) + 1 = 1: quotients 2 and 1 leave 7 seats for 2 lists, each of which can take one remainder seat.
        var input = Input(10, null, ("A", 2), ("B", 1));

        var act = () => SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.DroopLargestRemainder));

        act.Should().Throw<ArgumentException>().WithParameterName("input")
            .WithMessage("The Droop quota cannot allocate 10 seats with 3 eligible votes*the 7 remaining seats are more than the 2 eligible lists*");
    }

    /// <summary>Modified Sainte-Laguë starts with the divisor one point four.</summary>
    [Fact]
    public void Modified_Sainte_Lague_starts_with_the_divisor_one_point_four()
    {
        var input = Input(10, null, ("A", 47000), ("B", 16000), ("C", 15800), ("D", 12000), ("E", 6100), ("F", 3100));

        var modified = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.ModifiedSainteLague));
        var plain = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.SainteLague));

        // The first divisor 1.4 holds back the small lists: E's 6100/1.4 ≈ 4357 misses, so A gets a 5th seat (47000/9 ≈ 5222).
        Seats(modified).Should().Equal(5, 2, 2, 1, 0, 0);
        Seats(plain).Should().Equal(4, 2, 2, 1, 1, 0);
        modified.Awards[0].Divisor.Should().Be(new Rational(7, 5));
        modified.Awards[0].Average.Should().Be(new Rational(47000 * 5, 7));
        modified.Awards[1].Divisor.Should().Be(Rational.FromInteger(3));
        modified.Awards.Select(a => a.SeatNumber).Should().Equal(Enumerable.Range(1, 10));
        modified.Quota.Should().BeNull();
        modified.Lists.Should().OnlyContain(l => l.Quotient == null && l.Remainder == null);
    }

    /// <summary>Divisor methods report the ideal share of each list.</summary>
    [Fact]
    public void Divisor_methods_report_the_ideal_share_of_each_list()
    {
        var input = Input(10, null, ("A", 47000), ("B", 16000), ("C", 15800), ("D", 12000), ("E", 6100), ("F", 3100));

        var result = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.DHondt));

        result.ListFor("A").QuotaShare.Should().Be(new Rational(47, 10));
    }

    /// <summary>A list with no votes never passes even without a threshold.</summary>
    [Fact]
    public void A_list_with_no_votes_never_passes_even_without_a_threshold()
    {
        var input = Input(5, null, ("Voted", 10), ("Empty", 0));

        var result = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.SainteLague));

        result.ListFor("Empty").PassedThreshold.Should().BeFalse();
        Seats(result).Should().Equal(5, 0);
    }

    /// <summary>Ten thousand seats among a thousand lists are all placed by every method.</summary>
    [Fact]
    public void Ten_thousand_seats_among_a_thousand_lists_are_all_placed_by_every_method()
    {
        var input = new AllocationInput(
            10_000,
            Enumerable.Range(0, 1000).Select(i => new PartyListVotes("L" + i.ToString(CultureInfo.InvariantCulture), 1_000 + ((i * 7919L) % 100_000), i)));

        foreach (var method in Enum.GetValues<AllocationMethod>())
        {
            var result = SeatAllocator.Allocate(input, NoThreshold(method));
            result.Lists.Sum(l => l.Seats).Should().Be(10_000, because: method.ToString());
        }
    }

    /// <summary>Explain walks through the 2023 quota remainders and result.</summary>
    [Fact]
    public void Explain_walks_through_the_2023_quota_remainders_and_result()
    {
        var text = SeatAllocator.Allocate(Mazhilis2023(), AllocationOptions.Kazakhstan2023).Explain();

        text.Should().Contain("Hare quota with largest remainders: 69 seats, 7 lists.");
        text.Should().Contain("Threshold: 5% of all ballots (10000) = 500 votes needed.");
        text.Should().Contain("Baytaq: 230 votes (2.30%): below the threshold, no seats");
        text.Should().Contain("Hare quota = eligible votes / seats = 9380 / 69 = 135.9420 votes per seat (exactly 9380/69).");
        text.Should().Contain("OSDP: 520 / 135.9420 = 3.8252 -> quotient 3, remainder 112.1739 (exactly 2580/23)");
        text.Should().Contain("67 seats by whole quotas; 2 remaining seats go to the largest remainders: OSDP, Amanat.");
        text.Should().Contain("Ties: none.");
        text.Should().Contain("Result: Amanat 40, Auyl 8, Respublica 6, Ak Zhol 6, People's Party 5, OSDP 4, Baytaq 0.");
        text.Split('\n').Length.Should().BeGreaterThan(10);
    }

    /// <summary>Explain lists the averages of a divisor method and the ties.</summary>
    [Fact]
    public void Explain_lists_the_averages_of_a_divisor_method_and_the_ties()
    {
        var input = Input(3, null, ("A", 600), ("B", 300), ("C", 300));

        var text = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.DHondt)).Explain();

        text.Should().Contain("D'Hondt highest averages");
        text.Should().Contain("seat 1: A, 600 / 1 = 600.00");
        text.Should().Contain("seat 2: A, 600 / 2 = 300.00");
        text.Should().Contain("A, B, C tied with equal averages of 300 (300.0000) for 2 seats: won by A, B (registered earlier).");
    }

    /// <summary>Explain and ToString do not depend on the current culture.</summary>
    [Fact]
    public void Explain_and_ToString_do_not_depend_on_the_current_culture()
    {
        var result = SeatAllocator.Allocate(Mazhilis2023(), AllocationOptions.Kazakhstan2023);
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => result.Explain() + result);

        WithCulture(new CultureInfo("de-DE"), () => result.Explain() + result).Should().Be(invariant);
        WithCulture(new CultureInfo("kk-KZ"), () => result.Explain() + result).Should().Be(invariant);
        WithCulture(new CultureInfo("ar-SA"), () => result.Explain() + result).Should().Be(invariant);
    }

    /// <summary>The result summarises itself and finds lists by id.</summary>
    [Fact]
    public void The_result_summarises_itself_and_finds_lists_by_id()
    {
        var result = SeatAllocator.Allocate(Mazhilis2023(), AllocationOptions.Kazakhstan2023);

        result.ToString().Should().Be("69 seats: Amanat 40, Auyl 8, Respublica 6, Ak Zhol 6, People's Party 5, OSDP 4, Baytaq 0");
        result.ListFor("Auyl").ToString().Should().Be("Auyl: 8 seats");
        result.Input.Should().Be(Mazhilis2023());
        result.Options.Should().Be(AllocationOptions.Kazakhstan2023);
        result.ThresholdBaseVotes.Should().Be(10000);
        FluentActions.Invoking(() => result.SeatsFor("Nobody")).Should().Throw<ArgumentException>().WithParameterName("listId");
    }

    /// <summary>No eligible list means more seats than can be placed.</summary>
    [Fact]
    public void No_eligible_list_means_more_seats_than_can_be_placed()
    {
        var input = Input(98, 10000, ("Small", 450), ("Smaller", 300));

        var act = () => SeatAllocator.Allocate(input, AllocationOptions.Kazakhstan2023);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("input")
            .WithMessage("*more seats than can be placed*");
    }

    /// <summary>Lists with no votes at all cannot be given seats.</summary>
    [Fact]
    public void Lists_with_no_votes_at_all_cannot_be_given_seats()
    {
        var input = Input(5, null, ("A", 0), ("B", 0));

        var act = () => SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.DHondt));

        act.Should().Throw<ArgumentException>().WithParameterName("input");
    }

    /// <summary>The all ballots base requires the ballot count.</summary>
    [Fact]
    public void The_all_ballots_base_requires_the_ballot_count()
    {
        var input = Input(10, null, ("A", 600), ("B", 300));

        var act = () => SeatAllocator.Allocate(input, AllocationOptions.Kazakhstan2023);

        act.Should().Throw<ArgumentException>().WithParameterName("input").WithMessage("*against all ballots cast*the number of all ballots is not given.");
    }

    /// <summary>Allocate rejects null arguments by name.</summary>
    [Fact]
    public void Allocate_rejects_null_arguments_by_name()
    {
        FluentActions.Invoking(() => SeatAllocator.Allocate(null!, AllocationOptions.Kazakhstan2023))
            .Should().Throw<ArgumentNullException>().WithParameterName("input");
        FluentActions.Invoking(() => SeatAllocator.Allocate(Mazhilis2023(), null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("options");
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var saved = CultureInfo.CurrentCulture;
        var savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}

using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

/// <summary>Validation, equality and descriptions of the allocation input types.</summary>
public sealed partial class AllocationInputTests
{
    private static readonly PartyListVotes A = new("A", 100, 1);
    private static readonly PartyListVotes B = new("B", 50, 2);

    /// <summary>PartyListVotes rejects a null list id.</summary>
    [Fact]
    public void PartyListVotes_rejects_a_null_list_id()
    {
        FluentActions.Invoking(() => new PartyListVotes(null!, 1, 1))
            .Should().Throw<ArgumentNullException>().WithParameterName("listId");
    }

    /// <summary>PartyListVotes rejects a blank list id.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void PartyListVotes_rejects_a_blank_list_id(string listId)
    {
        FluentActions.Invoking(() => new PartyListVotes(listId, 1, 1))
            .Should().Throw<ArgumentException>().WithParameterName("listId");
    }

    /// <summary>PartyListVotes rejects negative votes.</summary>
    [Fact]
    public void PartyListVotes_rejects_negative_votes()
    {
        FluentActions.Invoking(() => new PartyListVotes("A", -1, 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("votes");
    }

    /// <summary>AllocationInput rejects seats that are not positive.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void AllocationInput_rejects_seats_that_are_not_positive(int seats)
    {
        FluentActions.Invoking(() => new AllocationInput(seats, [A, B]))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("seats");
    }

    /// <summary>AllocationInput rejects null lists.</summary>
    [Fact]
    public void AllocationInput_rejects_null_lists()
    {
        FluentActions.Invoking(() => new AllocationInput(10, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("lists");
    }

    /// <summary>AllocationInput rejects no lists.</summary>
    [Fact]
    public void AllocationInput_rejects_no_lists()
    {
        FluentActions.Invoking(() => new AllocationInput(10, []))
            .Should().Throw<ArgumentException>().WithParameterName("lists").WithMessage("*At least one*");
    }

    /// <summary>AllocationInput rejects a null list.</summary>
    [Fact]
    public void AllocationInput_rejects_a_null_list()
    {
        FluentActions.Invoking(() => new AllocationInput(10, [A, null!]))
            .Should().Throw<ArgumentException>().WithParameterName("lists");
    }

    /// <summary>AllocationInput rejects duplicate list ids.</summary>
    [Fact]
    public void AllocationInput_rejects_duplicate_list_ids()
    {
        FluentActions.Invoking(() => new AllocationInput(10, [A, new PartyListVotes("A", 5, 7)]))
            .Should().Throw<ArgumentException>().WithParameterName("lists").WithMessage("*'A'*more than once*");
    }

    /// <summary>AllocationInput rejects duplicate registration orders.</summary>
    [Fact]
    public void AllocationInput_rejects_duplicate_registration_orders()
    {
        FluentActions.Invoking(() => new AllocationInput(10, [A, new PartyListVotes("C", 5, 1)]))
            .Should().Throw<ArgumentException>().WithParameterName("lists").WithMessage("*registration order 1*");
    }

    /// <summary>AllocationInput rejects votes that overflow a 64 bit total.</summary>
    [Fact]
    public void AllocationInput_rejects_votes_that_overflow_a_64_bit_total()
    {
        FluentActions.Invoking(() => new AllocationInput(10, [new PartyListVotes("A", long.MaxValue, 1), new PartyListVotes("B", 1, 2)]))
            .Should().Throw<ArgumentException>().WithParameterName("lists");
    }

    /// <summary>AllocationInput rejects negative all ballots.</summary>
    [Fact]
    public void AllocationInput_rejects_negative_all_ballots()
    {
        FluentActions.Invoking(() => new AllocationInput(10, [A], -1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("allBallots");
    }

    /// <summary>AllocationInput rejects fewer ballots than list votes.</summary>
    [Fact]
    public void AllocationInput_rejects_fewer_ballots_than_list_votes()
    {
        FluentActions.Invoking(() => new AllocationInput(10, [A, B], 149))
            .Should().Throw<ArgumentException>().WithParameterName("allBallots");
    }

    /// <summary>AllocationInput accepts ballots equal to the list votes and totals them.</summary>
    [Fact]
    public void AllocationInput_accepts_ballots_equal_to_the_list_votes_and_totals_them()
    {
        var input = new AllocationInput(10, [A, B], 150);

        input.TotalListVotes.Should().Be(150);
        input.AllBallots.Should().Be(150);
        input.Lists.Should().Equal(A, B);
    }

    /// <summary>AllocationInput copies its lists so later changes do not leak in.</summary>
    [Fact]
    public void AllocationInput_copies_its_lists_so_later_changes_do_not_leak_in()
    {
        var source = new List<PartyListVotes> { A };
        var input = new AllocationInput(10, source);

        source.Add(B);

        input.Lists.Should().ContainSingle();
    }

    /// <summary>Inputs have value equality over their lists.</summary>
    [Fact]
    public void Inputs_have_value_equality_over_their_lists()
    {
        var one = new AllocationInput(10, [A, B], 200);
        var same = new AllocationInput(10, [new PartyListVotes("A", 100, 1), new PartyListVotes("B", 50, 2)], 200);
        var reordered = new AllocationInput(10, [B, A], 200);

        one.Should().Be(same);
        one.GetHashCode().Should().Be(same.GetHashCode());
        one.Should().NotBe(reordered);
        one.Should().NotBe(new AllocationInput(10, [A, B]));
        (one == same).Should().BeTrue();
    }

    /// <summary>Input types have short invariant descriptions.</summary>
    [Fact]
    public void Input_types_have_short_invariant_descriptions()
    {
        A.ToString().Should().Be("A: 100 votes (#1)");
        new AllocationInput(69, [A, B], 10000).ToString().Should().Be("69 seats, 2 lists, 10000 ballots");
        new AllocationInput(69, [A, B]).ToString().Should().Be("69 seats, 2 lists, 150 list votes");
        AllocationOptions.Kazakhstan2023.ToString().Should().Be("Hare quota, largest remainders; 5% of all ballots; ties go to the list registered earlier");
    }

    /// <summary>The 2023 options are the Mazhilis rules.</summary>
    [Fact]
    public void The_2023_options_are_the_Mazhilis_rules()
    {
        var options = AllocationOptions.Kazakhstan2023;

        options.Method.Should().Be(AllocationMethod.HareLargestRemainder);
        options.Threshold.Should().Be(Threshold.Percent(5));
        options.ThresholdBase.Should().Be(ThresholdBase.AllBallots);
        options.RunnerUpAdmission.Should().BeFalse();
        options.TiePolicy.Should().Be(TiePolicy.EarlierRegistrationWins);
        options.Should().Be(new AllocationOptions(
            AllocationMethod.HareLargestRemainder, Threshold.FromFraction(1, 20), ThresholdBase.AllBallots, runnerUpAdmission: false, TiePolicy.EarlierRegistrationWins));
    }

    /// <summary>AllocationOptions rejects a null threshold.</summary>
    [Fact]
    public void AllocationOptions_rejects_a_null_threshold()
    {
        FluentActions.Invoking(() => new AllocationOptions(AllocationMethod.DHondt, null!, ThresholdBase.AllBallots, false, TiePolicy.EarlierRegistrationWins))
            .Should().Throw<ArgumentNullException>().WithParameterName("threshold");
    }

    /// <summary>AllocationOptions rejects undefined enum values.</summary>
    [Fact]
    public void AllocationOptions_rejects_undefined_enum_values()
    {
        FluentActions.Invoking(() => new AllocationOptions((AllocationMethod)99, Threshold.None, ThresholdBase.AllBallots, false, TiePolicy.EarlierRegistrationWins))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("method");
        FluentActions.Invoking(() => new AllocationOptions(AllocationMethod.DHondt, Threshold.None, (ThresholdBase)99, false, TiePolicy.EarlierRegistrationWins))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("thresholdBase");
        FluentActions.Invoking(() => new AllocationOptions(AllocationMethod.DHondt, Threshold.None, ThresholdBase.AllBallots, false, (TiePolicy)99))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("tiePolicy");
    }
}

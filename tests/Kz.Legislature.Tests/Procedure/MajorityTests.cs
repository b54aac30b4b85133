using Kz.Legislature.Procedure;

namespace Kz.Legislature.Tests.Procedure;

/// <summary>A majority built by hand: the fractions it rejects, word for word, and how it prints each base.</summary>
public class MajorityTests
{
    [Fact]
    public void A_numerator_below_one_or_above_the_denominator_is_rejected()
    {
        var zero = () => new Majority(0, 2, false, MajorityBase.TotalDeputies);
        var tooLarge = () => new Majority(3, 2, false, MajorityBase.TotalDeputies);

        zero.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator").Which.Message.Should().Be("A majority is a fraction from 1/d to d/d; 0/2 is not.");
        tooLarge.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator").Which.Message.Should().Be("A majority is a fraction from 1/d to d/d; 3/2 is not.");
        new Majority(2, 2, false, MajorityBase.TotalDeputies).RequiredOf(50).Should().Be(50);
    }

    [Fact]
    public void More_than_the_whole_is_rejected_pointing_to_unanimity()
    {
        var act = () => new Majority(1, 1, true, MajorityBase.VotesCast);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("strict").Which.Message.Should().Be("No count is more than 1/1 of its base; use strict = false for unanimity.");
    }

    [Fact]
    public void A_negative_base_is_rejected()
    {
        var act = () => new Majority(1, 2, true, MajorityBase.TotalDeputies).RequiredOf(-1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("baseCount").Which.Message.Should().Be("The base of a majority is a count of deputies or votes (0 or more); -1 is not.");
    }

    [Fact]
    public void A_majority_prints_its_fraction_and_its_base_in_words()
    {
        new Majority(2, 3, false, MajorityBase.Present).ToString().Should().Be("at least 2/3 of the deputies present");
        new Majority(1, 2, true, MajorityBase.VotesCast).ToString().Should().Be("more than 1/2 of the votes cast");
        new Majority(1, 1, false, (MajorityBase)7).ToString().Should().Be("at least 1/1 of an unknown base");
    }
}

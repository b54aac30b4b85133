using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

/// <summary>The rules of an allocation: their refusals of undefined values and their one-line descriptions.</summary>
public sealed class AllocationOptionsTests
{
    /// <summary>An undefined method, threshold base or tie policy is refused with the values that are accepted.</summary>
    [Fact]
    public void An_undefined_value_is_refused_with_the_accepted_values()
    {
        FluentActions.Invoking(() => new AllocationOptions((AllocationMethod)99, Threshold.None, ThresholdBase.AllBallots, false, TiePolicy.EarlierRegistrationWins))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("method")
            .Which.Message.Should().Be("99 is not an allocation method; use one of HareLargestRemainder, DroopLargestRemainder, DHondt, SainteLague, ModifiedSainteLague.");
        FluentActions.Invoking(() => new AllocationOptions(AllocationMethod.DHondt, Threshold.None, (ThresholdBase)(-1), false, TiePolicy.EarlierRegistrationWins))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("thresholdBase")
            .Which.Message.Should().Be("-1 is not a threshold base; use one of ValidListVotes, AllBallots.");
        FluentActions.Invoking(() => new AllocationOptions(AllocationMethod.DHondt, Threshold.None, ThresholdBase.AllBallots, false, (TiePolicy)2))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("tiePolicy")
            .Which.Message.Should().Be("2 is not a tie policy; use one of EarlierRegistrationWins, ReportUndecidable.");
    }

    /// <summary>Each method, base and tie policy reads in English in the description, with the runner-up rule only when it applies.</summary>
    [Fact]
    public void The_description_names_every_rule_in_English()
    {
        new AllocationOptions(AllocationMethod.DHondt, Threshold.Percent(7), ThresholdBase.ValidListVotes, runnerUpAdmission: false, TiePolicy.ReportUndecidable)
            .ToString().Should().Be("D'Hondt; 7% of the valid list votes; ties reported as undecidable");
        new AllocationOptions(AllocationMethod.DroopLargestRemainder, Threshold.Percent(11, 2), ThresholdBase.AllBallots, runnerUpAdmission: true, TiePolicy.EarlierRegistrationWins)
            .ToString().Should().Be("Droop quota, largest remainders; 5.5% of all ballots; runner-up admitted; ties go to the list registered earlier");
        new AllocationOptions(AllocationMethod.SainteLague, Threshold.None, ThresholdBase.AllBallots, runnerUpAdmission: false, TiePolicy.EarlierRegistrationWins)
            .ToString().Should().Be("Sainte-Laguë; 0% of all ballots; ties go to the list registered earlier");
        new AllocationOptions(AllocationMethod.ModifiedSainteLague, Threshold.FromFraction(1, 3), ThresholdBase.ValidListVotes, runnerUpAdmission: true, TiePolicy.ReportUndecidable)
            .ToString().Should().Be("modified Sainte-Laguë; 100/3% of the valid list votes; runner-up admitted; ties reported as undecidable");
    }

    /// <summary>Options are equal exactly when every rule is equal.</summary>
    [Fact]
    public void Options_are_equal_exactly_when_every_rule_is_equal()
    {
        static AllocationOptions Options(
            AllocationMethod method = AllocationMethod.DHondt, int percent = 5, ThresholdBase thresholdBase = ThresholdBase.AllBallots, bool runnerUp = false, TiePolicy ties = TiePolicy.EarlierRegistrationWins) =>
            new(method, Threshold.Percent(percent), thresholdBase, runnerUp, ties);

        Options().Should().Be(Options());
        Options().GetHashCode().Should().Be(Options().GetHashCode());
        Options().Should().NotBe(Options(method: AllocationMethod.SainteLague));
        Options().Should().NotBe(Options(percent: 7));
        Options().Should().NotBe(Options(thresholdBase: ThresholdBase.ValidListVotes));
        Options().Should().NotBe(Options(runnerUp: true));
        Options().Should().NotBe(Options(ties: TiePolicy.ReportUndecidable));
    }
}

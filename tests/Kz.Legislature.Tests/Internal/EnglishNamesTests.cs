using Kz.Legislature.History;
using Kz.Legislature.Internal;

namespace Kz.Legislature.Tests.Internal;

/// <summary>The English words the library's prose uses for its enumerations (internal), and the fallback for a value no enumeration defines.</summary>
public sealed class EnglishNamesTests
{
    [Theory]
    [InlineData(AllocationMethod.HareLargestRemainder, "Hare quota, largest remainders")]
    [InlineData(AllocationMethod.DroopLargestRemainder, "Droop quota, largest remainders")]
    [InlineData(AllocationMethod.DHondt, "D'Hondt")]
    [InlineData(AllocationMethod.SainteLague, "Sainte-Laguë")]
    [InlineData(AllocationMethod.ModifiedSainteLague, "modified Sainte-Laguë")]
    [InlineData((AllocationMethod)42, "method 42")]
    public void every_allocation_method_has_its_english_name(AllocationMethod method, string expected) =>
        EnglishNames.Of(method).Should().Be(expected);

    [Theory]
    [InlineData(ThresholdBase.AllBallots, "all ballots")]
    [InlineData(ThresholdBase.ValidListVotes, "the valid list votes")]
    [InlineData((ThresholdBase)7, "threshold base 7")]
    public void every_threshold_base_has_its_english_name(ThresholdBase thresholdBase, string expected) =>
        EnglishNames.Of(thresholdBase).Should().Be(expected);

    [Theory]
    [InlineData(TiePolicy.EarlierRegistrationWins, "ties go to the list registered earlier")]
    [InlineData(TiePolicy.ReportUndecidable, "ties reported as undecidable")]
    [InlineData((TiePolicy)5, "tie policy 5")]
    public void every_tie_policy_has_its_english_name(TiePolicy policy, string expected) =>
        EnglishNames.Of(policy).Should().Be(expected);

    [Theory]
    [InlineData(SittingEndReason.SelfDissolution, "self-dissolution")]
    [InlineData(SittingEndReason.Dissolution, "dissolution")]
    [InlineData(SittingEndReason.DissolutionByDecree, "dissolution by decree")]
    [InlineData(SittingEndReason.ConstitutionalTermination, "powers ended by the constitution")]
    [InlineData(SittingEndReason.TermExpiry, "end of term")]
    [InlineData(SittingEndReason.Succeeded, "continued under other rules or another convocation")]
    [InlineData((SittingEndReason)77, "end reason 77")]
    public void every_sitting_end_reason_has_its_english_name(SittingEndReason reason, string expected) =>
        EnglishNames.Of(reason).Should().Be(expected);

    [Fact]
    public void an_undefined_chamber_or_seat_source_is_named_by_its_number()
    {
        EnglishNames.Of((ChamberKind)99).Should().Be("chamber kind 99");
        EnglishNames.Of((SeatSource)99).Should().Be("seat source 99");
    }

    [Fact]
    public void a_defined_seat_source_is_named_by_its_english_name()
    {
        foreach (var source in Enum.GetValues<SeatSource>())
        {
            EnglishNames.Of(source).Should().Be(Names.Of(source).English);
        }
    }
}

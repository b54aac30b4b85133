using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

public sealed partial class ChamberRulesTests
{
    [Fact]
    public void incompatibility_rules_whose_texts_differ_from_the_incompatibilities_are_refused()
    {
        var act = () => new ChamberRules(ChamberKind.Senate, [], null, null, EligibilityRules.Unknown, ["a", "b"], null, null, null, Synthetic.OneSource, incompatibilityRules: [new Incompatibility("b"), new Incompatibility("a")]);

        act.Should().Throw<ArgumentException>().WithParameterName("incompatibilityRules").Which.Message
            .Should().Be("The incompatibility rules must have the texts of the incompatibilities, in order.");
    }

    [Fact]
    public void a_seat_plan_whose_sum_exceeds_the_range_of_int_overflows_instead_of_wrapping()
    {
        var act = () => Chamber(ChamberKind.Senate, new SeatAllotment(SeatSource.AppointedByPresident, int.MaxValue), new SeatAllotment(SeatSource.ElectedByMaslikhats, 1));

        act.Should().Throw<OverflowException>();
        Chamber(ChamberKind.Senate, new SeatAllotment(SeatSource.AppointedByPresident, int.MaxValue - 1), new SeatAllotment(SeatSource.ElectedByMaslikhats, 1)).StatutorySeats.Should().Be(int.MaxValue);
    }
}

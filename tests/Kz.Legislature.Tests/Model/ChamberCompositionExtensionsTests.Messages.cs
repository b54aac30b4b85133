using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Model;

public sealed partial class ChamberCompositionExtensionsTests
{
    [Fact]
    public void removing_a_deputy_who_holds_no_mandate_names_the_chamber_and_the_deputy()
    {
        var senate = new Senate(Date, [Synthetic.Senator(1), Synthetic.Senator(2)]);

        FluentActions.Invoking(() => senate.WithoutDeputy("d-009")).Should().Throw<ArgumentException>()
            .WithParameterName("deputyId").Which.Message.Should().Be("No mandate in the Senate is held by deputy 'd-009'.");
    }
}

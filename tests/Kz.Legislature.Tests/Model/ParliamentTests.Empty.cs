using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Model;

public partial class ParliamentTests
{
    /// <summary>A parliament without chambers has no chamber to find, and says only its form and date; convocation 0 is rejected.</summary>
    [Fact]
    public void an_empty_parliament_and_a_zero_convocation()
    {
        var date = new LocalDate(2024, 1, 1);
        var empty = new Parliament(date, []);
        empty.Chamber(ChamberKind.Senate).Should().BeNull();
        empty.ToString().Should().Be("No chambers on 2024-01-01");
        new Parliament(date, [new Senate(date, [Synthetic.Senator(1)])]).Chamber(ChamberKind.Mazhilis).Should().BeNull();
        FluentActions.Invoking(() => new Parliament(date, [], 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("convocation");
        new Parliament(date, [], 1).Convocation.Should().Be(1);
    }
}

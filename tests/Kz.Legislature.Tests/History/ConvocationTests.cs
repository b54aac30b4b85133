using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

public sealed class ConvocationTests
{
    /// <summary>Roman convocation numbers use every symbol pair.</summary>
    [Theory]
    [InlineData(1994, "MCMXCIV")]
    [InlineData(444, "CDXLIV")]
    [InlineData(3888, "MMMDCCCLXXXVIII")]
    [InlineData(9, "IX")]
    public void convocation_numbers_are_written_in_roman(int number, string roman)
    {
        var c = new Convocation("c", LegislativeBody.Parliament, number, null, null, null, Synthetic.OneSource);
        c.Roman.Should().Be(roman);
        c.ToString().Should().Be($"Parliament {roman}");
    }

    /// <summary>A convocation number starts at 1; zero is refused with its reason.</summary>
    [Fact]
    public void a_convocation_number_is_positive()
    {
        new Convocation("c", LegislativeBody.Parliament, 1, null, null, null, Synthetic.OneSource).Roman.Should().Be("I");
        FluentActions.Invoking(() => new Convocation("c", LegislativeBody.Parliament, 0, null, null, null, Synthetic.OneSource)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("number").Which.Message.Should().Be("A convocation number is positive; 0 was given.");
    }
}

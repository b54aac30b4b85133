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
}

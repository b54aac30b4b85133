using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Model;

public partial class ChamberCompositionTests
{
    /// <summary>A single mandate is counted in the singular.</summary>
    [Fact]
    public void a_composition_text_uses_the_singular_for_one_mandate()
    {
        var date = new LocalDate(2024, 1, 1);
        new Senate(date, [Synthetic.Senator(1)]).ToString().Should().Be("Senate on 2024-01-01: 1 mandate");
        new Senate(date, [Synthetic.Senator(1), Synthetic.Senator(2)]).ToString().Should().Be("Senate on 2024-01-01: 2 mandates");
    }
}

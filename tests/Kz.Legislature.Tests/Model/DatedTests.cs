namespace Kz.Legislature.Tests.Model;

public sealed class DatedTests
{
    private static readonly LocalDate Date = new(2024, 1, 1);
    /// <summary>A dated value reads as the value and its term, and must have a value.</summary>
    [Fact]
    public void a_dated_value_reads_as_value_and_term_and_needs_a_value()
    {
        new Dated<string>(new Term(Date, null), "x").ToString().Should().Be($"x {new Term(Date, null)}");
        FluentActions.Invoking(() => new Dated<string>(new Term(Date, null), null!)).Should().Throw<ArgumentNullException>().WithParameterName("value");
    }
}

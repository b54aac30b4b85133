namespace Kz.Legislature.Tests.Model;

public partial class TermTests
{
    private static readonly LocalDate Date = new(2024, 1, 1);
    /// <summary>Null arguments are rejected by name.</summary>
    [Fact]
    public void null_arguments_name_themselves()
    {
        FluentActions.Invoking(() => Term.EndFrom(Date, null!)).Should().Throw<ArgumentNullException>().WithParameterName("length");
        FluentActions.Invoking(() => Term.FromDateInterval(null!)).Should().Throw<ArgumentNullException>().WithParameterName("interval");
    }

    /// <summary>A term length with a time part is rejected with its reason.</summary>
    [Fact]
    public void a_term_length_with_hours_is_rejected()
    {
        FluentActions.Invoking(() => Term.EndFrom(Date, Period.FromHours(1))).Should().Throw<ArgumentException>()
            .WithParameterName("length").WithMessage("A term length must be whole days, months or years.*");
    }
}

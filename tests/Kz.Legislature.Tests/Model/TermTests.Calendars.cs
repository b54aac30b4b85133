namespace Kz.Legislature.Tests.Model;

public partial class TermTests
{
    [Fact]
    public void an_end_in_another_calendar_is_refused_as_the_end()
    {
        var julianEnd = new LocalDate(2029, 1, 12, CalendarSystem.Julian);

        FluentActions.Invoking(() => new Term(Start, julianEnd)).Should().Throw<ArgumentException>()
            .WithParameterName("end").Which.Message.Should().Be("Dates must be in the ISO calendar.");
    }

    [Fact]
    public void a_term_length_that_does_not_move_the_date_is_refused()
    {
        FluentActions.Invoking(() => Term.EndFrom(Start, Period.Zero)).Should().Throw<ArgumentException>()
            .WithParameterName("length").Which.Message.Should().Be("A term length must be positive.");
        FluentActions.Invoking(() => Term.EndFrom(Start, Period.FromDays(-1))).Should().Throw<ArgumentException>()
            .WithParameterName("length").Which.Message.Should().Be("A term length must be positive.");
    }
}

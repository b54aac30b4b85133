using Kz.Legislature.Internal;

namespace Kz.Legislature.Tests.Internal;

/// <summary>The argument checks of the public constructors and the cleaning of .NET's argument messages for a reader's errors (internal).</summary>
public sealed class PreconditionsTests
{
    [Theory]
    [InlineData(0, 3)]
    [InlineData(2, 3)]
    public void an_index_inside_the_list_is_accepted(int index, int count) =>
        Preconditions.Index(index, count, "index").Should().Be(index);

    [Theory]
    [InlineData(3, 3, "The index must be from 0 to 2 (there are 3 items); 3 was given.")]
    [InlineData(-1, 3, "The index must be from 0 to 2 (there are 3 items); -1 was given.")]
    [InlineData(0, 0, "The index must be from 0 to -1 (there are 0 items); 0 was given.")]
    public void an_index_outside_the_list_is_refused_with_its_range(int index, int count, string message)
    {
        var ex = FluentActions.Invoking(() => Preconditions.Index(index, count, "position")).Should().Throw<ArgumentOutOfRangeException>().Which;

        ex.Message.Should().Be(message);
        ex.ParamName.Should().Be("position");
    }

    [Fact]
    public void a_date_outside_the_iso_calendar_is_refused()
    {
        var julian = new LocalDate(2020, 1, 1, CalendarSystem.Julian);

        var ex = FluentActions.Invoking(() => Preconditions.IsoDate(julian, "date")).Should().Throw<ArgumentException>().Which;

        ex.Message.Should().Be("Dates must be in the ISO calendar.");
        ex.ParamName.Should().Be("date");
        Preconditions.IsoDate(new LocalDate(2020, 1, 1), "date").Should().Be(new LocalDate(2020, 1, 1));
    }

    [Fact]
    public void the_parameter_suffix_of_an_argument_message_is_cut()
    {
        var ex = new ArgumentException("The value is bad.", "value");
        ex.Message.Should().Be("The value is bad. (Parameter 'value')");

        Preconditions.MessageOf(ex).Should().Be("The value is bad.");
    }

    [Fact]
    public void a_message_that_is_only_the_parameter_suffix_cleans_to_nothing()
    {
        var ex = new ArgumentException(string.Empty, "value");
        ex.Message.Should().Be(" (Parameter 'value')");

        Preconditions.MessageOf(ex).Should().BeEmpty();
    }

    [Fact]
    public void the_actual_value_of_an_out_of_range_message_is_cut()
    {
        var ex = new ArgumentOutOfRangeException(null, 5, "The value is too large.");
        ex.Message.Should().Be("The value is too large." + Environment.NewLine + "Actual value was 5.");

        Preconditions.MessageOf(ex).Should().Be("The value is too large.");
    }

    [Fact]
    public void a_message_that_starts_with_the_actual_value_cleans_to_nothing()
    {
        var ex = new ArgumentException("Actual value was 5.");

        Preconditions.MessageOf(ex).Should().BeEmpty();
    }

    [Fact]
    public void a_clean_message_is_kept_as_it_is()
    {
        Preconditions.MessageOf(new ArgumentException("  Nothing to cut.  ")).Should().Be("Nothing to cut.");
        Preconditions.MessageOf(ArgumentErrors.Invalid("Value must not be empty or white space.", "name")).Should().Be("Value must not be empty or white space.");
    }
}

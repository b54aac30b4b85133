using Kz.Legislature.History;

namespace Kz.Legislature.Tests.History;

/// <summary>The exception for bad input words its message from the file, the JSON path, the position and every problem.</summary>
public sealed class LegislativeDataExceptionTests
{
    [Fact]
    public void the_parameterless_exception_says_the_dataset_is_invalid_and_names_nothing()
    {
        var ex = new LegislativeDataException();
        ex.Message.Should().Be("The legislative dataset is invalid.");
        ex.Reason.Should().Be("The legislative dataset is invalid.");
        ex.Problems.Should().BeEmpty();
        ex.FileName.Should().BeNull();
        ex.JsonPath.Should().BeNull();
        ex.LineNumber.Should().BeNull();
        ex.BytePositionInLine.Should().BeNull();
    }

    [Fact]
    public void a_message_alone_is_the_reason_and_keeps_the_cause()
    {
        var cause = new FormatException("bad digit");
        var ex = new LegislativeDataException("The file is empty.", cause);
        ex.Message.Should().Be("The file is empty.");
        ex.Reason.Should().Be("The file is empty.");
        ex.InnerException.Should().BeSameAs(cause);
        ex.Problems.Should().BeEmpty();
        new LegislativeDataException("Only this.").Reason.Should().Be("Only this.");
    }

    [Theory]
    [InlineData("custom.json", null, null, "custom.json: $.ruleSets[3].validFrom: Expected a date.")]
    [InlineData(null, null, null, "$.ruleSets[3].validFrom: Expected a date.")]
    [InlineData("", null, null, "$.ruleSets[3].validFrom: Expected a date.")]
    [InlineData("custom.json", 0L, null, "custom.json: $.ruleSets[3].validFrom (line 1, position 1): Expected a date.")]
    [InlineData("custom.json", 4L, 7L, "custom.json: $.ruleSets[3].validFrom (line 5, position 8): Expected a date.")]
    [InlineData(null, 11L, 0L, "$.ruleSets[3].validFrom (line 12, position 1): Expected a date.")]
    public void a_located_problem_shows_the_file_the_path_and_the_one_based_position(string? file, long? line, long? position, string message)
    {
        var ex = new LegislativeDataException(file, "$.ruleSets[3].validFrom", "Expected a date.", line, position);
        ex.Message.Should().Be(message);
        ex.FileName.Should().Be(file);
        ex.JsonPath.Should().Be("$.ruleSets[3].validFrom");
        ex.Reason.Should().Be("Expected a date.");
        ex.LineNumber.Should().Be(line);
        ex.BytePositionInLine.Should().Be(position);
        ex.Problems.Should().Equal(new DataProblem("$.ruleSets[3].validFrom", "Expected a date."));
    }

    [Fact]
    public void no_problems_give_the_generic_reason_and_no_path()
    {
        var ex = new LegislativeDataException("custom.json", []);
        ex.Message.Should().Be("The legislative dataset is invalid.");
        ex.Reason.Should().Be("The legislative dataset is invalid.");
        ex.JsonPath.Should().BeNull();
        ex.FileName.Should().Be("custom.json");
        ex.Problems.Should().BeEmpty();
    }

    [Fact]
    public void a_missing_list_of_problems_is_refused()
    {
        var act = () => new LegislativeDataException("custom.json", (IReadOnlyList<DataProblem>)null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void one_problem_reads_like_a_located_problem_without_a_position()
    {
        var ex = new LegislativeDataException("custom.json", [new DataProblem("$.parties[2].id", "The id 'amanat' is used twice.")]);
        ex.Message.Should().Be("custom.json: $.parties[2].id: The id 'amanat' is used twice.");
        ex.JsonPath.Should().Be("$.parties[2].id");
        ex.Reason.Should().Be("The id 'amanat' is used twice.");
    }

    [Fact]
    public void several_problems_are_counted_and_listed_one_per_line_in_order()
    {
        DataProblem[] problems = [new("$.a", "First."), new("$.b[1]", "Second."), new("$.c", "Third.")];
        var ex = new LegislativeDataException("custom.json", problems);
        ex.Message.Should().Be("custom.json: 3 problems:\n  $.a: First.\n  $.b[1]: Second.\n  $.c: Third.");
        ex.JsonPath.Should().Be("$.a");
        ex.Reason.Should().Be("First.");
        ex.Problems.Should().Equal(problems);
        new LegislativeDataException(null, problems).Message.Should().Be("3 problems:\n  $.a: First.\n  $.b[1]: Second.\n  $.c: Third.");
    }

    [Fact]
    public void the_message_lists_at_most_ten_problems_and_counts_the_rest()
    {
        var ten = Enumerable.Range(0, LegislativeDataException.ProblemsInMessage).Select(i => new DataProblem($"$.p[{i}]", $"Problem {i}.")).ToList();
        var exactly = new LegislativeDataException("f.json", ten);
        exactly.Message.Should().Be("f.json: 10 problems:" + string.Concat(ten.Select(p => $"\n  {p.JsonPath}: {p.Reason}")));

        var twelve = ten.Concat([new DataProblem("$.p[10]", "Problem 10."), new DataProblem("$.p[11]", "Problem 11.")]).ToList();
        var more = new LegislativeDataException("f.json", twelve);
        more.Message.Should().Be("f.json: 12 problems:" + string.Concat(ten.Select(p => $"\n  {p.JsonPath}: {p.Reason}")) + "\n  and 2 more.");
        more.Problems.Should().HaveCount(12);
    }

    [Fact]
    public void a_problem_reads_as_its_path_and_reason()
    {
        new DataProblem("$.sittings[0].from", "Expected a date.").ToString().Should().Be("$.sittings[0].from: Expected a date.");
    }
}

using Kz.Legislature.History;
using Kz.Legislature.Tests.Conventions;

namespace Kz.Legislature.Tests.Docs;

/// <summary>
/// The generated tables in docs/people.md must match the dataset. To regenerate after a data change, run the tests with
/// <c>KZL_UPDATE_DOCS=1</c> and commit the result.
/// </summary>
public class PeopleDocsTests
{
    [Fact]
    public void The_chairs_and_compositions_tables_in_people_md_are_current()
    {
        var path = Path.Combine(PublicApiTests.RepositoryRoot(), "docs", "people.md");
        var committed = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var history = LegislativeHistory.Kazakhstan;
        var expected = HistoryDocument.Replace(committed, PeopleDocument.ChairsBegin, PeopleDocument.ChairsEnd, PeopleDocument.Chairs(history));
        expected = HistoryDocument.Replace(expected, PeopleDocument.CompositionsBegin, PeopleDocument.CompositionsEnd, PeopleDocument.Compositions(history));
        if (Environment.GetEnvironmentVariable("KZL_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
            committed = expected;
        }

        committed.Should().Be(expected, "docs/people.md is generated from the dataset; rerun the tests with KZL_UPDATE_DOCS=1 and commit");
    }

    [Fact]
    public void The_tables_have_a_row_for_every_presiding_term_and_every_composition()
    {
        var history = LegislativeHistory.Kazakhstan;
        var chairs = PeopleDocument.Chairs(history);
        chairs.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal)).Should().Be(history.Offices.Count(o => o.IsPresiding) + 1);
        chairs.Should().Contain("| Senate | Chair | Kassym-Jomart Tokayev");

        var compositions = PeopleDocument.Compositions(history);
        compositions.Should().Contain("| Mazhilis | mazhilis-viii | 2023-03-29 | Amanat 62 (40 + 22);");
        compositions.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal)).Should().Be(history.Compositions.Count + 1);
    }
}

using Kz.Legislature.History;
using Kz.Legislature.Tests.Conventions;

namespace Kz.Legislature.Tests.Docs;

/// <summary>
/// The generated tables in docs/history.md must match the dataset. To regenerate after a data change, run the tests
/// with <c>KZL_UPDATE_DOCS=1</c> and commit the result.
/// </summary>
public class GeneratedDocsTests
{
    private static string DocsDirectory => Path.Combine(PublicApiTests.RepositoryRoot(), "docs");

    [Fact]
    public void The_rule_set_sitting_and_timeline_tables_in_history_md_are_current()
    {
        var path = Path.Combine(DocsDirectory, "history.md");
        var committed = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var history = LegislativeHistory.Kazakhstan;
        var expected = HistoryDocument.Replace(committed, HistoryDocument.RulesBegin, HistoryDocument.RulesEnd, HistoryDocument.RuleTable(history));
        expected = HistoryDocument.Replace(expected, HistoryDocument.SittingsBegin, HistoryDocument.SittingsEnd, HistoryDocument.Sittings(history));
        expected = HistoryDocument.Replace(expected, HistoryDocument.TimelineBegin, HistoryDocument.TimelineEnd, HistoryDocument.Timeline(history));
        if (Environment.GetEnvironmentVariable("KZL_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
            committed = expected;
        }

        committed.Should().Be(expected, "docs/history.md is generated from the dataset; rerun the tests with KZL_UPDATE_DOCS=1 and commit");
    }

    [Fact]
    public void The_rule_table_names_every_rule_set_period()
    {
        var table = HistoryDocument.RuleTable(LegislativeHistory.Kazakhstan);
        table.Should().Contain("| [2026-07-01, …) |");
        table.Should().Contain("Kurultai | 145 | 145 PartyList");
        table.Should().Contain("Senate | 50 | 40 ElectedByMaslikhats (2 × 20 regions) + 5 AppointedByPresident + 5 AppointedByPresidentOnAssemblyProposal");
    }

    [Fact]
    public void The_rule_table_marks_the_seat_counts_no_source_states()
    {
        var table = HistoryDocument.RuleTable(LegislativeHistory.Kazakhstan);
        table.Should().Contain("| [1997-04-22, 1997-05-03) | Constitution of the Republic of Kazakhstan (1995) | Bicameral | Senate | 43 (derived from regions, not stated by any source; low confidence) |");
        table.Should().Contain("| Senate | 37 (derived from regions, not stated by any source; low confidence) |");
        table.Should().Contain("| SupremeCouncil | 177 (inferred from a later election, not stated by any source; low confidence) |");
        table.Should().Contain("| Senate | 47 | 40 ElectedByMaslikhats (2 × 20 regions) + 7 AppointedByPresident |");
    }
}

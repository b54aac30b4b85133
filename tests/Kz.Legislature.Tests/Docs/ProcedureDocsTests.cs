using Kz.Legislature.History;
using Kz.Legislature.Procedure;
using Kz.Legislature.Tests.Conventions;

namespace Kz.Legislature.Tests.Docs;

/// <summary>
/// The decision tables of docs/procedure.md must match the dataset. To regenerate after a data change, run the tests with
/// <c>KZL_UPDATE_DOCS=1</c> and commit the result.
/// </summary>
public class ProcedureDocsTests
{
    private static string PagePath => Path.Combine(PublicApiTests.RepositoryRoot(), "docs", "procedure.md");

    [Fact]
    public void The_decision_tables_in_procedure_md_are_current()
    {
        var committed = File.ReadAllText(PagePath).Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = HistoryDocument.Replace(committed, ProcedureDocument.TablesBegin, ProcedureDocument.TablesEnd, ProcedureDocument.Tables(LegislativeHistory.Kazakhstan));
        if (Environment.GetEnvironmentVariable("KZL_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(PagePath, expected);
            committed = expected;
        }

        committed.Should().Be(expected, "docs/procedure.md is generated from the dataset; rerun the tests with KZL_UPDATE_DOCS=1 and commit");
    }

    [Fact]
    public void There_is_a_table_for_every_rule_set_and_a_row_for_every_stage_of_every_decision()
    {
        var history = LegislativeHistory.Kazakhstan;
        var tables = ProcedureDocument.Tables(history);
        var sets = ProcedureDocument.RuleSets(history).ToList();
        sets.Select(r => r.RuleSetId).Should().OnlyHaveUniqueItems().And.HaveCount(history.RuleSets.Select(r => r.RuleSetId).Distinct().Count());
        foreach (var rules in sets)
        {
            tables.Should().Contain($"### {rules.RuleSetId}: ");
        }

        var rows = tables.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Decision |", StringComparison.Ordinal));
        rows.Should().Be(sets.Sum(r => r.Decisions.Sum(d => d.Stages.Count)));
    }

    [Fact]
    public void The_2022_table_states_a_constitutional_law_as_66_of_98_and_34_of_50()
    {
        // 2/3 of 98 = 65.33… -> 66; 2/3 of 50 = 33.33… -> 34 (integer arithmetic, Constitution Art. 62 as amended in 2022).
        var history = LegislativeHistory.Kazakhstan;
        var rules = history.RulesOn(new LocalDate(2024, 1, 1));
        rules.TryGetDecision(DecisionKind.ConstitutionalLaw).Should().NotBeNull();
        var tables = ProcedureDocument.Tables(history);
        var section = tables[tables.IndexOf($"### {rules.RuleSetId}: ", StringComparison.Ordinal)..];
        section = section[..(section.IndexOf("\n### ", 1, StringComparison.Ordinal) is var next and > 0 ? next : section.Length)];
        section.Should().Contain("66 of 98 seats").And.Contain("34 of 50 seats");
    }
}

using FluentValidation;
using Kz.Legislature.Validation;

namespace Kz.Legislature.Tests.Validation;

public sealed class ValidationCodesTests
{
    internal static IReadOnlyList<string[]> CatalogueRows()
    {
        var path = Path.Combine(Conventions.PublicApiTests.RepositoryRoot(), "docs", "validation-codes.md");
        return File.ReadAllLines(path)
            .Where(l => l.StartsWith("| KZL", StringComparison.Ordinal))
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();
    }

    [Fact]
    public void the_catalogue_lists_exactly_the_codes_of_the_library()
    {
        CatalogueRows().Select(r => r[0]).Should().Equal(ValidationCodes.All);
    }

    [Fact]
    public void the_catalogue_gives_each_code_its_severity_a_rule_a_citation_an_example_and_a_version()
    {
        foreach (var row in CatalogueRows())
        {
            row.Should().HaveCount(7, row[0]);
            row[1].Should().Be(MessageCatalog.SeverityOf(row[0]).ToString(), row[0]);
            row[2].Should().BeOneOf(ValidationRuleSets.All.Append("every"), row[0]);
            row.Skip(3).Should().OnlyContain(c => c.Length > 0, row[0]);
            row[6].Should().MatchRegex(@"^\d+\.\d+\.\d+$", row[0]);
        }
    }

    [Fact]
    public void every_code_is_kzl_and_four_digits_and_every_constant_is_registered()
    {
        var constants = typeof(ValidationCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal);

        ValidationCodes.All.Should().OnlyContain(c => System.Text.RegularExpressions.Regex.IsMatch(c, "^KZL[0-9]{4}$"));
        ValidationCodes.All.Should().OnlyHaveUniqueItems().And.Equal(constants);
    }

    [Fact]
    public void only_the_cohort_empty_composition_and_unknown_result_codes_are_warnings()
    {
        MessageCatalog.All.Where(e => e.Severity == Severity.Warning).Select(e => e.Code)
            .Should().BeEquivalentTo([ValidationCodes.EmptyComposition, ValidationCodes.SameRenewalCohort, ValidationCodes.ResultUnknown]);
    }

    [Fact]
    public void the_code_registry_cannot_be_mutated_through_a_cast()
    {
        (ValidationCodes.All is string[]).Should().BeFalse();
        ValidationCodes.All.Should().BeAssignableTo<System.Collections.ObjectModel.ReadOnlyCollection<string>>();
    }
}

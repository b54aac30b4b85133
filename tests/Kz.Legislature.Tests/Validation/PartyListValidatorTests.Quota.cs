using Kz.Legislature.Tests.History;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

/// <summary>The groups a quota failure names are those the rule counts, whatever else the rule states.</summary>
public sealed partial class PartyListValidatorTests
{
    [Theory]
    [InlineData("en-US", "The list of synthetic-party-a has 3 of 11 candidates who are women, persons with disabilities; at least 4 (30%) are required.")]
    [InlineData("ru-RU", "В списке партии synthetic-party-a кандидатов из числа групп «женщины, лица с инвалидностью»: 3 из 11; требуется не менее 4 (30%).")]
    public void a_quota_that_states_a_youth_age_but_does_not_count_the_young_names_no_young_group(string culture, string expected)
    {
        // A history whose 2022 quota counts women and persons with disabilities only, its age of the young (29) kept.
        var history = LegislativeHistoryTests.Load(doc =>
        {
            var rules = doc["ruleSets"]!.AsArray().Single(r => (string?)r!["id"] == "amendments-2022")!;
            var quota = rules["chambers"]!.AsArray().Single(ch => (string?)ch!["chamber"] == "mazhilis")!["listQuota"]!;
            quota["groups"] = new System.Text.Json.Nodes.JsonArray("women", "disabilities");
            ((int?)quota["youthMaximumAge"]).Should().Be(29);
        });
        using (new CultureScope(culture))
        {
            var failure = new PartyListValidator(history).Validate(MessagesList("2023-02-01", 3, 8)).Errors.Should().ContainSingle().Subject;

            failure.ErrorCode.Should().Be(ValidationCodes.ListQuotaNotMet);
            failure.ErrorMessage.Should().Be(expected);
            failure.FormattedMessagePlaceholderValues["Groups"].Should().Be(expected.Contains("women", StringComparison.Ordinal) ? "women, persons with disabilities" : "женщины, лица с инвалидностью");
        }
    }
}

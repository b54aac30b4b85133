using Kz.Legislature.History;
using Kz.Legislature.Tests.History;
using Kz.Legislature.Validation;

namespace Kz.Legislature.Tests.Validation;

public sealed partial class CitationTests
{
    [Fact]
    public void a_member_of_both_chambers_under_rules_without_that_incompatibility_cites_the_rule_set()
    {
        // Made up: the 1998 amendments' Senate without its "both chambers" incompatibility (the other four are kept).
        var history = LegislativeHistoryTests.Load(doc =>
        {
            var rules = doc["ruleSets"]!.AsArray().Single(r => (string?)r!["id"] == "amendments-1998")!;
            var senate = rules["chambers"]!.AsArray().Single(ch => (string?)ch!["chamber"] == "senate")!;
            var incompatibilities = senate["incompatibilities"]!.AsArray();
            incompatibilities.Remove(incompatibilities.Single(i => (string?)i!["kind"] == "bothChambers"));
        });
        var inForce = history.RulesOn(new LocalDate(2000, 1, 1));
        inForce.Chamber(ChamberKind.Senate).IncompatibilityRules.Should().HaveCount(4);

        var citation = Citations.For(ValidationCodes.MemberOfBothChambers, ChamberKind.Senate, inForce);

        citation.Should().Be(inForce.RuleSetCitation);
        citation!.Article.Should().BeNull();
    }
}

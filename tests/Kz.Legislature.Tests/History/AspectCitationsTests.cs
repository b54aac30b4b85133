using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

/// <summary>The citations of a record are keyed by the aspects that belong to it, each cited once, and the refusal says which.</summary>
public sealed class AspectCitationsTests
{
    // A real citation of the dataset (the Mazhilis's allocation method under the 2022 amendments), reused as a value only.
    private static Citation AnyCitation => SessionHistory.Current.RulesOn(new LocalDate(2024, 1, 1)).Chamber(ChamberKind.Mazhilis).CitationFor(RuleAspect.Method)!;

    [Fact]
    public void a_citation_for_an_aspect_of_another_record_is_refused_with_the_aspects_allowed()
    {
        var act = () => AspectCitations.From([new(RuleAspect.Existence, AnyCitation)], "citations", [RuleAspect.Threshold, RuleAspect.Method]);

        act.Should().Throw<ArgumentException>().WithParameterName("citations").Which.Message
            .Should().Be("A citation for Existence does not belong here; the aspects are: Threshold, Method.");
    }

    [Fact]
    public void an_aspect_cited_twice_is_refused()
    {
        var act = () => AspectCitations.From([new(RuleAspect.Method, AnyCitation), new(RuleAspect.Method, AnyCitation)], "citations", [RuleAspect.Method]);

        act.Should().Throw<ArgumentException>().WithParameterName("citations").Which.Message.Should().Be("The aspect Method is cited twice.");
    }

    [Fact]
    public void the_chamber_rules_refuse_an_electoral_system_aspect_among_their_citations()
    {
        var act = () => new ChamberRules(ChamberKind.Senate, [], null, null, EligibilityRules.Unknown, [], null, null, null, Synthetic.OneSource, citations: [new(RuleAspect.Threshold, AnyCitation)]);

        act.Should().Throw<ArgumentException>().WithParameterName("citations").Which.Message.Should().Be(
            "A citation for Threshold does not belong here; the aspects are: Existence, Composition, TermLength, Renewal, MinimumAge, ResidenceYears, RegionResidenceYears, HigherEducation, WorkExperienceYears, Citizenship.");
    }
}

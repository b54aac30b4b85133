using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

public sealed class ListQuotaRuleTests
{
    /// <summary>A quota is a percentage, accepted exactly at 0 and 100, and refused above with its reason.</summary>
    [Fact]
    public void the_quota_holds_at_its_bounds()
    {
        var term = new Term(new LocalDate(2024, 1, 1), null);
        new ListQuotaRule(term, 100, ["women"], null, true, Synthetic.OneSource).MinimumPercent.Should().Be(100);
        new ListQuotaRule(term, 0, ["women"], null, true, Synthetic.OneSource).MinimumPercent.Should().Be(0);
        FluentActions.Invoking(() => new ListQuotaRule(term, 101, ["women"], null, true, Synthetic.OneSource)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("minimumPercent").WithMessage("A quota is a percentage between 0 and 100; 101 was given.*");
    }

    /// <summary>A group named twice is counted once.</summary>
    [Fact]
    public void a_group_named_twice_is_counted_once()
    {
        var term = new Term(new LocalDate(2024, 1, 1), null);
        new ListQuotaRule(term, 30, ["women", "women"], null, true, Synthetic.OneSource).CountedGroups.Should().Be(QuotaGroups.Women);
        new ListQuotaRule(term, 30, ["women", "youth", "youth"], 29, true, Synthetic.OneSource).CountedGroups.Should().Be(QuotaGroups.Women | QuotaGroups.Youth);
    }

    /// <summary>An unknown group, and the youth group without its age, are refused with their reasons.</summary>
    [Fact]
    public void an_unknown_group_and_youth_without_an_age_are_refused()
    {
        var term = new Term(new LocalDate(2024, 1, 1), null);
        FluentActions.Invoking(() => new ListQuotaRule(term, 30, ["women", "veterans"], null, true, Synthetic.OneSource)).Should().Throw<ArgumentException>()
            .WithParameterName("groups").Which.Message.Should().Be("Unknown quota group 'veterans'; the groups are: women, youth, disabilities.");
        FluentActions.Invoking(() => new ListQuotaRule(term, 30, ["youth"], null, true, Synthetic.OneSource)).Should().Throw<ArgumentException>()
            .WithParameterName("youthMaximumAge").Which.Message.Should().Be("The group 'youth' needs the age young people have not reached (youthMaximumAge).");
    }
}

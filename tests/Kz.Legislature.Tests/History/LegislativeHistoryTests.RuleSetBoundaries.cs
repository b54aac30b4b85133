using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

/// <summary>The day before, the first day and the last day of every rule set (periods are half-open).</summary>
public partial class LegislativeHistoryTests
{
    public static TheoryData<string> RuleSetIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in History.RuleSets.Select(r => r.RuleSetId).Distinct())
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleSetIds))]
    public void A_rule_set_applies_from_its_first_day_to_its_last_day_and_not_the_day_before(string id)
    {
        var ruleSet = History.RuleSets.First(r => r.RuleSetId == id);
        var first = ruleSet.RuleSetPeriod.Start;
        History.RulesOn(first).RuleSetId.Should().Be(id);
        if (first > History.CoverageStart)
        {
            History.RulesOn(first.PlusDays(-1)).RuleSetId.Should().NotBe(id);
        }

        if (ruleSet.RuleSetPeriod.End is { } end)
        {
            History.RulesOn(end.PlusDays(-1)).RuleSetId.Should().Be(id);
            History.RulesOn(end).RuleSetId.Should().NotBe(id);
        }
    }

    [Theory]
    [InlineData(1993, 1, 28)] // Constitution of 28 Jan 1993
    [InlineData(1995, 9, 5)] // 1995 Constitution in force on publication of the referendum result
    [InlineData(1998, 10, 7)] // Law No. 284-I
    [InlineData(2007, 5, 21)] // Law No. 254
    [InlineData(2022, 6, 7)] // CEC Resolution No. 47/506 (8 Jun per publication, recorded as an alternative)
    [InlineData(2026, 7, 1)] // 2026 Constitution, Art. 94
    public void Each_constitutional_change_takes_effect_on_its_day(int y, int m, int d)
    {
        var day = new LocalDate(y, m, d);
        History.RulesOn(day).Instrument.Should().NotBe(History.RulesOn(day.PlusDays(-1)).Instrument);
        History.RulesOn(day).RuleSetPeriod.Start.Should().Be(day);
    }

    [Fact]
    public void The_2022_entry_into_force_records_both_days_the_sources_give()
    {
        var instrument = History.RulesOn(new LocalDate(2022, 6, 7)).Instrument;
        instrument.InForceFrom.Should().Be(new LocalDate(2022, 6, 7));
        instrument.InForceFromAlternatives.Should().Contain(new LocalDate(2022, 6, 8));
        instrument.Referendum.Should().NotBeNull();
        instrument.Referendum!.YesPercent.Should().Be(77.18m);
    }

    [Fact]
    public void The_2026_referendum_figures_are_the_published_ones()
    {
        // Registered 12,482,613; voted 9,127,192 (73.12%); yes 7,954,667 (87.15%): kz-facts §0, §2.
        var referendum = History.RulesOn(new LocalDate(2026, 7, 1)).Instrument.Referendum
            ?? History.Instruments.Single(i => i.Referendum?.HeldOn == new LocalDate(2026, 3, 15)).Referendum!;
        referendum.RegisteredVoters.Should().Be(12_482_613);
        referendum.BallotsCast.Should().Be(9_127_192);
        referendum.TurnoutPercent.Should().Be(73.12m);
        referendum.YesVotes.Should().Be(7_954_667);
        referendum.YesPercent.Should().Be(87.15m);
        referendum.Approved.Should().BeTrue();
    }
}

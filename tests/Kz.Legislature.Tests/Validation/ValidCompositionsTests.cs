using Kz.Legislature.Testing;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

public sealed partial class ValidCompositionsTests
{
    [Fact]
    public void the_2024_senate_has_40_elected_senators_in_two_cohorts_and_10_appointees_with_synthetic_names()
    {
        var senate = ValidCompositions.SenateOn(Date("2024-01-01"));

        senate.SeatCount.Should().Be(50);
        senate.CountBySource(SeatSource.ElectedByMaslikhats).Should().Be(40);
        senate.CountBySource(SeatSource.AppointedByPresident).Should().Be(5);
        senate.CountBySource(SeatSource.AppointedByPresidentOnAssemblyProposal).Should().Be(5);
        senate.Mandates[0].Deputy.Id.Should().Be("synthetic-senate-01");
        senate.Mandates[0].Deputy.Name.English.Should().Be("Synthetic Senator 01");
        senate.Mandates.Should().OnlyContain(m => m.Deputy.Id.StartsWith("synthetic-", StringComparison.Ordinal) && m.IsActiveOn(senate.Date));
        senate.Mandates.Where(m => m.Source == SeatSource.ElectedByMaslikhats).Select(m => m.End).Distinct().Should().HaveCountGreaterThan(1);
    }

    [Fact]
    public void the_2024_mazhilis_has_districts_1_to_29_and_party_list_seats()
    {
        var mazhilis = ValidCompositions.MazhilisOn(Date("2024-01-01"));

        mazhilis.Mandates.Where(m => m.Source == SeatSource.SingleMemberDistrict).Select(m => m.District!.Value).Should().Equal(Enumerable.Range(1, 29));
        mazhilis.Mandates.Where(m => m.Source == SeatSource.PartyList).Should().HaveCount(69).And.OnlyContain(m => m.PartyId == ValidCompositions.SyntheticPartyId);
        mazhilis.Convocation.Should().Be(8);
    }

    [Fact]
    public void mandates_that_would_outlive_the_parliament_end_on_1_july_2026_by_art_95()
    {
        var senate = ValidCompositions.SenateOn(Date("2026-06-30"));

        senate.Mandates.Should().Contain(m => m.End == Date("2026-07-01") && m.EndReason == MandateEndReason.ConstitutionalTermination);
        senate.Mandates.Should().OnlyContain(m => m.End <= Date("2026-07-01"));
    }

    [Fact]
    public void a_kurultai_can_be_built_after_its_first_election_before_its_first_sitting_from_the_rules_in_force()
    {
        var kurultai = ValidCompositions.KurultaiOn(Date("2026-09-01"));

        kurultai.SeatCount.Should().Be(145);
        kurultai.Mandates.Should().OnlyContain(m => m.Start == Date("2026-09-01") && m.End == Date("2031-09-01"));
    }

    [Fact]
    public void the_legislature_lists_the_chambers_sitting()
    {
        ValidCompositions.ParliamentOn(Date("2023-02-01")).Chambers.Select(c => c.Kind).Should().Equal(ChamberKind.Senate);
        ValidCompositions.ParliamentOn(Date("2024-01-01")).Chambers.Select(c => c.Kind).Should().Equal(ChamberKind.Senate, ChamberKind.Mazhilis);
        ValidCompositions.ParliamentOn(Date("1994-06-01")).Chambers.Select(c => c.Kind).Should().Equal(ChamberKind.SupremeCouncil);
    }

    [Theory]
    [InlineData("2026-07-01")]
    [InlineData("1991-01-01")]
    public void a_chamber_that_neither_sits_nor_exists_throws_naming_the_date(string iso)
    {
        var act = () => ValidCompositions.SenateOn(Date(iso));

        act.Should().Throw<ArgumentException>().WithMessage($"*{iso}*");
    }

    [Fact]
    public void a_date_before_the_history_throws_naming_the_date()
    {
        var act = () => ValidCompositions.ParliamentOn(Date("1989-12-31"));

        act.Should().Throw<ArgumentException>().WithMessage("*1989-12-31*");
    }

    /// <summary>
    /// The kit builds only compositions that could have existed: for every chamber, on each day something changes (a rule set,
    /// a sitting, an election or a region starts or ends) and the days either side, on every day from the history's first day to
    /// the day the data is verified through, and on every fifth day from then to six years past it (rules extrapolated from the
    /// last known ones), it builds a composition exactly
    /// where the chamber exists and was already formed, and refuses naming the day elsewhere; what it builds validates with no
    /// failure, including each mandate's region existing at its start (KZL2008) and no mandate before the chamber's formation (KZL2009).
    /// A mutation run sets <see cref="PropertyRuns.DayStride"/>: then only every n-th of the days without a change is checked.
    /// </summary>
    [Fact]
    public void on_every_day_it_supports_the_kit_builds_compositions_that_validate_clean()
    {
        var history = ChamberCases.History;
        var changes = history.RuleSets.SelectMany(r => new[] { r.RuleSetPeriod.Start, r.RuleSetPeriod.End })
            .Concat(history.Sittings.SelectMany(s => new[] { s.Period.Start, s.Period.End }))
            .Concat(history.Elections.Select(e => (LocalDate?)e.Dates.Min()))
            .Concat(history.Regions.SelectMany(r => new[] { r.Period.Start, r.Period.End }))
            .OfType<LocalDate>()
            .SelectMany(d => new[] { d.PlusDays(-1), d, d.PlusDays(1) })
            .ToHashSet();
        var problems = new List<string>();
        var built = 0;
        var refused = 0;
        var last = history.VerifiedThrough.PlusYears(6);
        var stride = PropertyRuns.DayStride;
        for (var (d, i) = (history.CoverageStart, 0); d < last; d = d.PlusDays(1), i++)
        {
            if (i % (d > history.VerifiedThrough ? 5 * stride : stride) != 0 && !changes.Contains(d))
            {
                continue;
            }

            foreach (var kind in Enum.GetValues<ChamberKind>())
            {
                if (!KitBuilds(kind, d))
                {
                    // Exceptions are slow: the refusal itself is checked on the days around each change only.
                    if (changes.Contains(d))
                    {
                        refused++;
                        var act = () => Valid(kind, d);
                        act.Should().Throw<ArgumentException>($"{kind} on {Iso(d)}").WithMessage($"*{Iso(d)}*");
                    }

                    continue;
                }

                built++;
                var result = Validate(Valid(kind, d));
                if (!result.IsValid)
                {
                    problems.Add($"{kind} on {Iso(d)}: {string.Join("; ", result.Errors.Select(e => e.ErrorCode + " " + e.ErrorMessage).Take(3))}");
                }
            }

            if (problems.Count > 20)
            {
                break;
            }
        }

        problems.Should().BeEmpty();
        built.Should().BeGreaterThan(3_000 / stride);
        refused.Should().BeGreaterThan(10);
    }

    [Fact]
    public void the_kits_senate_of_august_2022_gives_the_new_regions_senators_only_from_the_day_they_came_into_being()
    {
        var senate = ValidCompositions.SenateOn(Date("2022-08-01"), ChamberCases.History);

        foreach (var m in senate.Mandates.Where(m => m.RegionId is not null))
        {
            m.Start.Should().BeGreaterThanOrEqualTo(ChamberCases.History.FindRegion(m.RegionId)!.Period.Start, m.ToString());
        }

        senate.Mandates.Where(m => m.RegionId == "abai").Should().HaveCount(2).And.OnlyContain(m => m.Start == Date("2022-06-08"));
    }
}

using Kz.Legislature.Testing;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

public sealed class ValidCompositionsTests
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
    public void a_kurultai_can_be_built_before_its_first_sitting_from_the_rules_in_force()
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
}

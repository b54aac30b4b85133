using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Model;

public class ChamberCompositionTests
{
    private static readonly LocalDate Date = new(2024, 1, 1);

    private static Mandate Senator(int i, string region) =>
        new(new Deputy($"d-{i:000}", $"Synthetic {i}"), ChamberKind.Senate, SeatSource.ElectedByMaslikhats, new LocalDate(2023, 1, 25), new LocalDate(2029, 1, 25), regionId: region);

    private static Senate Senate() => new(Date, [Senator(1, "astana"), Senator(2, "astana")], 8);

    [Fact]
    public void Equality_is_by_value_kind_date_convocation_and_mandates()
    {
        EqualityContract.Holds(
            Senate(),
            Senate(),
            new Senate(Date, [Senator(2, "astana"), Senator(1, "astana")], 8),
            new Senate(Date.PlusDays(1), [Senator(1, "astana"), Senator(2, "astana")], 8),
            new Senate(Date, [Senator(1, "astana"), Senator(2, "astana")]));
        ((ChamberComposition)new Mazhilis(Date, [])).Should().NotBe(new Kurultai(Date, []));
    }

    [Fact]
    public void A_51_member_Senate_or_three_senators_from_one_region_is_constructible()
    {
        var mandates = Enumerable.Range(1, 51).Select(i => Senator(i, "astana")).ToList();
        var senate = new Senate(Date, mandates);
        senate.SeatCount.Should().Be(51);
        senate.CountBySource(SeatSource.ElectedByMaslikhats).Should().Be(51);
    }

    [Fact]
    public void Null_mandates_are_rejected_and_name_the_argument()
    {
        var list = () => new Senate(Date, null!);
        list.Should().Throw<ArgumentNullException>().WithParameterName("mandates");
        var item = () => new Senate(Date, [Senator(1, "astana"), null!]);
        item.Should().Throw<ArgumentException>().WithParameterName("mandates").WithMessage("Item 1 is null*");
    }

    [Fact]
    public void A_convocation_number_must_be_positive()
    {
        var act = () => new Mazhilis(Date, [], 0);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("convocation");
    }

    [Fact]
    public void Builders_add_replace_and_remove_mandates_without_changing_the_original()
    {
        var senate = Senate();
        var added = senate.WithMandate(Senator(3, "almaty"));
        added.Should().BeOfType<Senate>();
        added.SeatCount.Should().Be(3);
        senate.SeatCount.Should().Be(2);

        added.WithoutDeputy("d-003").Should().Be(senate);
        added.WithoutMandateAt(2).Should().Be(senate);
        added.WithMandateAt(2, Senator(4, "almaty")).Mandates[2].Deputy.Id.Should().Be("d-004");
        senate.WithMandates([Senator(5, "x"), Senator(6, "y")]).SeatCount.Should().Be(4);
        senate.WithMandatesReplaced(m => m.Deputy.Id == "d-001", m => m.WithSource(SeatSource.AppointedByPresident))
            .CountBySource(SeatSource.AppointedByPresident).Should().Be(1);
        var missing = () => senate.WithoutDeputy("nobody");
        missing.Should().Throw<ArgumentException>().WithParameterName("deputyId");
        var outOfRange = () => senate.WithoutMandateAt(5);
        outOfRange.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void On_projects_a_roster_to_the_mandates_running_that_day()
    {
        var early = Senator(1, "astana").WithTerm(new LocalDate(2017, 1, 1), new LocalDate(2023, 1, 25));
        var roster = new Senate(Date, [early, Senator(2, "astana")]);
        var onDay = roster.On(new LocalDate(2020, 1, 1));
        onDay.Date.Should().Be(new LocalDate(2020, 1, 1));
        onDay.Mandates.Should().ContainSingle().Which.Deputy.Id.Should().Be("d-001");
        roster.WithDate(new LocalDate(2020, 1, 1)).SeatCount.Should().Be(2);
    }

    [Fact]
    public void ToString_is_short_and_culture_invariant()
    {
        using var _ = new CultureScope("ar-SA");
        Senate().ToString().Should().Be("Senate on 2024-01-01: 2 mandates");
    }
}

public class ParliamentTests
{
    private static readonly LocalDate Date = new(2024, 1, 1);

    [Fact]
    public void The_form_is_that_of_the_legislature_the_chambers_belong_to()
    {
        new Parliament(Date, []).Form.Should().BeNull();
        new Parliament(Date, []).SittingChambers.Should().BeEmpty();
        new Parliament(Date, [new Kurultai(Date, [])]).Form.Should().Be(LegislatureForm.Unicameral);
        new Parliament(Date, [new SupremeCouncil(Date, [])]).Form.Should().Be(LegislatureForm.Unicameral);
        new Parliament(Date, [new Kurultai(Date, [])]).NotSittingChambers.Should().BeEmpty();
        new Parliament(Date, [new Senate(Date, []), new Kurultai(Date, [])]).Form.Should().BeNull();
        var p = Parliament.FromChambers(new Senate(Date, []), new Mazhilis(Date, []), 8);
        p.Form.Should().Be(LegislatureForm.Bicameral);
        p.Senate.Should().NotBeNull();
        p.Mazhilis.Should().NotBeNull();
        p.Kurultai.Should().BeNull();
        p.Chamber(ChamberKind.Mazhilis).Should().BeSameAs(p.Mazhilis);
        p.SittingChambers.Should().Equal(ChamberKind.Senate, ChamberKind.Mazhilis);
        p.NotSittingChambers.Should().BeEmpty();
        p.ToString().Should().Be("Bicameral on 2024-01-01: Senate 0 sitting, Mazhilis 0 sitting");
    }

    [Fact]
    public void A_Parliament_whose_Mazhilis_was_dissolved_is_still_bicameral_with_one_chamber_sitting()
    {
        // The VII-convocation Mazhilis was dissolved on 19 Jan 2023 and the VIII first sat on 29 Mar 2023 (Kazinform).
        var day = new LocalDate(2023, 2, 1);
        var senateOnly = new Parliament(day, [new Senate(day, [])]);
        senateOnly.Form.Should().Be(LegislatureForm.Bicameral);
        senateOnly.SittingChambers.Should().Equal(ChamberKind.Senate);
        senateOnly.NotSittingChambers.Should().Equal(ChamberKind.Mazhilis);
        senateOnly.ToString().Should().Be("Bicameral on 2023-02-01: Senate 0 sitting; Mazhilis not sitting");
        new Parliament(day, [new Mazhilis(day, [])]).NotSittingChambers.Should().Equal(ChamberKind.Senate);
    }

    [Fact]
    public void Two_chambers_of_one_kind_or_of_another_date_are_rejected()
    {
        var twice = () => new Parliament(Date, [new Senate(Date, []), new Senate(Date, [])]);
        twice.Should().Throw<ArgumentException>().WithParameterName("chambers").WithMessage("*Two chambers of kind Senate*");
        var otherDate = () => new Parliament(Date, [new Senate(Date.PlusDays(1), [])]);
        otherDate.Should().Throw<ArgumentException>().WithParameterName("chambers");
    }

    [Fact]
    public void Equality_is_by_value()
    {
        EqualityContract.Holds(
            Parliament.FromChambers(new Senate(Date, []), new Mazhilis(Date, []), 8),
            Parliament.FromChambers(new Senate(Date, []), new Mazhilis(Date, []), 8),
            Parliament.FromChambers(new Senate(Date, []), new Mazhilis(Date, []), 7),
            new Parliament(Date, [new Senate(Date, [])], 8));
    }
}

public class RegionTests
{
    private static Region Astana() => new(
        "astana",
        "ocd-division/country:kz/city:astana",
        "Q1520",
        new Term(new LocalDate(1997, 12, 10), null),
        [new Dated<RegionKind>(new Term(new LocalDate(1997, 12, 10), null), RegionKind.Capital)],
        [
            new Dated<LocalizedName>(new Term(new LocalDate(1997, 12, 10), new LocalDate(2019, 3, 23)), new LocalizedName("Astana")),
            new Dated<LocalizedName>(new Term(new LocalDate(2019, 3, 23), new LocalDate(2022, 9, 17)), new LocalizedName("Nur-Sultan")),
            new Dated<LocalizedName>(new Term(new LocalDate(2022, 9, 17), null), new LocalizedName("Astana")),
        ]);

    [Fact]
    public void Names_and_kinds_are_answered_by_date()
    {
        var astana = Astana();
        astana.NameOn(new LocalDate(2020, 1, 1))!.English.Should().Be("Nur-Sultan");
        astana.NameOn(new LocalDate(2024, 1, 1))!.English.Should().Be("Astana");
        astana.NameOn(new LocalDate(1990, 1, 1)).Should().BeNull();
        astana.KindOn(new LocalDate(2024, 1, 1)).Should().Be(RegionKind.Capital);
        astana.KindOn(new LocalDate(1990, 1, 1)).Should().BeNull();
        astana.ExistsOn(new LocalDate(1997, 12, 10)).Should().BeTrue();
        astana.ExistsOn(new LocalDate(1997, 12, 9)).Should().BeFalse();
        astana.CurrentName.English.Should().Be("Astana");
        astana.ToString().Should().Be("astana (Astana)");
    }

    [Fact]
    public void Equality_is_by_value()
    {
        EqualityContract.Holds(Astana(), Astana(), new Region("astana", "ocd-division/country:kz/city:astana", null, new Term(new LocalDate(1997, 12, 10), null), [new Dated<RegionKind>(new Term(new LocalDate(1997, 12, 10), null), RegionKind.Capital)], [new Dated<LocalizedName>(new Term(new LocalDate(1997, 12, 10), null), new LocalizedName("Astana"))]));
    }

    [Fact]
    public void Names_must_cover_the_region_without_gaps()
    {
        var act = () => new Region("x", "ocd-division/country:kz/oblast:x", null, new Term(new LocalDate(2000, 1, 1), null),
            [new Dated<RegionKind>(new Term(new LocalDate(2000, 1, 1), null), RegionKind.Oblast)],
            [new Dated<LocalizedName>(new Term(new LocalDate(2000, 1, 1), new LocalDate(2001, 1, 1)), new LocalizedName("X")), new Dated<LocalizedName>(new Term(new LocalDate(2002, 1, 1), null), new LocalizedName("Y"))]);
        act.Should().Throw<ArgumentException>().WithParameterName("names");
    }

    [Fact]
    public void Identifiers_are_checked()
    {
        var ocd = () => new Region("x", "not-ocd", null, new Term(new LocalDate(2000, 1, 1), null), [new Dated<RegionKind>(new Term(new LocalDate(2000, 1, 1), null), RegionKind.Oblast)], [new Dated<LocalizedName>(new Term(new LocalDate(2000, 1, 1), null), new LocalizedName("X"))]);
        ocd.Should().Throw<ArgumentException>().WithParameterName("ocdId");
        var qid = () => new Party("p", new LocalizedName("P"), "1520");
        qid.Should().Throw<ArgumentException>().WithParameterName("wikidataId");
    }
}

public class ProvenanceTests
{
    private static SourceReference Ipu() => new(new Uri("http://archive.ipu.org/parline-e/reports/arc/2165_94.htm"), "IPU PARLINE");

    [Fact]
    public void At_least_one_absolute_http_source_is_required()
    {
        var none = () => new Provenance([], Confidence.High);
        none.Should().Throw<ArgumentException>().WithParameterName("sources");
        var relative = () => new SourceReference(new Uri("/relative", UriKind.Relative), "x");
        relative.Should().Throw<ArgumentException>().WithParameterName("url");
        var ftp = () => new SourceReference(new Uri("ftp://example.org/x"), "x");
        ftp.Should().Throw<ArgumentException>().WithParameterName("url");
    }

    [Fact]
    public void Equality_is_by_value()
    {
        EqualityContract.Holds(new Provenance([Ipu()], Confidence.High, "n"), new Provenance([Ipu()], Confidence.High, "n"), new Provenance([Ipu()], Confidence.Low, "n"), new Provenance([Ipu(), Ipu()], Confidence.High, "n"));
        EqualityContract.Holds(Ipu(), Ipu(), new SourceReference(new Uri("http://archive.ipu.org/parline-e/reports/arc/2165_94.htm"), "Other"));
        new Provenance([Ipu()], Confidence.High).ToString().Should().Be("High, 1 source");
    }
}

public class SeatFillingBodyTests
{
    [Theory]
    [InlineData(SeatSource.AppointedByPresident, typeof(President))]
    [InlineData(SeatSource.AppointedByPresidentOnAssemblyProposal, typeof(President))]
    [InlineData(SeatSource.ElectedByAssemblyOfPeople, typeof(AssemblyOfPeople))]
    [InlineData(SeatSource.PartyList, typeof(Electorate))]
    [InlineData(SeatSource.SingleMemberDistrict, typeof(Electorate))]
    [InlineData(SeatSource.StateList, typeof(Electorate))]
    [InlineData(SeatSource.PublicOrganization, typeof(PublicOrganizations))]
    public void Each_seat_source_is_filled_by_its_body(SeatSource source, Type body)
    {
        SeatFillingBody.FilledBy(source).Should().BeOfType(body);
    }

    [Fact]
    public void Maslikhat_seats_are_filled_by_the_maslikhat_of_the_region()
    {
        SeatFillingBody.FilledBy(SeatSource.ElectedByMaslikhats, "astana").Should().Be(new Maslikhat("astana"));
        var noRegion = () => SeatFillingBody.FilledBy(SeatSource.ElectedByMaslikhats);
        noRegion.Should().Throw<ArgumentException>();
        SeatFillingBody.ProposedBy(SeatSource.AppointedByPresidentOnAssemblyProposal).Should().Be(AssemblyOfPeople.Instance);
        SeatFillingBody.ProposedBy(SeatSource.AppointedByPresident).Should().BeNull();
        President.Instance.Name.Russian.Should().Be("Президент Республики Казахстан");
    }
}

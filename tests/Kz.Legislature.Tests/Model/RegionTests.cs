using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Model;

public partial class RegionTests
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

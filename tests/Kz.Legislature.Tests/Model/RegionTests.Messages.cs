namespace Kz.Legislature.Tests.Model;

public partial class RegionTests
{
    [Fact]
    public void a_region_outside_kazakhstan_or_with_a_gap_in_its_kinds_is_refused_with_the_reason()
    {
        var period = new Term(new LocalDate(1997, 12, 10), null);
        Dated<LocalizedName>[] names = [new(period, new LocalizedName("Astana"))];
        Dated<RegionKind>[] kinds = [new(period, RegionKind.Capital)];

        FluentActions.Invoking(() => new Region("astana", "ocd-division/country:kg/city:bishkek", null, period, kinds, names)).Should().Throw<ArgumentException>()
            .WithParameterName("ocdId").Which.Message.Should().Be("An OCD division identifier must start with 'ocd-division/country:kz'.");

        Dated<RegionKind>[] gap =
        [
            new(new Term(new LocalDate(1997, 12, 10), new LocalDate(2000, 1, 1)), RegionKind.CityOfRepublicanSignificance),
            new(new Term(new LocalDate(2001, 1, 1), null), RegionKind.Capital),
        ];
        FluentActions.Invoking(() => new Region("astana", "ocd-division/country:kz/city:astana", null, period, gap, names)).Should().Throw<ArgumentException>()
            .WithParameterName("kinds").Which.Message.Should().Be("Entries must be sorted and abut: [1997-12-10, 2000-01-01) is not followed by [2001-01-01, …).");
    }
}

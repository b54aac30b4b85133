namespace Kz.Legislature.Tests.Model;

public partial class RegionTests
{
    /// <summary>Region identifiers and the coverage of its kinds are checked with their reasons.</summary>
    [Fact]
    public void region_arguments_are_checked()
    {
        var period = new Term(new LocalDate(1997, 12, 10), null);
        var name = new LocalizedName("Astana");
        Dated<LocalizedName>[] names = [new(period, name)];
        Region Make(string? qid, IEnumerable<Dated<RegionKind>> kinds) => new("astana", "ocd-division/country:kz/city:astana", qid, period, kinds, names);

        FluentActions.Invoking(() => Make("X1", [new(period, RegionKind.Capital)])).Should().Throw<ArgumentException>()
            .WithParameterName("wikidataId").WithMessage("A Wikidata identifier looks like 'Q1520'.*");
        FluentActions.Invoking(() => Make(null, [])).Should().Throw<ArgumentException>()
            .WithParameterName("kinds").WithMessage("At least one entry is required.*");
        FluentActions.Invoking(() => Make(null, [new(new Term(new LocalDate(1998, 1, 1), null), RegionKind.Capital)])).Should().Throw<ArgumentException>()
            .WithParameterName("kinds").WithMessage("The first entry must start on 1997-12-10, when the region begins.*");
        FluentActions.Invoking(() => Make(null, [new(new Term(new LocalDate(1997, 12, 10), new LocalDate(2000, 1, 1)), RegionKind.Capital)])).Should().Throw<ArgumentException>()
            .WithParameterName("kinds").WithMessage("The last entry must end when the region ends.*");
        Make("Q1520", [new(period, RegionKind.Capital)]).WikidataId.Should().Be("Q1520");
    }
}

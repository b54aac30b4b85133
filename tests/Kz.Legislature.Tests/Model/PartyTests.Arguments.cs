namespace Kz.Legislature.Tests.Model;

public sealed partial class PartyTests
{
    [Fact]
    public void a_malformed_wikidata_identifier_is_refused_with_an_example()
    {
        FluentActions.Invoking(() => new Party("p", new LocalizedName("P"), "1520")).Should().Throw<ArgumentException>()
            .WithParameterName("wikidataId").Which.Message.Should().Be("A Wikidata identifier looks like 'Q1520'.");
    }
}

namespace Kz.Legislature.Tests.Model;

public sealed partial class PartyTests
{
    /// <summary>A party reads as its identifier and name.</summary>
    [Fact]
    public void a_party_reads_as_its_id_and_name()
    {
        new Party("x", new LocalizedName("X party")).ToString().Should().Be("x (X party)");
    }
}

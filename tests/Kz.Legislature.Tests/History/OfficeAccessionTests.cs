using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

/// <summary>How a presiding officer came to office reads as the method, who nominated and the vote, each only when known.</summary>
public sealed class OfficeAccessionTests
{
    [Fact]
    public void a_recorded_election_on_the_presidents_nomination_reads_with_the_vote()
    {
        // Maulen Ashimbayev's election as Chair of the Senate in 2023: nominated by the President, 50 for, 0 against (dataset).
        var accession = SessionHistory.Current.Offices.Single(o => o.Id == "chair-senate-2023-ashimbayev").Accession;
        accession.ToString().Should().Be("ElectedByChamber on the President's nomination, 50 for, 0 against");
    }

    [Theory]
    [InlineData(null, null, null, null, "not recorded")]
    [InlineData(AccessionMethod.Acting, null, null, null, "Acting")]
    [InlineData(AccessionMethod.ElectedByChamber, OfficeNominator.Deputies, null, null, "ElectedByChamber on the deputies' nomination")]
    [InlineData(AccessionMethod.ElectedByChamber, OfficeNominator.President, 107, null, "ElectedByChamber on the President's nomination, 107 for")]
    [InlineData(AccessionMethod.ElectedByChamber, null, null, 3, "ElectedByChamber, 3 against")]
    [InlineData(null, null, 0, 0, "not recorded, 0 for, 0 against")]
    public void each_part_appears_only_when_it_is_known(AccessionMethod? method, OfficeNominator? nominator, int? votesFor, int? votesAgainst, string text)
    {
        new OfficeAccession(method, nominator, null, votesFor, votesAgainst, null, "test").ToString().Should().Be(text);
    }
}

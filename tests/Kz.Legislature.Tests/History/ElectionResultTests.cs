using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

public sealed class ElectionResultTests
{
    /// <summary>A result row reads as its party or label and its seats ("?" when unknown), and names a party or a label, not both.</summary>
    [Fact]
    public void a_result_row_reads_as_party_and_seats_and_names_one_of_party_or_label()
    {
        SessionHistory.Current.Elections.Single(e => e.Id == "mazhilis-2023").Results[0].ToString().Should().Be("amanat 62");
        new ElectionResult(null, "independents", null, null, null, null, null).ToString().Should().Be("independents ?");
        FluentActions.Invoking(() => new ElectionResult("amanat", "Amanat", null, null, null, null, null)).Should().Throw<ArgumentException>()
            .WithParameterName("partyId").WithMessage("A result row names either a party or a label.*");
    }
}

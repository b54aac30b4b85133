using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

/// <summary>A term in a chamber office reads as the person, the office and the half-open period; only chairs preside.</summary>
public sealed class OfficeTermTests
{
    private static OfficeTerm Real(string id) => SessionHistory.Current.Offices.Single(o => o.Id == id);

    private static OfficeTerm As(OfficeTerm term, OfficeRole role) =>
        new(term.Id, term.Person, term.Chamber, role, term.Term, term.StartBasis, term.EndReason, term.Accession, term.Provenance);

    [Fact]
    public void a_chair_reads_as_the_person_the_office_and_the_period()
    {
        // The dataset's term of Kassym-Jomart Tokayev as Chair of the Senate, 11 Jan 2007 to 15 Apr 2011.
        var term = Real("chair-senate-2007-tokayev");
        term.ToString().Should().Be($"{term.Person.Name.English}, Chair of the Senate {term.Term}");
        term.ToString().Should().Be("Kassym-Jomart Tokayev, Chair of the Senate [2007-01-11, 2011-04-15)");
        term.IsPresiding.Should().BeTrue();
    }

    [Theory]
    [InlineData(OfficeRole.Chair, "Chair", true)]
    [InlineData(OfficeRole.ActingChair, "Acting Chair", true)]
    [InlineData(OfficeRole.DeputyChair, "Deputy Chair", false)]
    public void each_role_is_named_and_only_a_chair_or_an_acting_chair_presides(OfficeRole role, string name, bool presides)
    {
        var term = As(Real("chair-mazhilis-2016-nigmatulin"), role);
        term.ToString().Should().Be($"{term.Person.Name.English}, {name} of the Mazhilis {term.Term}");
        term.IsPresiding.Should().Be(presides);
    }

    [Fact]
    public void a_chair_of_the_supreme_council_names_that_chamber()
    {
        var term = Real("chair-supreme-council-1991-abdildin");
        term.ToString().Should().StartWith(term.Person.Name.English + ", Chair of the Supreme Council [");
    }
}

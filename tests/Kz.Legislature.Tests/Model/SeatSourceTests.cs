using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Model;

public class SeatSourceTests
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

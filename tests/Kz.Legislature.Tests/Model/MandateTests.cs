using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Model;

public partial class MandateTests
{
    private static readonly Deputy Person = new("d-001", "Synthetic Senator", new LocalDate(1970, 5, 1));
    private static readonly LocalDate Start = new(2023, 1, 25);

    private static Mandate Senator() => new(Person, ChamberKind.Senate, SeatSource.ElectedByMaslikhats, Start, new LocalDate(2029, 1, 25), regionId: "astana");

    [Fact]
    public void Equality_is_by_value()
    {
        EqualityContract.Holds(
            Senator(),
            Senator(),
            Senator().WithSource(SeatSource.AppointedByPresident),
            Senator().WithSeat("almaty", null, null),
            Senator().WithTerm(Start, null),
            Senator().WithChamber(ChamberKind.Mazhilis),
            Senator().WithDeputy(new Deputy("d-002", "Other")));
    }

    [Fact]
    public void A_seven_year_term_is_constructible_so_that_a_validator_can_reject_it()
    {
        var m = new Mandate(Person, ChamberKind.Senate, SeatSource.ElectedByMaslikhats, Start, Start.PlusYears(7), regionId: "astana");
        m.Term.Length.Should().Be(Period.FromYears(7));
    }

    [Fact]
    public void The_end_must_be_after_the_start()
    {
        var act = () => new Mandate(Person, ChamberKind.Senate, SeatSource.ElectedByMaslikhats, Start, Start);
        act.Should().Throw<ArgumentException>().WithParameterName("end");
    }

    [Fact]
    public void An_end_reason_needs_an_end()
    {
        var act = () => new Mandate(Person, ChamberKind.Senate, SeatSource.ElectedByMaslikhats, Start, null, MandateEndReason.Death);
        act.Should().Throw<ArgumentException>().WithParameterName("endReason");
    }

    [Fact]
    public void A_negative_district_is_rejected_and_a_null_deputy_too()
    {
        var district = () => new Mandate(Person, ChamberKind.Mazhilis, SeatSource.SingleMemberDistrict, Start, district: -1);
        district.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("district");
        var deputy = () => new Mandate(null!, ChamberKind.Mazhilis, SeatSource.SingleMemberDistrict, Start);
        deputy.Should().Throw<ArgumentNullException>().WithParameterName("deputy");
        var region = () => new Mandate(Person, ChamberKind.Senate, SeatSource.ElectedByMaslikhats, Start, regionId: " ");
        region.Should().Throw<ArgumentException>().WithParameterName("regionId");
    }

    [Fact]
    public void WithEnd_records_an_early_end_and_its_reason()
    {
        var ended = Senator().WithEnd(new LocalDate(2026, 7, 1), MandateEndReason.ConstitutionalTermination);
        ended.End.Should().Be(new LocalDate(2026, 7, 1));
        ended.EndReason.Should().Be(MandateEndReason.ConstitutionalTermination);
        ended.IsActiveOn(new LocalDate(2026, 6, 30)).Should().BeTrue();
        ended.IsActiveOn(new LocalDate(2026, 7, 1)).Should().BeFalse();
    }

    [Fact]
    public void WithTerm_drops_the_end_reason_when_the_end_is_removed()
    {
        var ended = Senator().WithEnd(new LocalDate(2026, 7, 1), MandateEndReason.Resignation);
        ended.WithTerm(Start, null).EndReason.Should().BeNull();
    }

    [Fact]
    public void ToString_is_short_and_names_the_seat()
    {
        Senator().ToString().Should().Be("Senate/ElectedByMaslikhats astana d-001 [2023-01-25, 2029-01-25)");
        new Mandate(Person, ChamberKind.Mazhilis, SeatSource.SingleMemberDistrict, Start, district: 7).ToString()
            .Should().Be("Mazhilis/SingleMemberDistrict district 7 d-001 [2023-01-25, …)");
    }
}

namespace Kz.Legislature.Tests.Model;

public partial class MandateTests
{
    /// <summary>A new term keeps the end reason when it has an end, and drops it when open-ended.</summary>
    [Fact]
    public void with_term_keeps_the_end_reason_only_for_a_bounded_term()
    {
        var m = new Mandate(new Deputy("d-1", "Synthetic"), ChamberKind.Mazhilis, SeatSource.PartyList, new LocalDate(2021, 1, 15), new LocalDate(2023, 1, 19), MandateEndReason.Dissolution, partyId: "amanat");
        m.WithTerm(new LocalDate(2021, 1, 15), new LocalDate(2022, 1, 1)).EndReason.Should().Be(MandateEndReason.Dissolution);
        m.WithTerm(new LocalDate(2021, 1, 15), null).EndReason.Should().BeNull();
    }
}

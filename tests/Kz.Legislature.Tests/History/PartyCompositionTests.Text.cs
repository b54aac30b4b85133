using Kz.Legislature.History;

namespace Kz.Legislature.Tests.History;

public partial class PartyCompositionTests
{
    [Fact]
    public void A_composition_without_vacant_seats_reads_as_its_holders_and_total_only()
    {
        // The IV Mazhilis at its first sitting: 98 Nur Otan (Amanat's name then) and 9 elected by the Assembly (the embedded dataset).
        Of("mazhilis-iv").ToString().Should().Be("Mazhilis 2007-09-02: Nur Otan 98, elected by the Assembly of People of Kazakhstan 9 (107 seats)");
    }

    [Fact]
    public void SeatsOf_rejects_a_null_party()
    {
        FluentActions.Invoking(() => Of("mazhilis-iv").SeatsOf((Party)null!)).Should().Throw<ArgumentNullException>().WithParameterName("party");
    }
}

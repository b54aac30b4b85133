using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Model;

public partial class ParliamentTests
{
    [Fact]
    public void a_chamber_of_another_date_is_refused_naming_both_dates()
    {
        var senate = new Senate(Date.PlusDays(1), [Synthetic.Senator(1)]);

        FluentActions.Invoking(() => new Parliament(Date, [senate])).Should().Throw<ArgumentException>()
            .WithParameterName("chambers").Which.Message.Should().Be("The Senate describes 2024-01-02, not 2024-01-01.");
    }

    [Fact]
    public void chambers_of_two_legislatures_read_as_mixed_chambers()
    {
        // Made up: a Senate and a Kurultai on one day belong to no single form of legislature.
        var senate = new Senate(Date, [Synthetic.Senator(1), Synthetic.Senator(2)]);
        var kurultai = new Kurultai(Date, [Synthetic.Senator(3).WithChamber(ChamberKind.Kurultai).WithSource(SeatSource.PartyList)]);

        var mixed = new Parliament(Date, [senate, kurultai]);

        mixed.Form.Should().BeNull();
        mixed.ToString().Should().Be("Mixed chambers on 2024-01-01: Senate 2 sitting, Kurultai 1 sitting");
    }
}

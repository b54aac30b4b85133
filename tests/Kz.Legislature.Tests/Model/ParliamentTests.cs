using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Model;

public partial class ParliamentTests
{
    private static readonly LocalDate Date = new(2024, 1, 1);

    [Fact]
    public void The_form_is_that_of_the_legislature_the_chambers_belong_to()
    {
        new Parliament(Date, []).Form.Should().BeNull();
        new Parliament(Date, []).SittingChambers.Should().BeEmpty();
        new Parliament(Date, [new Kurultai(Date, [])]).Form.Should().Be(LegislatureForm.Unicameral);
        new Parliament(Date, [new SupremeCouncil(Date, [])]).Form.Should().Be(LegislatureForm.Unicameral);
        new Parliament(Date, [new Kurultai(Date, [])]).NotSittingChambers.Should().BeEmpty();
        new Parliament(Date, [new Senate(Date, []), new Kurultai(Date, [])]).Form.Should().BeNull();
        var p = Parliament.FromChambers(new Senate(Date, []), new Mazhilis(Date, []), 8);
        p.Form.Should().Be(LegislatureForm.Bicameral);
        p.Senate.Should().NotBeNull();
        p.Mazhilis.Should().NotBeNull();
        p.Kurultai.Should().BeNull();
        p.Chamber(ChamberKind.Mazhilis).Should().BeSameAs(p.Mazhilis);
        p.SittingChambers.Should().Equal(ChamberKind.Senate, ChamberKind.Mazhilis);
        p.NotSittingChambers.Should().BeEmpty();
        p.ToString().Should().Be("Bicameral on 2024-01-01: Senate 0 sitting, Mazhilis 0 sitting");
    }

    [Fact]
    public void A_Parliament_whose_Mazhilis_was_dissolved_is_still_bicameral_with_one_chamber_sitting()
    {
        // The VII-convocation Mazhilis was dissolved on 19 Jan 2023 and the VIII first sat on 29 Mar 2023 (Kazinform).
        var day = new LocalDate(2023, 2, 1);
        var senateOnly = new Parliament(day, [new Senate(day, [])]);
        senateOnly.Form.Should().Be(LegislatureForm.Bicameral);
        senateOnly.SittingChambers.Should().Equal(ChamberKind.Senate);
        senateOnly.NotSittingChambers.Should().Equal(ChamberKind.Mazhilis);
        senateOnly.ToString().Should().Be("Bicameral on 2023-02-01: Senate 0 sitting; Mazhilis not sitting");
        new Parliament(day, [new Mazhilis(day, [])]).NotSittingChambers.Should().Equal(ChamberKind.Senate);
    }

    [Fact]
    public void Two_chambers_of_one_kind_or_of_another_date_are_rejected()
    {
        var twice = () => new Parliament(Date, [new Senate(Date, []), new Senate(Date, [])]);
        twice.Should().Throw<ArgumentException>().WithParameterName("chambers").WithMessage("*Two chambers of kind Senate*");
        var otherDate = () => new Parliament(Date, [new Senate(Date.PlusDays(1), [])]);
        otherDate.Should().Throw<ArgumentException>().WithParameterName("chambers");
    }

    [Fact]
    public void Equality_is_by_value()
    {
        EqualityContract.Holds(
            Parliament.FromChambers(new Senate(Date, []), new Mazhilis(Date, []), 8),
            Parliament.FromChambers(new Senate(Date, []), new Mazhilis(Date, []), 8),
            Parliament.FromChambers(new Senate(Date, []), new Mazhilis(Date, []), 7),
            new Parliament(Date, [new Senate(Date, [])], 8));
    }
}

using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Model;

public partial class ChamberCompositionTests
{
    private static readonly LocalDate Date = new(2024, 1, 1);

    private static Mandate Senator(int i, string region) =>
        new(new Deputy($"d-{i:000}", $"Synthetic {i}"), ChamberKind.Senate, SeatSource.ElectedByMaslikhats, new LocalDate(2023, 1, 25), new LocalDate(2029, 1, 25), regionId: region);

    private static Senate Senate() => new(Date, [Senator(1, "astana"), Senator(2, "astana")], 8);

    [Fact]
    public void Equality_is_by_value_kind_date_convocation_and_mandates()
    {
        EqualityContract.Holds(
            Senate(),
            Senate(),
            new Senate(Date, [Senator(2, "astana"), Senator(1, "astana")], 8),
            new Senate(Date.PlusDays(1), [Senator(1, "astana"), Senator(2, "astana")], 8),
            new Senate(Date, [Senator(1, "astana"), Senator(2, "astana")]));
        ((ChamberComposition)new Mazhilis(Date, [])).Should().NotBe(new Kurultai(Date, []));
    }

    [Fact]
    public void A_51_member_Senate_or_three_senators_from_one_region_is_constructible()
    {
        var mandates = Enumerable.Range(1, 51).Select(i => Senator(i, "astana")).ToList();
        var senate = new Senate(Date, mandates);
        senate.SeatCount.Should().Be(51);
        senate.CountBySource(SeatSource.ElectedByMaslikhats).Should().Be(51);
    }

    [Fact]
    public void Null_mandates_are_rejected_and_name_the_argument()
    {
        var list = () => new Senate(Date, null!);
        list.Should().Throw<ArgumentNullException>().WithParameterName("mandates");
        var item = () => new Senate(Date, [Senator(1, "astana"), null!]);
        item.Should().Throw<ArgumentException>().WithParameterName("mandates").WithMessage("Item 1 is null*");
    }

    [Fact]
    public void A_convocation_number_must_be_positive()
    {
        var act = () => new Mazhilis(Date, [], 0);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("convocation");
    }

    [Fact]
    public void Builders_add_replace_and_remove_mandates_without_changing_the_original()
    {
        var senate = Senate();
        var added = senate.WithMandate(Senator(3, "almaty"));
        added.Should().BeOfType<Senate>();
        added.SeatCount.Should().Be(3);
        senate.SeatCount.Should().Be(2);

        added.WithoutDeputy("d-003").Should().Be(senate);
        added.WithoutMandateAt(2).Should().Be(senate);
        added.WithMandateAt(2, Senator(4, "almaty")).Mandates[2].Deputy.Id.Should().Be("d-004");
        senate.WithMandates([Senator(5, "x"), Senator(6, "y")]).SeatCount.Should().Be(4);
        senate.WithMandatesReplaced(m => m.Deputy.Id == "d-001", m => m.WithSource(SeatSource.AppointedByPresident))
            .CountBySource(SeatSource.AppointedByPresident).Should().Be(1);
        var missing = () => senate.WithoutDeputy("nobody");
        missing.Should().Throw<ArgumentException>().WithParameterName("deputyId");
        var outOfRange = () => senate.WithoutMandateAt(5);
        outOfRange.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void On_projects_a_roster_to_the_mandates_running_that_day()
    {
        var early = Senator(1, "astana").WithTerm(new LocalDate(2017, 1, 1), new LocalDate(2023, 1, 25));
        var roster = new Senate(Date, [early, Senator(2, "astana")]);
        var onDay = roster.On(new LocalDate(2020, 1, 1));
        onDay.Date.Should().Be(new LocalDate(2020, 1, 1));
        onDay.Mandates.Should().ContainSingle().Which.Deputy.Id.Should().Be("d-001");
        roster.WithDate(new LocalDate(2020, 1, 1)).SeatCount.Should().Be(2);
    }

    [Fact]
    public void ToString_is_short_and_culture_invariant()
    {
        using var _ = new CultureScope("ar-SA");
        Senate().ToString().Should().Be("Senate on 2024-01-01: 2 mandates");
    }
}

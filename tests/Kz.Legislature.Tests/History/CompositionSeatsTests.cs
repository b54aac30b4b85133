using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

/// <summary>A row of a party composition names its holder (the party as named that day, a label, or the kind) and its source.</summary>
public sealed class CompositionSeatsTests
{
    private static CompositionSeats Row(SeatHolderKind holder, string? label, SeatSource? source, int seats) =>
        new(holder, null, label, source, seats, null, null, new LocalDate(2023, 3, 29));

    [Theory]
    [InlineData(SeatHolderKind.Independent, "independents")]
    [InlineData(SeatHolderKind.SelfNominated, "self-nominated")]
    [InlineData(SeatHolderKind.Unknown, "not known")]
    [InlineData(SeatHolderKind.Group, "Group")]
    public void a_row_without_party_or_label_is_named_by_its_kind(SeatHolderKind holder, string name)
    {
        var row = Row(holder, null, SeatSource.SingleMemberDistrict, 7);
        row.HolderName.Should().Be(name);
        row.ToString().Should().Be($"{name} 7 (SingleMemberDistrict)");
    }

    [Fact]
    public void a_label_names_a_row_without_a_party_and_an_unknown_source_is_said()
    {
        var row = Row(SeatHolderKind.Group, "Assembly of People", null, 9);
        row.HolderName.Should().Be("Assembly of People");
        row.ToString().Should().Be("Assembly of People 9 (source not known)");
        row.PartyName.Should().BeNull();
    }

    [Fact]
    public void a_party_row_of_the_dataset_reads_as_the_party_its_seats_and_source()
    {
        // The VIII Mazhilis (CEC final result of 19 Mar 2023): Amanat won 40 party-list seats.
        var row = SessionHistory.Current.Compositions.Single(c => c.Sitting.Id == "mazhilis-viii").Seats
            .Single(s => s.Party?.Id == "amanat" && s.Source == SeatSource.PartyList);
        row.ToString().Should().Be("Amanat 40 (PartyList)");
    }

    [Fact]
    public void a_composition_with_vacant_seats_says_how_many()
    {
        var real = SessionHistory.Current.Compositions.Single(c => c.Sitting.Id == "mazhilis-viii");
        var withVacancies = new PartyComposition(real.Sitting, real.Seats.Skip(1), real.Seats[0].Seats, real.HeldToSeats, real.Provenance);
        withVacancies.VacantSeats.Should().Be(real.Seats[0].Seats);
        withVacancies.Total.Should().Be(real.Total);
        withVacancies.ToString().Should().EndWith($", vacant {real.Seats[0].Seats} (98 seats)");
        real.ToString().Should().NotContain("vacant").And.EndWith(" (98 seats)").And.StartWith("Mazhilis 2023-03-29: ");
    }
}

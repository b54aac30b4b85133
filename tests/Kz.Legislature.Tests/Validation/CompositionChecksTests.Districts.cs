using FluentValidation.Results;
using Kz.Legislature.History;
using Kz.Legislature.Testing;
using Kz.Legislature.Tests.History;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

public sealed partial class CompositionChecksTests
{
    private static List<ValidationFailure> AllFailures(ChamberComposition composition, LegislativeHistory? history = null) =>
        new CompositionChecks(history ?? Current, ValidationOptions.Statutory).Check(composition, composition.Kind).ToList();

    /// <summary>The indexes of the single-member district mandates of a composition, in order.</summary>
    private static List<int> DistrictIndexes(ChamberComposition composition) =>
        composition.Mandates.Select((m, i) => (m, i)).Where(p => p.m.Source == SeatSource.SingleMemberDistrict).Select(p => p.i).ToList();

    [Fact]
    public void a_party_list_mandate_without_a_party_is_reported_under_its_party_property()
    {
        using var english = new CultureScope("en-US");
        var mazhilis = ValidCompositions.MazhilisOn(Date("2024-01-01"), Current);
        var index = mazhilis.Mandates.ToList().FindIndex(m => m.Source == SeatSource.PartyList);
        var m = mazhilis.Mandates[index];

        var failure = AllFailures(mazhilis.WithMandateAt(index, m.WithSeat(m.RegionId, m.District, null))).Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.MissingParty);
        failure.PropertyName.Should().Be($"Mandates[{index}].PartyId");
        failure.AttemptedValue.Should().BeNull();
        failure.ErrorMessage.Should().Be($"The party-list mandate of {m.Deputy.Id} names no party.");
    }

    [Fact]
    public void a_district_mandate_without_a_district_is_reported_under_its_district_property()
    {
        using var english = new CultureScope("en-US");
        var mazhilis = ValidCompositions.MazhilisOn(Date("2024-01-01"), Current);
        var index = DistrictIndexes(mazhilis)[2];
        var m = mazhilis.Mandates[index];

        var failure = AllFailures(mazhilis.WithMandateAt(index, m.WithSeat(null, null, m.PartyId))).Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.MissingDistrict);
        failure.PropertyName.Should().Be($"Mandates[{index}].District");
        failure.ErrorMessage.Should().Be($"The single-member district mandate of {m.Deputy.Id} names no district number.");
    }

    [Fact]
    public void three_holders_of_one_district_beyond_the_plan_are_each_out_of_range_and_together_one_shared_district()
    {
        // The 2022 rules give the Mazhilis 29 single-member districts (Art. 50(2)); district 30 does not exist. Three holders
        // given district 30 are each out of range, and the district is reported once as held by the three, in composition order.
        using var english = new CultureScope("en-US");
        var mazhilis = ValidCompositions.MazhilisOn(Date("2024-01-01"), Current);
        RulesFor(mazhilis).SeatsFor(SeatSource.SingleMemberDistrict).Should().Be(29);
        var moved = DistrictIndexes(mazhilis).Take(3).ToList();
        ChamberComposition changed = mazhilis;
        foreach (var i in moved)
        {
            changed = changed.WithMandateAt(i, mazhilis.Mandates[i].WithSeat(null, 30, null));
        }

        var failures = AllFailures(changed);

        failures.Select(e => e.ErrorCode).Should().Equal(
            ValidationCodes.DistrictOutOfRange, ValidationCodes.DistrictOutOfRange, ValidationCodes.DistrictOutOfRange, ValidationCodes.DuplicateDistrict);
        var ids = moved.Select(i => mazhilis.Mandates[i].Deputy.Id).ToList();
        for (var k = 0; k < 3; k++)
        {
            failures[k].PropertyName.Should().Be($"Mandates[{moved[k]}].District");
            failures[k].AttemptedValue.Should().Be(30);
            failures[k].ErrorMessage.Should().Be($"The mandate of {ids[k]} names single-member district 30, outside 1 to 29.");
        }

        failures[3].PropertyName.Should().Be("Mandates");
        failures[3].AttemptedValue.Should().Be(30);
        failures[3].FormattedMessagePlaceholderValues["Count"].Should().Be(3);
        failures[3].FormattedMessagePlaceholderValues["Deputies"].Should().Be($"{ids[0]}, {ids[1]}, {ids[2]}");
    }

    [Fact]
    public void two_holders_of_one_district_beyond_the_plan_share_it()
    {
        using var english = new CultureScope("en-US");
        var mazhilis = ValidCompositions.MazhilisOn(Date("2024-01-01"), Current);
        var (a, b) = (DistrictIndexes(mazhilis)[0], DistrictIndexes(mazhilis)[1]);
        var changed = mazhilis.WithMandateAt(a, mazhilis.Mandates[a].WithSeat(null, 31, null)).WithMandateAt(b, mazhilis.Mandates[b].WithSeat(null, 31, null));

        var failures = AllFailures(changed);

        failures.Select(e => e.ErrorCode).Should().Equal(ValidationCodes.DistrictOutOfRange, ValidationCodes.DistrictOutOfRange, ValidationCodes.DuplicateDistrict);
        failures[2].ErrorMessage.Should().Be(
            $"Single-member district 31 is held by 2 deputies ({mazhilis.Mandates[a].Deputy.Id}, {mazhilis.Mandates[b].Deputy.Id}); each district elects one.");
    }

    [Fact]
    public void a_district_mandate_in_a_chamber_without_districts_is_only_a_seat_of_a_source_the_plan_lacks()
    {
        // The Senate of 2024 has no single-member districts: a seat moved there is counted by source, and its district (or the
        // lack of one) is not checked against a plan of no districts.
        var senate = ValidCompositions.SenateOn(Date("2024-01-01"), Current);
        RulesFor(senate).SeatsFor(SeatSource.SingleMemberDistrict).Should().Be(0);
        var index = PlainSeatIndex(senate);
        var district = senate.Mandates[index].WithSource(SeatSource.SingleMemberDistrict);

        foreach (var seat in new int?[] { 1, null })
        {
            AllFailures(senate.WithMandateAt(index, district.WithSeat(null, seat, null))).Select(e => e.ErrorCode)
                .Should().Equal(ValidationCodes.SeatsBySource, ValidationCodes.SeatsBySource);
        }
    }

    [Fact]
    public void a_plan_of_thirty_two_districts_is_checked_without_fault()
    {
        // A history whose 2022 Mazhilis has 32 single-member districts (a made-up plan: a power of two, so the marks of
        // districts 0 to 32 need more than 32 slots) checks the real 29 holders: three district seats are missing and the
        // total is 3 short, and no district is out of range or shared, not even the last one, 32.
        var thirtyTwo = WithMazhilisDistricts(32, 3, "Made up for a test: districts 30 to 32 are vacant.");
        var mazhilis = ValidCompositions.MazhilisOn(Date("2024-01-01"), Current);

        AllFailures(mazhilis, thirtyTwo).Select(e => e.ErrorCode).Should().Equal(ValidationCodes.SeatTotal, ValidationCodes.SeatsBySource);

        var last = DistrictIndexes(mazhilis)[^1];
        var thirtySecond = mazhilis.WithMandateAt(last, mazhilis.Mandates[last].WithSeat(null, 32, null));
        AllFailures(thirtySecond, thirtyTwo).Select(e => e.ErrorCode).Should().Equal(ValidationCodes.SeatTotal, ValidationCodes.SeatsBySource);
    }
}

using Kz.Legislature.Elections;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.Elections;

/// <summary>How <see cref="ElectionLaw"/> builds an allocation input from an election's rows, and the full text of its refusals.</summary>
public sealed partial class ElectionLawTests
{
    private static Election SyntheticElection(long? listOrAgainstAllVotes, params ElectionResult[] results) => new(
        "synthetic", ChamberKind.Mazhilis, ElectionKind.Regular, [new LocalDate(2030, 1, 1)], null, null, null, listOrAgainstAllVotes, null, results, [], Synthetic);

    /// <summary>A party row with votes and list seats.</summary>
    private static ElectionResult Row(string partyId, long? votes, decimal? share, int? listSeats) => new(partyId, null, share, votes, listSeats, listSeats, null);

    /// <summary>With every list's votes and the ballots, the input is the votes, registered in row order, and the ballots.</summary>
    [Fact]
    public void Published_votes_and_ballots_give_an_input_of_votes()
    {
        var election = SyntheticElection(
            1000,
            Row("a", 600, 60.5m, 3),
            new ElectionResult(null, "against all", null, 100, null, null, null),
            Row("b", 300, 30m, 1),
            new ElectionResult("c", null, null, null, 2, null, 2));

        var input = ElectionLaw.ToAllocationInput(election)!;

        input.Should().Be(new AllocationInput(4, [new PartyListVotes("a", 600, 0), new PartyListVotes("b", 300, 1)], 1000));
    }

    /// <summary>Without the ballots, the published shares in hundredths of a percent are the votes, out of 10000.</summary>
    [Fact]
    public void Published_shares_without_ballots_give_an_input_of_hundredths()
    {
        var election = SyntheticElection(null, Row("a", 600, 60.5m, 3), Row("b", null, 30.25m, 1));

        var input = ElectionLaw.ToAllocationInput(election)!;

        input.Should().Be(new AllocationInput(4, [new PartyListVotes("a", 6050, 0), new PartyListVotes("b", 3025, 1)], 10_000));
    }

    /// <summary>No input without a share for every list, without list seats, or without any party row with votes or a share.</summary>
    [Fact]
    public void Incomplete_rows_give_no_input()
    {
        ElectionLaw.ToAllocationInput(SyntheticElection(null, Row("a", 600, 60.5m, 3), Row("b", 300, null, 1))).Should().BeNull();
        ElectionLaw.ToAllocationInput(SyntheticElection(1000, Row("a", 600, 60.5m, 0), Row("b", 300, 30m, null))).Should().BeNull();
        ElectionLaw.ToAllocationInput(SyntheticElection(1000, Row("a", null, null, 3), new ElectionResult(null, "self-nominated", 10m, 100, 2, 2, null))).Should().BeNull();
    }

    /// <summary>A day without party-list seats is refused with the chamber and the date.</summary>
    [Fact]
    public void A_day_without_party_list_seats_is_refused_with_the_chamber_and_date()
    {
        FluentActions.Invoking(() => ElectionLaw.PartyListSystemOn(History, new LocalDate(1996, 6, 1), ChamberKind.Mazhilis))
            .Should().Throw<InvalidOperationException>().Which.Message.Should().Be("The Mazhilis had no party-list seats on 1996-06-01.");
    }

    /// <summary>
    /// Under the 2022 law, whose runner-up rule the data does not know, one passing list is refused with the period; two passing
    /// lists are allocated; and under the 2009 law, which admits a runner-up, one passing list is allocated with the runner-up.
    /// </summary>
    [Fact]
    public void Only_an_outcome_that_depends_on_an_unknown_runner_up_rule_is_refused()
    {
        var onePasses = new AllocationInput(69, [new PartyListVotes("a", 900, 0), new PartyListVotes("b", 40, 1), new PartyListVotes("c", 45, 2)], 1000);
        FluentActions.Invoking(() => ElectionLaw.Allocate(History, new LocalDate(2024, 1, 1), ChamberKind.Mazhilis, onePasses))
            .Should().Throw<InvalidOperationException>().Which.Message.Should().Be(
                "Only one list passed the threshold, so the outcome depends on whether a runner-up list is admitted, which the data does not know for [2022-06-07, 2026-07-01); pass AllocationOptions explicitly.");

        var twoPass = new AllocationInput(10, [new PartyListVotes("a", 900, 0), new PartyListVotes("b", 60, 1), new PartyListVotes("c", 40, 2)], 1000);
        var result = ElectionLaw.Allocate(History, new LocalDate(2024, 1, 1), ChamberKind.Mazhilis, twoPass);
        result.Lists.Count(l => l.PassedThreshold).Should().Be(2);
        result.Lists.Sum(l => l.Seats).Should().Be(10);

        var under2009 = ElectionLaw.Allocate(History, new LocalDate(2012, 1, 15), ChamberKind.Mazhilis, onePasses);
        under2009.ListFor("c").AdmittedAsRunnerUp.Should().BeTrue();
        under2009.ListFor("b").IsEligible.Should().BeFalse();
        under2009.Lists.Sum(l => l.Seats).Should().Be(69);
    }

    /// <summary>Allocate checks the input for null before it looks the law up in the history.</summary>
    [Fact]
    public void Allocate_checks_the_input_for_null_first()
    {
        FluentActions.Invoking(() => ElectionLaw.Allocate(null!, new LocalDate(2023, 3, 19), ChamberKind.Mazhilis, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("input");
    }
}

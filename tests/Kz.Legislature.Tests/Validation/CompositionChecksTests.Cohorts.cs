using System.Text.Json.Nodes;
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
    private static List<ValidationFailure> Cohorts(ChamberComposition composition, LegislativeHistory history)
    {
        var checks = new CompositionChecks(history, ValidationOptions.Statutory);
        var failures = new List<ValidationFailure>();
        checks.CheckCohorts(composition, composition.Kind, checks.Localizer, failures);
        return failures;
    }

    /// <summary>The Senate of <paramref name="date"/> with both elected senators of its first region of two seated on <paramref name="start"/>, with no end.</summary>
    private static (ChamberComposition Senate, string Region, string Deputies) PairSeatedOn(LocalDate date, LocalDate start)
    {
        var senate = ValidCompositions.SenateOn(date, Current);
        var region = senate.Mandates.Where(m => m.Source == SeatSource.ElectedByMaslikhats && m.RegionId is not null)
            .GroupBy(m => m.RegionId).First(g => g.Count() == 2).Key!;
        var pair = senate.Mandates.Select((m, i) => (m, i)).Where(p => p.m.Source == SeatSource.ElectedByMaslikhats && p.m.RegionId == region).ToList();
        ChamberComposition result = senate;
        foreach (var (m, i) in pair)
        {
            result = result.WithMandateAt(i, new Mandate(m.Deputy, m.Chamber, m.Source, start, null, null, m.RegionId, m.District, m.PartyId));
        }

        return (result, region, $"{pair[0].m.Deputy.Id}, {pair[1].m.Deputy.Id}");
    }

    private static JsonNode Election(JsonObject doc, string id) => doc["elections"]!.AsArray().Single(e => (string?)e!["id"] == id)!;

    [Fact]
    public void two_senators_seated_after_an_election_of_unknown_seats_are_one_cohort()
    {
        // The dataset gives no seats contested for the Senate election of 8 October 1997: whether it filled whole pairs is not
        // known, so two senators of one region seated on 1 January 1998 each have start + term as their renewal day, the same one.
        using var english = new CultureScope("en-US");
        Current.Elections.Single(e => e.Id == "senate-1997").SeatsContested.Should().BeNull();
        var (senate, region, deputies) = PairSeatedOn(Date("1998-06-01"), Date("1998-01-01"));

        var failure = Cohorts(senate, Current).Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.SameRenewalCohort);
        failure.PropertyName.Should().Be("Mandates");
        failure.AttemptedValue.Should().Be(region);
        failure.ErrorMessage.Should().Be(
            $"Both elected senators of region {region} ({deputies}) belong to the same renewal cohort; half of the elected senators are renewed every 2 years, so their terms should end at different renewals.");
    }

    [Fact]
    public void the_election_that_filled_a_seat_is_dated_by_its_first_voting_day()
    {
        // Made up: the 1997 Senate election given a second voting day after the senators took their seats. It still began
        // before them, so it filled their seats (not the 1995 election, which filled whole pairs), and they are one cohort.
        var history = LegislativeHistoryTests.Load(doc => Election(doc, "senate-1997")["dates"] = new JsonArray("1997-10-08", "1998-03-01"));
        var (senate, _, _) = PairSeatedOn(Date("1998-06-01"), Date("1998-01-01"));

        Cohorts(senate, history).Select(e => e.ErrorCode).Should().Equal(ValidationCodes.SameRenewalCohort);
    }

    [Fact]
    public void the_election_that_filled_a_seat_is_the_latest_one_before_it_whatever_the_order_of_the_elections()
    {
        // Made up: the 1995 Senate election listed after the 1997 one. The 1997 election, the later one, still filled the seats.
        var history = LegislativeHistoryTests.Load(doc =>
        {
            var elections = doc["elections"]!.AsArray();
            var first = Election(doc, "senate-1995");
            elections.Remove(first);
            elections.Add(first);
        });
        history.Elections[^1].Id.Should().Be("senate-1995");
        var (senate, _, _) = PairSeatedOn(Date("1998-06-01"), Date("1998-01-01"));

        Cohorts(senate, history).Select(e => e.ErrorCode).Should().Equal(ValidationCodes.SameRenewalCohort);
    }

    [Fact]
    public void of_two_senate_elections_begun_on_one_day_the_first_listed_filled_the_seats()
    {
        // Made up: the 1997 Senate election (seats contested unknown) moved to 5 December 1995, the day of the first Senate
        // election, which filled both seats of every region. The first listed, the 1995 election, filled the seats of two
        // senators seated on 30 January 1996: they have no cohort of their own unless their ends say so.
        var history = LegislativeHistoryTests.Load(doc => Election(doc, "senate-1997")["dates"] = new JsonArray("1995-12-05"));
        history.Elections.Where(e => e.Chamber == ChamberKind.Senate && e.Date == Date("1995-12-05")).Select(e => e.Id)
            .Should().Equal("senate-1995", "senate-1997");
        var (senate, region, _) = PairSeatedOn(Date("1996-06-01"), Date("1996-01-30"));

        Cohorts(senate, history).Should().BeEmpty();

        // Ending by term expiry on the same day, the same two senators are one cohort.
        var ended = senate.WithMandatesReplaced(
            m => m.RegionId == region && m.Source == SeatSource.ElectedByMaslikhats,
            m => m.WithEnd(m.Start.Plus(RulesFor(senate).TermLength!), MandateEndReason.TermExpiry));
        Cohorts(ended, history).Select(e => e.ErrorCode).Should().Equal(ValidationCodes.SameRenewalCohort);
    }
}

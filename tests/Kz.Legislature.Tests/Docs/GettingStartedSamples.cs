// The code samples of docs/getting-started.md. Each region is a sample; DocsSamplesTests checks that the
// document shows exactly this code, and each test below runs it and asserts on what it produces.
using Kz.Legislature.Elections;
using Kz.Legislature.History;
using Kz.Legislature.Testing;
using Kz.Legislature.Validation;

namespace Kz.Legislature.Tests.Docs;

public class GettingStartedSamples
{
    [Fact]
    public void First_query()
    {
        var output = new StringWriter();
        #region sample: first-query
        var history = LegislativeHistory.Kazakhstan;
        var rules = history.RulesOn(new LocalDate(2024, 1, 1));
        foreach (var chamber in rules.Chambers)
        {
            output.WriteLine($"{chamber.Kind}: {chamber.StatutorySeats} seats, {chamber.TermLength?.Years} years");
            foreach (var group in chamber.SeatPlan)
            {
                output.WriteLine($"  {group.Seats} {Names.Of(group.Source).In("en")}");
            }
        }
        #endregion

        output.ToString().Should().Contain("Senate: 50 seats, 6 years").And.Contain("Mazhilis: 98 seats, 5 years").And.Contain("40 Elected by maslikhat deputies");
    }

    [Fact]
    public void Rules_and_sittings()
    {
        #region sample: rules-and-sittings
        var history = LegislativeHistory.Kazakhstan;
        var date = new LocalDate(2022, 12, 1);
        var inForce = history.RulesOn(date).Chamber(ChamberKind.Mazhilis).StatutorySeats;                // 98
        var heldTo = history.SittingOn(date).Chamber(ChamberKind.Mazhilis)!.HeldTo.StatutorySeats;        // 107
        var afterArt95 = history.SittingOn(new LocalDate(2026, 7, 15)).Explanation; // "No legislature sat: ..."
        #endregion

        inForce.Should().Be(98);
        heldTo.Should().Be(107);
        afterArt95.Should().StartWith("No legislature sat");
    }

    [Fact]
    public void First_validation()
    {
        #region sample: first-validation
        var date = new LocalDate(2024, 1, 1);
        var senate = ValidCompositions.SenateOn(date);              // a synthetic, valid 50-seat Senate
        var oneTooMany = senate.WithMandate(new Mandate(
            new Deputy("extra", "Synthetic Extra Senator", new LocalDate(1970, 1, 1)),
            ChamberKind.Senate, SeatSource.AppointedByPresident, new LocalDate(2023, 1, 24)));

        var result = new SenateValidator().Validate(oneTooMany);
        foreach (var failure in result.Errors)
        {
            var citation = (Citation)failure.CustomState;
            Console.WriteLine($"{failure.ErrorCode}: {failure.ErrorMessage} ({citation.InstrumentName} {citation.Article})");
        }
        #endregion

        new SenateValidator().Validate(senate).IsValid.Should().BeTrue();
        result.Errors.Select(e => e.ErrorCode).Should().Contain(["KZL1002", "KZL1003"]);
        result.Errors.Single(e => e.ErrorCode == "KZL1002").ErrorMessage.Should().Contain("50");
    }

    [Fact]
    public void First_allocation()
    {
        #region sample: first-allocation
        // The 2023 Mazhilis election: CEC vote counts, 69 list seats, 5% of the 6,366,441 who voted for a list or "against all".
        var input = new AllocationInput(69,
        [
            new PartyListVotes("amanat", 3_431_510, 1), new PartyListVotes("auyl", 693_938, 2),
            new PartyListVotes("respublica", 547_154, 3), new PartyListVotes("ak-zhol", 535_139, 4),
            new PartyListVotes("peoples-party", 432_920, 5), new PartyListVotes("osdp", 331_058, 6),
            new PartyListVotes("baytaq", 146_431, 7),
        ], allBallots: 6_366_441);
        var result = SeatAllocator.Allocate(input, AllocationOptions.Kazakhstan2023);
        Console.WriteLine(result.Explain());   // quota, quotients, remainders and who got the last seats
        #endregion

        result.SeatsFor("amanat").Should().Be(40);
        result.SeatsFor("osdp").Should().Be(4);
        result.Explain().Should().Contain("quota");
    }
}

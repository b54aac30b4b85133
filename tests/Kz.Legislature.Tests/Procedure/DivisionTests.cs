using Kz.Legislature.Procedure;

namespace Kz.Legislature.Tests.Procedure;

/// <summary>How a division prints: its date, decision, subject, counts and claimed result (made-up counts; only the shape matters).</summary>
public class DivisionTests
{
    [Fact]
    public void A_division_prints_its_subject_only_when_it_has_one_and_its_claimed_result()
    {
        var withSubject = new Division(new LocalDate(2024, 5, 6), DecisionKind.ConsentToAppointment, [new ChamberVote(ChamberKind.Mazhilis, 40, 50, 2, 95)], false, DecisionSubject.PrimeMinister);
        var general = new Division(new LocalDate(2024, 5, 6), DecisionKind.Law, [new ChamberVote(ChamberKind.Mazhilis, 60, 0), new ChamberVote(ChamberKind.Senate, 30, 0)], true);

        withSubject.ToString().Should().Be("2024-05-06 ConsentToAppointment (PrimeMinister): Mazhilis 40-50-2 (95 present), claimed not passed");
        general.ToString().Should().Be("2024-05-06 Law: Mazhilis 60-0-0, Senate 30-0-0, claimed passed");
    }
}

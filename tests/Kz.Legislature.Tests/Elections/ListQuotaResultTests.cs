using Kz.Legislature.Elections;
using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Elections;

/// <summary>
/// The results of <see cref="ListQuota.Check(ListQuotaRule, LocalDate, IEnumerable{PartySeatHolders})"/>: the refusals of bad
/// party sets as sentences, and each result's numbers and text, under the 2023 Mazhilis rule from the data (30%).
/// </summary>
public sealed class ListQuotaResultTests
{
    private static readonly LocalDate Election2023 = new(2023, 3, 19);

    private static ListQuotaRule Quota2023 => ListQuota.RuleOn(SessionHistory.Current, Election2023, ChamberKind.Mazhilis)!;

    /// <summary>A null party or a repeated list id is refused with a sentence.</summary>
    [Fact]
    public void Bad_party_sets_are_refused_with_a_sentence()
    {
        FluentActions.Invoking(() => ListQuota.Check(Quota2023, Election2023, [new PartySeatHolders("P", []), null!]))
            .Should().Throw<ArgumentException>().WithParameterName("parties")
            .Which.Message.Should().Be("The parties must not contain null.");
        FluentActions.Invoking(() => ListQuota.Check(Quota2023, Election2023, [new PartySeatHolders("P", []), new PartySeatHolders("Q", []), new PartySeatHolders("P", [])]))
            .Should().Throw<ArgumentException>().WithParameterName("parties")
            .Which.Message.Should().Be("The list id 'P' occurs more than once.");
    }

    /// <summary>List ids differing in case are different parties; no parties give no results.</summary>
    [Fact]
    public void List_ids_differing_in_case_are_different_parties()
    {
        ListQuota.Check(Quota2023, Election2023, [new PartySeatHolders("p", []), new PartySeatHolders("P", [])]).Select(r => r.ListId).Should().Equal("p", "P");
        ListQuota.Check(Quota2023, Election2023, []).Should().BeEmpty();
    }

    /// <summary>A result's numbers and text: qualifying holders, seats, the required number and whether it is met.</summary>
    [Fact]
    public void A_result_reports_its_numbers_and_text()
    {
        var party = new PartySeatHolders("Amanat", [new PartyListCandidate("w", isWoman: true), new PartyListCandidate("m1"), new PartyListCandidate("m2"), new PartyListCandidate("m3")]);

        var result = ListQuota.Check(Quota2023, Election2023, party);

        result.ListId.Should().Be("Amanat");
        result.Seats.Should().Be(4);
        result.QualifyingSeatHolders.Should().Be(1);
        result.RequiredSeatHolders.Should().Be(2);
        result.IsMet.Should().BeFalse();
        result.AppliesToSeats.Should().BeTrue();
        result.Quota.Should().Be(Quota2023);
        result.ToString().Should().Be("Amanat: 1 of 4 (needs 2): not met");
        ListQuota.Check(Quota2023, Election2023, new PartySeatHolders("Baytaq", [])).ToString().Should().Be("Baytaq: 0 of 0 (needs 0): met");
    }
}

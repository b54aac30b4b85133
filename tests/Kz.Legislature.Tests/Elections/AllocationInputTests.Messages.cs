using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

/// <summary>The argument errors of the elections API are plain sentences: no "(Parameter '…')", no "Actual value was", no type names.</summary>
public sealed partial class AllocationInputTests
{
    public static TheoryData<string, Action> BadCalls() => new()
    {
        { "seats", () => _ = new AllocationInput(0, [new PartyListVotes("a", 1, 1)]) },
        { "seats", () => _ = new AllocationInput(int.MaxValue, [new PartyListVotes("a", 1, 1)]) },
        { "lists", () => _ = new AllocationInput(1, []) },
        { "lists", () => _ = new AllocationInput(1, [new PartyListVotes("a", 1, 1), new PartyListVotes("a", 1, 2)]) },
        { "lists", () => _ = new AllocationInput(1, [new PartyListVotes("a", 1, 1), new PartyListVotes("b", 1, 1)]) },
        { "lists", () => _ = new AllocationInput(1, [new PartyListVotes("a", long.MaxValue, 1), new PartyListVotes("b", 1, 2)]) },
        { "allBallots", () => _ = new AllocationInput(1, [new PartyListVotes("a", 5, 1)], -1) },
        { "allBallots", () => _ = new AllocationInput(1, [new PartyListVotes("a", 5, 1)], 4) },
        { "listId", () => _ = new PartyListVotes(" ", 1, 1) },
        { "votes", () => _ = new PartyListVotes("a", -1, 1) },
        { "registrationOrder", () => _ = new PartyListVotes("a", 1, -1) },
        { "percent", () => Threshold.Percent(-1) },
        { "percent", () => Threshold.FromPercent(100.01m) },
        { "percent", () => Threshold.FromPercent(1.00000000001m) },
        { "numerator", () => Threshold.Percent(-1, 2) },
        { "denominator", () => Threshold.Percent(1, 0) },
        { "numerator", () => Threshold.FromFraction(3, 2) },
        { "votes", () => Threshold.None.IsReachedBy(-1, 1) },
        { "baseVotes", () => Threshold.None.MinimumVotes(-1) },
        { "method", () => _ = new AllocationOptions((AllocationMethod)99, Threshold.None, ThresholdBase.ValidListVotes, false, TiePolicy.ReportUndecidable) },
        { "thresholdBase", () => _ = new AllocationOptions(AllocationMethod.DHondt, Threshold.None, (ThresholdBase)99, false, TiePolicy.ReportUndecidable) },
        { "tiePolicy", () => _ = new AllocationOptions(AllocationMethod.DHondt, Threshold.None, ThresholdBase.ValidListVotes, false, (TiePolicy)99) },
        { "input", () => SeatAllocator.Allocate(new AllocationInput(3, [new PartyListVotes("a", 1, 1)]), AllocationOptions.Kazakhstan2023) },
        { "input", () => SeatAllocator.Allocate(new AllocationInput(3, [new PartyListVotes("a", 0, 1)]), new AllocationOptions(AllocationMethod.DHondt, Threshold.None, ThresholdBase.ValidListVotes, false, TiePolicy.ReportUndecidable)) },
        { "listId", () => SeatAllocator.Allocate(new AllocationInput(3, [new PartyListVotes("a", 1, 1)]), new AllocationOptions(AllocationMethod.DHondt, Threshold.None, ThresholdBase.ValidListVotes, false, TiePolicy.ReportUndecidable)).ListFor("b") },
        { "counted", () => Quota2023().IsMet(4, 3) },
        { "total", () => Quota2023().RequiredFor(-1) },
        { "listId", () => _ = new PartySeatHolders(" ", []) },
        { "seatHolders", () => _ = new PartySeatHolders("P", [new PartyListCandidate("c", isWoman: true), new PartyListCandidate("c", isWoman: true)]) },
        { "denominator", () => _ = new Rational(1, 0) },
        { "decimals", () => new Rational(1, 3).ToDecimalString(51) },
        { "obj", () => Rational.One.CompareTo("one") },
    };

    /// <summary>The list quota in force for the 2023 Mazhilis election, from the session's history.</summary>
    private static Kz.Legislature.History.ListQuotaRule Quota2023() =>
        ListQuota.RuleOn(Support.SessionHistory.Current, new LocalDate(2023, 3, 19), ChamberKind.Mazhilis)!;

    /// <summary>Each bad call names its parameter for code, and its message is one sentence a person can read.</summary>
    [Theory]
    [MemberData(nameof(BadCalls))]
    public void A_bad_argument_gives_a_plain_sentence_and_keeps_the_parameter_name(string parameter, Action call)
    {
        var error = FluentActions.Invoking(call).Should().Throw<ArgumentException>().WithParameterName(parameter).Which;
        error.Message.Should().NotContain("(Parameter").And.NotContain("Actual value").And.NotContain("System.").And.NotContain("`1");
        error.Message.Should().EndWith(".").And.MatchRegex("^[A-Z0-9]");
    }
}

using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

/// <summary>The one-sentence text of every kind of tie, resolved or not, and its equality over the lists in order.</summary>
public sealed class TieResolutionTests
{
    /// <summary>Each kind of tie names its value, its prize and its outcome, with the singular for one seat.</summary>
    [Fact]
    public void Each_kind_of_tie_is_described_in_one_sentence()
    {
        new TieResolution(TieKind.Remainder, new Rational(200, 3), 1, ["B", "C"], [], isResolved: false).ToString()
            .Should().Be("B, C tied with equal remainders of 200/3 (66.6667) votes for 1 seat: left undecided.");
        new TieResolution(TieKind.HighestAverage, new Rational(500, 7), 3, ["A", "B", "C", "D"], ["A", "B", "C"], isResolved: true).ToString()
            .Should().Be("A, B, C, D tied with equal averages of 500/7 (71.4286) for 3 seats: won by A, B, C (registered earlier).");
        new TieResolution(TieKind.RunnerUpAdmission, Rational.FromInteger(40), 1, ["A", "B", "C"], [], isResolved: false).ToString()
            .Should().Be("A, B, C tied with equal votes (40) for admission as runner-up for 1 admission: left undecided.");
    }

    /// <summary>The properties are the values given.</summary>
    [Fact]
    public void The_properties_are_the_values_given()
    {
        var tie = new TieResolution(TieKind.HighestAverage, new Rational(7, 2), 2, ["A", "B", "C"], ["A", "B"], isResolved: true);

        tie.Kind.Should().Be(TieKind.HighestAverage);
        tie.TiedValue.Should().Be(new Rational(7, 2));
        tie.ContestedSeats.Should().Be(2);
        tie.TiedListIds.Should().Equal("A", "B", "C");
        tie.WinnerListIds.Should().Equal("A", "B");
        tie.IsResolved.Should().BeTrue();
    }

    /// <summary>The lists are compared in order and ordinally: the same lists in another order, or in another case, are another tie.</summary>
    [Fact]
    public void The_lists_are_compared_in_order_and_ordinally()
    {
        var tie = new TieResolution(TieKind.Remainder, Rational.One, 1, ["A", "B"], ["A"], isResolved: true);

        tie.Should().Be(new TieResolution(TieKind.Remainder, Rational.One, 1, ["A", "B"], ["A"], isResolved: true));
        tie.Should().NotBe(new TieResolution(TieKind.Remainder, Rational.One, 1, ["B", "A"], ["A"], isResolved: true));
        tie.Should().NotBe(new TieResolution(TieKind.Remainder, Rational.One, 1, ["A", "b"], ["A"], isResolved: true));
        tie.Should().NotBe(new TieResolution(TieKind.Remainder, Rational.One, 1, ["A", "B"], ["a"], isResolved: true));
        tie.Should().NotBe(new TieResolution(TieKind.Remainder, Rational.One, 1, ["A", "B", "C"], ["A"], isResolved: true));
        tie.GetHashCode().Should().NotBe(new TieResolution(TieKind.Remainder, Rational.One, 1, ["B", "A"], ["A"], isResolved: true).GetHashCode());
        tie.GetHashCode().Should().NotBe(new TieResolution(TieKind.Remainder, Rational.One, 1, ["A", "b"], ["A"], isResolved: true).GetHashCode());
    }
}

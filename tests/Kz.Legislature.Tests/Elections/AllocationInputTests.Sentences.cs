using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

public sealed partial class AllocationInputTests
{
    /// <summary>Each refusal of the lists names what is wrong in one sentence, with the offending list or order.</summary>
    [Fact]
    public void Each_refusal_of_the_lists_is_a_full_sentence()
    {
        ListsRefusal(() => new AllocationInput(10, [])).Should().Be("At least one party list is required.");
        ListsRefusal(() => new AllocationInput(10, [A, null!])).Should().Be("The party lists must not contain null.");
        ListsRefusal(() => new AllocationInput(10, [A, B, new PartyListVotes("A", 5, 7)])).Should().Be("The list id 'A' occurs more than once.");
        ListsRefusal(() => new AllocationInput(10, [A, new PartyListVotes("C", 5, 1)])).Should().Be("The registration order 1 occurs more than once (list 'C').");
        ListsRefusal(() => new AllocationInput(10, [new PartyListVotes("A", long.MaxValue - 1, 1), new PartyListVotes("B", 2, 2)]))
            .Should().Be("The votes of the lists add up to more than 9223372036854775807, the most that can be counted.");
    }

    /// <summary>List ids are compared ordinally: ids differing only in case are distinct lists.</summary>
    [Fact]
    public void List_ids_differing_only_in_case_are_distinct()
    {
        var input = new AllocationInput(2, [new PartyListVotes("a", 1, 1), new PartyListVotes("A", 1, 2)]);

        input.Lists.Select(l => l.ListId).Should().Equal("a", "A");
    }

    /// <summary>The votes may add up to exactly the largest count, and all ballots may be zero when no list has a vote.</summary>
    [Fact]
    public void The_largest_total_and_zero_ballots_are_accepted()
    {
        var full = new AllocationInput(1, [new PartyListVotes("A", long.MaxValue - 1, 1), new PartyListVotes("B", 1, 2)]);
        full.TotalListVotes.Should().Be(long.MaxValue);
        new AllocationInput(1, [new PartyListVotes("A", long.MaxValue, 1)], long.MaxValue).TotalListVotes.Should().Be(long.MaxValue);

        var empty = new AllocationInput(1, [new PartyListVotes("A", 0, 0)], 0);
        empty.AllBallots.Should().Be(0);
        empty.TotalListVotes.Should().Be(0);
        empty.ToString().Should().Be("1 seats, 1 lists, 0 ballots");
        new AllocationInput(AllocationInput.MaxSeats, [A]).Seats.Should().Be(AllocationInput.MaxSeats);
        new AllocationInput(1, [A]).Seats.Should().Be(1);
    }

    /// <summary>A blank list id is refused with a sentence.</summary>
    [Theory]
    [InlineData("")]
    [InlineData(" \t")]
    public void A_blank_list_id_is_refused_with_a_sentence(string listId)
    {
        FluentActions.Invoking(() => new PartyListVotes(listId, 1, 1)).Should().Throw<ArgumentException>().WithParameterName("listId")
            .Which.Message.Should().Be("A list id must not be empty or white space.");
    }

    /// <summary>Inputs differing only in their ballots, or in one list, are different and hash apart.</summary>
    [Fact]
    public void Inputs_differing_in_one_part_are_different()
    {
        var input = new AllocationInput(10, [A, B], 200);

        input.Equals(new AllocationInput(10, [A, B], 201)).Should().BeFalse();
        input.Equals(new AllocationInput(11, [A, B], 200)).Should().BeFalse();
        input.Equals(new AllocationInput(10, [A], 200)).Should().BeFalse();
        input.Equals(new AllocationInput(10, [A, new PartyListVotes("B", 50, 3)], 200)).Should().BeFalse();
        input.Equals(new AllocationInput(10, [A, B], 200)).Should().BeTrue();
        input.GetHashCode().Should().NotBe(new AllocationInput(10, [A], 200).GetHashCode());
        input.GetHashCode().Should().NotBe(new AllocationInput(10, [A, B]).GetHashCode());
        new PartyListVotes("A", 100, 1).Should().Be(A);
        new PartyListVotes("A", 100, 2).Should().NotBe(A);
    }

    private static string ListsRefusal(Action call) =>
        FluentActions.Invoking(call).Should().Throw<ArgumentException>().WithParameterName("lists").Which.Message;
}

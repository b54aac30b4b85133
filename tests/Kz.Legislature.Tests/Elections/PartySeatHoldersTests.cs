using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

/// <summary>The seat holders of one list: refusals as sentences, the count of seats and the short text.</summary>
public sealed class PartySeatHoldersTests
{
    /// <summary>Each refusal is a whole sentence naming what is wrong.</summary>
    [Fact]
    public void Each_refusal_is_a_whole_sentence()
    {
        FluentActions.Invoking(() => new PartySeatHolders(" ", [])).Should().Throw<ArgumentException>().WithParameterName("listId")
            .Which.Message.Should().Be("A list id must not be empty or white space.");
        FluentActions.Invoking(() => new PartySeatHolders(string.Empty, [])).Should().Throw<ArgumentException>().WithParameterName("listId")
            .Which.Message.Should().Be("A list id must not be empty or white space.");
        FluentActions.Invoking(() => new PartySeatHolders("P", [new PartyListCandidate("a"), null!])).Should().Throw<ArgumentException>().WithParameterName("seatHolders")
            .Which.Message.Should().Be("The seat holders must not contain null.");
        FluentActions.Invoking(() => new PartySeatHolders("P", [new PartyListCandidate("X", isWoman: true), new PartyListCandidate("Y"), new PartyListCandidate("X")]))
            .Should().Throw<ArgumentException>().WithParameterName("seatHolders")
            .Which.Message.Should().Be("The candidate id 'X' occurs more than once.");
    }

    /// <summary>The seats are the holders, kept in list order and copied; ids differing in case are different candidates.</summary>
    [Fact]
    public void The_seats_are_the_holders_in_list_order()
    {
        var source = new List<PartyListCandidate> { new("x"), new("X", isWoman: true) };
        var holders = new PartySeatHolders("P", source);
        source.Add(new PartyListCandidate("z"));

        holders.ListId.Should().Be("P");
        holders.Seats.Should().Be(2);
        holders.SeatHolders.Select(h => h.Id).Should().Equal("x", "X");
        new PartySeatHolders("P", []).Seats.Should().Be(0);
    }

    /// <summary>The short text uses the singular for one seat holder, the plural for none and for many.</summary>
    [Fact]
    public void The_short_text_uses_singular_and_plural()
    {
        new PartySeatHolders("Amanat", []).ToString().Should().Be("Amanat: 0 seat holders");
        new PartySeatHolders("Amanat", [new PartyListCandidate("a")]).ToString().Should().Be("Amanat: 1 seat holder");
        new PartySeatHolders("Amanat", [new PartyListCandidate("a"), new PartyListCandidate("b"), new PartyListCandidate("c")]).ToString().Should().Be("Amanat: 3 seat holders");
    }

    /// <summary>List ids compare ordinally: a list id differing in case is another list.</summary>
    [Fact]
    public void List_ids_compare_ordinally()
    {
        var a = new PartyListCandidate("a");

        new PartySeatHolders("P", [a]).Should().NotBe(new PartySeatHolders("p", [a]));
        new PartySeatHolders("P", [a]).GetHashCode().Should().NotBe(new PartySeatHolders("p", [a]).GetHashCode());
        new PartySeatHolders("P", []).Should().Be(new PartySeatHolders("P", []));
    }
}

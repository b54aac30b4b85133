namespace Kz.Legislature.Tests.Model;

/// <summary>The bodies that fill seats (internal: the chamber rules name them).</summary>
public sealed class SeatFillingBodyTests
{
    /// <summary>The seat-filling bodies name themselves.</summary>
    [Fact]
    public void seat_filling_bodies_have_their_texts()
    {
        President.Instance.ToString().Should().Be("President");
        AssemblyOfPeople.Instance.ToString().Should().Be("AssemblyOfPeople");
        Electorate.Instance.ToString().Should().Be("Electorate");
        PublicOrganizations.Instance.ToString().Should().Be("PublicOrganizations");
        var maslikhat = new Maslikhat("astana");
        maslikhat.ToString().Should().Be("Maslikhat(astana)");
        maslikhat.Name.English.Should().Be("Maslikhat of astana");
        maslikhat.Name.Russian.Should().Be("Маслихат (astana)");
        maslikhat.Name.Kazakh.Should().Be("Мәслихат (astana)");
        maslikhat.Name.KazakhLatin.Should().Be("Mäslihat (astana)");
    }
}

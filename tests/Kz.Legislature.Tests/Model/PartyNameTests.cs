namespace Kz.Legislature.Tests.Model;

/// <summary>A former party name reads as the name and the day it gave way.</summary>
public sealed class PartyNameTests
{
    [Fact]
    public void a_former_name_reads_as_its_english_name_and_the_day_it_gave_way()
    {
        new PartyName(new LocalizedName("Old name", "Старое имя"), new LocalDate(2022, 3, 1)).ToString().Should().Be("Old name (until 2022-03-01)");
    }
}

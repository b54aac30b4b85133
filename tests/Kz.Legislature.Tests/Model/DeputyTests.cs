using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Model;

public partial class DeputyTests
{
    [Fact]
    public void Equality_is_by_value()
    {
        EqualityContract.Holds(
            new Deputy("d-1", "A", new LocalDate(1980, 1, 1)),
            new Deputy("d-1", "A", new LocalDate(1980, 1, 1)),
            new Deputy("d-1", "A"),
            new Deputy("d-2", "A", new LocalDate(1980, 1, 1)),
            new Deputy("d-1", "B", new LocalDate(1980, 1, 1)));
    }

    [Fact]
    public void Age_is_in_completed_years()
    {
        var d = new Deputy("d-1", "A", new LocalDate(1993, 1, 25));
        d.AgeOn(new LocalDate(2023, 1, 24)).Should().Be(29);
        d.AgeOn(new LocalDate(2023, 1, 25)).Should().Be(30);
        new Deputy("d-2", "B").AgeOn(new LocalDate(2023, 1, 25)).Should().BeNull();
        d.WithBirthDate(null).BirthDate.Should().BeNull();
    }

    [Fact]
    public void ToString_prints_only_the_id_and_the_English_name()
    {
        new Deputy("d-1", "A", new LocalDate(1980, 1, 1)).ToString().Should().Be("d-1 (A)");
    }

    [Fact]
    public void A_blank_id_is_rejected()
    {
        var act = () => new Deputy("", "A");
        act.Should().Throw<ArgumentException>().WithParameterName("id");
    }
}

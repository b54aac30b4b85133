namespace Kz.Legislature.Tests.Model;

public partial class DeputyTests
{
    /// <summary>A deputy is zero years old on the day of birth, and has no age before it.</summary>
    [Fact]
    public void age_on_the_birth_date_is_zero()
    {
        var deputy = new Deputy("d-1", "Synthetic", new LocalDate(1980, 5, 17));
        deputy.AgeOn(new LocalDate(1980, 5, 17)).Should().Be(0);
        deputy.AgeOn(new LocalDate(1980, 5, 16)).Should().BeNull();
    }
}

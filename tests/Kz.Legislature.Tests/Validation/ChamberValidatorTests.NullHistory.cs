using Kz.Legislature.Validation;

namespace Kz.Legislature.Tests.Validation;

public sealed partial class ChamberValidatorTests
{
    [Fact]
    public void every_chamber_validator_needs_a_history()
    {
        FluentActions.Invoking(() => new SenateValidator(null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");
        FluentActions.Invoking(() => new MazhilisValidator(null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");
        FluentActions.Invoking(() => new KurultaiValidator(null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");
        FluentActions.Invoking(() => new SupremeCouncilValidator(null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");
    }
}

using Kz.Legislature.History;
using Microsoft.Extensions.DependencyInjection;

namespace Kz.Legislature.Tests.Validation;

public sealed partial class KzLegislatureServiceCollectionExtensionsTests
{
    /// <summary>Null arguments are rejected by name.</summary>
    [Fact]
    public void null_arguments_name_themselves()
    {
        FluentActions.Invoking(() => KzLegislatureServiceCollectionExtensions.AddKzLegislatureValidation(null!)).Should().Throw<ArgumentNullException>().WithParameterName("services");
        FluentActions.Invoking(() => KzLegislatureServiceCollectionExtensions.AddKzLegislatureValidation(null!, LegislativeHistory.Kazakhstan)).Should().Throw<ArgumentNullException>().WithParameterName("services");
        FluentActions.Invoking(() => new ServiceCollection().AddKzLegislatureValidation(null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");
    }
}

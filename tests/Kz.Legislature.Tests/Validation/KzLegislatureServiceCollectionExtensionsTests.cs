using FluentValidation;
using Kz.Legislature.History;
using Kz.Legislature.Procedure;
using Kz.Legislature.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Kz.Legislature.Tests.Validation;

public sealed partial class KzLegislatureServiceCollectionExtensionsTests
{
    [Fact]
    public void every_validator_is_registered_as_a_singleton_ivalidator_with_the_embedded_history()
    {
        using var provider = new ServiceCollection().AddKzLegislatureValidation().BuildServiceProvider();

        provider.GetRequiredService<LegislativeHistory>().Should().BeSameAs(LegislativeHistory.Kazakhstan);
        provider.GetRequiredService<IValidator<Senate>>().Should().BeOfType<SenateValidator>();
        provider.GetRequiredService<IValidator<Mazhilis>>().Should().BeOfType<MazhilisValidator>();
        provider.GetRequiredService<IValidator<Kurultai>>().Should().BeOfType<KurultaiValidator>();
        provider.GetRequiredService<IValidator<SupremeCouncil>>().Should().BeOfType<SupremeCouncilValidator>();
        provider.GetRequiredService<IValidator<ChamberComposition>>().Should().BeOfType<ChamberCompositionValidator>();
        provider.GetRequiredService<IValidator<Parliament>>().Should().BeOfType<ParliamentValidator>();
        provider.GetRequiredService<IValidator<Mandate>>().Should().BeOfType<MandateValidator>();
        provider.GetRequiredService<IValidator<PartyList>>().Should().BeOfType<PartyListValidator>()
            .Which.Should().BeSameAs(provider.GetRequiredService<PartyListValidator>());
        provider.GetRequiredService<IValidator<Division>>().Should().BeOfType<DivisionValidator>()
            .Which.Should().BeSameAs(provider.GetRequiredService<DivisionValidator>());
        provider.GetRequiredService<IValidator<Senate>>().Should().BeSameAs(provider.GetRequiredService<IValidator<Senate>>());
    }

    [Fact]
    public void an_overload_takes_a_history_and_options()
    {
        var options = ValidationOptions.AllowingVacancies;
        using var provider = new ServiceCollection().AddKzLegislatureValidation(LegislativeHistory.Kazakhstan, options).BuildServiceProvider();

        var validator = provider.GetRequiredService<IValidator<Senate>>().Should().BeOfType<SenateValidator>().Subject;

        validator.Options.Should().Be(options);
        validator.History.Should().BeSameAs(LegislativeHistory.Kazakhstan);
        provider.GetRequiredService<DivisionValidator>().Options.Should().Be(options);
    }

    [Fact]
    public void registering_twice_keeps_one_registration_per_service()
    {
        var services = new ServiceCollection().AddKzLegislatureValidation().AddKzLegislatureValidation();

        services.Count(d => d.ServiceType == typeof(IValidator<Senate>)).Should().Be(1);
    }
}

using FluentValidation;
using Kz.Legislature;
using Kz.Legislature.History;
using Kz.Legislature.Procedure;
using Kz.Legislature.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Kz.Legislature validators with Microsoft.Extensions.DependencyInjection.</summary>
public static class KzLegislatureServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="LegislativeHistory.Kazakhstan"/> (loaded lazily, on first resolution), statutory
    /// <see cref="ValidationOptions"/>, and every validator as a singleton, both as itself and as <see cref="IValidator{T}"/>.
    /// Existing registrations of these services are kept.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddKzLegislatureValidation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => LegislativeHistory.Kazakhstan);
        services.TryAddSingleton(ValidationOptions.Statutory);
        return AddValidators(services);
    }

    /// <summary>
    /// Registers <paramref name="history"/>, <paramref name="options"/> and every validator as a singleton, both as itself and
    /// as <see cref="IValidator{T}"/>. Existing registrations of these services are kept.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="history">The history whose rules the validators apply.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ValidationOptions.Statutory"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="history"/> is null.</exception>
    public static IServiceCollection AddKzLegislatureValidation(this IServiceCollection services, LegislativeHistory history, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(history);
        services.TryAddSingleton(history);
        services.TryAddSingleton(options ?? ValidationOptions.Statutory);
        return AddValidators(services);
    }

    private static IServiceCollection AddValidators(IServiceCollection services)
    {
        Add<Senate, SenateValidator>(services, (h, o) => new SenateValidator(h, o));
        Add<Mazhilis, MazhilisValidator>(services, (h, o) => new MazhilisValidator(h, o));
        Add<Kurultai, KurultaiValidator>(services, (h, o) => new KurultaiValidator(h, o));
        Add<SupremeCouncil, SupremeCouncilValidator>(services, (h, o) => new SupremeCouncilValidator(h, o));
        Add<ChamberComposition, ChamberCompositionValidator>(services, (h, o) => new ChamberCompositionValidator(h, o));
        Add<Parliament, ParliamentValidator>(services, (h, o) => new ParliamentValidator(h, o));
        Add<Mandate, MandateValidator>(services, (h, o) => new MandateValidator(h, o));
        Add<PartyList, PartyListValidator>(services, (h, o) => new PartyListValidator(h, o));
        Add<Division, DivisionValidator>(services, (h, o) => new DivisionValidator(h, o));
        return services;
    }

    private static void Add<T, TValidator>(IServiceCollection services, Func<LegislativeHistory, ValidationOptions, TValidator> create)
        where TValidator : class, IValidator<T>
    {
        services.TryAddSingleton(sp => create(sp.GetRequiredService<LegislativeHistory>(), sp.GetRequiredService<ValidationOptions>()));
        services.TryAddSingleton<IValidator<T>>(sp => sp.GetRequiredService<TValidator>());
    }
}

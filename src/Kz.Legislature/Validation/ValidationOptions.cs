namespace Kz.Legislature.Validation;

/// <summary>How strictly a composition is checked against the statute. Immutable; compares by value.</summary>
/// <remarks>
/// By default (<see cref="Statutory"/>) every seat must be filled: the total and the seats of each source equal
/// the statute. With <see cref="VacancyTolerant"/> a composition may have vacancies, but never more seats than
/// the statute (in total, per source or per region) and never a seat of a source the seat plan does not have.
/// </remarks>
public sealed record ValidationOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="vacancyTolerant">Whether vacancies are allowed (see <see cref="VacancyTolerant"/>).</param>
    public ValidationOptions(bool vacancyTolerant = false)
    {
        VacancyTolerant = vacancyTolerant;
    }

    /// <summary>Gets the default options: every seat filled, exactly as the statute says.</summary>
    public static ValidationOptions Statutory { get; } = new();

    /// <summary>Gets options that allow vacancies (never more seats than the statute, never a wrong source).</summary>
    public static ValidationOptions AllowingVacancies { get; } = new(vacancyTolerant: true);

    /// <summary>
    /// Gets a value indicating whether vacancies are allowed: seat counts may be below the statute but never above it,
    /// and no seat may come from a source outside the seat plan. The default is <see langword="false"/>.
    /// </summary>
    public bool VacancyTolerant { get; }

    /// <summary>Returns the mode.</summary>
    /// <returns><c>Statutory</c> or <c>VacancyTolerant</c>.</returns>
    public override string ToString() => VacancyTolerant ? "VacancyTolerant" : "Statutory";
}

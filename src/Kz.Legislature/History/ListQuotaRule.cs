using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>The rule that women, young people and persons with disabilities together make up a minimum share of a party list (and of the seats it wins).</summary>
public sealed record ListQuotaRule
{
    private readonly ValueList<string> groups;

    /// <summary>Creates a list-quota rule.</summary>
    /// <param name="period">The half-open period it applies.</param>
    /// <param name="minimumPercent">The minimum share in percent (30).</param>
    /// <param name="groups">The groups counted: <c>women</c>, <c>youth</c>, <c>disabilities</c>.</param>
    /// <param name="youthMaximumAge">Young people are those who have not reached this age, or <see langword="null"/>.</param>
    /// <param name="appliesToSeats">Whether the quota also binds the seats a party receives.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <param name="citation">Where the quota is stated (the law that set it), or <see langword="null"/> for a rule built by hand.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumPercent"/> is outside [0, 100].</exception>
    /// <exception cref="ArgumentException">A group is not <c>women</c>, <c>youth</c> or <c>disabilities</c>, or <c>youth</c> is counted without an age.</exception>
    internal ListQuotaRule(Term period, int minimumPercent, IEnumerable<string> groups, int? youthMaximumAge, bool appliesToSeats, Provenance provenance, Citation? citation = null)
    {
        if (minimumPercent is < 0 or > 100)
        {
            throw Internal.ArgumentErrors.OutOfRange(nameof(minimumPercent), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A quota is a percentage between 0 and 100; {minimumPercent} was given."));
        }

        Period = Preconditions.NotNull(period, nameof(period));
        MinimumPercent = minimumPercent;
        this.groups = Preconditions.NoNullItems(groups, nameof(groups));
        var counted = QuotaGroups.None;
        foreach (var g in this.groups)
        {
            counted |= g switch
            {
                "women" => QuotaGroups.Women,
                "youth" => QuotaGroups.Youth,
                "disabilities" => QuotaGroups.PersonsWithDisabilities,
                _ => throw Internal.ArgumentErrors.Invalid($"Unknown quota group '{g}'; the groups are: women, youth, disabilities.", nameof(groups)),
            };
        }

        if (counted.HasFlag(QuotaGroups.Youth) && youthMaximumAge is null)
        {
            throw Internal.ArgumentErrors.Invalid("The group 'youth' needs the age young people have not reached (youthMaximumAge).", nameof(youthMaximumAge));
        }

        CountedGroups = counted;
        YouthMaximumAge = youthMaximumAge is { } y ? Preconditions.NonNegative(y, nameof(youthMaximumAge)) : null;
        AppliesToSeats = appliesToSeats;
        Provenance = Preconditions.NotNull(provenance, nameof(provenance));
        Citation = citation;
    }

    /// <summary>Gets the groups counted, as flags.</summary>
    public QuotaGroups CountedGroups { get; }

    /// <summary>Gets where the quota is stated (the law that set it), or <see langword="null"/> for a rule built by hand.</summary>
    public Citation? Citation { get; }

    /// <summary>Returns whether a candidate counts toward the quota on <paramref name="date"/>: a woman, a person who has not reached <see cref="YouthMaximumAge"/>, or a person with a disability, as far as the rule counts each group (a candidate in several groups counts once).</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="date">The date the age is measured on (the list's or the election's date).</param>
    /// <returns><see langword="true"/> if the candidate counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    public bool Counts(PartyListCandidate candidate, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return (CountedGroups.HasFlag(QuotaGroups.Women) && candidate.IsWoman)
            || (CountedGroups.HasFlag(QuotaGroups.Youth) && YouthMaximumAge is { } age && candidate.IsYoungerThan(date, age))
            || (CountedGroups.HasFlag(QuotaGroups.PersonsWithDisabilities) && candidate.HasDisability);
    }

    /// <summary>The least number of counted candidates (or seat holders) that meets the quota among <paramref name="total"/>: ⌈percent × total ÷ 100⌉.</summary>
    /// <param name="total">The number of candidates or seats; not negative.</param>
    /// <returns>The required number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative.</exception>
    public int RequiredFor(int total)
    {
        NotNegative(total, nameof(total), "number of candidates or seats");
        return (int)((((long)MinimumPercent * total) + 99) / 100);
    }

    /// <summary>Whether <paramref name="counted"/> of <paramref name="total"/> meet the quota, in exact integers: 100 × counted ≥ percent × total.</summary>
    /// <param name="counted">The number counted; not negative and not more than <paramref name="total"/>.</param>
    /// <param name="total">The number of candidates or seats; not negative.</param>
    /// <returns><see langword="true"/> when the quota is met (always for a total of 0).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative, or <paramref name="counted"/> exceeds <paramref name="total"/>.</exception>
    public bool IsMet(int counted, int total)
    {
        NotNegative(counted, nameof(counted), "number counted");
        NotNegative(total, nameof(total), "number of candidates or seats");
        if (counted > total)
        {
            throw Internal.ArgumentErrors.OutOfRange(
                nameof(counted),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The number counted must be from 0 to the total ({total}), not {counted}."));
        }

        return 100L * counted >= (long)MinimumPercent * total;
    }

    private static void NotNegative(int value, string paramName, string what)
    {
        if (value < 0)
        {
            throw Internal.ArgumentErrors.OutOfRange(
                paramName,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The {what} must not be negative, not {value}."));
        }
    }

    /// <summary>Gets the half-open period it applies.</summary>
    public Term Period { get; }

    /// <summary>Gets the minimum share in percent.</summary>
    public int MinimumPercent { get; }

    /// <summary>Gets the groups counted.</summary>
    public IReadOnlyList<string> Groups => groups;

    /// <summary>Gets the age young people have not reached, or <see langword="null"/>.</summary>
    public int? YouthMaximumAge { get; }

    /// <summary>Gets whether the quota binds the seats a party receives.</summary>
    public bool AppliesToSeats { get; }

    /// <summary>Gets where the facts come from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Returns a short description.</summary>
    /// <returns>For example <c>30% women+youth+disabilities</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MinimumPercent}% {string.Join("+", groups)}");
}

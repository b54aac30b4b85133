using FluentValidation;
using FluentValidation.Results;
using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

/// <summary>
/// Validates the legislature on one date: the chambers are those sitting that day (or, when none sat, those the constitution
/// in force provides for, or none at all), no person sits in both chambers, the convocation is the one sitting, and each
/// chamber passes its own validator (<see cref="SenateValidator"/>, <see cref="MazhilisValidator"/>,
/// <see cref="KurultaiValidator"/>, <see cref="SupremeCouncilValidator"/>).
/// </summary>
/// <remarks>
/// Every failure carries a code from <see cref="ValidationCodes"/>, a localized message and a <see cref="Citation"/>.
/// <c>Validate</c> never throws. Instances are immutable and thread-safe.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public sealed class ParliamentValidator : AbstractValidator<Parliament>
{
    /// <summary>Creates a validator using the embedded history (<see cref="LegislativeHistory.Kazakhstan"/>) and statutory options.</summary>
    public ParliamentValidator()
        : this(LegislativeHistory.Kazakhstan)
    {
    }

    /// <summary>Creates a validator using <paramref name="history"/>.</summary>
    /// <param name="history">The legislative history whose rules apply.</param>
    /// <param name="options">How strictly seats are counted, or <see langword="null"/> for <see cref="ValidationOptions.Statutory"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public ParliamentValidator(LegislativeHistory history, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        History = history;
        Options = options ?? ValidationOptions.Statutory;
        RuleSet(ValidationRuleSets.Every, () =>
            RuleFor(p => p.Date).Custom((_, context) => Failures.AddAll(context, CheckCoverage(history, context.InstanceToValidate, Localizer.For(Options)))));
        RuleSet(ValidationRuleSets.AndDefault(ValidationRuleSets.Structure), () =>
            RuleFor(p => p.Chambers).Custom((_, context) => Failures.AddAll(context, Check(history, context.InstanceToValidate, Localizer.For(Options)))));

        // The chambers' own rules run under every rule set; each chamber validator then applies the selection to its rules.
        var covered = (Parliament p) => p.Date >= history.CoverageStart;
        RuleSet(ValidationRuleSets.Every, () =>
        {
            RuleFor(p => p.Senate!).SetValidator(new SenateValidator(history, Options)).When(p => p.Senate is not null && covered(p));
            RuleFor(p => p.Mazhilis!).SetValidator(new MazhilisValidator(history, Options)).When(p => p.Mazhilis is not null && covered(p));
            RuleFor(p => p.Kurultai!).SetValidator(new KurultaiValidator(history, Options)).When(p => p.Kurultai is not null && covered(p));
            RuleFor(p => p.SupremeCouncil!).SetValidator(new SupremeCouncilValidator(history, Options)).When(p => p.SupremeCouncil is not null && covered(p));
        });
    }

    /// <summary>Gets the history whose rules apply.</summary>
    public LegislativeHistory History { get; }

    /// <summary>Gets the options.</summary>
    public ValidationOptions Options { get; }

    /// <inheritdoc/>
    protected override bool PreValidate(ValidationContext<Parliament> context, ValidationResult result) =>
        Failures.RejectNull(context, result, nameof(Parliament), Localizer.For(Options));

    /// <summary>The date is covered (KZL0002): the verdict every rule set shares.</summary>
    private static List<ValidationFailure> CheckCoverage(LegislativeHistory history, Parliament parliament, Localizer loc)
    {
        var date = parliament.Date;
        return date >= history.CoverageStart ? [] :
            [loc.Create(ValidationCodes.DateBeforeCoverage, nameof(parliament.Date), Failures.Iso(date), null,
                ("Date", Failures.Iso(date)), ("CoverageStart", Failures.Iso(history.CoverageStart)))];
    }

    /// <summary>The legislature's chambers, members and convocation (KZL3001–KZL3003), on a covered date.</summary>
    private static List<ValidationFailure> Check(LegislativeHistory history, Parliament parliament, Localizer loc)
    {
        var failures = new List<ValidationFailure>();
        var date = parliament.Date;
        if (date < history.CoverageStart)
        {
            return failures;
        }

        var sitting = history.MemoisedSittingOn(date);
        var inForce = sitting.RulesInForce;
        var expected = sitting.IsSitting
            ? sitting.Chambers.Select(c => c.Kind).ToHashSet()
            : inForce.Chambers.Select(c => c.Kind).ToHashSet();
        var actual = parliament.Chambers.Select(c => c.Kind).ToHashSet();
        var emptyAllowed = !sitting.IsSitting;
        if (!actual.SetEquals(expected) && !(emptyAllowed && actual.Count == 0))
        {
            var differing = actual.Except(expected).Concat(expected.Except(actual)).Order().First();
            failures.Add(loc.Create(ValidationCodes.ChambersMismatch, nameof(parliament.Chambers), loc.Chambers(actual), Citations.For(ValidationCodes.ChambersMismatch, differing, inForce),
                ("Date", Failures.Iso(date)), ("Actual", loc.Chambers(actual)), ("Expected", loc.Chambers(expected))));
        }

        foreach (var (id, kinds) in MembersOfSeveralChambers(parliament))
        {
            failures.Add(loc.Create(ValidationCodes.MemberOfBothChambers, nameof(parliament.Chambers), id, Citations.For(ValidationCodes.MemberOfBothChambers, ChamberKind.Senate, inForce),
                ("Deputy", id), ("Chambers", loc.Chambers(kinds))));
        }

        if (parliament.Convocation is { } n)
        {
            var known = sitting.Chambers.Select(c => c.Convocation?.Number).OfType<int>().Distinct().ToList();
            if (known.Count > 0 && !known.Contains(n))
            {
                failures.Add(loc.Create(ValidationCodes.ParliamentConvocationMismatch, nameof(parliament.Convocation), n, Citations.For(ValidationCodes.ParliamentConvocationMismatch, sitting.Chambers[0].Kind, inForce),
                    ("Date", Failures.Iso(date)), ("Actual", n), ("Expected", known[0])));
            }
        }

        return failures;
    }

    /// <summary>
    /// The deputies who hold mandates in more than one chamber, in the order they first appear, each with those chambers.
    /// One pass; the sets of chambers are only built for such deputies, and the deputies are only indexed when one repeats.
    /// </summary>
    private static IEnumerable<(string Id, HashSet<ChamberKind> Kinds)> MembersOfSeveralChambers(Parliament parliament)
    {
        // Most legislatures name each deputy once: one set, sized for all the mandates, proves it.
        if (!HasRepeatedDeputy(parliament))
        {
            return [];
        }

        var first = new Dictionary<string, (int Index, ChamberKind Kind)>(StringComparer.Ordinal);
        Dictionary<string, HashSet<ChamberKind>>? several = null;
        var index = 0;
        foreach (var chamber in parliament.Chambers)
        {
            foreach (var m in chamber.Mandates)
            {
                var id = m.Deputy.Id;
                if (!first.TryGetValue(id, out var seen))
                {
                    first.Add(id, (index, chamber.Kind));
                }
                else if (seen.Kind != chamber.Kind)
                {
                    several ??= new Dictionary<string, HashSet<ChamberKind>>(StringComparer.Ordinal);
                    if (!several.TryGetValue(id, out var kinds))
                    {
                        several[id] = kinds = [seen.Kind];
                    }

                    kinds.Add(chamber.Kind);
                }

                index++;
            }
        }

        return several is null ? [] : several.OrderBy(s => first[s.Key].Index).Select(s => (s.Key, s.Value));
    }

    /// <summary>Whether a deputy holds more than one mandate in the legislature, in one chamber or in several.</summary>
    private static bool HasRepeatedDeputy(Parliament parliament)
    {
        var total = 0;
        foreach (var chamber in parliament.Chambers)
        {
            total += chamber.Mandates.Count;
        }

        var seen = new HashSet<string>(total, StringComparer.Ordinal);
        foreach (var chamber in parliament.Chambers)
        {
            foreach (var m in chamber.Mandates)
            {
                if (!seen.Add(m.Deputy.Id))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

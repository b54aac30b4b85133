using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Kz.Legislature.History;

namespace Kz.Legislature.Validation;

/// <summary>
/// Validates a party list against the rules in force on its date: the chamber exists and has party-list seats, the list has
/// candidates, none twice, and from the date the list quota applies (<see cref="ChamberRules.ListQuota"/>), the groups it
/// counts (women, persons who have not reached the youth age, persons with disabilities) together make up at least its
/// minimum share of the list. A candidate in several groups counts once. The share is checked in exact integer arithmetic:
/// <c>100 × counted ≥ percent × candidates</c>.
/// </summary>
/// <remarks>
/// The rules in force (not those a sitting chamber is held to) apply, because a list stands for the next election.
/// Every failure carries a code from <see cref="ValidationCodes"/>, a localized message and a <see cref="Citation"/>.
/// <c>Validate</c> never throws. Instances are immutable and thread-safe.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public sealed class PartyListValidator : AbstractValidator<PartyList>
{
    /// <summary>Creates a validator using the embedded history (<see cref="LegislativeHistory.Kazakhstan"/>).</summary>
    public PartyListValidator()
        : this(LegislativeHistory.Kazakhstan)
    {
    }

    /// <summary>Creates a validator using <paramref name="history"/>.</summary>
    /// <param name="history">The legislative history whose rules apply.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ValidationOptions.Statutory"/> (list rules do not depend on them).</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public PartyListValidator(LegislativeHistory history, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        History = history;
        Options = options ?? ValidationOptions.Statutory;
        RuleSet(ValidationRuleSets.Every, () =>
            RuleFor(l => l).Custom((list, context) =>
            {
                Failures.AddAll(context, Check(history, list, Localizer.For(Options)));
            }));
    }

    /// <summary>Gets the history whose rules apply.</summary>
    public LegislativeHistory History { get; }

    /// <summary>Gets the options.</summary>
    public ValidationOptions Options { get; }

    /// <inheritdoc/>
    protected override bool PreValidate(ValidationContext<PartyList> context, ValidationResult result) =>
        Failures.RejectNull(context, result, nameof(PartyList), Localizer.For(Options));

    private static List<ValidationFailure> Check(LegislativeHistory history, PartyList list, Localizer loc)
    {
        var failures = new List<ValidationFailure>();
        var date = list.Date;
        var kind = list.Chamber;
        if (date < history.CoverageStart)
        {
            failures.Add(loc.Create(ValidationCodes.DateBeforeCoverage, nameof(list.Date), Failures.Iso(date), null,
                ("Date", Failures.Iso(date)), ("CoverageStart", Failures.Iso(history.CoverageStart))));
            return failures;
        }

        var inForce = history.RulesOn(date);
        if (list.Candidates.Count == 0)
        {
            failures.Add(loc.Create(ValidationCodes.EmptyList, nameof(list.Candidates), 0, Citations.For(ValidationCodes.EmptyList, kind, inForce),
                ("Party", list.PartyId)));
        }

        foreach (var group in list.Candidates.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            failures.Add(loc.Create(ValidationCodes.DuplicateCandidate, nameof(list.Candidates), group.Key, Citations.For(ValidationCodes.DuplicateCandidate, kind, inForce),
                ("Candidate", group.Key), ("Count", group.Count())));
        }

        if (inForce.TryGetChamber(kind) is not { } rules)
        {
            failures.Add(loc.Create(ValidationCodes.ChamberDoesNotExist, nameof(list.Chamber), kind, Citations.For(ValidationCodes.ChamberDoesNotExist, kind, inForce),
                ("Chamber", loc.Name(kind)), ("Date", Failures.Iso(date)), ("Instrument", loc.Name(inForce.Instrument.Name))));
            return failures;
        }

        if (rules.AllotmentFor(SeatSource.PartyList) is null)
        {
            failures.Add(loc.Create(ValidationCodes.NoPartyListSeats, nameof(list.Chamber), kind, Citations.For(ValidationCodes.NoPartyListSeats, kind, inForce),
                ("Chamber", loc.Name(kind)), ("Date", Failures.Iso(date))));
            return failures;
        }

        if (rules.ListQuota is { } quota && list.Candidates.Count > 0)
        {
            var total = list.Candidates.Count;
            var counted = list.Candidates.Count(c => quota.Counts(c, date));
            if (!quota.IsMet(counted, total))
            {
                failures.Add(loc.Create(ValidationCodes.ListQuotaNotMet, nameof(list.Candidates), counted, Citations.For(ValidationCodes.ListQuotaNotMet, kind, inForce),
                    ("Party", list.PartyId), ("Qualifying", counted), ("Total", total), ("Groups", Groups(quota, loc)),
                    ("Required", quota.RequiredFor(total)), ("Percent", quota.MinimumPercent)));
            }
        }

        return failures;
    }

    private static string Groups(ListQuotaRule quota, Localizer loc)
    {
        var women = quota.CountedGroups.HasFlag(QuotaGroups.Women);
        var youthAge = quota.CountedGroups.HasFlag(QuotaGroups.Youth) ? quota.YouthMaximumAge : null;
        var disabilities = quota.CountedGroups.HasFlag(QuotaGroups.PersonsWithDisabilities);
        var ru = loc.Language == "ru";
        var kk = loc.Language == "kk";
        var parts = new List<string>();
        if (women)
        {
            parts.Add(ru ? "женщины" : kk ? "әйелдер" : "women");
        }

        if (youthAge is { } age)
        {
            var a = age.ToString(CultureInfo.InvariantCulture);
            parts.Add(ru ? $"лица моложе {a} лет" : kk ? $"{a} жасқа толмаған адамдар" : $"persons under {a}");
        }

        if (disabilities)
        {
            parts.Add(ru ? "лица с инвалидностью" : kk ? "мүгедектігі бар адамдар" : "persons with disabilities");
        }

        return string.Join(", ", parts);
    }
}

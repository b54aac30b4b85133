using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>One group of seats in a chamber's seat plan: how many seats a source fills on a given date.</summary>
public sealed record SeatAllotment
{
    /// <summary>Creates a seat allotment.</summary>
    /// <param name="source">How the seats are filled.</param>
    /// <param name="seats">The number of seats on the date the plan applies to.</param>
    /// <param name="seatsPerRegion">Seats per region when the group is filled region by region, otherwise <see langword="null"/>.</param>
    /// <param name="citation">Where the allotment is stated, or <see langword="null"/> for an allotment built by hand.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative.</exception>
    internal SeatAllotment(SeatSource source, int seats, int? seatsPerRegion = null, Citation? citation = null)
    {
        Source = source;
        Seats = Preconditions.NonNegative(seats, nameof(seats));
        SeatsPerRegion = seatsPerRegion is { } p ? Preconditions.NonNegative(p, nameof(seatsPerRegion)) : null;
        Citation = citation;
    }

    /// <summary>Gets where the allotment is stated (instrument, article, sources), or <see langword="null"/> for an allotment built by hand.</summary>
    public Citation? Citation { get; }

    /// <summary>Gets how the seats are filled.</summary>
    public SeatSource Source { get; }

    /// <summary>Gets the number of seats.</summary>
    public int Seats { get; }

    /// <summary>Gets the seats per region, or <see langword="null"/> if the group is not filled region by region.</summary>
    public int? SeatsPerRegion { get; }

    /// <summary>Gets a value indicating whether the seats are filled region by region.</summary>
    public bool IsPerRegion => SeatsPerRegion is not null;

    /// <summary>Returns the source and the count.</summary>
    /// <returns>For example <c>Elected by maslikhat deputies 40 (2 per region)</c>.</returns>
    public override string ToString() =>
        SeatsPerRegion is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"{EnglishNames.Of(Source)} {Seats} ({p} per region)")
            : string.Create(CultureInfo.InvariantCulture, $"{EnglishNames.Of(Source)} {Seats}");
}

/// <summary>How a chamber's statutory number of seats on a day is known.</summary>
public enum SeatCountBasis
{
    /// <summary>The sources state the count (or the fixed seats and the per-region rule that give it on these days).</summary>
    Stated,

    /// <summary>
    /// No source states the count for these days: it is computed from the per-region rule and the regions in existence
    /// (for example the Senate's 43 and 37 seats between 22 April and 10 December 1997).
    /// </summary>
    DerivedFromRegions,

    /// <summary>
    /// No source states the count for these days: it is carried back from the formula of a later election (for example the
    /// 135 + 42 = 177 of the Supreme Council elected on 7 March 1994, for the dates of 1993).
    /// </summary>
    InferredFromElection,
}

/// <summary>How a chamber is renewed in part: for example half of the elected senators every three years.</summary>
public sealed record RenewalRule
{
    /// <summary>Creates a renewal rule.</summary>
    /// <param name="source">The seats renewed in part (for the Senate, the maslikhat-elected seats).</param>
    /// <param name="numerator">The numerator of the share renewed at each election.</param>
    /// <param name="denominator">The denominator of the share renewed at each election.</param>
    /// <param name="interval">How often a share is renewed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is not between 0 and 1.</exception>
    internal RenewalRule(SeatSource source, int numerator, int denominator, Period interval)
    {
        if (numerator <= 0 || denominator <= 0 || numerator > denominator)
        {
            throw Internal.ArgumentErrors.OutOfRange(nameof(numerator), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The renewed share must be a fraction in (0, 1]; {numerator} was given."));
        }

        Source = source;
        Numerator = numerator;
        Denominator = denominator;
        Interval = Preconditions.NotNull(interval, nameof(interval));
    }

    /// <summary>Gets the seats renewed in part.</summary>
    public SeatSource Source { get; }

    /// <summary>Gets the numerator of the share renewed.</summary>
    public int Numerator { get; }

    /// <summary>Gets the denominator of the share renewed.</summary>
    public int Denominator { get; }

    /// <summary>Gets how often a share is renewed.</summary>
    public Period Interval { get; }

    /// <summary>Returns the rule in words.</summary>
    /// <returns>For example <c>1/2 of "Elected by maslikhat deputies" every 3 years</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Numerator}/{Denominator} of \"{EnglishNames.Of(Source)}\" every {(Interval.Months == 0 && Interval.Days == 0 && Interval.Years > 0 ? (Interval.Years == 1 ? "year" : $"{Interval.Years} years") : Interval.ToString())}");
}

/// <summary>Who may hold a seat: age, residence, citizenship, education and experience, as far as the sources give them.</summary>
/// <remarks>Every value is <see langword="null"/> where no source gives it.</remarks>
public sealed record EligibilityRules
{
    /// <summary>Creates eligibility rules.</summary>
    /// <param name="minimumAge">The minimum age in years on the day the mandate starts, or <see langword="null"/>.</param>
    /// <param name="residenceYears">Years of permanent residence in Kazakhstan required, or <see langword="null"/>.</param>
    /// <param name="regionResidenceYears">Years of residence in the region required (senators), or <see langword="null"/>.</param>
    /// <param name="higherEducation">Whether higher education is required, or <see langword="null"/>.</param>
    /// <param name="workExperienceYears">Years of work experience required, or <see langword="null"/>.</param>
    /// <param name="citizenship">Whether citizenship is required, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative.</exception>
    internal EligibilityRules(int? minimumAge, int? residenceYears, int? regionResidenceYears, bool? higherEducation, int? workExperienceYears, bool? citizenship)
    {
        MinimumAge = minimumAge is { } a ? Preconditions.NonNegative(a, nameof(minimumAge)) : null;
        ResidenceYears = residenceYears is { } r ? Preconditions.NonNegative(r, nameof(residenceYears)) : null;
        RegionResidenceYears = regionResidenceYears is { } rr ? Preconditions.NonNegative(rr, nameof(regionResidenceYears)) : null;
        HigherEducation = higherEducation;
        WorkExperienceYears = workExperienceYears is { } w ? Preconditions.NonNegative(w, nameof(workExperienceYears)) : null;
        Citizenship = citizenship;
    }

    /// <summary>Gets eligibility rules with nothing known.</summary>
    public static EligibilityRules Unknown { get; } = new(null, null, null, null, null, null);

    /// <summary>Gets the minimum age, or <see langword="null"/>.</summary>
    public int? MinimumAge { get; }

    /// <summary>Gets the years of permanent residence required, or <see langword="null"/>.</summary>
    public int? ResidenceYears { get; }

    /// <summary>Gets the years of residence in the region required, or <see langword="null"/>.</summary>
    public int? RegionResidenceYears { get; }

    /// <summary>Gets whether higher education is required, or <see langword="null"/>.</summary>
    public bool? HigherEducation { get; }

    /// <summary>Gets the years of work experience required, or <see langword="null"/>.</summary>
    public int? WorkExperienceYears { get; }

    /// <summary>Gets whether citizenship is required, or <see langword="null"/>.</summary>
    public bool? Citizenship { get; }

    /// <summary>Returns the known requirements.</summary>
    /// <returns>For example <c>age 30+, 10y residence, 3y in region, higher education, 5y experience</c>.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        if (MinimumAge is { } a)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"age {a}+"));
        }

        if (ResidenceYears is { } r)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{r}y residence"));
        }

        if (RegionResidenceYears is { } rr)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{rr}y in region"));
        }

        if (HigherEducation == true)
        {
            parts.Add("higher education");
        }

        if (WorkExperienceYears is { } w)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{w}y experience"));
        }

        return parts.Count == 0 ? "unknown" : string.Join(", ", parts);
    }
}

/// <summary>The party-list electoral system in force for a chamber over a period.</summary>
public sealed record ElectoralSystem
{
    private readonly AspectCitations citations;

    /// <summary>Creates an electoral system.</summary>
    /// <param name="source">The seats it fills (normally <see cref="SeatSource.PartyList"/>).</param>
    /// <param name="period">The half-open period it applies.</param>
    /// <param name="thresholdPercent">The threshold in percent, or <see langword="null"/> where it is unknown.</param>
    /// <param name="thresholdBase">What the threshold is measured against, or <see langword="null"/> where unknown.</param>
    /// <param name="method">The allocation method, or <see langword="null"/> where unknown.</param>
    /// <param name="runnerUpAdmission">Whether the second list is admitted when only one passes the threshold (2009–2022), or <see langword="null"/> where unknown.</param>
    /// <param name="tiePolicy">How a tie for the last seat is resolved, or <see langword="null"/> where unknown.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <param name="citations">
    /// Where each known value is stated, keyed by <see cref="RuleAspect.Threshold"/>, <see cref="RuleAspect.ThresholdBase"/>,
    /// <see cref="RuleAspect.Method"/>, <see cref="RuleAspect.RunnerUpAdmission"/> and <see cref="RuleAspect.TiePolicy"/>;
    /// <see langword="null"/> or empty for a system built by hand.
    /// </param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="thresholdPercent"/> is outside [0, 100].</exception>
    /// <exception cref="ArgumentException">A citation is keyed by an aspect that is not an electoral-system value, or twice.</exception>
    internal ElectoralSystem(SeatSource source, Term period, decimal? thresholdPercent, ThresholdBase? thresholdBase, AllocationMethod? method, bool? runnerUpAdmission, TiePolicy? tiePolicy, Provenance provenance, IEnumerable<KeyValuePair<RuleAspect, Citation>>? citations = null)
    {
        this.citations = AspectCitations.From(citations, nameof(citations), RuleAspects.ElectoralSystem);
        if (thresholdPercent is { } t && (t < 0m || t > 100m))
        {
            throw Internal.ArgumentErrors.OutOfRange(nameof(thresholdPercent), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A threshold is a percentage between 0 and 100; {t} was given."));
        }

        Source = source;
        Period = Preconditions.NotNull(period, nameof(period));
        ThresholdPercent = thresholdPercent;
        ThresholdBase = thresholdBase;
        Method = method;
        RunnerUpAdmission = runnerUpAdmission;
        TiePolicy = tiePolicy;
        Provenance = Preconditions.NotNull(provenance, nameof(provenance));
    }

    /// <summary>Gets the seats it fills.</summary>
    public SeatSource Source { get; }

    /// <summary>Gets the half-open period it applies.</summary>
    public Term Period { get; }

    /// <summary>Gets the threshold in percent (exact decimal as published), or <see langword="null"/> where unknown.</summary>
    public decimal? ThresholdPercent { get; }

    /// <summary>Gets what the threshold is measured against, or <see langword="null"/> where unknown.</summary>
    public ThresholdBase? ThresholdBase { get; }

    /// <summary>Gets the allocation method, or <see langword="null"/> where unknown.</summary>
    public AllocationMethod? Method { get; }

    /// <summary>Gets whether the runner-up list is admitted when only one list passes, or <see langword="null"/> where unknown.</summary>
    public bool? RunnerUpAdmission { get; }

    /// <summary>Gets the tie policy the law sets, or <see langword="null"/> where unknown.</summary>
    public TiePolicy? TiePolicy { get; }

    /// <summary>Gets where the facts come from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Gets where one value of the system is stated.</summary>
    /// <param name="aspect">
    /// <see cref="RuleAspect.Threshold"/>, <see cref="RuleAspect.ThresholdBase"/>, <see cref="RuleAspect.Method"/>,
    /// <see cref="RuleAspect.RunnerUpAdmission"/> or <see cref="RuleAspect.TiePolicy"/>.
    /// </param>
    /// <returns>The citation, or <see langword="null"/> where the value is unknown (so nothing states it) or the system was built by hand.</returns>
    /// <example><c>ElectionLaw.PartyListSystemOn(history, new LocalDate(2023, 3, 19), ChamberKind.Mazhilis).CitationFor(RuleAspect.Method)!.Article</c> is <c>Art. 97-1</c>.</example>
    public Citation? CitationFor(RuleAspect aspect) => citations.For(aspect);

    /// <summary>Gets a value indicating whether every parameter needed to allocate seats is known.</summary>
    public bool IsComplete => ThresholdPercent is not null && ThresholdBase is not null && Method is not null && RunnerUpAdmission is not null;

    /// <summary>Returns a short description.</summary>
    /// <returns>For example <c>Hare quota, largest remainders; 5% of all ballots</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Method is { } m ? EnglishNames.Of(m) : "method unknown")}; {(ThresholdPercent is { } t ? t.ToString(CultureInfo.InvariantCulture) + "%" : "threshold unknown")} of {(ThresholdBase is { } b ? EnglishNames.Of(b) : "an unknown base")}{(RunnerUpAdmission == true ? "; runner-up admitted" : string.Empty)}");
}

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

/// <summary>The groups a list quota counts.</summary>
[Flags]
public enum QuotaGroups
{
    /// <summary>No group.</summary>
    None = 0,

    /// <summary>Women.</summary>
    Women = 1,

    /// <summary>Persons who have not reached the quota's youth age.</summary>
    Youth = 2,

    /// <summary>Persons with disabilities.</summary>
    PersonsWithDisabilities = 4,
}

/// <summary>One legal value of a chamber's rules whose source a <see cref="Citation"/> names (see <see cref="ChamberRules.CitationFor(RuleAspect)"/>).</summary>
public enum RuleAspect
{
    /// <summary>That the chamber exists under the instrument (for the rule set as a whole: the form of the legislature, <see cref="LegislatureRules.FormCitation"/>).</summary>
    Existence,

    /// <summary>The composition as a whole: the statutory number of seats and the sources that fill them.</summary>
    Composition,

    /// <summary>The term of office.</summary>
    TermLength,

    /// <summary>The partial-renewal rule.</summary>
    Renewal,

    /// <summary>The minimum age.</summary>
    MinimumAge,

    /// <summary>The years of permanent residence in the country required.</summary>
    ResidenceYears,

    /// <summary>The years of residence in the region required.</summary>
    RegionResidenceYears,

    /// <summary>Whether higher education is required.</summary>
    HigherEducation,

    /// <summary>The years of work experience required.</summary>
    WorkExperienceYears,

    /// <summary>Whether citizenship is required.</summary>
    Citizenship,

    /// <summary>The party-list threshold.</summary>
    Threshold,

    /// <summary>What the threshold is measured against.</summary>
    ThresholdBase,

    /// <summary>The seat-allocation method.</summary>
    Method,

    /// <summary>Whether the runner-up list is admitted when only one passes.</summary>
    RunnerUpAdmission,

    /// <summary>How a tie for the last seat is resolved.</summary>
    TiePolicy,

    /// <summary>The list quota.</summary>
    ListQuota,
}

/// <summary>What an incompatibility bars a deputy from.</summary>
public enum IncompatibilityKind
{
    /// <summary>Another incompatibility, described only by its text.</summary>
    Other,

    /// <summary>Membership of another representative body.</summary>
    OtherRepresentativeBody,

    /// <summary>Another paid post (the text says which activities are excepted).</summary>
    OtherPaidPost,

    /// <summary>Business activity.</summary>
    BusinessActivity,

    /// <summary>A seat on the governing body or supervisory board of a commercial organisation.</summary>
    CommercialBoard,

    /// <summary>Membership of both chambers at the same time.</summary>
    BothChambers,
}

/// <summary>An office or activity incompatible with a seat, with where it is stated.</summary>
public sealed record Incompatibility
{
    /// <summary>Creates an incompatibility.</summary>
    /// <param name="text">The English description.</param>
    /// <param name="kind">What it bars.</param>
    /// <param name="citation">Where it is stated, or <see langword="null"/> for one built by hand.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank.</exception>
    public Incompatibility(string text, IncompatibilityKind kind = IncompatibilityKind.Other, Citation? citation = null)
    {
        Text = Preconditions.NotBlank(text, nameof(text));
        Kind = kind;
        Citation = citation;
    }

    /// <summary>Gets the English description.</summary>
    public string Text { get; }

    /// <summary>Gets what it bars.</summary>
    public IncompatibilityKind Kind { get; }

    /// <summary>Gets where it is stated, or <see langword="null"/>.</summary>
    public Citation? Citation { get; }

    /// <summary>Returns the description.</summary>
    /// <returns>The English description.</returns>
    public override string ToString() => Text;
}

/// <summary>Which aspects belong to which record.</summary>
internal static class RuleAspects
{
    public static readonly RuleAspect[] ElectoralSystem = [RuleAspect.Threshold, RuleAspect.ThresholdBase, RuleAspect.Method, RuleAspect.RunnerUpAdmission, RuleAspect.TiePolicy];

    public static readonly RuleAspect[] Chamber =
    [
        RuleAspect.Existence, RuleAspect.Composition, RuleAspect.TermLength, RuleAspect.Renewal, RuleAspect.MinimumAge, RuleAspect.ResidenceYears,
        RuleAspect.RegionResidenceYears, RuleAspect.HigherEducation, RuleAspect.WorkExperienceYears, RuleAspect.Citizenship,
    ];
}

/// <summary>Citations keyed by aspect, with structural equality (so the records holding them compare by content).</summary>
internal sealed record AspectCitations
{
    public static readonly AspectCitations Empty = new(ValueList<KeyValuePair<RuleAspect, Citation>>.Empty);

    private AspectCitations(ValueList<KeyValuePair<RuleAspect, Citation>> items) => Items = items;

    public ValueList<KeyValuePair<RuleAspect, Citation>> Items { get; }

    public static AspectCitations From(IEnumerable<KeyValuePair<RuleAspect, Citation>>? citations, string paramName, RuleAspect[] allowed)
    {
        if (citations is null)
        {
            return Empty;
        }

        var list = new List<KeyValuePair<RuleAspect, Citation>>();
        foreach (var (aspect, citation) in citations)
        {
            if (Array.IndexOf(allowed, aspect) < 0)
            {
                throw Internal.ArgumentErrors.Invalid($"A citation for {aspect} does not belong here; the aspects are: {string.Join(", ", allowed)}.", paramName);
            }

            if (list.Any(p => p.Key == aspect))
            {
                throw Internal.ArgumentErrors.Invalid($"The aspect {aspect} is cited twice.", paramName);
            }

            list.Add(new KeyValuePair<RuleAspect, Citation>(aspect, Preconditions.NotNull(citation, paramName)));
        }

        return list.Count == 0 ? Empty : new AspectCitations(ValueList<KeyValuePair<RuleAspect, Citation>>.From(list));
    }

    public Citation? For(RuleAspect aspect)
    {
        foreach (var (a, c) in Items)
        {
            if (a == aspect)
            {
                return c;
            }
        }

        return null;
    }
}

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
    /// <exception cref="ArgumentOutOfRangeException">A number is negative.</exception>
    public SeatAllotment(SeatSource source, int seats, int? seatsPerRegion = null)
    {
        Source = source;
        Seats = Preconditions.NonNegative(seats, nameof(seats));
        SeatsPerRegion = seatsPerRegion is { } p ? Preconditions.NonNegative(p, nameof(seatsPerRegion)) : null;
    }

    /// <summary>Gets how the seats are filled.</summary>
    public SeatSource Source { get; }

    /// <summary>Gets the number of seats.</summary>
    public int Seats { get; }

    /// <summary>Gets the seats per region, or <see langword="null"/> if the group is not filled region by region.</summary>
    public int? SeatsPerRegion { get; }

    /// <summary>Gets a value indicating whether the seats are filled region by region.</summary>
    public bool IsPerRegion => SeatsPerRegion is not null;

    /// <summary>Returns the source and the count.</summary>
    /// <returns>For example <c>ElectedByMaslikhats 40 (2 per region)</c>.</returns>
    public override string ToString() =>
        SeatsPerRegion is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"{Source} {Seats} ({p} per region)")
            : string.Create(CultureInfo.InvariantCulture, $"{Source} {Seats}");
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
    public RenewalRule(SeatSource source, int numerator, int denominator, Period interval)
    {
        if (numerator <= 0 || denominator <= 0 || numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The renewed share must be a fraction in (0, 1]; {numerator} was given."));
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
    /// <returns>For example <c>1/2 of ElectedByMaslikhats every P3Y</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator} of {Source} every {Interval}");
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
    public EligibilityRules(int? minimumAge, int? residenceYears, int? regionResidenceYears, bool? higherEducation, int? workExperienceYears, bool? citizenship)
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
    /// <summary>Creates an electoral system.</summary>
    /// <param name="source">The seats it fills (normally <see cref="SeatSource.PartyList"/>).</param>
    /// <param name="period">The half-open period it applies.</param>
    /// <param name="thresholdPercent">The threshold in percent, or <see langword="null"/> where it is unknown.</param>
    /// <param name="thresholdBase">What the threshold is measured against, or <see langword="null"/> where unknown.</param>
    /// <param name="method">The allocation method, or <see langword="null"/> where unknown.</param>
    /// <param name="runnerUpAdmission">Whether the second list is admitted when only one passes the threshold (2009–2022), or <see langword="null"/> where unknown.</param>
    /// <param name="tiePolicy">How a tie for the last seat is resolved, or <see langword="null"/> where unknown.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="thresholdPercent"/> is outside [0, 100].</exception>
    public ElectoralSystem(SeatSource source, Term period, decimal? thresholdPercent, ThresholdBase? thresholdBase, AllocationMethod? method, bool? runnerUpAdmission, TiePolicy? tiePolicy, Provenance provenance)
    {
        if (thresholdPercent is { } t && (t < 0m || t > 100m))
        {
            throw new ArgumentOutOfRangeException(nameof(thresholdPercent), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A threshold is a percentage between 0 and 100; {t} was given."));
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

    /// <summary>Gets a value indicating whether every parameter needed to allocate seats is known.</summary>
    public bool IsComplete => ThresholdPercent is not null && ThresholdBase is not null && Method is not null && RunnerUpAdmission is not null;

    /// <summary>Returns a short description.</summary>
    /// <returns>For example <c>HareLargestRemainder, 5% of AllBallots</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Method?.ToString() ?? "method unknown")}, {(ThresholdPercent is { } t ? t.ToString(CultureInfo.InvariantCulture) + "%" : "threshold unknown")} of {(ThresholdBase?.ToString() ?? "unknown base")}{(RunnerUpAdmission == true ? ", runner-up admitted" : string.Empty)}");
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
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumPercent"/> is outside [0, 100].</exception>
    public ListQuotaRule(Term period, int minimumPercent, IEnumerable<string> groups, int? youthMaximumAge, bool appliesToSeats, Provenance provenance)
    {
        if (minimumPercent is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumPercent), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A quota is a percentage between 0 and 100; {minimumPercent} was given."));
        }

        Period = Preconditions.NotNull(period, nameof(period));
        MinimumPercent = minimumPercent;
        this.groups = Preconditions.NoNullItems(groups, nameof(groups));
        YouthMaximumAge = youthMaximumAge;
        AppliesToSeats = appliesToSeats;
        Provenance = Preconditions.NotNull(provenance, nameof(provenance));
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

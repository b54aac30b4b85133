using System.Globalization;
using Kz.Legislature.Internal;
using Kz.Legislature.Procedure;

namespace Kz.Legislature.History;

/// <summary>
/// The rules for one chamber on a date: the statutory number of seats and how they are filled, the term,
/// renewal, eligibility, incompatibilities and the electoral system.
/// </summary>
/// <remarks>
/// <para>Seat counts are concrete for the days the rules cover: the Senate's maslikhat-elected seats are
/// two for every region in existence on those days. Values no source gives are <see langword="null"/>.</para>
/// <para>Where no source states the resulting total for those days, <see cref="SeatCountBasis"/> says so
/// (<see cref="History.SeatCountBasis.DerivedFromRegions"/> or <see cref="History.SeatCountBasis.InferredFromElection"/>),
/// with its own <see cref="SeatCountConfidence"/> and <see cref="SeatCountNote"/>.</para>
/// </remarks>
public sealed record ChamberRules
{
    private readonly ValueList<SeatAllotment> seatPlan;
    private readonly ValueList<string> incompatibilities;
    private readonly ValueList<Incompatibility> incompatibilityRules;
    private readonly AspectCitations citations;

    /// <summary>Creates chamber rules.</summary>
    /// <param name="kind">The chamber.</param>
    /// <param name="seatPlan">The seat plan for the date.</param>
    /// <param name="termLength">The term of office, or <see langword="null"/> where unknown.</param>
    /// <param name="renewal">The partial-renewal rule, or <see langword="null"/> when the whole chamber is elected at once.</param>
    /// <param name="eligibility">Who may hold a seat.</param>
    /// <param name="incompatibilities">Offices and activities incompatible with a seat.</param>
    /// <param name="partyListSystem">The party-list electoral system in force, or <see langword="null"/>.</param>
    /// <param name="listQuota">The list quota in force, or <see langword="null"/>.</param>
    /// <param name="regionCount">The number of regions the per-region seats were computed from, or <see langword="null"/>.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <param name="seatCountBasis">How the statutory number of seats is known on the days these rules cover (stated by the sources unless given).</param>
    /// <param name="seatCountConfidence">The confidence in the statutory number of seats, or <see langword="null"/> for the confidence of <paramref name="provenance"/>.</param>
    /// <param name="seatCountNote">Why the count is not stated, or <see langword="null"/>.</param>
    /// <param name="citations">
    /// Where each known chamber value is stated, keyed by <see cref="RuleAspect.Existence"/>, <see cref="RuleAspect.Composition"/>,
    /// <see cref="RuleAspect.TermLength"/>, <see cref="RuleAspect.Renewal"/> and the eligibility aspects; <see langword="null"/> for rules built by hand.
    /// </param>
    /// <param name="incompatibilityRules">
    /// The incompatibilities with their kinds and citations, or <see langword="null"/> to take them from <paramref name="incompatibilities"/>
    /// without citations; when given, their texts must be <paramref name="incompatibilities"/> in order.
    /// </param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A seat source appears twice in the plan, a citation belongs to another record, or the incompatibility texts differ.</exception>
    internal ChamberRules(
        ChamberKind kind,
        IEnumerable<SeatAllotment> seatPlan,
        Period? termLength,
        RenewalRule? renewal,
        EligibilityRules eligibility,
        IEnumerable<string> incompatibilities,
        ElectoralSystem? partyListSystem,
        ListQuotaRule? listQuota,
        int? regionCount,
        Provenance provenance,
        SeatCountBasis seatCountBasis = SeatCountBasis.Stated,
        Confidence? seatCountConfidence = null,
        string? seatCountNote = null,
        IEnumerable<KeyValuePair<RuleAspect, Citation>>? citations = null,
        IEnumerable<Incompatibility>? incompatibilityRules = null)
    {
        Kind = kind;
        this.seatPlan = Preconditions.NoNullItems(seatPlan, nameof(seatPlan));

        // Loops rather than LINQ: this runs for every record the history builds, and LINQ over the enum instantiates generic
        // code the first load would JIT-compile (docs/performance.md, "First load").
        for (var i = 0; i < this.seatPlan.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (this.seatPlan[j].Source == this.seatPlan[i].Source)
                {
                    throw Internal.ArgumentErrors.Invalid("Each seat source may appear only once in a seat plan.", nameof(seatPlan));
                }
            }
        }

        TermLength = termLength;
        Renewal = renewal;
        Eligibility = Preconditions.NotNull(eligibility, nameof(eligibility));
        this.incompatibilities = Preconditions.NoNullItems(incompatibilities, nameof(incompatibilities));
        this.incompatibilityRules = incompatibilityRules is null
            ? ValueList<Incompatibility>.From(this.incompatibilities.Select(t => new Incompatibility(t)))
            : Preconditions.NoNullItems(incompatibilityRules, nameof(incompatibilityRules));
        if (!this.incompatibilityRules.Select(i => i.Text).SequenceEqual(this.incompatibilities, StringComparer.Ordinal))
        {
            throw Internal.ArgumentErrors.Invalid("The incompatibility rules must have the texts of the incompatibilities, in order.", nameof(incompatibilityRules));
        }

        this.citations = AspectCitations.From(citations, nameof(citations), RuleAspects.Chamber);
        PartyListSystem = partyListSystem;
        ListQuota = listQuota;
        RegionCount = regionCount;
        Provenance = Preconditions.NotNull(provenance, nameof(provenance));
        var seats = 0;
        foreach (var allotment in this.seatPlan)
        {
            seats = checked(seats + allotment.Seats);
        }

        StatutorySeats = seats;
        SeatCountBasis = seatCountBasis;
        SeatCountConfidence = seatCountConfidence ?? provenance.Confidence;
        SeatCountNote = seatCountNote;
    }

    /// <summary>Gets the chamber.</summary>
    public ChamberKind Kind { get; }

    /// <summary>Gets the statutory number of seats: the sum of the seat plan.</summary>
    public int StatutorySeats { get; }

    /// <summary>
    /// Gets how <see cref="StatutorySeats"/> is known on the days these rules cover: <see cref="History.SeatCountBasis.Stated"/>
    /// when the sources state it; otherwise it is a derived or inferred value that no source states for those days.
    /// </summary>
    public SeatCountBasis SeatCountBasis { get; }

    /// <summary>Gets the confidence in <see cref="StatutorySeats"/> (low where the count is derived or inferred).</summary>
    public Confidence SeatCountConfidence { get; }

    /// <summary>Gets why the count is derived or inferred, or <see langword="null"/> when it is stated.</summary>
    public string? SeatCountNote { get; }

    /// <summary>Gets a value indicating whether the sources state <see cref="StatutorySeats"/> for the days these rules cover.</summary>
    public bool IsSeatCountStated => SeatCountBasis == SeatCountBasis.Stated;

    /// <summary>Gets the seat plan: how many seats each source fills (immutable; compared by content).</summary>
    public IReadOnlyList<SeatAllotment> SeatPlan => seatPlan;

    /// <summary>Gets the term of office, or <see langword="null"/> where no source gives it.</summary>
    public Period? TermLength { get; }

    /// <summary>Gets the partial-renewal rule, or <see langword="null"/>.</summary>
    public RenewalRule? Renewal { get; }

    /// <summary>Gets who may hold a seat.</summary>
    public EligibilityRules Eligibility { get; }

    /// <summary>Gets the minimum age on the day a mandate starts, or <see langword="null"/> where unknown.</summary>
    public int? MinimumAge => Eligibility.MinimumAge;

    /// <summary>Gets offices and activities incompatible with a seat (English descriptions).</summary>
    public IReadOnlyList<string> Incompatibilities => incompatibilities;

    /// <summary>Gets the incompatibilities with what each bars and where it is stated (immutable; compared by content).</summary>
    public IReadOnlyList<Incompatibility> IncompatibilityRules => incompatibilityRules;

    /// <summary>Gets the party-list electoral system in force, or <see langword="null"/> if the chamber has no party-list seats.</summary>
    public ElectoralSystem? PartyListSystem { get; }

    /// <summary>Gets the list quota for women, youth and persons with disabilities in force, or <see langword="null"/>.</summary>
    public ListQuotaRule? ListQuota { get; }

    /// <summary>Gets the number of regions per-region seats were computed from, or <see langword="null"/>.</summary>
    public int? RegionCount { get; }

    /// <summary>Gets where the facts come from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Gets the number of seats filled from <paramref name="source"/> (0 if the plan has none).</summary>
    /// <param name="source">The seat source.</param>
    /// <returns>The number of seats.</returns>
    public int SeatsFor(SeatSource source)
    {
        foreach (var s in seatPlan)
        {
            if (s.Source == source)
            {
                return s.Seats;
            }
        }

        return 0;
    }

    /// <summary>Gets the seat-plan entry for <paramref name="source"/>, or <see langword="null"/>.</summary>
    /// <param name="source">The seat source.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public SeatAllotment? AllotmentFor(SeatSource source)
    {
        foreach (var s in seatPlan)
        {
            if (s.Source == source)
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>Gets where one value of these rules is stated: the instrument, the article where verified, and the sources that state that value.</summary>
    /// <param name="aspect">The value: the chamber's existence, composition, term, renewal, an eligibility value, an electoral-system value (from <see cref="PartyListSystem"/>) or the list quota (from <see cref="ListQuota"/>).</param>
    /// <returns>The citation, or <see langword="null"/> where the value is unknown (so nothing states it) or the rules were built by hand.</returns>
    /// <example>
    /// <code>
    /// var senate = LegislativeHistory.Kazakhstan.RulesOn(new LocalDate(2024, 1, 1)).Chamber(ChamberKind.Senate);
    /// senate.CitationFor(RuleAspect.MinimumAge)!.Article;   // "Art. 51(4)"
    /// senate.CitationFor(RuleAspect.Renewal)!.Article;      // "Art. 51(2)"
    /// </code>
    /// </example>
    public Citation? CitationFor(RuleAspect aspect) => aspect switch
    {
        RuleAspect.Threshold or RuleAspect.ThresholdBase or RuleAspect.Method or RuleAspect.RunnerUpAdmission or RuleAspect.TiePolicy => PartyListSystem?.CitationFor(aspect),
        RuleAspect.ListQuota => ListQuota?.Citation,
        _ => citations.For(aspect),
    };

    /// <summary>Gets where the seats filled from <paramref name="source"/> are stated, or <see langword="null"/> if the plan has no such seats.</summary>
    /// <param name="source">The seat source.</param>
    /// <returns>The citation of the allotment, or <see langword="null"/>.</returns>
    public Citation? CitationFor(SeatSource source) => AllotmentFor(source)?.Citation;

    /// <summary>Returns the chamber, its seats and its plan.</summary>
    /// <returns>
    /// For example <c>Senate 50 = Elected by maslikhat deputies 40 + Appointed by the President 5 + Appointed by the President on the Assembly of People's proposal 5</c>;
    /// a count no source states is marked, as in <c>Senate 43 = … (DerivedFromRegions, Low confidence)</c>.
    /// </returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{EnglishNames.Of(Kind)} {StatutorySeats} = {string.Join(" + ", seatPlan.Select(s => $"{EnglishNames.Of(s.Source)} {s.Seats}"))}{Qualifier()}");

    /// <summary>The marker of a count no source states, or an empty string.</summary>
    internal string Qualifier() => IsSeatCountStated ? string.Empty : $" ({SeatCountBasis}, {SeatCountConfidence} confidence)";
}

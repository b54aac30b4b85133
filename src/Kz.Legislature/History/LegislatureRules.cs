using System.Globalization;
using Kz.Legislature.Internal;
using Kz.Legislature.Procedure;

namespace Kz.Legislature.History;

/// <summary>
/// The constitutional rules for the legislature over a half-open period: the instrument in force, the form,
/// and the rules of each chamber the constitution provides for.
/// </summary>
/// <remarks>
/// <para>Every value, including every seat count, holds on every day of <see cref="Period"/>. A rule set of the dataset
/// (<see cref="RuleSetId"/>, <see cref="RuleSetPeriod"/>) whose seat counts change as regions are created or abolished is
/// handed out as several such records, one for each stretch of days over which nothing changes.</para>
/// <para>These are the rules <em>in force</em>. Whether a legislature actually sat, and which rules a sitting chamber is
/// held to under transitional provisions, is answered separately by <see cref="LegislativeHistory.SittingOn"/>.</para>
/// </remarks>
public sealed record LegislatureRules
{
    private readonly ValueList<ChamberRules> chambers;
    private readonly ValueList<DecisionRule> decisions;

    /// <summary>Creates legislature rules.</summary>
    /// <param name="ruleSetId">The identifier of the rule set in the dataset.</param>
    /// <param name="period">The half-open period over which exactly these rules (including seat counts) apply.</param>
    /// <param name="ruleSetPeriod">The half-open period of the whole rule set.</param>
    /// <param name="instrument">The instrument the rules come from.</param>
    /// <param name="form">The form of the legislature.</param>
    /// <param name="chambers">The rules of each chamber.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <param name="formCitation">Where the form (which chambers exist) is stated, or <see langword="null"/> for rules built by hand.</param>
    /// <param name="decisions">The decisions the legislature takes under these rules, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">Two chambers are of the same kind, or a decision is null.</exception>
    internal LegislatureRules(string ruleSetId, Term period, Term ruleSetPeriod, Instrument instrument, LegislatureForm form, IEnumerable<ChamberRules> chambers, Provenance provenance, Citation? formCitation = null, IEnumerable<DecisionRule>? decisions = null)
    {
        this.decisions = decisions is null ? ValueList<DecisionRule>.Empty : Preconditions.NoNullItems(decisions, nameof(decisions));
        FormCitation = formCitation;
        RuleSetId = Preconditions.NotBlank(ruleSetId, nameof(ruleSetId));
        Period = Preconditions.NotNull(period, nameof(period));
        RuleSetPeriod = Preconditions.NotNull(ruleSetPeriod, nameof(ruleSetPeriod));
        Instrument = Preconditions.NotNull(instrument, nameof(instrument));
        Form = form;
        this.chambers = Preconditions.NoNullItems(chambers, nameof(chambers));
        for (var i = 0; i < this.chambers.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                // A loop rather than LINQ over the enum, whose generic code the first load would JIT-compile.
                if (this.chambers[j].Kind == this.chambers[i].Kind)
                {
                    throw Internal.ArgumentErrors.Invalid("Each chamber may appear only once.", nameof(chambers));
                }
            }
        }

        Provenance = Preconditions.NotNull(provenance, nameof(provenance));
    }

    /// <summary>Gets the identifier of the rule set in the dataset.</summary>
    public string RuleSetId { get; }

    /// <summary>Gets the half-open period over which exactly these rules, including every seat count, apply.</summary>
    public Term Period { get; }

    /// <summary>
    /// Gets the half-open period of the whole rule set this record belongs to. Seat counts may change inside it as regions
    /// change; they hold only over <see cref="Period"/>.
    /// </summary>
    public Term RuleSetPeriod { get; }

    /// <summary>Gets the constitution or amendment the rules come from.</summary>
    public Instrument Instrument { get; }

    /// <summary>Gets the form of the legislature: none, unicameral or bicameral.</summary>
    public LegislatureForm Form { get; }

    /// <summary>Gets the rules of each chamber (immutable; compared by content).</summary>
    public IReadOnlyList<ChamberRules> Chambers => chambers;

    /// <summary>Gets where the facts come from.</summary>
    public Provenance Provenance { get; }

    /// <summary>
    /// Gets where the form of the legislature is stated: which chambers exist, and so also that a chamber does not
    /// (for example Art. 95 of the 2026 Constitution, which ends the Senate and the Mazhilis); <see langword="null"/> for rules built by hand.
    /// </summary>
    public Citation? FormCitation { get; }

    /// <summary>
    /// Gets the citation of the rule set as a whole: its instrument, no article, and the rule set's own sources. Validation
    /// failures that concern no single legal value (a duplicate deputy, a wrong convocation) cite it.
    /// </summary>
    public Citation RuleSetCitation => new(Instrument.Id, Instrument.Name, null, Provenance.Sources, Provenance.Confidence, null, Provenance.Note);

    /// <summary>Gets where the value a change describes is stated under these rules (the rules after the change, or before it when the value was removed).</summary>
    /// <param name="change">A change, for example from <see cref="LegislativeHistory.ChangesBetween"/>.</param>
    /// <returns>The citation of the changed value; <see cref="FormCitation"/> for the instrument, the form and the chambers added or removed; <see langword="null"/> when these rules do not state the value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    public Citation? CitationFor(LegislativeChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var chamber = change.Chamber is { } k ? TryGetChamber(k) : null;
        return change.Kind switch
        {
            ChangeKind.Instrument or ChangeKind.Form or ChangeKind.ChamberRemoved => FormCitation,
            ChangeKind.ChamberAdded => chamber?.CitationFor(RuleAspect.Existence) ?? FormCitation,
            ChangeKind.StatutorySeats => chamber?.CitationFor(RuleAspect.Composition),
            ChangeKind.SeatsBySource => change.Source is { } s ? chamber?.CitationFor(s) ?? chamber?.CitationFor(RuleAspect.Composition) : chamber?.CitationFor(RuleAspect.Composition),
            ChangeKind.TermLength => chamber?.CitationFor(RuleAspect.TermLength),
            ChangeKind.Renewal => chamber?.CitationFor(RuleAspect.Renewal),
            ChangeKind.MinimumAge => chamber?.CitationFor(RuleAspect.MinimumAge),
            ChangeKind.ElectoralSystem => chamber?.CitationFor(RuleAspect.Threshold) ?? chamber?.CitationFor(RuleAspect.Method),
            ChangeKind.ListQuota => chamber?.CitationFor(RuleAspect.ListQuota),
            _ => null,
        };
    }

    /// <summary>
    /// Gets every decision the legislature takes under these rules, with its stages (body, majority and base, quorum, readings,
    /// citations); empty where the data records none. "The total number of deputies" counts the statutory seats of these rules;
    /// for the chamber actually sitting on a day (held to older rules under transitional provisions) use
    /// <see cref="LegislativeHistory.DecisionOn"/>.
    /// </summary>
    public IReadOnlyList<DecisionRule> Decisions => decisions;

    /// <summary>Gets the rule for a decision and subject, or <see langword="null"/> if the data has none under these rules.</summary>
    /// <param name="kind">The kind of decision.</param>
    /// <param name="subject">The subject (a law's subject, an office, a chair), or <see cref="DecisionSubject.None"/> for the general rule.</param>
    /// <returns>The rule that covers the subject; for a subject no rule lists, the general rule of the kind if that covers it; otherwise <see langword="null"/>.</returns>
    public DecisionRule? TryGetDecision(DecisionKind kind, DecisionSubject subject = DecisionSubject.None)
    {
        DecisionRule? general = null;
        foreach (var d in decisions)
        {
            if (d.Kind != kind)
            {
                continue;
            }

            if (d.Covers(subject))
            {
                return d;
            }

            if (d.Subjects.Count == 0)
            {
                general = d;
            }
        }

        return subject is DecisionSubject.PrimeMinister or DecisionSubject.VicePresident or DecisionSubject.SupremeCourt or DecisionSubject.NationalBank
            or DecisionSubject.ProsecutorGeneral or DecisionSubject.NationalSecurityCommittee or DecisionSubject.ChairOfSenate or DecisionSubject.ChairOfMazhilis
            or DecisionSubject.ChairOfKurultai ? null : general;
    }

    /// <summary>Gets the rule for a decision and subject.</summary>
    /// <param name="kind">The kind of decision.</param>
    /// <param name="subject">The subject, or <see cref="DecisionSubject.None"/> for the general rule.</param>
    /// <returns>The rule, as <see cref="TryGetDecision"/> finds it.</returns>
    /// <exception cref="InvalidOperationException">The data has no such decision under these rules; the message names the kind, the period and the decisions that exist.</exception>
    public DecisionRule Decision(DecisionKind kind, DecisionSubject subject = DecisionSubject.None) =>
        TryGetDecision(kind, subject) ?? throw new InvalidOperationException(
            $"There is no {kind}{(subject == DecisionSubject.None ? string.Empty : $" ({subject})")} decision in the data for the rules in force {Period} ({RuleSetId}); "
            + (decisions.Count == 0 ? "no decisions are recorded for these rules." : $"the decisions are: {string.Join(", ", decisions.Select(d => d.Subjects.Count == 0 ? d.Kind.ToString() : $"{d.Kind} ({string.Join(", ", d.Subjects)})"))}."));

    /// <summary>Returns whether the constitution in force provides for <paramref name="kind"/>.</summary>
    /// <param name="kind">The chamber.</param>
    /// <returns><see langword="true"/> if the chamber exists under these rules.</returns>
    public bool HasChamber(ChamberKind kind) => TryGetChamber(kind) is not null;

    /// <summary>Gets the rules of <paramref name="kind"/>, or <see langword="null"/> if the chamber does not exist under these rules.</summary>
    /// <param name="kind">The chamber.</param>
    /// <returns>The chamber's rules, or <see langword="null"/>.</returns>
    public ChamberRules? TryGetChamber(ChamberKind kind)
    {
        foreach (var c in chambers)
        {
            if (c.Kind == kind)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>Gets the rules of <paramref name="kind"/>.</summary>
    /// <param name="kind">The chamber.</param>
    /// <returns>The chamber's rules.</returns>
    /// <exception cref="InvalidOperationException">The chamber does not exist under these rules; the message names the period and the chambers that do.</exception>
    public ChamberRules Chamber(ChamberKind kind) =>
        TryGetChamber(kind) ?? throw new InvalidOperationException(
            $"There is no {EnglishNames.Of(kind)} under the rules in force {Period} ({Instrument.Name.English}); the chambers are: {(chambers.Count == 0 ? "none" : string.Join(", ", chambers.Select(c => EnglishNames.Of(c.Kind))))}.");

    /// <summary>Returns the period, the form and the chambers.</summary>
    /// <returns>
    /// For example <c>[2022-06-08, 2026-07-01) Bicameral: Senate 50, Mazhilis 98</c>; a seat count no source states is marked,
    /// as in <c>[1997-04-22, 1997-05-03) Bicameral: Senate 43 (DerivedFromRegions, Low confidence), Mazhilis 67</c>.
    /// </returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Period} {Form}: {string.Join(", ", chambers.Select(c => $"{EnglishNames.Of(c.Kind)} {c.StatutorySeats}{c.Qualifier()}"))}");
}

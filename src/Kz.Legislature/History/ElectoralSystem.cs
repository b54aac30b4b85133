using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

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

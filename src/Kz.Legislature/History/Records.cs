using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>The kind of a legal instrument.</summary>
public enum InstrumentKind
{
    /// <summary>A constitution.</summary>
    Constitution,

    /// <summary>A law amending the constitution.</summary>
    AmendmentLaw,

    /// <summary>A referendum (on a constitution or amendments).</summary>
    Referendum,

    /// <summary>A constitutional law.</summary>
    ConstitutionalLaw,

    /// <summary>An ordinary law.</summary>
    Law,

    /// <summary>A presidential decree.</summary>
    Decree,

    /// <summary>A ruling of the Constitutional Court.</summary>
    CourtRuling,
}

/// <summary>The kind of an event in the timeline.</summary>
public enum LegislativeEventKind
{
    /// <summary>An election of the Supreme Council, the Mazhilis or the Kurultai.</summary>
    Election,

    /// <summary>An election of senators by maslikhat deputies.</summary>
    SenateElection,

    /// <summary>A referendum.</summary>
    Referendum,

    /// <summary>An instrument adopted or signed.</summary>
    InstrumentAdopted,

    /// <summary>An instrument entering into force.</summary>
    InstrumentInForce,

    /// <summary>A court ruling.</summary>
    CourtRuling,

    /// <summary>A chamber dissolved by decree or at its own request.</summary>
    Dissolution,

    /// <summary>A chamber dissolving itself.</summary>
    SelfDissolution,

    /// <summary>The first sitting of a convocation.</summary>
    FirstSitting,

    /// <summary>An election called by decree.</summary>
    ElectionCalled,

    /// <summary>A region created, merged, renamed or raised in status.</summary>
    RegionChange,

    /// <summary>Powers of a chamber terminated by a constitutional provision.</summary>
    Termination,

    /// <summary>Any other event.</summary>
    Other,
}

/// <summary>The kind of an election.</summary>
public enum ElectionKind
{
    /// <summary>A regular election at the end of a term.</summary>
    Regular,

    /// <summary>A snap election after an early dissolution.</summary>
    Snap,

    /// <summary>A partial election (a share of the Senate's elected seats).</summary>
    Partial,

    /// <summary>An election for new regions or vacant seats.</summary>
    ByElection,

    /// <summary>An election by the Assembly of People of Kazakhstan.</summary>
    AssemblyOfPeople,
}

/// <summary>The numbered body a convocation belongs to.</summary>
public enum LegislativeBody
{
    /// <summary>The Supreme Soviet / Supreme Council.</summary>
    SupremeCouncil,

    /// <summary>The bicameral Parliament.</summary>
    Parliament,

    /// <summary>The Kurultai.</summary>
    Kurultai,
}

/// <summary>What the start date of a sitting record is.</summary>
public enum SittingStartBasis
{
    /// <summary>The first sitting.</summary>
    FirstSitting,

    /// <summary>The election day (the first sitting date is not known).</summary>
    Election,

    /// <summary>The registration of the deputies.</summary>
    Registration,

    /// <summary>A change of the rules the chamber is held to (the chamber sat on).</summary>
    RuleChange,
}

/// <summary>Why a chamber stopped sitting.</summary>
public enum SittingEndReason
{
    /// <summary>It dissolved itself.</summary>
    SelfDissolution,

    /// <summary>It was dissolved early (by decree, at its own request).</summary>
    Dissolution,

    /// <summary>It was dissolved by a presidential decree after a court ruling.</summary>
    DissolutionByDecree,

    /// <summary>Its powers ended by a constitutional provision.</summary>
    ConstitutionalTermination,

    /// <summary>Its term expired.</summary>
    TermExpiry,

    /// <summary>It continued, but from then on under another rule set or convocation.</summary>
    Succeeded,
}

/// <summary>The published result of a referendum.</summary>
public sealed record ReferendumResult
{
    private readonly ValueList<string> alternatives;

    /// <summary>Creates a referendum result.</summary>
    /// <param name="heldOn">The voting day.</param>
    /// <param name="registeredVoters">Registered voters, or <see langword="null"/>.</param>
    /// <param name="ballotsCast">Ballots cast, or <see langword="null"/>.</param>
    /// <param name="turnoutPercent">Turnout in percent as published, or <see langword="null"/>.</param>
    /// <param name="yesVotes">Votes in favour, or <see langword="null"/>.</param>
    /// <param name="yesPercent">Share in favour in percent as published, or <see langword="null"/>.</param>
    /// <param name="noVotes">Votes against, or <see langword="null"/>.</param>
    /// <param name="invalidVotes">Invalid ballots, or <see langword="null"/>.</param>
    /// <param name="approved">Whether the proposal was approved.</param>
    /// <param name="alternatives">Conflicting published figures, in words.</param>
    /// <exception cref="ArgumentNullException"><paramref name="alternatives"/> is null.</exception>
    internal ReferendumResult(LocalDate heldOn, long? registeredVoters, long? ballotsCast, decimal? turnoutPercent, long? yesVotes, decimal? yesPercent, long? noVotes, long? invalidVotes, bool approved, IEnumerable<string> alternatives)
    {
        HeldOn = heldOn;
        RegisteredVoters = registeredVoters;
        BallotsCast = ballotsCast;
        TurnoutPercent = turnoutPercent;
        YesVotes = yesVotes;
        YesPercent = yesPercent;
        NoVotes = noVotes;
        InvalidVotes = invalidVotes;
        Approved = approved;
        this.alternatives = Preconditions.NoNullItems(alternatives, nameof(alternatives));
    }

    /// <summary>Gets the voting day.</summary>
    public LocalDate HeldOn { get; }

    /// <summary>Gets the registered voters, or <see langword="null"/>.</summary>
    public long? RegisteredVoters { get; }

    /// <summary>Gets the ballots cast, or <see langword="null"/>.</summary>
    public long? BallotsCast { get; }

    /// <summary>Gets the turnout in percent as published, or <see langword="null"/>.</summary>
    public decimal? TurnoutPercent { get; }

    /// <summary>Gets the votes in favour, or <see langword="null"/>.</summary>
    public long? YesVotes { get; }

    /// <summary>Gets the share in favour in percent as published, or <see langword="null"/>.</summary>
    public decimal? YesPercent { get; }

    /// <summary>Gets the votes against, or <see langword="null"/>.</summary>
    public long? NoVotes { get; }

    /// <summary>Gets the invalid ballots, or <see langword="null"/>.</summary>
    public long? InvalidVotes { get; }

    /// <summary>Gets whether the proposal was approved.</summary>
    public bool Approved { get; }

    /// <summary>Gets conflicting published figures.</summary>
    public IReadOnlyList<string> Alternatives => alternatives;

    /// <summary>Returns the day, turnout and share in favour.</summary>
    /// <returns>For example <c>2026-03-15: turnout 73.12%, yes 87.15%</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Preconditions.Iso(HeldOn)}: turnout {TurnoutPercent?.ToString(CultureInfo.InvariantCulture) ?? "?"}%, yes {YesPercent?.ToString(CultureInfo.InvariantCulture) ?? "?"}%");
}

/// <summary>A constitution, amendment, referendum, law, decree or ruling that shaped the legislature.</summary>
public sealed record Instrument
{
    private readonly ValueList<LocalDate> inForceFromAlternatives;
    private readonly ValueList<string> legislativeChanges;

    /// <summary>Creates an instrument.</summary>
    /// <param name="id">The identifier in the dataset.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="name">The name.</param>
    /// <param name="number">The official number, or <see langword="null"/>.</param>
    /// <param name="adoptedOn">The day adopted, or <see langword="null"/>.</param>
    /// <param name="signedOn">The day signed, or <see langword="null"/>.</param>
    /// <param name="inForceFrom">The day it entered into force, or <see langword="null"/>.</param>
    /// <param name="inForceFromAlternatives">Other entry-into-force days given by some sources.</param>
    /// <param name="legislativeChanges">What it changed for the legislature, in English.</param>
    /// <param name="referendum">The referendum result, for referendums.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    internal Instrument(string id, InstrumentKind kind, LocalizedName name, string? number, LocalDate? adoptedOn, LocalDate? signedOn, LocalDate? inForceFrom, IEnumerable<LocalDate> inForceFromAlternatives, IEnumerable<string> legislativeChanges, ReferendumResult? referendum, Provenance provenance)
    {
        Id = Preconditions.NotBlank(id, nameof(id));
        Kind = kind;
        Name = Preconditions.NotNull(name, nameof(name));
        Number = number;
        AdoptedOn = adoptedOn;
        SignedOn = signedOn;
        InForceFrom = inForceFrom;
        this.inForceFromAlternatives = ValueList<LocalDate>.From(inForceFromAlternatives ?? throw new ArgumentNullException(nameof(inForceFromAlternatives)));
        this.legislativeChanges = Preconditions.NoNullItems(legislativeChanges, nameof(legislativeChanges));
        Referendum = referendum;
        Provenance = Preconditions.NotNull(provenance, nameof(provenance));
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the kind.</summary>
    public InstrumentKind Kind { get; }

    /// <summary>Gets the name.</summary>
    public LocalizedName Name { get; }

    /// <summary>Gets the official number, or <see langword="null"/>.</summary>
    public string? Number { get; }

    /// <summary>Gets the day adopted, or <see langword="null"/>.</summary>
    public LocalDate? AdoptedOn { get; }

    /// <summary>Gets the day signed, or <see langword="null"/>.</summary>
    public LocalDate? SignedOn { get; }

    /// <summary>Gets the day it entered into force, or <see langword="null"/>.</summary>
    public LocalDate? InForceFrom { get; }

    /// <summary>Gets other entry-into-force days given by some sources (for example 8 June 2022 beside 7 June 2022).</summary>
    public IReadOnlyList<LocalDate> InForceFromAlternatives => inForceFromAlternatives;

    /// <summary>Gets what it changed for the legislature, in English.</summary>
    public IReadOnlyList<string> LegislativeChanges => legislativeChanges;

    /// <summary>Gets the referendum result, or <see langword="null"/>.</summary>
    public ReferendumResult? Referendum { get; }

    /// <summary>Gets where the facts come from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Returns the identifier and the English name.</summary>
    /// <returns>For example <c>constitution-2026 (Constitution of the Republic of Kazakhstan (2026))</c>.</returns>
    public override string ToString() => $"{Id} ({Name.English})";
}

/// <summary>An event in the timeline of the legislature.</summary>
public sealed record LegislativeEvent
{
    private readonly ValueList<string> related;

    /// <summary>Creates an event.</summary>
    /// <param name="id">The identifier in the dataset.</param>
    /// <param name="date">The day.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="name">A one-line description.</param>
    /// <param name="related">Identifiers of related instruments, elections, sittings or convocations.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    internal LegislativeEvent(string id, LocalDate date, LegislativeEventKind kind, LocalizedName name, IEnumerable<string> related, Provenance provenance)
    {
        Id = Preconditions.NotBlank(id, nameof(id));
        Date = date;
        Kind = kind;
        Name = Preconditions.NotNull(name, nameof(name));
        this.related = Preconditions.NoNullItems(related, nameof(related));
        Provenance = Preconditions.NotNull(provenance, nameof(provenance));
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the day.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the kind.</summary>
    public LegislativeEventKind Kind { get; }

    /// <summary>Gets the description.</summary>
    public LocalizedName Name { get; }

    /// <summary>Gets identifiers of related records.</summary>
    public IReadOnlyList<string> Related => related;

    /// <summary>Gets where the facts come from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Returns the day and the English description.</summary>
    /// <returns>For example <c>2026-07-01 Termination: …</c>.</returns>
    public override string ToString() => $"{Preconditions.Iso(Date)} {Kind}: {Name.English}";
}

/// <summary>One row of an election result: a party or a labelled group, its vote share and its seats.</summary>
public sealed record ElectionResult
{
    /// <summary>Creates a result row.</summary>
    /// <param name="partyId">The party, or <see langword="null"/> for a labelled group.</param>
    /// <param name="label">A label such as "independents" or "state list", or <see langword="null"/>.</param>
    /// <param name="voteSharePercent">The list vote share in percent as published, or <see langword="null"/>.</param>
    /// <param name="votes">The list votes, or <see langword="null"/> where not published.</param>
    /// <param name="seats">The seats won, or <see langword="null"/>.</param>
    /// <param name="listSeats">The party-list seats, or <see langword="null"/>.</param>
    /// <param name="districtSeats">The district seats, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">Neither or both of <paramref name="partyId"/> and <paramref name="label"/> are given.</exception>
    internal ElectionResult(string? partyId, string? label, decimal? voteSharePercent, long? votes, int? seats, int? listSeats, int? districtSeats)
    {
        if ((partyId is null) == (label is null))
        {
            throw Internal.ArgumentErrors.Invalid("A result row names either a party or a label.", nameof(partyId));
        }

        PartyId = partyId;
        Label = label;
        VoteSharePercent = voteSharePercent;
        Votes = votes;
        Seats = seats;
        ListSeats = listSeats;
        DistrictSeats = districtSeats;
    }

    /// <summary>Gets the party, or <see langword="null"/>.</summary>
    public string? PartyId { get; }

    /// <summary>Gets the label, or <see langword="null"/>.</summary>
    public string? Label { get; }

    /// <summary>Gets the list vote share in percent as published, or <see langword="null"/>.</summary>
    public decimal? VoteSharePercent { get; }

    /// <summary>Gets the list votes, or <see langword="null"/>.</summary>
    public long? Votes { get; }

    /// <summary>Gets the seats won, or <see langword="null"/>.</summary>
    public int? Seats { get; }

    /// <summary>Gets the party-list seats, or <see langword="null"/>.</summary>
    public int? ListSeats { get; }

    /// <summary>Gets the district seats, or <see langword="null"/>.</summary>
    public int? DistrictSeats { get; }

    /// <summary>Returns the party or label and the seats.</summary>
    /// <returns>For example <c>amanat 62</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{PartyId ?? Label} {Seats?.ToString(CultureInfo.InvariantCulture) ?? "?"}");
}

/// <summary>An election with its published result.</summary>
public sealed record Election
{
    private readonly ValueList<LocalDate> dates;
    private readonly ValueList<ElectionResult> results;
    private readonly ValueList<string> regionIds;

    /// <summary>Creates an election record.</summary>
    /// <param name="id">The identifier in the dataset.</param>
    /// <param name="chamber">The chamber elected.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="dates">The voting days (first round first; at least one).</param>
    /// <param name="seatsContested">The seats contested, or <see langword="null"/>.</param>
    /// <param name="turnoutPercent">The turnout in percent as published, or <see langword="null"/>.</param>
    /// <param name="againstAllPercent">The share "against all" in percent, or <see langword="null"/>.</param>
    /// <param name="listOrAgainstAllVotes">
    /// The number of voters who voted for a party list or "against all", as published (the base of a threshold measured
    /// against <see cref="ThresholdBase.AllBallots"/>; not the ballots received), or <see langword="null"/>.
    /// </param>
    /// <param name="againstAllVotes">The votes "against all", or <see langword="null"/>.</param>
    /// <param name="results">The result rows (empty where not known).</param>
    /// <param name="regionIds">For Senate by-elections, the regions whose seats were contested; otherwise empty.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <param name="ballotsReceived">The number of voters who received a ballot (the turnout's numerator), or <see langword="null"/>.</param>
    /// <param name="registeredVoters">The voters on the lists (the turnout's denominator), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dates"/> is empty or <paramref name="id"/> is blank.</exception>
    internal Election(string id, ChamberKind chamber, ElectionKind kind, IEnumerable<LocalDate> dates, int? seatsContested, decimal? turnoutPercent, decimal? againstAllPercent, long? listOrAgainstAllVotes, long? againstAllVotes, IEnumerable<ElectionResult> results, IEnumerable<string> regionIds, Provenance provenance, long? ballotsReceived = null, long? registeredVoters = null)
    {
        this.regionIds = Preconditions.NoNullItems(regionIds, nameof(regionIds));
        Id = Preconditions.NotBlank(id, nameof(id));
        Chamber = chamber;
        Kind = kind;
        this.dates = ValueList<LocalDate>.From(dates ?? throw new ArgumentNullException(nameof(dates)));
        if (this.dates.Count == 0)
        {
            throw Internal.ArgumentErrors.Invalid("An election has at least one voting day.", nameof(dates));
        }

        SeatsContested = seatsContested;
        TurnoutPercent = turnoutPercent;
        AgainstAllPercent = againstAllPercent;
        ListOrAgainstAllVotes = listOrAgainstAllVotes;
        AgainstAllVotes = againstAllVotes;
        BallotsReceived = ballotsReceived;
        RegisteredVoters = registeredVoters;
        this.results = Preconditions.NoNullItems(results, nameof(results));
        Provenance = Preconditions.NotNull(provenance, nameof(provenance));
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the chamber elected.</summary>
    public ChamberKind Chamber { get; }

    /// <summary>Gets the kind.</summary>
    public ElectionKind Kind { get; }

    /// <summary>Gets the voting days.</summary>
    public IReadOnlyList<LocalDate> Dates => dates;

    /// <summary>Gets the (first) voting day.</summary>
    public LocalDate Date => dates[0];

    /// <summary>Gets the seats contested, or <see langword="null"/>.</summary>
    public int? SeatsContested { get; }

    /// <summary>Gets the turnout in percent, or <see langword="null"/>.</summary>
    public decimal? TurnoutPercent { get; }

    /// <summary>Gets the share "against all" in percent, or <see langword="null"/>.</summary>
    public decimal? AgainstAllPercent { get; }

    /// <summary>
    /// Gets the number of voters who voted for a party list or "against all", as published, or <see langword="null"/>: the
    /// base of a threshold measured against <see cref="ThresholdBase.AllBallots"/> (6,366,441 in March 2023). It is not the
    /// number of ballots received, which also counts spoilt ballots (<see cref="BallotsReceived"/>).
    /// </summary>
    public long? ListOrAgainstAllVotes { get; }

    /// <summary>Gets the votes "against all", or <see langword="null"/>.</summary>
    public long? AgainstAllVotes { get; }

    /// <summary>Gets the number of voters who received a ballot (the turnout's numerator; 6,521,860 in March 2023), or <see langword="null"/>.</summary>
    public long? BallotsReceived { get; }

    /// <summary>Gets the voters on the lists (the turnout's denominator; 12,035,578 in March 2023), or <see langword="null"/>.</summary>
    public long? RegisteredVoters { get; }

    /// <summary>Gets the result rows (empty where the result is not in the data).</summary>
    public IReadOnlyList<ElectionResult> Results => results;

    /// <summary>Gets the regions whose seats were contested (Senate by-elections), or an empty list.</summary>
    public IReadOnlyList<string> RegionIds => regionIds;

    /// <summary>Gets a value indicating whether the result is in the data.</summary>
    public bool HasResults => results.Count > 0;

    /// <summary>Gets where the facts come from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Returns the identifier and the day.</summary>
    /// <returns>For example <c>mazhilis-2023 (2023-03-19)</c>.</returns>
    public override string ToString() => $"{Id} ({Preconditions.Iso(Date)})";
}

/// <summary>A numbered convocation of the Supreme Council, the Parliament or the Kurultai.</summary>
public sealed record Convocation
{
    /// <summary>Creates a convocation.</summary>
    /// <param name="id">The identifier in the dataset.</param>
    /// <param name="body">The body.</param>
    /// <param name="number">The number (I = 1).</param>
    /// <param name="firstSitting">The first sitting, or <see langword="null"/> where unknown or not yet held.</param>
    /// <param name="until">The first day it no longer sat, or <see langword="null"/>.</param>
    /// <param name="electedOn">The election day, or <see langword="null"/>.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <param name="firstSittingAlternatives">Other first-sitting dates some sources give (a disputed date), or <see langword="null"/> for none.</param>
    /// <param name="untilAlternatives">Other end dates some sources give, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not positive.</exception>
    internal Convocation(string id, LegislativeBody body, int number, LocalDate? firstSitting, LocalDate? until, LocalDate? electedOn, Provenance provenance, IEnumerable<LocalDate>? firstSittingAlternatives = null, IEnumerable<LocalDate>? untilAlternatives = null)
    {
        FirstSittingAlternatives = ValueList<LocalDate>.From(firstSittingAlternatives);
        UntilAlternatives = ValueList<LocalDate>.From(untilAlternatives);
        Id = Preconditions.NotBlank(id, nameof(id));
        Body = body;
        Number = number > 0 ? number : throw Internal.ArgumentErrors.OutOfRange(nameof(number), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A convocation number is positive; {number} was given."));
        FirstSitting = firstSitting;
        Until = until;
        ElectedOn = electedOn;
        Provenance = Preconditions.NotNull(provenance, nameof(provenance));
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the body.</summary>
    public LegislativeBody Body { get; }

    /// <summary>Gets the number.</summary>
    public int Number { get; }

    /// <summary>Gets the Roman numeral of the number.</summary>
    public string Roman => ToRoman(Number);

    /// <summary>Gets the first sitting, or <see langword="null"/>.</summary>
    public LocalDate? FirstSitting { get; }

    /// <summary>Gets other first-sitting dates some sources give, where the date is disputed (empty otherwise; compared by content).</summary>
    public IReadOnlyList<LocalDate> FirstSittingAlternatives { get; }

    /// <summary>Gets the first day it no longer sat, or <see langword="null"/>.</summary>
    public LocalDate? Until { get; }

    /// <summary>Gets other end dates some sources give, where the date is disputed (empty otherwise; compared by content).</summary>
    public IReadOnlyList<LocalDate> UntilAlternatives { get; }

    /// <summary>Gets the election day, or <see langword="null"/>.</summary>
    public LocalDate? ElectedOn { get; }

    /// <summary>Gets where the facts come from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Returns the body and the Roman numeral.</summary>
    /// <returns>For example <c>Parliament VIII</c>.</returns>
    public override string ToString() => $"{Body} {Roman}";

    private static string ToRoman(int n)
    {
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (n >= values[i])
            {
                result.Append(symbols[i]);
                n -= values[i];
            }
        }

        return result.ToString();
    }
}

/// <summary>
/// A period over which a chamber sat, and the rule set its composition is held to under the transitional
/// provisions (the rules it was formed under).
/// </summary>
public sealed record Sitting
{
    private LegislatureRules? heldTo;

    /// <summary>Creates a sitting record.</summary>
    /// <param name="id">The identifier in the dataset.</param>
    /// <param name="chamber">The chamber.</param>
    /// <param name="convocation">The convocation, or <see langword="null"/>.</param>
    /// <param name="period">The half-open period it sat.</param>
    /// <param name="startBasis">What the start date is.</param>
    /// <param name="endReason">Why it ended, or <see langword="null"/> while sitting.</param>
    /// <param name="heldToRuleSetId">The rule set its composition is held to.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <param name="startAlternatives">Other start dates some sources give (a disputed date), or <see langword="null"/> for none.</param>
    /// <param name="endAlternatives">Other end dates some sources give, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An identifier is blank.</exception>
    internal Sitting(string id, ChamberKind chamber, Convocation? convocation, Term period, SittingStartBasis startBasis, SittingEndReason? endReason, string heldToRuleSetId, Provenance provenance, IEnumerable<LocalDate>? startAlternatives = null, IEnumerable<LocalDate>? endAlternatives = null)
    {
        StartAlternatives = ValueList<LocalDate>.From(startAlternatives);
        EndAlternatives = ValueList<LocalDate>.From(endAlternatives);
        Id = Preconditions.NotBlank(id, nameof(id));
        Chamber = chamber;
        Convocation = convocation;
        Period = Preconditions.NotNull(period, nameof(period));
        StartBasis = startBasis;
        EndReason = endReason;
        HeldToRuleSetId = Preconditions.NotBlank(heldToRuleSetId, nameof(heldToRuleSetId));
        Provenance = Preconditions.NotNull(provenance, nameof(provenance));
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the chamber.</summary>
    public ChamberKind Chamber { get; }

    /// <summary>Gets the convocation (resolved when the dataset is loaded), or <see langword="null"/>.</summary>
    public Convocation? Convocation { get; }

    /// <summary>Gets the identifier of <see cref="Convocation"/>, or <see langword="null"/>.</summary>
    public string? ConvocationId => Convocation?.Id;

    /// <summary>Gets the half-open period it sat (the dates the dataset holds best supported; see <see cref="StartAlternatives"/>).</summary>
    public Term Period { get; }

    /// <summary>Gets other start dates some sources give, where the start is disputed (empty otherwise; compared by content).</summary>
    public IReadOnlyList<LocalDate> StartAlternatives { get; }

    /// <summary>Gets other end dates some sources give, where the end is disputed (empty otherwise; compared by content).</summary>
    public IReadOnlyList<LocalDate> EndAlternatives { get; }

    /// <summary>Gets what the start date is.</summary>
    public SittingStartBasis StartBasis { get; }

    /// <summary>Gets why it ended, or <see langword="null"/>.</summary>
    public SittingEndReason? EndReason { get; }

    /// <summary>Gets the identifier of the rule set its composition is held to (the <see cref="LegislatureRules.RuleSetId"/> of <see cref="HeldTo"/>).</summary>
    public string HeldToRuleSetId { get; }

    /// <summary>
    /// Gets the rules its composition is held to, as they applied on its first day (resolved when the dataset is loaded):
    /// the rule set's instrument, form and chambers. For another day (seat counts that follow the regions of the day) use
    /// <see cref="LegislativeHistory.RuleSetAppliedOn"/> or <see cref="ChamberSitting.HeldTo"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The record was not made by <see cref="LegislativeHistory"/> (never the case outside the library).</exception>
    public LegislatureRules HeldTo => heldTo ?? throw new InvalidOperationException($"The sitting '{Id}' has not been resolved against its history.");

    /// <summary>Gets where the facts come from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Returns the chamber and the period.</summary>
    /// <returns>For example <c>Mazhilis [2021-01-15, 2023-01-19) held to amendments-2007</c>.</returns>
    public override string ToString() => $"{Chamber} {Period} held to {HeldToRuleSetId}";

    /// <summary>Sets <see cref="HeldTo"/> once, when the history that loaded the sitting has built its rules.</summary>
    /// <param name="rules">The rules of <see cref="HeldToRuleSetId"/> on the first day.</param>
    internal void Resolve(LegislatureRules rules) => heldTo ??= rules;
}

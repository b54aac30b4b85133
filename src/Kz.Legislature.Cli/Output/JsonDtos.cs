// The documents of `kzleg ... --format json` (docs/cli.md), one record per JSON object, serialized by the source-generated
// CliJsonContext. The properties are in the order they are written; every value is already in its wire form (dates as
// yyyy-MM-dd, enumerations as camelCase identifiers, texts in the language asked for), so the records carry no logic.
// A property that is null is written as null. Each document starts with command, lang, dataVersion and verifiedThrough.

namespace Kz.Legislature.Cli.Output;

/// <summary>A half-open period: the first day and the first day after it (null when open).</summary>
internal sealed record PeriodJson(string? From, string? Until);

/// <summary>A source: its URL and title.</summary>
internal sealed record SourceJson(string Url, string Title);

/// <summary>A legal instrument.</summary>
internal sealed record InstrumentJson(string Id, string? Kind, string Name, string ShortName, string? Number, string? AdoptedOn, string? InForceFrom);

/// <summary>A citation: instrument, article, the text in the language asked for, the sources, confidence, verification date and note.</summary>
internal sealed record CitationJson(
    string? InstrumentId,
    string Instrument,
    string? Article,
    string Text,
    string? Source,
    IReadOnlyList<SourceJson> Sources,
    string? Confidence,
    string? VerifiedOn,
    string? Note);

/// <summary><c>kzleg rules</c>.</summary>
internal sealed record RulesJson(
    string Command,
    string Lang,
    string DataVersion,
    string? VerifiedThrough,
    string? Date,
    bool BeyondVerified,
    string RuleSet,
    InstrumentJson Instrument,
    string? Form,
    string FormName,
    CitationJson? FormCitation,
    PeriodJson Period,
    PeriodJson RuleSetPeriod,
    SittingJson Sitting,
    IReadOnlyList<ChamberRulesJson> Chambers,
    string? Confidence,
    IReadOnlyList<SourceJson> Sources,
    string? Note);

/// <summary>Whether a legislature sat on the date of <c>kzleg rules</c>.</summary>
internal sealed record SittingJson(string? Status, string? Reason, string Explanation, IReadOnlyList<SittingChamberJson> Chambers, LastEndedJson? LastEnded, NextElectionJson? NextElection);

/// <summary>A chamber that sat.</summary>
internal sealed record SittingChamberJson(
    string? Chamber,
    string Name,
    string SittingId,
    string? Convocation,
    string? ConvocationName,
    string? Since,
    string? SinceBasis,
    string? Until,
    string HeldToRuleSet,
    bool HeldToDiffersFromRulesInForce,
    int HeldToSeats,
    IReadOnlyList<SeatPlanJson> HeldToSeatPlan);

/// <summary>The last sitting that ended before the date.</summary>
internal sealed record LastEndedJson(string SittingId, string? Chamber, string? Until, string? EndReason);

/// <summary>The next election after the date.</summary>
internal sealed record NextElectionJson(string Id, string? Chamber, string? Date, bool HasResults);

/// <summary>One line of a seat plan.</summary>
internal sealed record SeatPlanJson(string? Source, string Name, int Seats, int? SeatsPerRegion, CitationJson? Citation);

/// <summary>A chamber's rules.</summary>
internal sealed record ChamberRulesJson(
    string? Chamber,
    string Name,
    int StatutorySeats,
    string? SeatCountBasis,
    string? SeatCountConfidence,
    string? SeatCountNote,
    IReadOnlyList<SeatPlanJson> SeatPlan,
    int? RegionCount,
    string? Term,
    int? TermYears,
    RenewalJson? Renewal,
    EligibilityJson Eligibility,
    IReadOnlyList<string> Incompatibilities,
    IReadOnlyList<IncompatibilityJson> IncompatibilityRules,
    Dictionary<string, CitationJson> Citations,
    ElectoralSystemJson? ElectoralSystem,
    ListQuotaJson? ListQuota,
    string? Confidence,
    IReadOnlyList<SourceJson> Sources,
    string? Note);

/// <summary>A partial renewal rule.</summary>
internal sealed record RenewalJson(string? Source, int Numerator, int Denominator, string Interval);

/// <summary>Eligibility to a chamber.</summary>
internal sealed record EligibilityJson(int? MinimumAge, int? ResidenceYears, int? RegionResidenceYears, bool? HigherEducation, int? WorkExperienceYears, bool? Citizenship);

/// <summary>An incompatibility rule.</summary>
internal sealed record IncompatibilityJson(string Text, string? Kind, CitationJson? Citation);

/// <summary>A party-list electoral system.</summary>
internal sealed record ElectoralSystemJson(
    string? Source,
    decimal? ThresholdPercent,
    string? ThresholdBase,
    string? Method,
    bool? RunnerUpAdmission,
    string? TiePolicy,
    bool IsComplete,
    PeriodJson Period,
    Dictionary<string, CitationJson> Citations,
    string? Confidence,
    IReadOnlyList<SourceJson> Sources,
    string? Note);

/// <summary>A list quota.</summary>
internal sealed record ListQuotaJson(
    int MinimumPercent,
    IReadOnlyList<string> Groups,
    int? YouthMaximumAge,
    bool AppliesToSeats,
    PeriodJson Period,
    CitationJson? Citation,
    string? Confidence,
    IReadOnlyList<SourceJson> Sources,
    string? Note);

/// <summary><c>kzleg allocate</c>.</summary>
internal sealed record AllocateJson(
    string Command,
    string Lang,
    string DataVersion,
    string? VerifiedThrough,
    string? Date,
    string? Chamber,
    int Seats,
    LawJson Law,
    long? AllBallots,
    long TotalListVotes,
    long ThresholdBaseVotes,
    long ThresholdVotes,
    long EligibleVotes,
    RationalJson? Quota,
    IReadOnlyList<ListAllocationJson> Lists,
    IReadOnlyList<TieJson> Ties,
    int UndecidedSeats,
    bool Decided,
    string Explanation);

/// <summary>The law an allocation applied.</summary>
internal sealed record LawJson(
    string? Method,
    string Threshold,
    string? ThresholdBase,
    bool RunnerUpAdmission,
    bool RunnerUpAdmissionKnown,
    string? TiePolicy,
    bool TiePolicyKnown,
    IReadOnlyList<string> Overridden,
    ElectoralSystemJson? InForce);

/// <summary>An exact fraction and its decimal to four places.</summary>
internal sealed record RationalJson(string Exact, string Decimal);

/// <summary>One list's allocation.</summary>
internal sealed record ListAllocationJson(string List, long Votes, int RegistrationOrder, bool PassedThreshold, bool AdmittedAsRunnerUp, int? Quotient, RationalJson? Remainder, int Seats);

/// <summary>A tie.</summary>
internal sealed record TieJson(string? Kind, RationalJson TiedValue, int ContestedSeats, IReadOnlyList<string> Tied, IReadOnlyList<string> Winners, bool Resolved);

/// <summary><c>kzleg powers</c>.</summary>
internal sealed record PowersJson(
    string Command,
    string Lang,
    string DataVersion,
    string? VerifiedThrough,
    string? On,
    string RuleSetId,
    InstrumentJson Instrument,
    PeriodJson Period,
    IReadOnlyList<DecisionJson> Decisions);

/// <summary>A decision rule.</summary>
internal sealed record DecisionJson(string Kind, string Name, IReadOnlyList<string> Subjects, bool Known, string? Note, IReadOnlyList<StageJson> Stages);

/// <summary>A stage of a decision rule.</summary>
internal sealed record StageJson(
    int Stage,
    string Body,
    string BodyName,
    IReadOnlyList<string> Chambers,
    string? Counting,
    MajorityJson? Majority,
    IReadOnlyList<RequiredOfSeatsJson> RequiredOfSeats,
    MajorityJson? Quorum,
    int? Readings,
    CitationJson? Citation,
    CitationJson? MajorityCitation,
    CitationJson? QuorumCitation,
    CitationJson? ReadingsCitation,
    string? Note);

/// <summary>A majority or quorum.</summary>
internal sealed record MajorityJson(int Numerator, int Denominator, bool Strict, string Base, string Text);

/// <summary>The yes votes a majority of seats needs in a chamber.</summary>
internal sealed record RequiredOfSeatsJson(string? Chamber, int Seats, int RequiredYes);

/// <summary><c>kzleg decide</c>.</summary>
internal sealed record DecideJson(
    string Command,
    string Lang,
    string DataVersion,
    string? VerifiedThrough,
    string? On,
    string Kind,
    DecisionJson Decision,
    Dictionary<string, int?> Seats,
    IReadOnlyList<VoteJson> Votes,
    bool? Passed,
    string Result,
    int ExitCode,
    IReadOnlyList<StageOutcomeJson> Stages,
    string? StoppedAt,
    string Explanation);

/// <summary>A chamber's vote as given.</summary>
internal sealed record VoteJson(string Chamber, int Yes, int No, int Abstained, int? Present);

/// <summary>The outcome of one stage.</summary>
internal sealed record StageOutcomeJson(
    int Stage,
    string Body,
    string? Chamber,
    int Yes,
    int No,
    int Abstained,
    int? Present,
    int? Base,
    int? RequiredYes,
    int? RequiredPresent,
    bool? Passed,
    string Text,
    string Reason,
    CitationJson? Citation);

/// <summary><c>kzleg diff</c>.</summary>
internal sealed record DiffJson(
    string Command,
    string Lang,
    string DataVersion,
    string? VerifiedThrough,
    string? From,
    string? To,
    InstrumentJson InstrumentFrom,
    InstrumentJson InstrumentTo,
    int Count,
    IReadOnlyList<ChangeJson> Changes);

/// <summary>A change between two dates.</summary>
internal sealed record ChangeJson(string? Kind, string? Chamber, string? Source, string? Before, string? After, string Description, CitationJson? Citation);

/// <summary><c>kzleg timeline</c>.</summary>
internal sealed record TimelineJson(
    string Command,
    string Lang,
    string DataVersion,
    string? VerifiedThrough,
    string? From,
    string? To,
    bool Inclusive,
    int Count,
    IReadOnlyList<EventJson> Events,
    IReadOnlyList<ChairChangeJson> ChairChanges);

/// <summary>An event of the timeline.</summary>
internal sealed record EventJson(string Id, string? Date, string? Kind, string KindName, string Name, IReadOnlyList<string> Related, string? Confidence, IReadOnlyList<SourceJson> Sources, string? Note);

/// <summary>A chair taking or leaving office.</summary>
internal sealed record ChairChangeJson(string? Date, string Kind, string Name, string OfficeId, string PersonId, string? Chamber, string? Role, string? Confidence, IReadOnlyList<SourceJson> Sources, string? Note);

/// <summary><c>kzleg validate</c> of a file that was read.</summary>
internal sealed record ValidateJson(
    string Command,
    string Lang,
    string DataVersion,
    string? VerifiedThrough,
    string File,
    string Kind,
    string? Date,
    bool AllowVacancies,
    bool Valid,
    int ErrorCount,
    int WarningCount,
    IReadOnlyList<FailureJson> Failures);

/// <summary>A validation failure.</summary>
internal sealed record FailureJson(string Code, string Severity, string Property, string Message, CitationJson? Citation);

/// <summary><c>kzleg validate</c> of a file that could not be read.</summary>
internal sealed record ValidateParseErrorJson(string Command, string Lang, string DataVersion, string? VerifiedThrough, string File, bool Valid, ParseErrorJson ParseError);

/// <summary>Where and why a file could not be read (line and position 1-based).</summary>
internal sealed record ParseErrorJson(string? Path, long? Line, long? Position, string Reason);

/// <summary><c>kzleg who</c>.</summary>
internal sealed record WhoJson(
    string Command,
    string Lang,
    string DataVersion,
    string? VerifiedThrough,
    string? Date,
    string? Status,
    string? Reason,
    string Explanation,
    IReadOnlyList<WhoChamberJson> Chambers);

/// <summary>A chamber of <c>kzleg who</c>.</summary>
internal sealed record WhoChamberJson(
    string? Chamber,
    string Name,
    bool Sitting,
    string? SittingId,
    string? Since,
    int? HeldToSeats,
    ChairJson? Chair,
    string? ChairReason,
    string ChairText,
    PartyCompositionJson? CompositionAtFormation);

/// <summary>The chair of a chamber.</summary>
internal sealed record ChairJson(string OfficeId, string PersonId, string Name, string? Wikidata, string? Role, PeriodJson Term);

/// <summary>A chamber's party composition at its formation.</summary>
internal sealed record PartyCompositionJson(string? AsOf, int Total, int Vacant, int Unknown, IReadOnlyList<SeatRowJson> Seats, string? Confidence, IReadOnlyList<SourceJson> Sources, string? Note);

/// <summary>A row of a party composition.</summary>
internal sealed record SeatRowJson(string? Holder, string? Party, string Name, string? Source, int Seats, string? Election);

/// <summary><c>kzleg export popolo</c>.</summary>
internal sealed record ExportJson(string Command, string Lang, string DataVersion, string? VerifiedThrough, string Out, int Bytes);

/// <summary><c>kzleg chart</c>.</summary>
internal sealed record ChartJson(string Command, string Lang, string DataVersion, string? VerifiedThrough, string Out, int Bytes, string? From, string? To);

using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>Whether a legislature was sitting on a date.</summary>
public enum SittingStatus
{
    /// <summary>At least one chamber was sitting.</summary>
    Sitting,

    /// <summary>No chamber was sitting.</summary>
    NotSitting,

    /// <summary>The date is beyond what the dataset is verified through and nothing certain can be said.</summary>
    Unknown,
}

/// <summary>Why no legislature sat on a date.</summary>
public enum NoSittingReason
{
    /// <summary>The last legislature dissolved itself and no new one had been elected.</summary>
    SelfDissolved,

    /// <summary>The last legislature was dissolved and no new one had sat yet.</summary>
    Dissolved,

    /// <summary>The constitution in force provides for a legislature that had not been elected or had not sat yet.</summary>
    NotYetFormed,

    /// <summary>The last legislature's powers ended by a constitutional provision and its successor had not been elected.</summary>
    Terminated,

    /// <summary>The constitution in force provides for no legislature.</summary>
    NoneProvided,
}

/// <summary>A chamber sitting on a date, with the rules its composition is held to.</summary>
public sealed record ChamberSitting
{
    /// <summary>Creates a chamber sitting.</summary>
    /// <param name="sitting">The sitting record.</param>
    /// <param name="convocation">The convocation, or <see langword="null"/>.</param>
    /// <param name="heldTo">The chamber rules its composition is held to on the date (transitional provisions applied).</param>
    /// <param name="chairStatus">Who presided over the chamber on the date, or <see langword="null"/> where not looked up.</param>
    /// <param name="compositionAtFormation">The party composition at the sitting's formation, or <see langword="null"/> where not known.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    internal ChamberSitting(Sitting sitting, Convocation? convocation, ChamberRules heldTo, ChairStatus? chairStatus = null, PartyComposition? compositionAtFormation = null)
    {
        Sitting = Preconditions.NotNull(sitting, nameof(sitting));
        Convocation = convocation;
        HeldTo = Preconditions.NotNull(heldTo, nameof(heldTo));
        ChairStatus = chairStatus;
        CompositionAtFormation = compositionAtFormation;
    }

    /// <summary>
    /// Gets who presided over the chamber on the date asked about (see <see cref="LegislativeHistory.ChairStatusOn"/>), or
    /// <see langword="null"/> for a chamber sitting built without it.
    /// </summary>
    public ChairStatus? ChairStatus { get; }

    /// <summary>Gets the term of the chair (or acting chair) on the date asked about, or <see langword="null"/> when none is known (see <see cref="ChairStatus"/>).</summary>
    public OfficeTerm? Chair => ChairStatus?.Chair;

    /// <summary>Gets the chamber.</summary>
    public ChamberKind Kind => Sitting.Chamber;

    /// <summary>Gets the sitting record.</summary>
    public Sitting Sitting { get; }

    /// <summary>Gets the first day of the sitting record (see <see cref="Sitting.StartBasis"/>).</summary>
    public LocalDate Since => Sitting.Period.Start;

    /// <summary>Gets the convocation, or <see langword="null"/>.</summary>
    public Convocation? Convocation { get; }

    /// <summary>Gets the chamber rules its composition is held to on the date.</summary>
    public ChamberRules HeldTo { get; }

    /// <summary>
    /// Gets the party composition of the chamber at its formation (on <see cref="Since"/>): the seats by party and seat source
    /// as the elections that formed it filled them, or <see langword="null"/> where the dataset has none. It does not follow
    /// later by-elections, appointments or changes of party.
    /// </summary>
    public PartyComposition? CompositionAtFormation { get; }

    /// <summary>Returns the chamber, convocation and held-to seats.</summary>
    /// <returns>For example <c>Mazhilis (Parliament VII) since 2021-01-15, held to 107</c>.</returns>
    public override string ToString() =>
        $"{Kind}{(Convocation is null ? string.Empty : $" ({Convocation})")} since {Preconditions.Iso(Since)}, held to {HeldTo.StatutorySeats}";
}

/// <summary>
/// The answer to "was a legislature sitting that day?": which chambers, their convocations, since when and the
/// rules each is held to; or why none sat; or that the dataset does not know.
/// </summary>
public sealed record LegislatureSitting
{
    private readonly ValueList<ChamberSitting> chambers;

    /// <summary>Creates a sitting answer.</summary>
    /// <param name="date">The date asked about.</param>
    /// <param name="status">Whether a legislature sat.</param>
    /// <param name="chambers">The chambers sitting.</param>
    /// <param name="reason">Why none sat, or <see langword="null"/>.</param>
    /// <param name="explanation">A one-line English explanation.</param>
    /// <param name="rulesInForce">The rules in force that day.</param>
    /// <param name="lastEnded">The most recent sitting that ended on or before the date, or <see langword="null"/>.</param>
    /// <param name="nextElection">A scheduled election after the date, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    internal LegislatureSitting(LocalDate date, SittingStatus status, IEnumerable<ChamberSitting> chambers, NoSittingReason? reason, string explanation, LegislatureRules rulesInForce, Sitting? lastEnded, Election? nextElection)
    {
        Date = date;
        Status = status;
        this.chambers = Preconditions.NoNullItems(chambers, nameof(chambers));
        Reason = reason;
        Explanation = Preconditions.NotBlank(explanation, nameof(explanation));
        RulesInForce = Preconditions.NotNull(rulesInForce, nameof(rulesInForce));
        LastEnded = lastEnded;
        NextElection = nextElection;
    }

    /// <summary>Gets the date asked about.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets whether a legislature sat.</summary>
    public SittingStatus Status { get; }

    /// <summary>Gets a value indicating whether at least one chamber sat.</summary>
    public bool IsSitting => Status == SittingStatus.Sitting;

    /// <summary>Gets the chambers sitting (empty if none).</summary>
    public IReadOnlyList<ChamberSitting> Chambers => chambers;

    /// <summary>Gets why none sat, or <see langword="null"/>.</summary>
    public NoSittingReason? Reason { get; }

    /// <summary>Gets a one-line English explanation.</summary>
    public string Explanation { get; }

    /// <summary>Gets the rules in force that day (which may differ from those a sitting chamber is held to).</summary>
    public LegislatureRules RulesInForce { get; }

    /// <summary>Gets the most recent sitting that ended on or before the date, or <see langword="null"/>.</summary>
    public Sitting? LastEnded { get; }

    /// <summary>Gets a scheduled election after the date, or <see langword="null"/>.</summary>
    public Election? NextElection { get; }

    /// <summary>Gets the chamber sitting of <paramref name="kind"/>, or <see langword="null"/>.</summary>
    /// <param name="kind">The chamber.</param>
    /// <returns>The chamber sitting, or <see langword="null"/>.</returns>
    public ChamberSitting? Chamber(ChamberKind kind) => chambers.FirstOrDefault(c => c.Kind == kind);

    /// <summary>Returns the date and the explanation.</summary>
    /// <returns>For example <c>2026-07-15 NotSitting: …</c>.</returns>
    public override string ToString() => $"{Preconditions.Iso(Date)} {Status}: {Explanation}";
}

/// <summary>What aspect of the legislature changed.</summary>
public enum ChangeKind
{
    /// <summary>The constitution or amendment in force.</summary>
    Instrument,

    /// <summary>The form (none, unicameral, bicameral).</summary>
    Form,

    /// <summary>A chamber came into existence.</summary>
    ChamberAdded,

    /// <summary>A chamber ceased to exist.</summary>
    ChamberRemoved,

    /// <summary>The statutory number of seats.</summary>
    StatutorySeats,

    /// <summary>The seats filled from one source.</summary>
    SeatsBySource,

    /// <summary>The term of office.</summary>
    TermLength,

    /// <summary>The renewal rule.</summary>
    Renewal,

    /// <summary>The minimum age.</summary>
    MinimumAge,

    /// <summary>The party-list electoral system.</summary>
    ElectoralSystem,

    /// <summary>The list quota.</summary>
    ListQuota,
}

/// <summary>One structured difference between the rules on two dates, for example "Senate appointed seats 15 → 10".</summary>
/// <remarks>
/// <see cref="Before"/> and <see cref="After"/> are short culture-invariant English texts for logs; the typed values are in
/// the rules on each side: <see cref="RulesBefore"/> and <see cref="RulesAfter"/>, and for a chamber's change
/// <see cref="ChamberBefore"/> and <see cref="ChamberAfter"/> (read <c>ChamberAfter.TermLength</c>, <c>ChamberAfter.ListQuota</c>, ...).
/// </remarks>
public sealed record LegislativeChange
{
    /// <summary>Creates a change.</summary>
    /// <param name="kind">What changed.</param>
    /// <param name="chamber">The chamber, or <see langword="null"/> for the legislature as a whole.</param>
    /// <param name="source">The seat source, for <see cref="ChangeKind.SeatsBySource"/>.</param>
    /// <param name="before">The value before, or <see langword="null"/> if it did not exist.</param>
    /// <param name="after">The value after, or <see langword="null"/> if it no longer exists.</param>
    /// <param name="rulesBefore">The rules on the earlier date.</param>
    /// <param name="rulesAfter">The rules on the later date.</param>
    internal LegislativeChange(ChangeKind kind, ChamberKind? chamber, SeatSource? source, string? before, string? after, LegislatureRules rulesBefore, LegislatureRules rulesAfter)
    {
        Kind = kind;
        Chamber = chamber;
        Source = source;
        Before = before;
        After = after;
        RulesBefore = rulesBefore;
        RulesAfter = rulesAfter;
    }

    /// <summary>Gets the rules before the change (on the earlier date compared).</summary>
    public LegislatureRules RulesBefore { get; }

    /// <summary>Gets the rules after the change (on the later date compared).</summary>
    public LegislatureRules RulesAfter { get; }

    /// <summary>Gets the rules of <see cref="Chamber"/> before the change; <see langword="null"/> for a change of the whole legislature or a chamber that did not exist yet.</summary>
    public ChamberRules? ChamberBefore => Chamber is { } kind ? RulesBefore.TryGetChamber(kind) : null;

    /// <summary>Gets the rules of <see cref="Chamber"/> after the change; <see langword="null"/> for a change of the whole legislature or a chamber that no longer exists.</summary>
    public ChamberRules? ChamberAfter => Chamber is { } kind ? RulesAfter.TryGetChamber(kind) : null;

    /// <summary>
    /// Gets where the changed value is stated: under the rules after the change, or under the rules before it when the change
    /// removed the value (a chamber's abolition cites the rules after it, for example Art. 95 of the 2026 Constitution).
    /// </summary>
    public Citation? Citation => After is null && Kind != ChangeKind.ChamberRemoved ? RulesBefore.CitationFor(this) : RulesAfter.CitationFor(this);

    /// <summary>Gets what changed.</summary>
    public ChangeKind Kind { get; }

    /// <summary>Gets the chamber, or <see langword="null"/>.</summary>
    public ChamberKind? Chamber { get; }

    /// <summary>Gets the seat source, or <see langword="null"/>.</summary>
    public SeatSource? Source { get; }

    /// <summary>Gets the value before, or <see langword="null"/>.</summary>
    public string? Before { get; }

    /// <summary>Gets the value after, or <see langword="null"/>.</summary>
    public string? After { get; }

    private string ChamberName => Chamber is { } kind ? EnglishNames.Of(kind) : string.Empty;

    /// <summary>Returns the change in words.</summary>
    /// <returns>For example <c>Senate seats "Appointed by the President" 15 → 5</c>.</returns>
    public override string ToString()
    {
        var subject = Kind switch
        {
            ChangeKind.Instrument => "Instrument in force",
            ChangeKind.Form => "Form",
            ChangeKind.ChamberAdded => $"{ChamberName} created",
            ChangeKind.ChamberRemoved => $"{ChamberName} abolished",
            ChangeKind.StatutorySeats => $"{ChamberName} seats",
            ChangeKind.SeatsBySource => $"{ChamberName} seats \"{(Source is { } source ? EnglishNames.Of(source) : "?")}\"",
            ChangeKind.TermLength => $"{ChamberName} term",
            ChangeKind.Renewal => $"{ChamberName} renewal",
            ChangeKind.MinimumAge => $"{ChamberName} minimum age",
            ChangeKind.ElectoralSystem => $"{ChamberName} party-list system",
            ChangeKind.ListQuota => $"{ChamberName} list quota",
            _ => Kind.ToString(),
        };
        return Kind is ChangeKind.ChamberAdded or ChangeKind.ChamberRemoved
            ? $"{subject}{(After ?? Before) switch { null => string.Empty, var v => $" ({v})" }}"
            : $"{subject} {Before ?? "none"} → {After ?? "none"}";
    }
}

/// <summary>
/// The one exception of the library for input it cannot accept: a dataset (<see cref="LegislativeHistory.Load"/>), a
/// composition or Popolo document (<see cref="Serialization.LegislatureJsonException"/> derives from it), or a file the
/// tool reads. It names the file, the JSON path, the position where known and the reason. No partial result is ever returned.
/// </summary>
/// <remarks>
/// <para>A dataset with several problems is reported whole: <see cref="Problems"/> lists each one with its JSON path, the
/// message lists the first ones, and <see cref="JsonPath"/> and <see cref="Reason"/> are those of the first.</para>
/// <para>The message shows one-based line and position; <see cref="LineNumber"/> and <see cref="BytePositionInLine"/> are
/// zero-based, as in <see cref="System.Text.Json.JsonException"/>.</para>
/// </remarks>
public class LegislativeDataException : Exception
{
    /// <summary>How many problems the message lists before "and N more".</summary>
    public const int ProblemsInMessage = 10;

    /// <summary>Creates the exception with a generic message.</summary>
    public LegislativeDataException()
        : this("The legislative dataset is invalid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public LegislativeDataException(string message)
        : base(message)
    {
        Reason = message;
        Problems = [];
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LegislativeDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = message;
        Problems = [];
    }

    /// <summary>Creates the exception for a file, a JSON path and a reason.</summary>
    /// <param name="fileName">The file (or stream) name, or <see langword="null"/>.</param>
    /// <param name="jsonPath">The JSON path of the offending value, for example <c>$.ruleSets[3].validFrom</c>.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="lineNumber">The zero-based line, where known.</param>
    /// <param name="bytePositionInLine">The zero-based byte position in the line, where known.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public LegislativeDataException(string? fileName, string jsonPath, string reason, long? lineNumber = null, long? bytePositionInLine = null, Exception? innerException = null)
        : base(Format(fileName, jsonPath, reason, lineNumber, bytePositionInLine), innerException)
    {
        FileName = fileName;
        JsonPath = jsonPath;
        Reason = reason;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
        Problems = [new DataProblem(jsonPath, reason)];
    }

    /// <summary>Creates the exception for every problem found in one file.</summary>
    /// <param name="fileName">The file (or stream) name, or <see langword="null"/>.</param>
    /// <param name="problems">The problems, at least one, in document order.</param>
    public LegislativeDataException(string? fileName, IReadOnlyList<DataProblem> problems)
        : base(Format(fileName, problems))
    {
        ArgumentNullException.ThrowIfNull(problems);
        FileName = fileName;
        JsonPath = problems.Count > 0 ? problems[0].JsonPath : null;
        Reason = problems.Count > 0 ? problems[0].Reason : "The legislative dataset is invalid.";
        Problems = [.. problems];
    }

    /// <summary>Gets the file (or stream) name, or <see langword="null"/>.</summary>
    public string? FileName { get; }

    /// <summary>Gets the JSON path of the (first) offending value, or <see langword="null"/>.</summary>
    public string? JsonPath { get; }

    /// <summary>Gets what is wrong (the first problem), without the file, path and position.</summary>
    public string Reason { get; }

    /// <summary>Gets the zero-based line number, where known.</summary>
    public long? LineNumber { get; }

    /// <summary>Gets the zero-based byte position in the line, where known.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>Gets every problem found, each with its JSON path; empty when the exception was made from a message alone.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    private static string Format(string? fileName, string jsonPath, string reason, long? line, long? pos)
    {
        var prefix = string.IsNullOrEmpty(fileName) ? jsonPath : $"{fileName}: {jsonPath}";
        return line is { } l
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix} (line {l + 1}, position {(pos ?? 0) + 1}): {reason}")
            : $"{prefix}: {reason}";
    }

    private static string Format(string? fileName, IReadOnlyList<DataProblem>? problems)
    {
        if (problems is null || problems.Count == 0)
        {
            return "The legislative dataset is invalid.";
        }

        if (problems.Count == 1)
        {
            return Format(fileName, problems[0].JsonPath, problems[0].Reason, null, null);
        }

        var text = new System.Text.StringBuilder();
        text.Append(string.IsNullOrEmpty(fileName) ? string.Empty : fileName + ": ")
            .Append(problems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" problems:");
        foreach (var p in problems.Take(ProblemsInMessage))
        {
            text.Append('\n').Append("  ").Append(p.JsonPath).Append(": ").Append(p.Reason);
        }

        if (problems.Count > ProblemsInMessage)
        {
            text.Append('\n').Append("  and ").Append((problems.Count - ProblemsInMessage).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" more.");
        }

        return text.ToString();
    }
}

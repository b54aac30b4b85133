using System.Globalization;
using System.Text.Json;
using Kz.Legislature.Internal;
using Kz.Legislature.Procedure;
using Kz.Legislature.Serialization.Popolo;
using NodaTime.Text;

namespace Kz.Legislature.Serialization;

/// <summary>
/// Exports a recorded vote as a Popolo <c>Motion</c> with one <c>VoteEvent</c> per chamber (or joint total) that voted
/// (<see href="https://www.popoloproject.com/specs/motion.html">Motion</see>,
/// <see href="https://www.popoloproject.com/specs/vote-event.html">VoteEvent</see>, Count): the counts, the requirement
/// computed from the rules of the vote's date, the result and the articles that state the rule.
/// </summary>
/// <remarks>
/// <para>The document is one object with the arrays <c>motions</c> (one motion) and <c>vote_events</c> (in stage order, and
/// in chamber order within a stage). The motion's <c>organization_id</c> is the chamber when one chamber decides, otherwise the
/// Parliament; each vote event's is the chamber whose deputies voted (the Parliament for a joint total). <c>result</c> is
/// <c>pass</c>, <c>fail</c>, or <see langword="null"/> where the data does not know a rule the vote needs (never a guess).</para>
/// <para>Counts use Popolo's options: <c>yes</c>, <c>no</c>, <c>abstain</c>, and <c>not voting</c> for deputies present who cast
/// no vote (written only when the number present was given). Extensions are written where Popolo has no term: <c>claimed_result</c> on the motion of a <see cref="Division"/> (the result the record claims, which
/// <see cref="Validation.DivisionValidator"/> checks), and on each vote event <c>requirement</c> (the chamber's requirement in words, with its article), <c>required_yes</c> and
/// <c>base_count</c> (the number the majority is a fraction of: seats, deputies present or votes cast), the last two
/// <see langword="null"/> where not known. The <c>sources</c> are those of the citations, each with the citation as its
/// note, then the sources given. Serialized with source-generated metadata: no reflection; output is deterministic.</para>
/// </remarks>
public static class PopoloDivisionExporter
{
    /// <summary>
    /// Exports a recorded division: decided under the rules of its date (<see cref="History.LegislativeHistory.DecisionOn"/>,
    /// counting the seats of the chambers sitting that day), with the result it claims as the motion's <c>claimed_result</c>.
    /// Check it first with <see cref="Validation.DivisionValidator"/>: the export writes the computed result whatever is claimed.
    /// </summary>
    /// <param name="division">The division.</param>
    /// <param name="history">The history whose rules decide it.</param>
    /// <param name="identifier">The vote's own identifier, or <see langword="null"/>; it also names the motion's id.</param>
    /// <param name="text">What was voted on, or <see langword="null"/>.</param>
    /// <param name="sources">Where the vote is recorded, or <see langword="null"/>.</param>
    /// <returns>The Popolo JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="division"/> or <paramref name="history"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The rules of the division's date have no such decision (the message names those they have).</exception>
    /// <exception cref="ArgumentException">The votes do not fit the decision (a chamber that takes no part, one missing, more voting than seats).</exception>
    public static string Export(Division division, History.LegislativeHistory history, string? identifier = null, string? text = null, IEnumerable<SourceReference>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(division);
        ArgumentNullException.ThrowIfNull(history);
        var outcome = history.DecisionOn(division.Date, division.Kind, division.Subject).Decide(division.Votes);
        return Export(outcome, division.Date, identifier, text, sources, division.ClaimedPassed);
    }

    /// <summary>Exports a vote's outcome as a Popolo motion and its vote events.</summary>
    /// <param name="outcome">The outcome, from <see cref="DecisionRule.Decide"/> under the rules of <paramref name="date"/>.</param>
    /// <param name="date">The day of the vote.</param>
    /// <param name="identifier">The vote's own identifier (for example the number of the sitting's protocol), or <see langword="null"/>; it also names the motion's id.</param>
    /// <param name="text">What was voted on (for example the bill's title), or <see langword="null"/>.</param>
    /// <param name="sources">Where the vote is recorded (the counts' sources), or <see langword="null"/>.</param>
    /// <returns>The Popolo JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is null.</exception>
    public static string Export(VoteOutcome outcome, LocalDate date, string? identifier = null, string? text = null, IEnumerable<SourceReference>? sources = null) =>
        Export(outcome, date, identifier, text, sources, claimed: null);

    private static string Export(VoteOutcome outcome, LocalDate date, string? identifier, string? text, IEnumerable<SourceReference>? sources, bool? claimed)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var given = sources is null ? [] : Preconditions.NoNullItems(sources, nameof(sources)).ToList();
        return JsonSerializer.Serialize(Build(outcome, date, identifier, text, given, claimed), PopoloJsonContext.Writing.PopoloDivisionDocumentDto);
    }

    /// <summary>The motion's id: <c>kz-legislature:motion/DATE/KIND[-SUBJECT][/IDENTIFIER]</c>.</summary>
    /// <param name="decision">The decision voted on.</param>
    /// <param name="date">The day of the vote.</param>
    /// <param name="identifier">The vote's own identifier, or <see langword="null"/>.</param>
    /// <returns>For example <c>kz-legislature:motion/2022-09-16/constitutional-amendment</c>.</returns>
    internal static string MotionId(DecisionRule decision, LocalDate date, string? identifier)
    {
        var id = PopoloIdentifiers.Prefix + "motion/" + LocalDatePattern.Iso.Format(date) + "/" + Classification(decision);
        return string.IsNullOrWhiteSpace(identifier) ? id : id + "/" + Uri.EscapeDataString(identifier.Trim());
    }

    /// <summary>The motion's classification: the decision kind in kebab-case, with its subjects.</summary>
    internal static string Classification(DecisionRule decision) =>
        string.Join("-", new[] { Kebab(decision.Kind.ToString()) }.Concat(decision.Subjects.Select(s => Kebab(s.ToString()))));

    private static PopoloDivisionDocumentDto Build(VoteOutcome outcome, LocalDate date, string? identifier, string? text, IReadOnlyList<SourceReference> given, bool? claimed)
    {
        var decision = outcome.Decision;
        var motionId = MotionId(decision, date, identifier);
        var chambers = decision.Stages.SelectMany(s => s.Chambers).Distinct().ToList();
        var motionOrganization = chambers.Count == 1 ? PopoloIdentifiers.Chamber(chambers[0]) : PopoloIdentifiers.Parliament;
        var day = LocalDatePattern.Iso.Format(date);

        var motion = new PopoloMotionDto
        {
            Id = motionId,
            OrganizationId = motionOrganization,
            Identifier = string.IsNullOrWhiteSpace(identifier) ? null : identifier.Trim(),
            Text = string.IsNullOrWhiteSpace(text) ? DecisionName(decision) : text.Trim(),
            Classification = Classification(decision),
            Date = day,
            Requirement = Requirement(decision),
            Result = Result(outcome.Passed),
            ClaimedResult = claimed is { } claim ? Result(claim) : null,
            Sources = Sources(decision.Stages.SelectMany(s => new[] { s.Citation, s.MajorityCitation, s.QuorumCitation, s.ReadingsCitation }), given),
        };

        var voteEvents = new List<PopoloVoteEventDto>();
        foreach (var s in outcome.Stages)
        {
            var stageNumber = (s.StageIndex + 1).ToString(CultureInfo.InvariantCulture);
            var counts = new List<PopoloCountDto> { Count("yes", s.Yes), Count("no", s.No), Count("abstain", s.Abstained) };
            if (s.Present is { } present)
            {
                counts.Add(Count("not voting", present - s.Yes - s.No - s.Abstained));
            }

            voteEvents.Add(new PopoloVoteEventDto
            {
                Id = motionId + "/stage-" + stageNumber + (s.Chamber is { } c ? "/" + PopoloIdentifiers.ChamberSlug(c) : string.Empty),
                MotionId = motionId,
                OrganizationId = s.Chamber is { } chamber ? PopoloIdentifiers.Chamber(chamber) : PopoloIdentifiers.Parliament,
                Classification = Kebab(s.Stage.Body.ToString()),
                StartDate = day,
                Result = Result(s.Passed),
                Counts = counts,
                Requirement = StageRequirement(s),
                RequiredYes = s.RequiredYes,
                BaseCount = s.Base,
                Sources = Sources([s.Citation, s.Stage.QuorumCitation], given),
            });
        }

        return new PopoloDivisionDocumentDto { Motions = [motion], VoteEvents = voteEvents };
    }

    /// <summary>The decision's requirement in words: each stage's body and majority, with the yes votes it takes of the seats, and its article.</summary>
    internal static string Requirement(DecisionRule decision) =>
        string.Join("; then ", decision.Stages.Select(stage =>
        {
            var seats = stage.Majority is { Base: MajorityBase.TotalDeputies } m
                ? stage.Body == StageBody.JointSitting && stage.Counting == JointCounting.JointTotal
                    ? stage.Chambers.All(c => decision.SeatsOf(c) is not null)
                        ? string.Create(CultureInfo.InvariantCulture, $" ({m.RequiredOf(stage.Chambers.Sum(c => decision.SeatsOf(c)!.Value))} of {stage.Chambers.Sum(c => decision.SeatsOf(c)!.Value)} seats of both chambers)")
                        : string.Empty
                    : " (" + string.Join("; ", stage.Chambers.Where(c => decision.SeatsOf(c) is not null)
                        .Select(c => string.Create(CultureInfo.InvariantCulture, $"{EnglishNames.Of(c)}: {m.RequiredOf(decision.SeatsOf(c)!.Value)} of {decision.SeatsOf(c)!.Value} seats"))) + ")"
                : string.Empty;
            var cited = stage.MajorityCitation ?? stage.Citation;
            return stage + (seats == " ()" ? string.Empty : seats) + (cited is null ? string.Empty : " — " + cited);
        }));

    private static string StageRequirement(StageOutcome s)
    {
        var majority = s.Stage.Majority is { } m ? m.ToString() : "majority not known";
        var need = s.RequiredYes is { } r && s.Base is { } b
            ? string.Create(CultureInfo.InvariantCulture, $"{majority} ({b}): {r} yes")
            : majority + ": required yes votes not known";
        return s.Citation is { } c ? need + " — " + c : need;
    }

    private static string DecisionName(DecisionRule decision)
    {
        var kind = decision.Kind switch
        {
            DecisionKind.Law => "Law",
            DecisionKind.ConstitutionalLaw => "Constitutional law",
            DecisionKind.ConstitutionalAmendment => "Amendment of the Constitution",
            DecisionKind.VetoOverride => "Overriding the President's objections",
            DecisionKind.DelegationOfPowers => "Delegation of legislative powers to the President",
            DecisionKind.NoConfidence => "No confidence in the Government",
            DecisionKind.ConsentToAppointment => "Consent to an appointment",
            DecisionKind.RemovalOfPresident => "Early removal of the President",
            DecisionKind.ElectionOfChair => "Election of the chair",
            DecisionKind.LegislativeInitiative => "Legislative initiative",
            _ => decision.Kind.ToString(),
        };
        return decision.Subjects.Count == 0 ? kind : $"{kind} ({string.Join(", ", decision.Subjects.Select(s => Kebab(s.ToString()).Replace('-', ' ')))})";
    }

    private static string? Result(bool? passed) => passed switch
    {
        true => "pass",
        false => "fail",
        null => null,
    };

    private static PopoloCountDto Count(string option, int value) => new() { Option = option, Value = value };

    /// <summary>The sources of the citations (each with the citation as its note, each URL once), then the sources given.</summary>
    private static List<PopoloSourceDto> Sources(IEnumerable<Citation?> citations, IReadOnlyList<SourceReference> given)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<PopoloSourceDto>();
        foreach (var c in citations)
        {
            if (c is null)
            {
                continue;
            }

            foreach (var s in c.Sources)
            {
                if (seen.Add(s.Url.OriginalString))
                {
                    sources.Add(new(s.Url.OriginalString, c + ": " + s.Title));
                }
            }
        }

        foreach (var s in given)
        {
            if (seen.Add(s.Url.OriginalString))
            {
                sources.Add(new(s.Url.OriginalString, s.Title));
            }
        }

        return sources;
    }

    private static string Kebab(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(pascal[i]));
        }

        return sb.ToString();
    }
}

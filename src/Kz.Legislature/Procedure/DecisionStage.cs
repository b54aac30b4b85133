using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.Procedure;

/// <summary>
/// One stage of a decision: the body that votes, the majority it needs (an exact fraction of a stated base), the quorum,
/// the number of readings, and where each is stated. Unknown values are <see langword="null"/>, with a note.
/// </summary>
public sealed record DecisionStage
{
    private readonly ValueList<ChamberKind> chambers;

    /// <summary>Creates a stage.</summary>
    /// <param name="body">The body that votes.</param>
    /// <param name="counting">For a joint sitting, how its votes count, or <see langword="null"/> where unknown; must be <see langword="null"/> for a single chamber.</param>
    /// <param name="majority">The majority needed, or <see langword="null"/> where no source gives it.</param>
    /// <param name="quorum">The deputies who must be present (a fraction of the total number of deputies), or <see langword="null"/> where not known.</param>
    /// <param name="readings">The number of readings required, or <see langword="null"/> where not known.</param>
    /// <param name="citation">Where the body's part in the decision is stated, or <see langword="null"/> for a stage built by hand.</param>
    /// <param name="majorityCitation">Where the majority is stated, or <see langword="null"/>.</param>
    /// <param name="quorumCitation">Where the quorum is stated, or <see langword="null"/>.</param>
    /// <param name="readingsCitation">Where the number of readings is stated, or <see langword="null"/>.</param>
    /// <param name="note">What is unknown or particular about the stage, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A counting is given for a single chamber, or a quorum's base is not the total number of deputies.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="readings"/> is less than 1.</exception>
    public DecisionStage(
        StageBody body,
        JointCounting? counting,
        Majority? majority,
        Majority? quorum = null,
        int? readings = null,
        Citation? citation = null,
        Citation? majorityCitation = null,
        Citation? quorumCitation = null,
        Citation? readingsCitation = null,
        string? note = null)
    {
        if (counting is not null && body != StageBody.JointSitting)
        {
            throw ArgumentErrors.Invalid($"Only a joint sitting has a counting; a {body} stage votes as one chamber.", nameof(counting));
        }

        if (quorum is not null && quorum.Base != MajorityBase.TotalDeputies)
        {
            throw ArgumentErrors.Invalid("A quorum is a fraction of the total number of deputies.", nameof(quorum));
        }

        if (readings is < 1)
        {
            throw ArgumentErrors.OutOfRange(nameof(readings), string.Create(CultureInfo.InvariantCulture, $"A stage has at least one reading; {readings} is not a number of readings."));
        }

        Body = body;
        Counting = counting;
        Majority = majority;
        Quorum = quorum;
        Readings = readings;
        Citation = citation;
        MajorityCitation = majorityCitation;
        QuorumCitation = quorumCitation;
        ReadingsCitation = readingsCitation;
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
        chambers = ValueList<ChamberKind>.From(body switch
        {
            StageBody.SupremeCouncil => [ChamberKind.SupremeCouncil],
            StageBody.Senate => [ChamberKind.Senate],
            StageBody.Mazhilis => [ChamberKind.Mazhilis],
            StageBody.Kurultai => [ChamberKind.Kurultai],
            _ => new[] { ChamberKind.Senate, ChamberKind.Mazhilis },
        });
    }

    /// <summary>Gets the body that votes.</summary>
    public StageBody Body { get; }

    /// <summary>Gets the chambers whose deputies vote in this stage: one, or both for a joint sitting.</summary>
    public IReadOnlyList<ChamberKind> Chambers => chambers;

    /// <summary>Gets how the votes of a joint sitting count, or <see langword="null"/> for a single chamber or where unknown.</summary>
    public JointCounting? Counting { get; }

    /// <summary>Gets the majority needed, or <see langword="null"/> where no source gives it (then no outcome is computed).</summary>
    public Majority? Majority { get; }

    /// <summary>Gets the quorum (deputies who must be present, a fraction of the total number of deputies), or <see langword="null"/> where not known.</summary>
    public Majority? Quorum { get; }

    /// <summary>Gets the number of readings required, or <see langword="null"/> where not known.</summary>
    public int? Readings { get; }

    /// <summary>Gets where the body's part in the decision is stated, or <see langword="null"/> for a stage built by hand.</summary>
    public Citation? Citation { get; }

    /// <summary>Gets where the majority is stated, or <see langword="null"/> where it is unknown or the stage was built by hand.</summary>
    public Citation? MajorityCitation { get; }

    /// <summary>Gets where the quorum is stated, or <see langword="null"/>.</summary>
    public Citation? QuorumCitation { get; }

    /// <summary>Gets where the number of readings is stated, or <see langword="null"/>.</summary>
    public Citation? ReadingsCitation { get; }

    /// <summary>Gets what is unknown or particular about the stage, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Returns the body and the majority.</summary>
    /// <returns>For example <c>Mazhilis: at least 2/3 of the total number of deputies</c> or <c>Kurultai: majority unknown</c>.</returns>
    public override string ToString() =>
        $"{BodyText()}: {(Majority is null ? "majority unknown" : Majority.ToString())}";

    internal string BodyText() => Body switch
    {
        StageBody.JointSitting => Counting switch
        {
            JointCounting.EachChamber => "Joint sitting (each chamber)",
            JointCounting.JointTotal => "Joint sitting (joint total)",
            _ => "Joint sitting",
        },
        StageBody.SupremeCouncil => EnglishNames.Of(ChamberKind.SupremeCouncil),
        StageBody.Senate => EnglishNames.Of(ChamberKind.Senate),
        StageBody.Mazhilis => EnglishNames.Of(ChamberKind.Mazhilis),
        StageBody.Kurultai => EnglishNames.Of(ChamberKind.Kurultai),
        _ => Body.ToString(),
    };
}

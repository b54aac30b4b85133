namespace Kz.Legislature.Procedure;

/// <summary>Shared wording of the procedure types.</summary>
internal static class ProcedureText
{
    public static string Result(bool? passed) => passed switch
    {
        true => "passed",
        false => "not passed",
        null => "unknown",
    };

    public static string Cite(Citation? c) => c is null ? "no citation" : c.ToString();

    public static string Kind(DecisionKind kind, IReadOnlyList<DecisionSubject> subjects) =>
        subjects.Count == 0 ? kind.ToString() : $"{kind} ({string.Join(", ", subjects)})";
}

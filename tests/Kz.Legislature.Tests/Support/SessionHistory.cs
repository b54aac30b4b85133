using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

[assembly: AssemblyFixture(typeof(SessionHistory))]

namespace Kz.Legislature.Tests.Support;

/// <summary>
/// The embedded dataset loaded afresh for each test session. <see cref="LegislativeHistory.Kazakhstan"/> is loaded once per
/// process and keeps its caches for the life of the process; mutation testing runs many sessions, one per mutant, in one
/// process, so tests that read <see cref="Current"/> see the loader, the history's segments and the validators' caches as the
/// code under test builds them in this session, not as a previous session left them.
/// </summary>
public sealed class SessionHistory
{
    private static LegislativeHistory? current;

    /// <summary>Loads the embedded dataset for the session that is starting.</summary>
    public SessionHistory()
    {
        using var stream = typeof(LegislativeHistory).Assembly.GetManifestResourceStream("Kz.Legislature.Data.kazakhstan.json")!;
        Volatile.Write(ref current, LegislativeHistory.Load(stream, "kazakhstan.json"));
    }

    /// <summary>The session's history, or the shared embedded one where no session has started (test discovery).</summary>
    public static LegislativeHistory Current => Volatile.Read(ref current) ?? LegislativeHistory.Kazakhstan;
}

using System.Text;
using Kz.Legislature.History;
using Kz.Legislature.Tests.History;
using Kz.Legislature.Tests.Support;

[assembly: AssemblyFixture(typeof(SessionHistory))]

namespace Kz.Legislature.Tests.Support;

/// <summary>
/// The embedded dataset loaded afresh for each test session. <see cref="LegislativeHistory.Kazakhstan"/> is loaded once per
/// process and keeps its caches for the life of the process; mutation testing runs many sessions, one per mutant, in one
/// process, so tests that read <see cref="Current"/> see the loader, the history's segments and the validators' caches as the
/// code under test builds them in this session, not as a previous session left them.
/// </summary>
/// <remarks>
/// The assembly fixture only forgets the previous session's history; the first test that reads <see cref="Current"/> loads it,
/// so the loading counts towards that test's coverage (code run outside any test would make the mutation tool run every test
/// against each of its mutants).
/// </remarks>
public sealed class SessionHistory
{
    private static LegislativeHistory? current;

    /// <summary>Forgets the history of the previous session, if any.</summary>
    public SessionHistory()
    {
        Volatile.Write(ref current, null);
    }

    /// <summary>
    /// The session's history, loaded by the first test that asks; outside a test (during discovery, for theory data) the
    /// shared embedded history.
    /// </summary>
    public static LegislativeHistory Current
    {
        get
        {
            if (TestContext.Current.Test is null)
            {
                return LegislativeHistory.Kazakhstan;
            }

            if (Volatile.Read(ref current) is { } loaded)
            {
                return loaded;
            }

            var fresh = LegislativeHistory.Load(new MemoryStream(Encoding.UTF8.GetBytes(LegislativeHistoryTests.EmbeddedJson())), "kazakhstan.json");
            return Interlocked.CompareExchange(ref current, fresh, null) ?? fresh;
        }
    }
}

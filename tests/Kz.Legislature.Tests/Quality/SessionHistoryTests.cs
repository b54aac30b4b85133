using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Quality;

/// <summary>The session's history is a fresh load of the embedded dataset, equal in content to the shared one.</summary>
public sealed class SessionHistoryTests
{
    /// <summary>
    /// The assembly fixture has loaded the dataset for this session (so mutation testing sees the loader at work), and what
    /// it loaded answers as the shared embedded history does.
    /// </summary>
    [Fact]
    public void the_session_history_is_a_fresh_load_equal_to_the_embedded_one()
    {
        var session = SessionHistory.Current;

        session.Should().NotBeSameAs(LegislativeHistory.Kazakhstan);
        session.DataVersion.Should().Be(LegislativeHistory.Kazakhstan.DataVersion);
        session.RuleSets.Should().Equal(LegislativeHistory.Kazakhstan.RuleSets);
        session.Sittings.Should().Equal(LegislativeHistory.Kazakhstan.Sittings);
    }
}

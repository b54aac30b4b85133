using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

/// <summary>The answer to who chaired a chamber on a day says whether the post was held and reads as date, chamber and explanation.</summary>
public sealed class ChairStatusTests
{
    private static LegislativeHistory History => SessionHistory.Current;

    [Fact]
    public void a_held_chair_reads_as_the_date_the_chamber_and_the_term()
    {
        // Tokayev chaired the Senate from 11 Jan 2007 to 15 Apr 2011 (the embedded dataset, chair-senate-2007-tokayev).
        var status = History.ChairStatusOn(ChamberKind.Senate, new LocalDate(2010, 1, 1));

        status.IsHeld.Should().BeTrue();
        status.Reason.Should().BeNull();
        status.ToString().Should().Be("2010-01-01 Senate: Kassym-Jomart Tokayev, Chair of the Senate [2007-01-11, 2011-04-15)");
    }

    [Fact]
    public void a_chamber_that_did_not_sit_has_no_chair_and_says_so()
    {
        // The Mazhilis was dissolved on 20 Jun 2007 and the IV Mazhilis first sat on 2 Sep 2007 (the embedded dataset).
        var status = History.ChairStatusOn(ChamberKind.Mazhilis, new LocalDate(2007, 7, 1));

        status.IsHeld.Should().BeFalse();
        status.ToString().Should().Be("2007-07-01 Mazhilis: The Mazhilis did not sit on 2007-07-01, so it had no chair.");
    }
}

namespace Kz.Legislature.Procedure;

/// <summary>Where a bill stands in its course.</summary>
public enum BillState
{
    /// <summary>A stage of the decision is to vote (<see cref="BillCourse.NextStage"/>).</summary>
    AwaitingVote,

    /// <summary>A later stage rejected the bill and it is back before an earlier one, which may approve it again.</summary>
    AwaitingReapproval,

    /// <summary>Every stage passed; the President signs or returns it with objections.</summary>
    AwaitingPresident,

    /// <summary>The President objected; the legislature may override the objections.</summary>
    AwaitingOverride,

    /// <summary>The bill became law (signed, or the objections overridden).</summary>
    Law,

    /// <summary>The bill failed.</summary>
    Failed,

    /// <summary>The data does not know a rule the next step depends on; <see cref="BillCourse.Reason"/> says which.</summary>
    Unknown,
}

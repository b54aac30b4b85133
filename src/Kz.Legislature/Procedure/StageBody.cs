namespace Kz.Legislature.Procedure;

/// <summary>The body that votes in one stage of a decision.</summary>
public enum StageBody
{
    /// <summary>The unicameral Supreme Soviet / Supreme Council (1990–1995).</summary>
    SupremeCouncil,

    /// <summary>The Senate, at its own sitting.</summary>
    Senate,

    /// <summary>The Mazhilis, at its own sitting.</summary>
    Mazhilis,

    /// <summary>The unicameral Kurultai (from 1 July 2026).</summary>
    Kurultai,

    /// <summary>A joint sitting of the Senate and the Mazhilis; <see cref="DecisionStage.Counting"/> says how its votes count.</summary>
    JointSitting,
}

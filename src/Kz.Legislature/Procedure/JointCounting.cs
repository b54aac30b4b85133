namespace Kz.Legislature.Procedure;

/// <summary>How the votes of a joint sitting count.</summary>
public enum JointCounting
{
    /// <summary>Each chamber must reach the majority of its own base ("of the total number of deputies of each chamber").</summary>
    EachChamber,

    /// <summary>One majority of the joint total of both chambers.</summary>
    JointTotal,
}

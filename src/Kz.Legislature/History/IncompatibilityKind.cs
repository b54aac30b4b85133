using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>What an incompatibility bars a deputy from.</summary>
public enum IncompatibilityKind
{
    /// <summary>Another incompatibility, described only by its text.</summary>
    Other,

    /// <summary>Membership of another representative body.</summary>
    OtherRepresentativeBody,

    /// <summary>Another paid post (the text says which activities are excepted).</summary>
    OtherPaidPost,

    /// <summary>Business activity.</summary>
    BusinessActivity,

    /// <summary>A seat on the governing body or supervisory board of a commercial organisation.</summary>
    CommercialBoard,

    /// <summary>Membership of both chambers at the same time.</summary>
    BothChambers,
}

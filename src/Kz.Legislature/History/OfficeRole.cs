using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>The office a person holds in a chamber.</summary>
public enum OfficeRole
{
    /// <summary>The chair (speaker) of the chamber, who presides over it.</summary>
    Chair,

    /// <summary>A deputy chair of the chamber.</summary>
    DeputyChair,

    /// <summary>An acting chair, presiding while the post of chair is vacant.</summary>
    ActingChair,
}

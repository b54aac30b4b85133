using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>Why a term of office ended.</summary>
public enum OfficeEndReason
{
    /// <summary>The chamber's convocation ended (dissolution, self-dissolution, its successor's first sitting, or the end of its powers by a constitution).</summary>
    ConvocationEnded,

    /// <summary>The person resigned.</summary>
    Resigned,

    /// <summary>The person left for another office (for example, became President).</summary>
    MovedToOtherOffice,

    /// <summary>The person's mandate as a deputy ended (for example, by a decree ending an appointed senator's powers).</summary>
    MandateEnded,

    /// <summary>The chamber removed the person from the office.</summary>
    Removed,

    /// <summary>The person died in office.</summary>
    Died,
}

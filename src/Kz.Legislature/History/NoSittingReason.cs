using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>Why no legislature sat on a date.</summary>
public enum NoSittingReason
{
    /// <summary>The last legislature dissolved itself and no new one had been elected.</summary>
    SelfDissolved,

    /// <summary>The last legislature was dissolved and no new one had sat yet.</summary>
    Dissolved,

    /// <summary>The constitution in force provides for a legislature that had not been elected or had not sat yet.</summary>
    NotYetFormed,

    /// <summary>The last legislature's powers ended by a constitutional provision and its successor had not been elected.</summary>
    Terminated,

    /// <summary>The constitution in force provides for no legislature.</summary>
    NoneProvided,
}

using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>How a person took office.</summary>
public enum AccessionMethod
{
    /// <summary>Elected by the deputies of the chamber.</summary>
    ElectedByChamber,

    /// <summary>Acting in the office without an election to it.</summary>
    Acting,
}

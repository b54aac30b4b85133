using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>Who proposed the candidate for the office.</summary>
public enum OfficeNominator
{
    /// <summary>The President of the Republic.</summary>
    President,

    /// <summary>Deputies of the chamber.</summary>
    Deputies,
}

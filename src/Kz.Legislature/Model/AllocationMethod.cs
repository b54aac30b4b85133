namespace Kz.Legislature;

/// <summary>A seat-allocation method for party lists.</summary>
public enum AllocationMethod
{
    /// <summary>Hare (simple) quota with largest remainders: the method Kazakhstan's CEC applies.</summary>
    HareLargestRemainder,

    /// <summary>Droop quota with largest remainders.</summary>
    DroopLargestRemainder,

    /// <summary>D'Hondt highest averages (divisors 1, 2, 3, ...).</summary>
    DHondt,

    /// <summary>Sainte-Laguë highest averages (divisors 1, 3, 5, ...).</summary>
    SainteLague,

    /// <summary>Modified Sainte-Laguë highest averages (divisors 1.4, 3, 5, ...).</summary>
    ModifiedSainteLague,
}

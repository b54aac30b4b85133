using System.Globalization;

namespace Kz.Legislature.Elections;

/// <summary>What lists were tied for.</summary>
public enum TieKind
{
    /// <summary>Equal remainders competing for the last seat(s) of a largest-remainder method.</summary>
    Remainder,

    /// <summary>Equal averages competing for the last seat(s) of a highest-averages (divisor) method.</summary>
    HighestAverage,

    /// <summary>Equal votes competing for admission as the runner-up list.</summary>
    RunnerUpAdmission,
}

using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>What the first day of an <see cref="OfficeTerm"/> means.</summary>
public enum OfficeStartBasis
{
    /// <summary>The day the person took office (was elected or appointed).</summary>
    TookOffice,

    /// <summary>
    /// The first day a dated source shows the person in office; the day they took office is earlier and not known, so
    /// the days before are unknown, not vacant.
    /// </summary>
    FirstKnownInOffice,
}

using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>The groups a list quota counts.</summary>
[Flags]
public enum QuotaGroups
{
    /// <summary>No group.</summary>
    None = 0,

    /// <summary>Women.</summary>
    Women = 1,

    /// <summary>Persons who have not reached the quota's youth age.</summary>
    Youth = 2,

    /// <summary>Persons with disabilities.</summary>
    PersonsWithDisabilities = 4,
}

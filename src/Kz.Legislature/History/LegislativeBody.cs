using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>The numbered body a convocation belongs to.</summary>
public enum LegislativeBody
{
    /// <summary>The Supreme Soviet / Supreme Council.</summary>
    SupremeCouncil,

    /// <summary>The bicameral Parliament.</summary>
    Parliament,

    /// <summary>The Kurultai.</summary>
    Kurultai,
}

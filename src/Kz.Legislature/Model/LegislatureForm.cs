namespace Kz.Legislature;

/// <summary>The form of the legislature a constitution provides for.</summary>
public enum LegislatureForm
{
    /// <summary>No legislature (for example, rule by presidential decree).</summary>
    None,

    /// <summary>A single house.</summary>
    Unicameral,

    /// <summary>Two chambers.</summary>
    Bicameral,
}

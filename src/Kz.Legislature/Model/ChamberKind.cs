namespace Kz.Legislature;

/// <summary>A chamber (or the single house) of Kazakhstan's legislature.</summary>
public enum ChamberKind
{
    /// <summary>The unicameral Supreme Soviet / Supreme Council (Supreme Kenges), 1990–1995.</summary>
    SupremeCouncil,

    /// <summary>The Senate, upper chamber of the Parliament under the 1995 Constitution (1995–2026).</summary>
    Senate,

    /// <summary>The Mazhilis (also spelled Mäjilis, Majilis, Мәжіліс), lower chamber of the Parliament (1995–2026).</summary>
    Mazhilis,

    /// <summary>The unicameral Kurultai (also Qurultai, Құрылтай) under the 2026 Constitution (from 1 July 2026).</summary>
    Kurultai,
}

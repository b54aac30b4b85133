namespace Kz.Legislature.Procedure;

/// <summary>What a decision is about, where the rule depends on it: a law's subject, an office, a chair.</summary>
public enum DecisionSubject
{
    /// <summary>The general rule of the kind (no particular subject).</summary>
    None,

    /// <summary>The republican budget.</summary>
    Budget,

    /// <summary>Taxes.</summary>
    Taxes,

    /// <summary>The ratification of an international treaty.</summary>
    TreatyRatification,

    /// <summary>The denunciation of an international treaty.</summary>
    TreatyDenunciation,

    /// <summary>An amnesty.</summary>
    Amnesty,

    /// <summary>The Prime Minister.</summary>
    PrimeMinister,

    /// <summary>The Vice-President (from 2026).</summary>
    VicePresident,

    /// <summary>The chair and judges of the Supreme Court.</summary>
    SupremeCourt,

    /// <summary>The chair of the National Bank.</summary>
    NationalBank,

    /// <summary>The Prosecutor General.</summary>
    ProsecutorGeneral,

    /// <summary>The chair of the National Security Committee.</summary>
    NationalSecurityCommittee,

    /// <summary>The chair of the Senate.</summary>
    ChairOfSenate,

    /// <summary>The chair of the Mazhilis.</summary>
    ChairOfMazhilis,

    /// <summary>The chair of the Kurultai.</summary>
    ChairOfKurultai,
}

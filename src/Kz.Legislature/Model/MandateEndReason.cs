namespace Kz.Legislature;

/// <summary>Why a mandate ended.</summary>
public enum MandateEndReason
{
    /// <summary>The regular term expired.</summary>
    TermExpiry,

    /// <summary>The chamber was dissolved.</summary>
    Dissolution,

    /// <summary>The deputy resigned.</summary>
    Resignation,

    /// <summary>The deputy died.</summary>
    Death,

    /// <summary>The deputy left or was expelled from the party that nominated them.</summary>
    LossOfPartyMembership,

    /// <summary>The mandate ended by a constitutional provision, such as Art. 95 of the 2026 Constitution.</summary>
    ConstitutionalTermination,

    /// <summary>The mandate was ended early by a presidential decree (appointed senators).</summary>
    EarlyTerminationByPresident,

    /// <summary>The deputy was recalled by the voters or the body that elected them.</summary>
    Recall,

    /// <summary>The deputy took up an incompatible office.</summary>
    IncompatibleOffice,

    /// <summary>The deputy lost citizenship, was convicted, or lost the mandate for another legal reason.</summary>
    OtherLegalGround,
}

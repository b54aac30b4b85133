namespace Kz.Legislature.Procedure;

/// <summary>A kind of decision the legislature takes.</summary>
public enum DecisionKind
{
    /// <summary>An ordinary law (its subject, such as the budget or a treaty, is a <see cref="DecisionSubject"/>).</summary>
    Law,

    /// <summary>A constitutional law.</summary>
    ConstitutionalLaw,

    /// <summary>An amendment of the Constitution by the legislature.</summary>
    ConstitutionalAmendment,

    /// <summary>Overriding the President's objections to a law (a veto override).</summary>
    VetoOverride,

    /// <summary>Delegating legislative powers to the President.</summary>
    DelegationOfPowers,

    /// <summary>A vote of no confidence in the Government.</summary>
    NoConfidence,

    /// <summary>Consent to (or election of) an appointee; the office is a <see cref="DecisionSubject"/>.</summary>
    ConsentToAppointment,

    /// <summary>The early removal of the President.</summary>
    RemovalOfPresident,

    /// <summary>The election of a chamber's chair; the chair is a <see cref="DecisionSubject"/>.</summary>
    ElectionOfChair,

    /// <summary>Where bills are introduced (the right of legislative initiative): not a vote, so its stages have no majority.</summary>
    LegislativeInitiative,
}

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

/// <summary>How a seat is filled.</summary>
public enum SeatSource
{
    /// <summary>Elected indirectly by the deputies of the maslikhats (local assemblies) of one region.</summary>
    ElectedByMaslikhats,

    /// <summary>Appointed by the President.</summary>
    AppointedByPresident,

    /// <summary>Appointed by the President on the proposal of the Assembly of People of Kazakhstan.</summary>
    AppointedByPresidentOnAssemblyProposal,

    /// <summary>Elected by proportional representation on party lists.</summary>
    PartyList,

    /// <summary>Elected by voters in a single-member district.</summary>
    SingleMemberDistrict,

    /// <summary>Elected by the Assembly of People of Kazakhstan.</summary>
    ElectedByAssemblyOfPeople,

    /// <summary>Elected from the President's "state list" (Supreme Council, 1994).</summary>
    StateList,

    /// <summary>Elected from republican public organisations (Supreme Soviet, 1990).</summary>
    PublicOrganization,
}

/// <summary>The administrative kind of a region that sends senators.</summary>
public enum RegionKind
{
    /// <summary>An oblast (province).</summary>
    Oblast,

    /// <summary>A city of republican significance.</summary>
    CityOfRepublicanSignificance,

    /// <summary>The capital.</summary>
    Capital,
}

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

/// <summary>How well a fact in the dataset is supported.</summary>
public enum Confidence
{
    /// <summary>An official or primary text, or two or more consistent sources.</summary>
    High,

    /// <summary>One reputable source.</summary>
    Medium,

    /// <summary>A weak, single or conflicting source.</summary>
    Low,
}

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

/// <summary>What an electoral threshold is measured against.</summary>
public enum ThresholdBase
{
    /// <summary>The valid votes cast for party lists.</summary>
    ValidListVotes,

    /// <summary>
    /// The votes for party lists plus the votes "against all" (the valid ballots), as the Central Election Commission measured
    /// the 5% threshold in 2023 (6,366,441; <c>Election.ListOrAgainstAllVotes</c>). Spoilt ballots are not counted: 6,521,860
    /// voters received a ballot.
    /// </summary>
    AllBallots,
}

/// <summary>How a tie for the last seat is resolved.</summary>
public enum TiePolicy
{
    /// <summary>The list registered earlier wins (as Kazakhstan's election law provides).</summary>
    EarlierRegistrationWins,

    /// <summary>The tie is reported as undecidable; the allocation does not pick a winner.</summary>
    ReportUndecidable,
}

namespace Kz.Legislature;

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

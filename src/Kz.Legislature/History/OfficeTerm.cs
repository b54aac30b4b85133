using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>
/// One person's term in an office of a chamber: the person, the chamber, the role, the half-open period
/// <c>[from, until)</c> (the last day in office is the day before <see cref="Term.End"/>), how they took office,
/// why the term ended, and the sources.
/// </summary>
/// <remarks>
/// <para>A term ending on the day a chamber was dissolved means the person was in office until the dissolution: the
/// Mazhilis was dissolved on 20 June 2007, so its chair's term is <c>[2004-11-03, 2007-06-20)</c> and 19 June was his
/// last day, as 19 June was the chamber's last sitting day in the dataset.</para>
/// <para>Built by the dataset loader; read them from <see cref="LegislativeHistory.Offices"/> or <see cref="LegislativeHistory.ChairOn"/>.</para>
/// </remarks>
public sealed record OfficeTerm
{
    internal OfficeTerm(string id, Person person, ChamberKind chamber, OfficeRole role, Term term, OfficeStartBasis startBasis, OfficeEndReason? endReason, OfficeAccession accession, Provenance provenance)
    {
        Id = Preconditions.NotBlank(id, nameof(id));
        Person = Preconditions.NotNull(person, nameof(person));
        Chamber = chamber;
        Role = role;
        Term = Preconditions.NotNull(term, nameof(term));
        StartBasis = startBasis;
        EndReason = endReason;
        Accession = Preconditions.NotNull(accession, nameof(accession));
        Provenance = Preconditions.NotNull(provenance, nameof(provenance));
    }

    /// <summary>Gets the identifier in the dataset, for example <c>chair-senate-2007-tokayev</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the person who held the office.</summary>
    public Person Person { get; }

    /// <summary>Gets the chamber.</summary>
    public ChamberKind Chamber { get; }

    /// <summary>Gets the office.</summary>
    public OfficeRole Role { get; }

    /// <summary>
    /// Gets the half-open period in office: from <see cref="Term.Start"/> (see <see cref="StartBasis"/>) to the day before
    /// <see cref="Term.End"/>; an open end means still in office or an end the data does not know (see the note).
    /// </summary>
    public Term Term { get; }

    /// <summary>Gets what the first day of <see cref="Term"/> means: the day the person took office, or only the first day a source shows them in it.</summary>
    public OfficeStartBasis StartBasis { get; }

    /// <summary>Gets why the term ended, or <see langword="null"/> when it is open or the reason is not recorded.</summary>
    public OfficeEndReason? EndReason { get; }

    /// <summary>Gets how the person took office, with its legal basis.</summary>
    public OfficeAccession Accession { get; }

    /// <summary>Gets the sources of the term's dates and how well they support them.</summary>
    public Provenance Provenance { get; }

    /// <summary>Gets a value indicating whether the role presides over the chamber (<see cref="OfficeRole.Chair"/> or <see cref="OfficeRole.ActingChair"/>).</summary>
    public bool IsPresiding => Role is OfficeRole.Chair or OfficeRole.ActingChair;

    /// <summary>Returns the person, the office and the period.</summary>
    /// <returns>For example <c>Kassym-Jomart Tokayev, Chair of the Senate [2007-01-11, 2011-04-15)</c>.</returns>
    public override string ToString()
    {
        var role = Role switch { OfficeRole.DeputyChair => "Deputy Chair", OfficeRole.ActingChair => "Acting Chair", _ => "Chair" };
        return $"{Person.Name.English}, {role} of the {EnglishNames.Of(Chamber)} {Term}";
    }
}

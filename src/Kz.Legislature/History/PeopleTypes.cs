using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>A person the dataset knows: a presiding officer of a chamber.</summary>
/// <remarks>Built by the dataset loader; read them from <see cref="LegislativeHistory.People"/> or <see cref="LegislativeHistory.FindPerson"/>.</remarks>
public sealed record Person
{
    internal Person(string id, LocalizedName name, string? wikidataId, LocalDate? birthDate, Provenance provenance)
    {
        Id = Preconditions.NotBlank(id, nameof(id));
        Name = Preconditions.NotNull(name, nameof(name));
        WikidataId = wikidataId;
        BirthDate = birthDate;
        Provenance = Preconditions.NotNull(provenance, nameof(provenance));
    }

    /// <summary>Gets the identifier in the dataset, for example <c>kassym-jomart-tokayev</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the name in English, Russian and Kazakh.</summary>
    public LocalizedName Name { get; }

    /// <summary>Gets the Wikidata item (for example <c>Q7376</c>), or <see langword="null"/> where not sourced.</summary>
    public string? WikidataId { get; }

    /// <summary>Gets the date of birth, or <see langword="null"/> where not sourced.</summary>
    public LocalDate? BirthDate { get; }

    /// <summary>Gets the sources of the person's record and how well they support it.</summary>
    public Provenance Provenance { get; }

    /// <summary>Returns the English name.</summary>
    /// <returns>For example <c>Kassym-Jomart Tokayev</c>.</returns>
    public override string ToString() => Name.English;
}

/// <summary>The office a person holds in a chamber.</summary>
public enum OfficeRole
{
    /// <summary>The chair (speaker) of the chamber, who presides over it.</summary>
    Chair,

    /// <summary>A deputy chair of the chamber.</summary>
    DeputyChair,

    /// <summary>An acting chair, presiding while the post of chair is vacant.</summary>
    ActingChair,
}

/// <summary>What the first day of an <see cref="OfficeTerm"/> means.</summary>
public enum OfficeStartBasis
{
    /// <summary>The day the person took office (was elected or appointed).</summary>
    TookOffice,

    /// <summary>
    /// The first day a dated source shows the person in office; the day they took office is earlier and not known, so
    /// the days before are unknown, not vacant.
    /// </summary>
    FirstKnownInOffice,
}

/// <summary>How a person took office.</summary>
public enum AccessionMethod
{
    /// <summary>Elected by the deputies of the chamber.</summary>
    ElectedByChamber,

    /// <summary>Acting in the office without an election to it.</summary>
    Acting,
}

/// <summary>Who proposed the candidate for the office.</summary>
public enum OfficeNominator
{
    /// <summary>The President of the Republic.</summary>
    President,

    /// <summary>Deputies of the chamber.</summary>
    Deputies,
}

/// <summary>Why a term of office ended.</summary>
public enum OfficeEndReason
{
    /// <summary>The chamber's convocation ended (dissolution, self-dissolution, its successor's first sitting, or the end of its powers by a constitution).</summary>
    ConvocationEnded,

    /// <summary>The person resigned.</summary>
    Resigned,

    /// <summary>The person left for another office (for example, became President).</summary>
    MovedToOtherOffice,

    /// <summary>The person's mandate as a deputy ended (for example, by a decree ending an appointed senator's powers).</summary>
    MandateEnded,

    /// <summary>The chamber removed the person from the office.</summary>
    Removed,

    /// <summary>The person died in office.</summary>
    Died,
}

/// <summary>How a person took an office: the method, the nomination, the vote where sourced, and the legal basis.</summary>
public sealed record OfficeAccession
{
    internal OfficeAccession(AccessionMethod? method, OfficeNominator? nominatedBy, int? ballotsIssued, int? votesFor, int? votesAgainst, Citation? citation, string? note)
    {
        Method = method;
        NominatedBy = nominatedBy;
        BallotsIssued = ballotsIssued;
        VotesFor = votesFor;
        VotesAgainst = votesAgainst;
        Citation = citation;
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
    }

    /// <summary>Gets how the person took office, or <see langword="null"/> where the sources do not say.</summary>
    public AccessionMethod? Method { get; }

    /// <summary>Gets who proposed the candidate, or <see langword="null"/> where the sources do not say.</summary>
    public OfficeNominator? NominatedBy { get; }

    /// <summary>Gets the number of ballots issued, or <see langword="null"/> where not sourced.</summary>
    public int? BallotsIssued { get; }

    /// <summary>Gets the votes for, or <see langword="null"/> where not sourced.</summary>
    public int? VotesFor { get; }

    /// <summary>Gets the votes against, or <see langword="null"/> where not sourced.</summary>
    public int? VotesAgainst { get; }

    /// <summary>Gets the legal basis of the method (instrument, article, sources), or <see langword="null"/> when <see cref="Method"/> is unknown.</summary>
    public Citation? Citation { get; }

    /// <summary>Gets what is unknown or remarkable about the accession, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Returns the method, the nomination and the vote.</summary>
    /// <returns>For example <c>ElectedByChamber on the President's nomination, 50 for, 0 against</c>.</returns>
    public override string ToString()
    {
        var text = Method?.ToString() ?? "not recorded";
        if (NominatedBy is { } n)
        {
            text += n == OfficeNominator.President ? " on the President's nomination" : " on the deputies' nomination";
        }

        if (VotesFor is { } yes)
        {
            text += $", {yes} for";
        }

        if (VotesAgainst is { } no)
        {
            text += $", {no} against";
        }

        return text;
    }
}

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

/// <summary>Why <see cref="LegislativeHistory.ChairOn"/> has no chair for a chamber on a date.</summary>
public enum NoChairReason
{
    /// <summary>The chamber sat but the post of chair was vacant: the previous chair's last day and the next chair's first day are both known.</summary>
    Vacant,

    /// <summary>The data does not know who chaired the chamber that day (a gap in the sources, or a date after the data is verified through).</summary>
    Unknown,

    /// <summary>The constitution in force that day provides for no such chamber.</summary>
    NoSuchChamber,

    /// <summary>The chamber is provided for but did not sit that day (dissolved, or not yet elected or convened).</summary>
    NotSitting,

    /// <summary>The date is before the history's coverage starts and no term in the data covers it.</summary>
    BeforeCoverage,
}

/// <summary>The answer to "who chaired this chamber on this date?": the chair's term, or why there is none.</summary>
public sealed record ChairStatus
{
    internal ChairStatus(LocalDate date, ChamberKind chamber, OfficeTerm? chair, NoChairReason? reason, string explanation)
    {
        Date = date;
        Chamber = chamber;
        Chair = chair;
        Reason = reason;
        Explanation = Preconditions.NotBlank(explanation, nameof(explanation));
    }

    /// <summary>Gets the date asked about.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the chamber asked about.</summary>
    public ChamberKind Chamber { get; }

    /// <summary>Gets the term of the person presiding that day (a chair or an acting chair), or <see langword="null"/> (see <see cref="Reason"/>).</summary>
    public OfficeTerm? Chair { get; }

    /// <summary>Gets a value indicating whether someone presided that day.</summary>
    public bool IsHeld => Chair is not null;

    /// <summary>Gets why no one presided, or <see langword="null"/> when <see cref="IsHeld"/>.</summary>
    public NoChairReason? Reason { get; }

    /// <summary>Gets a one-line English explanation.</summary>
    public string Explanation { get; }

    /// <summary>Returns the date, the chamber and the explanation.</summary>
    /// <returns>For example <c>2010-01-01 Senate: Kassym-Jomart Tokayev, Chair of the Senate [2007-01-11, 2011-04-15)</c>.</returns>
    public override string ToString() => $"{Preconditions.Iso(Date)} {Chamber}: {Explanation}";
}

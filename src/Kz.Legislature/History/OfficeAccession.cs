using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

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

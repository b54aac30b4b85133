using Kz.Legislature.History.Loading;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <content>Who presided: the people and presiding-officer terms of the dataset, and the chair of a chamber on a date.</content>
public sealed partial class LegislativeHistory
{
    /// <summary>Gets the people the dataset knows (the presiding officers), in dataset order.</summary>
    public IReadOnlyList<Person> People => data.People.People;

    /// <summary>
    /// Gets the terms of office (chairs, acting chairs and deputy chairs of each chamber), in dataset order. Each term is
    /// half-open: its holder's last day in office is the day before <see cref="Term.End"/>.
    /// </summary>
    public IReadOnlyList<OfficeTerm> Offices => data.People.Offices;

    /// <summary>Finds a person by identifier.</summary>
    /// <param name="id">The identifier, for example <c>kassym-jomart-tokayev</c>; <see langword="null"/> finds nothing.</param>
    /// <returns>The person, or <see langword="null"/>.</returns>
    public Person? FindPerson(string? id) => id is null ? null : data.People.Find(id);

    /// <summary>
    /// Gets the term of the person presiding over <paramref name="chamber"/> on <paramref name="date"/>: its chair, or an
    /// acting chair while the post is vacant. <see langword="null"/> when the post was vacant, the data does not know, the
    /// chamber did not sit, or the constitution in force provides for no such chamber; <see cref="ChairStatusOn"/> gives the reason.
    /// </summary>
    /// <param name="chamber">The chamber.</param>
    /// <param name="date">The date. Terms are half-open: on the day a term ends, its holder no longer presides.</param>
    /// <returns>The term, or <see langword="null"/>.</returns>
    public OfficeTerm? ChairOn(ChamberKind chamber, LocalDate date) => ChairStatusOn(chamber, date).Chair;

    /// <summary>
    /// Says who presided over <paramref name="chamber"/> on <paramref name="date"/>, or why no one is known to have:
    /// <see cref="NoChairReason.Vacant"/> (the chamber sat and both the previous chair's end and the next chair's start are
    /// known), <see cref="NoChairReason.Unknown"/> (a gap in the data, or a date after <see cref="VerifiedThrough"/>),
    /// <see cref="NoChairReason.NotSitting"/>, <see cref="NoChairReason.NoSuchChamber"/> or <see cref="NoChairReason.BeforeCoverage"/>.
    /// </summary>
    /// <param name="chamber">The chamber.</param>
    /// <param name="date">The date. Terms are half-open: on the day a term ends, its holder no longer presides.</param>
    /// <returns>The answer; never <see langword="null"/>.</returns>
    public ChairStatus ChairStatusOn(ChamberKind chamber, LocalDate date)
    {
        OfficeTerm? held = null;
        foreach (var term in data.People.Offices)
        {
            if (term.Chamber == chamber && term.IsPresiding && term.Term.Contains(date) && (held is null || term.Role == OfficeRole.Chair))
            {
                held = term;
            }
        }

        var day = Preconditions.Iso(date);
        var name = EnglishNames.Of(chamber);
        if (held is not null)
        {
            return new ChairStatus(date, chamber, held, null, held.ToString());
        }

        if (date < data.CoverageStart)
        {
            return new ChairStatus(date, chamber, null, NoChairReason.BeforeCoverage, $"The history starts on {Preconditions.Iso(data.CoverageStart)}; no term of office in the data covers {day}.");
        }

        var rules = RulesOn(date);
        var sitting = data.Sittings.FirstOrDefault(s => s.Chamber == chamber && s.Period.Contains(date));
        if (sitting is null)
        {
            if (!rules.HasChamber(chamber))
            {
                return new ChairStatus(date, chamber, null, NoChairReason.NoSuchChamber, $"The constitution in force on {day} ({rules.Instrument.Name.English}) provides for no {name}.");
            }

            return date > VerifiedThrough
                ? new ChairStatus(date, chamber, null, NoChairReason.Unknown, $"The data is verified through {Preconditions.Iso(VerifiedThrough)}; whether the {name} sat on {day}, and who chaired it, is not known.")
                : new ChairStatus(date, chamber, null, NoChairReason.NotSitting, $"The {name} did not sit on {day}, so it had no chair.");
        }

        var presiding = data.People.Offices.Where(o => o.Chamber == chamber && o.IsPresiding).ToList();
        var previous = presiding.Where(o => o.Term.End is { } e && e <= date).MaxBy(o => o.Term.End);
        var next = presiding.Where(o => o.Term.Start > date).MinBy(o => o.Term.Start);
        if (previous?.Term.End is { } ended && ended >= sitting.Period.Start
            && next is not null && next.StartBasis == OfficeStartBasis.TookOffice && sitting.Period.Contains(next.Term.Start))
        {
            return new ChairStatus(
                date,
                chamber,
                null,
                NoChairReason.Vacant,
                $"The post of chair of the {name} was vacant: {previous.Person.Name.English}'s term ended on {Preconditions.Iso(ended)} and {next.Person.Name.English} took office on {Preconditions.Iso(next.Term.Start)}.");
        }

        var explanation = $"The data does not record who chaired the {name} on {day}.";
        if (next is { StartBasis: OfficeStartBasis.FirstKnownInOffice } known)
        {
            explanation += $" {known.Person.Name.English} is known to have been in office from {Preconditions.Iso(known.Term.Start)}; when they took office is not known.";
        }

        if (date > VerifiedThrough)
        {
            explanation += $" The data is verified through {Preconditions.Iso(VerifiedThrough)}.";
        }

        return new ChairStatus(date, chamber, null, NoChairReason.Unknown, explanation);
    }
}

using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History.Loading;

/// <summary>
/// Maps and checks <c>$.people</c> and <c>$.offices</c>: person ids exist, instruments exist, one presiding officer per
/// chamber at a time, and a presiding officer in office only while the chamber sits.
/// </summary>
internal sealed partial class DatasetMapper
{
    private List<Person> ReadPeople(List<PersonDto?>? items)
    {
        var list = new List<Person>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            var path = Item("$.people", i);
            if (items[i] is not { } dto)
            {
                Fail(path, "Expected an object, found null.");
                continue;
            }

            var id = dto.Id!;
            if (!seen.Add(id))
            {
                Fail(path + ".id", $"The id '{id}' is used twice in $.people.");
                continue;
            }

            var ok = true;
            if (dto.Wikidata is { } q && !IsWikidataId(q))
            {
                ok = Fail(path + ".wikidata", $"A Wikidata id is Q followed by digits (for example \"Q7376\"), found '{q}'.");
            }

            var names = ReadNames(dto.Names!, path + ".names");
            var provenance = ReadProvenance(dto, path);
            if (ok && names is not null && provenance is not null && Wrap(path, () => new Person(id, names, dto.Wikidata, dto.BirthDate, provenance)) is { } person)
            {
                list.Add(person);
            }
        }

        return list;
    }

    private static bool IsWikidataId(string q)
    {
        if (q.Length < 2 || q[0] != 'Q' || q[1] == '0')
        {
            return false;
        }

        for (var i = 1; i < q.Length; i++)
        {
            if (q[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private List<OfficeTerm> ReadOffices(List<OfficeDto?>? items, List<Person> people, HashSet<string> declaredPeople, List<(string Path, Sitting Value)> sittings, bool allSittings, LocalDate coverageStart)
    {
        var byId = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var p in people)
        {
            byId.TryAdd(p.Id, p);
        }

        var list = new List<OfficeTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            var path = Item("$.offices", i);
            if (items[i] is not { } dto)
            {
                Fail(path, "Expected an object, found null.");
                continue;
            }

            var id = dto.Id!;
            if (!seen.Add(id))
            {
                Fail(path + ".id", $"The id '{id}' is used twice in $.offices.");
                continue;
            }

            var ok = true;
            if (!byId.TryGetValue(dto.Person!, out var person))
            {
                ok = !declaredPeople.Contains(dto.Person!) && Fail(path + ".person", $"The person '{dto.Person}' is not defined in $.people.");
            }

            var from = dto.From!.Value;
            LocalDate? until = dto.Until!.Value?.Value;
            if (until is { } u && u <= from)
            {
                ok = Fail(path + ".until", $"The term ends ({Preconditions.Iso(u)}) on or before it starts ({Preconditions.Iso(from)}); terms are half-open [from, until).");
            }

            OfficeEndReason? endReason = dto.EndReason;
            if (endReason is not null && until is null)
            {
                ok = Fail(path + ".endReason", "The term has no end ('until' is null), so it has no end reason; remove 'endReason' or give 'until'.");
            }

            var confidence = dto.Confidence!.Value;
            var accession = ReadAccession(dto.Accession!, path + ".accession", confidence);
            var provenance = ReadProvenance(dto, path);
            if (!ok || person is null || accession is null || provenance is null)
            {
                continue;
            }

            var basis = dto.FromBasis?.Value ?? OfficeStartBasis.TookOffice;
            if (Wrap(path, () => new OfficeTerm(id, person, dto.Chamber!.Value, dto.Role!.Value, new Term(from, until), basis, endReason, accession, provenance)) is { } term
                && CheckOverlap(list, term, path)
                && (!allSittings || CheckPresidingSitting(term, path, sittings, coverageStart)))
            {
                list.Add(term);
            }
        }

        return list;
    }

    private OfficeAccession? ReadAccession(AccessionDto dto, string path, Confidence inherited)
    {
        AccessionMethod? method = dto.Method!.Value?.Value;
        int? ballots = dto.BallotsIssued, votesFor = dto.VotesFor, votesAgainst = dto.VotesAgainst;
        var ok = VoteCount(ballots, path, "ballotsIssued") & VoteCount(votesFor, path, "votesFor") & VoteCount(votesAgainst, path, "votesAgainst");
        if (ok && ballots is { } issued && (votesFor ?? 0) + (votesAgainst ?? 0) > issued)
        {
            ok = Fail(path + ".votesFor", $"The votes for and against ({((votesFor ?? 0) + (votesAgainst ?? 0)).ToString(CultureInfo.InvariantCulture)}) exceed the ballots issued ({issued.ToString(CultureInfo.InvariantCulture)}).");
        }

        var given = dto.Citation!.Value;
        Citation? citation = null;
        if (method is null)
        {
            if (given is not null)
            {
                ok = Fail(path + ".citation", "'method' is null (how the person took office is not known), so there is nothing to cite; set 'citation' to null or give the method.");
            }

            if (dto.Note is null)
            {
                ok = Fail(path + ".method", "The method is null, so a 'note' must say why (for example that the sources do not say how the person took office).");
            }
        }
        else if (given is null)
        {
            ok = Fail(path + ".citation", $"The method '{System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(method.Value.ToString())}' must cite the instrument, the article (or null with a note) and the sources that state it; 'citation' is null.");
        }
        else
        {
            citation = ReadCitation(given, path, "citation", "the method", inherited);
            ok &= citation is not null;
        }

        return ok ? new OfficeAccession(method, dto.NominatedBy, ballots, votesFor, votesAgainst, citation, dto.Note) : null;
    }

    private bool VoteCount(int? value, string path, string name) =>
        value is not < 0 || Fail(path + "." + name, $"A vote count is 0 or more, found {value.Value.ToString(CultureInfo.InvariantCulture)}.");

    private bool CheckOverlap(List<OfficeTerm> earlier, OfficeTerm term, string path)
    {
        foreach (var other in earlier)
        {
            if (other.Chamber != term.Chamber || !other.Term.Overlaps(term.Term))
            {
                continue;
            }

            if (other.IsPresiding && term.IsPresiding)
            {
                return Fail(path + ".from", $"Only one person presides over a chamber at a time: this {term.Role} term {term.Term} of the {term.Chamber} overlaps '{other.Id}' {other.Term} ({other.Person.Name.English}, {other.Role}).");
            }

            if (other.Person == term.Person && other.Role == term.Role)
            {
                return Fail(path + ".from", $"This term {term.Term} overlaps the same person's '{other.Id}' {other.Term} in the same office.");
            }
        }

        return true;
    }

    /// <summary>
    /// A presiding officer is in office only while the chamber sits (the days before the history's coverage are not
    /// checked). Not checked when a sitting has a problem of its own (already reported): the days it covers are unknown.
    /// </summary>
    private bool CheckPresidingSitting(OfficeTerm term, string path, List<(string Path, Sitting Value)> sittings, LocalDate coverageStart)
    {
        if (!term.IsPresiding)
        {
            return true;
        }

        var start = term.Term.Start < coverageStart ? coverageStart : term.Term.Start;
        if (term.Term.End is { } end && end <= start)
        {
            return true;
        }

        var day = start;
        while (true)
        {
            Term? sitting = null;
            foreach (var (_, s) in sittings)
            {
                if (s.Chamber == term.Chamber && s.Period.Contains(day))
                {
                    sitting = s.Period;
                    break;
                }
            }

            if (sitting is null)
            {
                return Fail(
                    day == term.Term.Start ? path + ".from" : path + ".until",
                    $"The {term.Chamber} did not sit on {Preconditions.Iso(day)} (no entry of $.sittings covers it), but this {term.Role} term {term.Term} includes that day; a presiding officer holds office only while the chamber sits.");
            }

            if (sitting.End is not { } sittingEnd || (term.Term.End is { } termEnd && termEnd <= sittingEnd))
            {
                return true;
            }

            day = sittingEnd;
        }
    }
}

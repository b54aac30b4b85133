using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History.Loading;

/// <summary>Maps and checks <c>$.compositions</c>: the sitting, party and election each row refers to, and the rows taken from an election against its published result.</summary>
internal sealed partial class DatasetMapper
{
    private const string CompositionsPath = "$.compositions";

    /// <summary>Reads <c>$.compositions</c>; an absent section gives no compositions. The checks against the rules a sitting is held to are <see cref="CompositionSection.Build"/>'s.</summary>
    /// <remarks>A reference to a record the document declares but that has a problem of its own (already reported) is not reported again.</remarks>
    private List<CompositionData> ReadCompositions(List<CompositionDto?>? items, List<(string Path, Sitting Value)> sittings, List<(string Path, Party Value)> parties, List<(string Path, Election Value)> elections, HashSet<string> sittingIds, HashSet<string> partyIds, HashSet<string> electionIds)
    {
        var result = new List<CompositionData>();
        if (items is null)
        {
            return result;
        }

        var sittingsById = new Dictionary<string, Sitting>(StringComparer.Ordinal);
        foreach (var (_, s) in sittings)
        {
            sittingsById.TryAdd(s.Id, s);
        }

        var partiesById = new Dictionary<string, Party>(StringComparer.Ordinal);
        foreach (var (_, p) in parties)
        {
            partiesById.TryAdd(p.Id, p);
        }

        var electionsById = new Dictionary<string, Election>(StringComparer.Ordinal);
        foreach (var (_, e) in elections)
        {
            electionsById.TryAdd(e.Id, e);
        }

        var firstPath = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var path = Item(CompositionsPath, i);
            if (items[i] is not { } dto)
            {
                Fail(path, "Expected an object, found null.");
                continue;
            }

            var id = dto.Sitting!;
            if (!sittingsById.TryGetValue(id, out var sitting))
            {
                _ = sittingIds.Contains(id) || Fail(path + ".sitting", $"No sitting has the id '{id}'. Known sittings: {string.Join(", ", sittingsById.Keys)}.");
                continue;
            }

            if (firstPath.TryGetValue(id, out var earlier))
            {
                Fail(path + ".sitting", $"Sitting '{id}' already has a composition at {earlier}; give each sitting one.");
                continue;
            }

            firstPath[id] = path;
            var ok = true;
            var vacant = dto.VacantSeats!.Value;
            if (vacant < 0)
            {
                ok = Fail(path + ".vacantSeats", $"vacantSeats must be 0 or more, found {vacant.ToString(CultureInfo.InvariantCulture)}.");
            }

            var rows = new List<CompositionSeats>(dto.Seats!.Count);
            var rowPaths = new List<string>(dto.Seats.Count);
            for (var j = 0; j < dto.Seats.Count; j++)
            {
                var rowPath = Item(path + ".seats", j);
                if (dto.Seats[j] is not { } row)
                {
                    ok = Fail(rowPath, "Expected an object, found null.");
                }
                else if (ReadCompositionRow(row, rowPath, sitting, partiesById, electionsById, partyIds, electionIds) is { } read)
                {
                    rows.Add(read);
                    rowPaths.Add(rowPath);
                }
                else
                {
                    ok = false;
                }
            }

            var provenance = ReadProvenance(dto, path);
            if (ok && provenance is not null && CheckAgainstElections(rows, rowPaths))
            {
                result.Add(new CompositionData(path, sitting, rows, vacant, provenance));
            }
        }

        return result;
    }

    private CompositionSeats? ReadCompositionRow(CompositionRowDto row, string path, Sitting sitting, Dictionary<string, Party> parties, Dictionary<string, Election> elections, HashSet<string> partyIds, HashSet<string> electionIds)
    {
        var holder = row.Holder!.Value;
        SeatSource? source = row.Source!.Value;
        var seats = row.Seats!.Value;
        var ok = true;
        if (seats < 1)
        {
            ok = Fail(path + ".seats", $"seats must be 1 or more, found {seats.ToString(CultureInfo.InvariantCulture)}; leave out a row with no seats.");
        }
        else if (seats > MaxSeats)
        {
            ok = Fail(path + ".seats", $"seats must be at most {MaxSeats.ToString(CultureInfo.InvariantCulture)}, found {seats.ToString(CultureInfo.InvariantCulture)}.");
        }

        Party? party = null;
        if (holder == SeatHolderKind.Party)
        {
            if (row.Party is null)
            {
                ok = Fail(path + ".party", "A row whose holder is 'party' names the party: give a party id.");
            }
            else if (!parties.TryGetValue(row.Party, out party))
            {
                ok = !partyIds.Contains(row.Party) && Fail(path + ".party", $"No party has the id '{row.Party}'. Known parties: {string.Join(", ", parties.Keys)}.");
            }
        }
        else if (row.Party is not null)
        {
            ok = Fail(path + ".party", $"Only a row whose holder is 'party' names a party; this row's holder is '{System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(holder.ToString())}'. Set holder to 'party' or party to null.");
        }

        if (holder == SeatHolderKind.Group && row.Label is null)
        {
            ok = Fail(path + ".label", "A row whose holder is 'group' gives the group's label as published.");
        }

        Election? election = null;
        if (row.Election is not null)
        {
            if (!elections.TryGetValue(row.Election, out election))
            {
                ok = !electionIds.Contains(row.Election) && Fail(path + ".election", $"No election has the id '{row.Election}'.");
            }
            else if (election.Chamber != sitting.Chamber)
            {
                ok = Fail(path + ".election", $"Election '{election.Id}' elected the {EnglishNames.Of(election.Chamber)}, but sitting '{sitting.Id}' is of the {EnglishNames.Of(sitting.Chamber)}.");
            }
        }

        return ok ? new CompositionSeats(holder, party, row.Label, source, seats, election, row.Note, sitting.Period.Start) : null;
    }

    // A row taken from an election is checked against the published result: the rows of the same party (or, for a
    // non-party row, of the same label); their sum equals its seats, and the list and district rows its list and
    // district seats, wherever the result gives them. The first row of each group carries the problem.
    private bool CheckAgainstElections(List<CompositionSeats> rows, List<string> rowPaths)
    {
        var ok = true;
        var done = new HashSet<(string Election, string Key)>();
        for (var first = 0; first < rows.Count; first++)
        {
            var row = rows[first];
            if (row.Election is not { } election || !done.Add((election.Id, GroupKey(row))))
            {
                continue;
            }

            int seats = 0, list = 0, district = 0;
            for (var j = first; j < rows.Count; j++)
            {
                var other = rows[j];
                if (other.Election is { } e && string.Equals(e.Id, election.Id, StringComparison.Ordinal) && string.Equals(GroupKey(other), GroupKey(row), StringComparison.Ordinal))
                {
                    seats += other.Seats;
                    list += other.Source == SeatSource.PartyList ? other.Seats : 0;
                    district += other.Source == SeatSource.SingleMemberDistrict ? other.Seats : 0;
                }
            }

            var rowPath = rowPaths[first];
            var who = row.Party is not null ? $"party '{row.Party.Id}'" : $"label '{row.Label}'";
            ElectionResult? published = null;
            foreach (var r in election.Results)
            {
                if (row.Party is not null
                    ? string.Equals(r.PartyId, row.Party.Id, StringComparison.Ordinal)
                    : r.PartyId is null && string.Equals(r.Label, row.Label, StringComparison.Ordinal))
                {
                    published = r;
                    break;
                }
            }

            if (published is null)
            {
                ok = Fail(rowPath + ".election", $"Election '{election.Id}' has no result row for {who}; a row taken from an election names a party or label of its results.");
                continue;
            }

            ok &= CompareWithResult(rowPath, election, who, "seats", published.Seats, seats)
                && CompareWithResult(rowPath, election, who, "list seats", published.ListSeats, list)
                && CompareWithResult(rowPath, election, who, "district seats", published.DistrictSeats, district);
        }

        return ok;
    }

    private static string GroupKey(CompositionSeats row) => row.Party?.Id ?? row.Label ?? string.Empty;

    private bool CompareWithResult(string rowPath, Election election, string who, string what, int? published, int counted) =>
        published is not { } expected || expected == counted
        || Fail(rowPath + ".seats", string.Create(CultureInfo.InvariantCulture, $"The composition gives {who} {counted} {what} from election '{election.Id}', but the election's result gives {expected}; make the rows agree with the published result."));
}

using CsCheck;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>CsCheck generators of valid-structure compositions: every seat source, chamber, end reason, and awkward text.</summary>
internal static class CompositionGenerators
{
    private static readonly LocalDate Epoch = new(1985, 1, 1);

    // Quotes, backslashes, control characters, Cyrillic, Kazakh letters and a surrogate pair: everything the writer must escape or keep.
    private static readonly Gen<char> TextChar = Gen.Char["abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789-'\"\\/<>&\t\n\u0001АБВГДабвгдӘәІіҢңҒғҮүҰұҚқӨөҺһé"];

    public static readonly Gen<string> Text =
        Gen.String[TextChar, 1, 24].Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(Gen.Bool, (s, emoji) => emoji ? s + "\U0001F600" : s);

    public static readonly Gen<LocalDate> Date = Gen.Int[0, 60 * 365].Select(d => Epoch.PlusDays(d));

    public static readonly Gen<LocalizedName> Name =
        Gen.Select(Text, Text.Null(), Text.Null(), Text.Null(), Text.Array[0, 3], (en, ru, kk, latn, alts) => new LocalizedName(en, ru, kk, latn, alts));

    public static readonly Gen<Deputy> Deputy =
        Gen.Select(Text, Name, Date.Nullable(), (id, name, birth) => new Deputy(id, name, birth));

    public static readonly Gen<Mandate> Mandate =
        Gen.Select(
            Deputy,
            Gen.Enum<ChamberKind>(),
            Gen.Enum<SeatSource>(),
            Date,
            Gen.Int[1, 4000].Nullable(),
            Gen.Enum<MandateEndReason>().Nullable(),
            Gen.Select(Text.Null(), Gen.Int[0, 1000].Nullable(), Text.Null()),
            (deputy, chamber, source, start, length, reason, seat) =>
            {
                LocalDate? end = length is { } l ? start.PlusDays(l) : null;
                return new Mandate(deputy, chamber, source, start, end, end is null ? null : reason, seat.Item1, seat.Item2, seat.Item3);
            });

    public static readonly Gen<ChamberComposition> Composition =
        Gen.Select(Gen.Enum<ChamberKind>(), Date, Mandate.List[0, 30], Gen.Int[1, 40].Nullable(), (kind, date, mandates, convocation) => Build(kind, date, mandates, convocation));

    public static readonly Gen<Parliament> Parliament =
        Gen.Select(Date, Gen.Bool.Array[4], Mandate.List[0, 12].Array[4], Gen.Int[1, 40].Nullable().Array[5], (date, present, mandates, convocations) =>
            new Parliament(
                date,
                Enum.GetValues<ChamberKind>().Where((_, i) => present[i]).Select(k => Build(k, date, mandates[(int)k], convocations[(int)k])),
                convocations[4]));

    public static ChamberComposition Build(ChamberKind kind, LocalDate date, IEnumerable<Mandate> mandates, int? convocation) => kind switch
    {
        ChamberKind.Senate => new Senate(date, mandates, convocation),
        ChamberKind.Mazhilis => new Mazhilis(date, mandates, convocation),
        ChamberKind.Kurultai => new Kurultai(date, mandates, convocation),
        _ => new SupremeCouncil(date, mandates, convocation),
    };

    /// <summary>A realistic Senate and Mazhilis built from the embedded history: regions, parties and districts that exist.</summary>
    public static Parliament RealisticParliament(LegislativeHistory history, LocalDate date, int senators = 50, int deputies = 98)
    {
        var regions = history.RegionsOn(date);
        var parties = history.Parties.Take(6).ToList();
        var senate = new List<Mandate>();
        for (var i = 0; i < senators; i++)
        {
            var deputy = new Deputy($"senator-{i + 1}", new LocalizedName($"Senator {i + 1}", $"Сенатор {i + 1}", $"Сенатор {i + 1}", $"Senator {i + 1}"), new LocalDate(1960, 1, 1).PlusDays(i * 37));
            senate.Add(i < regions.Count * 2
                ? new Mandate(deputy, ChamberKind.Senate, SeatSource.ElectedByMaslikhats, new LocalDate(2023, 1, 25), i % 5 == 0 ? new LocalDate(2029, 1, 25) : null, i % 5 == 0 ? MandateEndReason.TermExpiry : null, regions[i / 2].Id)
                : new Mandate(deputy, ChamberKind.Senate, i % 2 == 0 ? SeatSource.AppointedByPresident : SeatSource.AppointedByPresidentOnAssemblyProposal, new LocalDate(2023, 1, 24)));
        }

        var mazhilis = new List<Mandate>();
        for (var i = 0; i < deputies; i++)
        {
            var deputy = new Deputy($"deputy-{i + 1}", new LocalizedName($"Deputy {i + 1}", alternatives: [$"Депутат {i + 1}"]));
            mazhilis.Add(i < 69
                ? new Mandate(deputy, ChamberKind.Mazhilis, SeatSource.PartyList, new LocalDate(2023, 3, 29), partyId: parties[i % parties.Count].Id)
                : new Mandate(deputy, ChamberKind.Mazhilis, SeatSource.SingleMemberDistrict, new LocalDate(2023, 3, 29), regionId: regions[i % regions.Count].Id, district: i - 68, partyId: i % 3 == 0 ? null : parties[0].Id));
        }

        return Legislature.Parliament.FromChambers(new Senate(date, senate, 8), new Mazhilis(date, mazhilis, 8), 8);
    }
}

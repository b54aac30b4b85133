using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Kz.Legislature.History;
using Kz.Legislature.Serialization;
using Kz.Legislature.Validation;
using NodaTime;
using NodaTime.Text;

namespace Kz.Legislature.Benchmarks;

/// <summary>
/// Reading a full 148-mandate Parliament (50 senators, 98 Mazhilis deputies): a hand-written <see cref="Utf8JsonReader"/>
/// loop that builds the same records without any checks (the baseline) against <see cref="CompositionJson"/>'s strict,
/// source-generated reader, alone and followed by validation with <see cref="ParliamentValidator"/>.
/// Run: <c>dotnet run -c Release --project benchmarks/Kz.Legislature.Benchmarks -- --filter '*JsonBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private static readonly LocalDate Day = new(2024, 1, 1);

    private byte[] json = [];

    private readonly ParliamentValidator validator = new(LegislativeHistory.Kazakhstan);

    [GlobalSetup]
    public void Setup()
    {
        json = Encoding.UTF8.GetBytes(CompositionJson.WriteToString(FullParliament(LegislativeHistory.Kazakhstan, Day)));
        var a = HandWritten.ReadParliament(json);
        var b = CompositionJson.ReadParliament(json);
        if (!a.Equals(b) || b.Chambers.Sum(c => c.SeatCount) != 148)
        {
            throw new InvalidOperationException("The baseline and the library read different parliaments.");
        }
    }

    [Benchmark(Baseline = true)]
    public Parliament HandWrittenUtf8JsonReader() => HandWritten.ReadParliament(json);

    [Benchmark]
    public Parliament CompositionJsonRead() => CompositionJson.ReadParliament(json);

    [Benchmark]
    public FluentValidation.Results.ValidationResult CompositionJsonReadAndValidate() =>
        validator.Validate(CompositionJson.ReadParliament(new MemoryStream(json, writable: false)));

    /// <summary>The Parliament on <paramref name="date"/> with every seat filled: 2 senators per region, appointed senators, list and district deputies.</summary>
    public static Parliament FullParliament(LegislativeHistory history, LocalDate date, int copies = 1)
    {
        var regions = history.RegionsOn(date);
        var parties = history.Parties.Take(6).ToList();
        var senate = new List<Mandate>();
        var mazhilis = new List<Mandate>();
        for (var copy = 0; copy < copies; copy++)
        {
            for (var i = 0; i < 50; i++)
            {
                var deputy = new Deputy($"s-{copy}-{i}", new LocalizedName($"Senator {i}", $"Сенатор {i}", $"Сенатор {i}", $"Senator {i}"), new LocalDate(1960, 1, 1).PlusDays(i * 97));
                senate.Add(i < regions.Count * 2
                    ? new Mandate(deputy, ChamberKind.Senate, SeatSource.ElectedByMaslikhats, new LocalDate(2023, 1, 25), new LocalDate(2029, 1, 25), MandateEndReason.TermExpiry, regions[i / 2].Id)
                    : new Mandate(deputy, ChamberKind.Senate, i % 2 == 0 ? SeatSource.AppointedByPresident : SeatSource.AppointedByPresidentOnAssemblyProposal, new LocalDate(2023, 1, 24)));
            }

            for (var i = 0; i < 98; i++)
            {
                var deputy = new Deputy($"m-{copy}-{i}", new LocalizedName($"Deputy {i}", $"Депутат {i}", $"Депутат {i}", $"Depýtat {i}"));
                mazhilis.Add(i < 69
                    ? new Mandate(deputy, ChamberKind.Mazhilis, SeatSource.PartyList, new LocalDate(2023, 3, 29), partyId: parties[i % parties.Count].Id)
                    : new Mandate(deputy, ChamberKind.Mazhilis, SeatSource.SingleMemberDistrict, new LocalDate(2023, 3, 29), regionId: regions[i % regions.Count].Id, district: i - 68));
            }
        }

        return Parliament.FromChambers(new Senate(date, senate, 8), new Mazhilis(date, mazhilis, 8), 8);
    }

    /// <summary>The baseline: a direct Utf8JsonReader loop over the documented format, trusting its input (no unknown-property, duplicate or depth checks).</summary>
    private static class HandWritten
    {
        public static Parliament ReadParliament(ReadOnlySpan<byte> utf8)
        {
            var reader = new Utf8JsonReader(utf8);
            reader.Read();
            LocalDate date = default;
            int? convocation = null;
            var chambers = new List<(string Kind, int? Convocation, List<Mandate> Mandates)>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("date"u8))
                {
                    reader.Read();
                    date = Date(ref reader);
                }
                else if (reader.ValueTextEquals("convocation"u8))
                {
                    reader.Read();
                    convocation = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();
                }
                else if (reader.ValueTextEquals("chambers"u8))
                {
                    reader.Read();
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    {
                        chambers.Add(ReadChamber(ref reader));
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            return new Parliament(date, chambers.Select(c => (ChamberComposition)(c.Kind switch
            {
                "senate" => new Senate(date, c.Mandates, c.Convocation),
                "mazhilis" => new Mazhilis(date, c.Mandates, c.Convocation),
                "kurultai" => new Kurultai(date, c.Mandates, c.Convocation),
                _ => new SupremeCouncil(date, c.Mandates, c.Convocation),
            })), convocation);
        }

        private static (string, int?, List<Mandate>) ReadChamber(ref Utf8JsonReader reader)
        {
            string kind = "";
            int? convocation = null;
            var mandates = new List<Mandate>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("kind"u8))
                {
                    reader.Read();
                    kind = reader.GetString()!;
                }
                else if (reader.ValueTextEquals("convocation"u8))
                {
                    reader.Read();
                    convocation = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();
                }
                else
                {
                    reader.Read();
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    {
                        mandates.Add(ReadMandate(ref reader));
                    }
                }
            }

            return (kind, convocation, mandates);
        }

        private static Mandate ReadMandate(ref Utf8JsonReader reader)
        {
            Deputy? deputy = null;
            ChamberKind chamber = default;
            SeatSource source = default;
            LocalDate start = default;
            LocalDate? end = null;
            MandateEndReason? reason = null;
            string? region = null, party = null;
            int? district = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "deputy": deputy = ReadDeputy(ref reader); break;
                    case "chamber": chamber = Enum.Parse<ChamberKind>(reader.GetString()!, ignoreCase: true); break;
                    case "source": source = Enum.Parse<SeatSource>(reader.GetString()!, ignoreCase: true); break;
                    case "start": start = Date(ref reader); break;
                    case "end": end = Date(ref reader); break;
                    case "endReason": reason = Enum.Parse<MandateEndReason>(reader.GetString()!, ignoreCase: true); break;
                    case "regionId": region = reader.GetString(); break;
                    case "district": district = reader.GetInt32(); break;
                    case "partyId": party = reader.GetString(); break;
                    default: reader.Skip(); break;
                }
            }

            return new Mandate(deputy!, chamber, source, start, end, reason, region, district, party);
        }

        private static Deputy ReadDeputy(ref Utf8JsonReader reader)
        {
            string id = "";
            LocalizedName? name = null;
            LocalDate? birth = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.GetString();
                reader.Read();
                switch (property)
                {
                    case "id": id = reader.GetString()!; break;
                    case "birthDate": birth = Date(ref reader); break;
                    case "name": name = ReadName(ref reader); break;
                    default: reader.Skip(); break;
                }
            }

            return new Deputy(id, name!, birth);
        }

        private static LocalizedName ReadName(ref Utf8JsonReader reader)
        {
            string en = "";
            string? ru = null, kk = null, latn = null;
            List<string>? alternatives = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.GetString();
                reader.Read();
                switch (property)
                {
                    case "en": en = reader.GetString()!; break;
                    case "ru": ru = reader.GetString(); break;
                    case "kk": kk = reader.GetString(); break;
                    case "kkLatn": latn = reader.GetString(); break;
                    case "alternatives":
                        alternatives = [];
                        while (reader.Read() && reader.TokenType == JsonTokenType.String)
                        {
                            alternatives.Add(reader.GetString()!);
                        }

                        break;
                    default: reader.Skip(); break;
                }
            }

            return new LocalizedName(en, ru, kk, latn, alternatives);
        }

        private static LocalDate Date(ref Utf8JsonReader reader) => LocalDatePattern.Iso.Parse(reader.GetString()!).Value;
    }
}

/// <summary>
/// Popolo export: the whole history (the baseline), and the history with a Parliament of 148, 1,480 and 14,800
/// mandates, to show the cost grows linearly with the size of what is exported.
/// </summary>
[MemoryDiagnoser]
public class PopoloExportBenchmarks
{
    private LegislativeHistory history = null!;
    private Parliament parliament = null!;

    [Params(1, 10, 100)]
    public int ParliamentCopies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        history = LegislativeHistory.Kazakhstan;
        parliament = JsonBenchmarks.FullParliament(history, new LocalDate(2024, 1, 1), ParliamentCopies);
    }

    [Benchmark(Baseline = true)]
    public string ExportHistory() => PopoloExporter.Export(history);

    [Benchmark]
    public string ExportHistoryWithParliament() => PopoloExporter.Export(parliament, history);
}

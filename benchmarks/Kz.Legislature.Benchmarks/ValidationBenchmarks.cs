using BenchmarkDotNet.Attributes;
using Kz.Legislature.History;
using Kz.Legislature.Testing;
using Kz.Legislature.Validation;
using NodaTime;

namespace Kz.Legislature.Benchmarks;

/// <summary>
/// Validating a full 2024 Parliament (50 senators + 98 deputies = 148 mandates) with <see cref="ParliamentValidator"/>
/// against a hand-written imperative check of the same rules (the baseline). Target: within 1.5× of the baseline;
/// bytes allocated are reported.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private static readonly LegislativeHistory History = LegislativeHistory.Kazakhstan;
    private static readonly LocalDate Date = new(2024, 1, 1);
    private readonly ParliamentValidator validator = new(History);
    private Parliament parliament = null!;

    [GlobalSetup]
    public void Setup()
    {
        parliament = ValidCompositions.ParliamentOn(Date);
        if (parliament.Chambers.Sum(c => c.SeatCount) != 148)
        {
            throw new InvalidOperationException("The benchmark expects the 148-mandate Parliament of 2024.");
        }
    }

    /// <summary>The baseline: the same seat, region, district, duplicate, term and age rules, written as plain loops.</summary>
    [Benchmark(Baseline = true)]
    public int HandWrittenChecks() => ImperativeCheck(parliament);

    [Benchmark]
    public int ParliamentValidator() => validator.Validate(parliament).Errors.Count;

    private static int ImperativeCheck(Parliament p)
    {
        var failures = 0;
        var sitting = History.SittingOn(p.Date);
        var people = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chamber in p.Chambers)
        {
            var rules = sitting.Chamber(chamber.Kind)?.HeldTo ?? History.RulesOn(p.Date).TryGetChamber(chamber.Kind);
            if (rules is null)
            {
                failures++;
                continue;
            }

            if (chamber.SeatCount != rules.StatutorySeats)
            {
                failures++;
            }

            foreach (var allotment in rules.SeatPlan)
            {
                if (chamber.CountBySource(allotment.Source) != allotment.Seats)
                {
                    failures++;
                }
            }

            var perRegion = new Dictionary<string, int>(StringComparer.Ordinal);
            var districts = new HashSet<int>();
            var inChamber = new HashSet<string>(StringComparer.Ordinal);
            var districtSeats = rules.SeatsFor(SeatSource.SingleMemberDistrict);
            foreach (var m in chamber.Mandates)
            {
                if (!inChamber.Add(m.Deputy.Id) || !people.Add(m.Deputy.Id))
                {
                    failures++;
                }

                if (m.Chamber != chamber.Kind || !m.IsActiveOn(p.Date))
                {
                    failures++;
                }

                switch (m.Source)
                {
                    case SeatSource.ElectedByMaslikhats when m.RegionId is { } region:
                        perRegion[region] = perRegion.GetValueOrDefault(region) + 1;
                        break;
                    case SeatSource.SingleMemberDistrict when m.District is not { } d || d < 1 || d > districtSeats || !districts.Add(d):
                        failures++;
                        break;
                    case SeatSource.PartyList when m.PartyId is null:
                        failures++;
                        break;
                }

                if (rules.TermLength is { } term && m.End is { } end && end > m.Start.Plus(term))
                {
                    failures++;
                }

                if (rules.MinimumAge is { } age && m.Deputy.AgeOn(m.Start) is { } actual && actual < age)
                {
                    failures++;
                }
            }

            if (rules.AllotmentFor(SeatSource.ElectedByMaslikhats) is { SeatsPerRegion: { } per })
            {
                foreach (var region in History.RegionsOn(p.Date))
                {
                    if (perRegion.GetValueOrDefault(region.Id) != per)
                    {
                        failures++;
                    }
                }
            }
        }

        return failures;
    }
}

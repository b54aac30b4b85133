using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using Kz.Legislature.Procedure;
using Kz.Legislature.Testing;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

/// <summary>
/// The shape every failure has, checked on a battery of broken compositions, parliaments and party lists that between them
/// raise most codes: each message is complete in English, Russian and Kazakh (no placeholder left unfilled), the placeholder
/// values are exactly the template's, the severity is the code's, and the property path names a real property of what was
/// validated, so an application can highlight it.
/// </summary>
public sealed partial class ValidationMessagesTests
{
    private static readonly string[] Cultures = ["en-US", "ru-RU", "kk-KZ"];

    [Fact]
    public void every_failure_has_a_complete_message_its_templates_placeholders_its_codes_severity_and_a_real_property_path()
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var culture in Cultures)
        {
            using var scope = new CultureScope(culture);
            foreach (var (subject, result) in Results())
            {
                foreach (var failure in result.Errors)
                {
                    var context = $"{failure.ErrorCode} at '{failure.PropertyName}' in {culture} for {subject}: {failure.ErrorMessage}";
                    seen.Add(failure.ErrorCode);
                    failure.ErrorMessage.Should().NotContainAny(["{", "}"], context);
                    failure.FormattedMessagePlaceholderValues.Keys.Should().BeEquivalentTo(FailureShapePlaceholders(failure.ErrorCode, culture), context);
                    failure.Severity.Should().Be(MessageCatalog.SeverityOf(failure.ErrorCode), context);
                    Resolves(subject, failure.PropertyName).Should().BeTrue(context);
                    // Before the history's coverage there is no instrument to cite.
                    var day = subject is Mandate mandate ? mandate.Start : (LocalDate)subject.GetType().GetProperty("Date")!.GetValue(subject)!;
                    var covered = day >= ChamberCases.History.CoverageStart;
                    if (covered && failure.ErrorCode != ValidationCodes.DateBeforeCoverage)
                    {
                        failure.CustomState.Should().BeOfType<Citation>(context);
                    }
                }
            }
        }

        // The battery reaches every code but the null instance, checked elsewhere.
        seen.Should().BeEquivalentTo(ValidationCodes.All.Where(c => c != ValidationCodes.NullInstance));
    }

    private static IEnumerable<(object Subject, ValidationResult Result)> Results()
    {
        foreach (var (kind, date) in new[]
                 {
                     (ChamberKind.Senate, "2010-06-01"), (ChamberKind.Senate, "2024-01-01"), (ChamberKind.Mazhilis, "2005-01-01"),
                     (ChamberKind.Mazhilis, "2024-01-01"), (ChamberKind.SupremeCouncil, "1994-06-01"),
                 })
        {
            foreach (var broken in Broken(Valid(kind, Date(date))))
            {
                yield return (broken, Validate(broken));
            }
        }

        var parliament = ValidCompositions.ParliamentOn(Date("2024-01-01"));
        var senator = parliament.Senate!.Mandates[0];
        var validator = new ParliamentValidator();
        Parliament[] parliaments =
        [
            new(parliament.Date, [parliament.Senate!], 8),
            new(parliament.Date, [parliament.Senate!, parliament.Mazhilis!.WithMandateAt(0, parliament.Mazhilis!.Mandates[0].WithDeputy(senator.Deputy))], 8),
            new(parliament.Date, parliament.Chambers, 7),
            new(Date("1980-01-01"), [], null),
        ];
        foreach (var p in parliaments)
        {
            yield return (p, validator.Validate(p));
        }

        // A mandate that starts before its region existed, before its chamber was formed, or that ends for a stated reason
        // after its chamber's end.
        var senate2024 = ValidCompositions.SenateOn(Date("2024-01-01"));
        var newest = senate2024.Mandates.Where(x => x.RegionId is not null).MaxBy(x => ChamberCases.History.FindRegion(x.RegionId)!.Period.Start)!;
        var beforeRegion = newest.WithTerm(ChamberCases.History.FindRegion(newest.RegionId)!.Period.Start.PlusDays(-1), null);
        yield return (beforeRegion, new MandateValidator().Validate(beforeRegion));
        var beforeFormation = new Mandate(new Deputy("d-k", "Deputy K"), ChamberKind.Kurultai, SeatSource.PartyList, Date("2026-07-15"), partyId: ValidCompositions.SyntheticPartyId);
        yield return (beforeFormation, new MandateValidator().Validate(beforeFormation));
        var resignedLate = senate2024.Mandates[0].WithEnd(Date("2026-07-02"), MandateEndReason.Resignation);
        yield return (resignedLate, new MandateValidator().Validate(resignedLate));

        // A mandate validated on its own is also checked against the sources of its chamber on its first day.
        var misSourced = ValidCompositions.SenateOn(Date("2024-01-01")).Mandates[0].WithSource(SeatSource.PartyList);
        yield return (misSourced, new MandateValidator().Validate(misSourced));

        var list = new PartyList("amanat", ChamberKind.Mazhilis, Date("2023-02-01"), Enumerable.Range(0, 10).Select(i => new PartyListCandidate(i < 2 ? "same" : $"c{i}")));
        yield return (list, new PartyListValidator().Validate(list));
        var empty = new PartyList("amanat", ChamberKind.Mazhilis, Date("2023-02-01"), []);
        yield return (empty, new PartyListValidator().Validate(empty));
        var senateList = new PartyList("amanat", ChamberKind.Senate, Date("2023-02-01"), [new PartyListCandidate("c0")]);
        yield return (senateList, new PartyListValidator().Validate(senateList));

        // Recorded votes: each division code.
        var divisions = new DivisionValidator();
        var y2024 = Date("2024-01-01");
        Division[] votes =
        [
            new(Date("2026-08-01"), DecisionKind.DelegationOfPowers, [new ChamberVote(ChamberKind.Kurultai, 100, 0)], true),
            new(y2024, DecisionKind.NoConfidence, [new ChamberVote(ChamberKind.Mazhilis, 60, 0), new ChamberVote(ChamberKind.Senate, 40, 0)], true),
            new(y2024, DecisionKind.NoConfidence, [new ChamberVote(ChamberKind.Mazhilis, 90, 9, 0, 99)], true),
            new(y2024, DecisionKind.ConstitutionalLaw, [new ChamberVote(ChamberKind.Mazhilis, 65, 30), new ChamberVote(ChamberKind.Senate, 45, 0)], true),
            new(Date("2026-09-01"), DecisionKind.Law, [new ChamberVote(ChamberKind.Kurultai, 100, 10)], true),
            new(y2024, DecisionKind.NoConfidence, [new ChamberVote(ChamberKind.Mazhilis, 60, 0), new ChamberVote(ChamberKind.Mazhilis, 61, 0)], true),
            new(y2024, DecisionKind.ConstitutionalAmendment, [new ChamberVote(ChamberKind.Mazhilis, 90, 0)], true),
        ];
        foreach (var d in votes)
        {
            yield return (d, divisions.Validate(d));
        }
    }

    /// <summary>One broken variant per rule: seat counts, sources, regions, districts, parties, mandates, dates and convocations.</summary>
    private static IEnumerable<ChamberComposition> Broken(ChamberComposition valid)
    {
        var date = valid.Date;
        var mandates = valid.Mandates;
        yield return WithoutOneSeat(valid);
        yield return WithOneSeatMore(valid).Composition;
        yield return WithOneSeatMisSourced(valid);
        yield return valid.Rebuild(date, [], null);
        yield return valid.WithDate(Date("1980-01-01"));
        yield return valid.WithDate(Date("2026-11-01"));
        yield return valid.Rebuild(date, mandates, 99);

        var m = mandates[0];
        yield return valid.WithMandateAt(0, m.WithDeputy(m.Deputy.WithBirthDate(m.Start.PlusYears(-18))));
        yield return valid.WithMandateAt(0, m.WithDeputy(m.Deputy.WithBirthDate(m.Start.PlusDays(1))));
        yield return valid.WithMandateAt(0, m.WithTerm(m.Start, m.Start.PlusYears(9)));
        yield return valid.WithMandateAt(0, m.WithTerm(m.Start, date.PlusDays(1)));
        yield return valid.WithMandateAt(0, m.WithTerm(date.PlusDays(1), null));
        yield return valid.WithMandateAt(0, m.WithChamber(valid.Kind == ChamberKind.Senate ? ChamberKind.Mazhilis : ChamberKind.Senate));
        yield return valid.WithMandateAt(1, mandates[1].WithDeputy(m.Deputy));
        yield return valid.WithMandateAt(0, m.WithTerm(Date("1985-01-01"), null));

        if (mandates.Where(x => x.Source == SeatSource.ElectedByMaslikhats && x.RegionId is not null).GroupBy(x => x.RegionId).FirstOrDefault(g => g.Count() == 2) is { } pair)
        {
            // Both senators of a region in one renewal cohort.
            var (first, second) = (pair.First(), pair.Last());
            var index = mandates.ToList().IndexOf(second);
            yield return valid.WithMandateAt(index, second.WithTerm(first.Start, first.End));
        }

        foreach (var (i, seat) in mandates.Select((s, i) => (i, s)))
        {
            switch (seat.Source)
            {
                case SeatSource.ElectedByMaslikhats when seat.RegionId is not null && i == mandates.ToList().FindIndex(x => x.Source == seat.Source):
                    yield return valid.WithMandateAt(i, seat.WithSeat(null, null, null));
                    yield return valid.WithMandateAt(i, seat.WithSeat("atlantis", null, null));
                    yield return valid.WithMandateAt(i, seat.WithSeat(mandates.First(x => x.RegionId is not null && x.RegionId != seat.RegionId).RegionId, null, null));
                    break;
                case SeatSource.SingleMemberDistrict when i == mandates.ToList().FindIndex(x => x.Source == seat.Source):
                    yield return valid.WithMandateAt(i, seat.WithSeat(seat.RegionId, null, seat.PartyId));
                    yield return valid.WithMandateAt(i, seat.WithSeat(seat.RegionId, 999, seat.PartyId));
                    yield return valid.WithMandateAt(i + 1, mandates[i + 1].WithSeat(mandates[i + 1].RegionId, seat.District, mandates[i + 1].PartyId));
                    break;
                case SeatSource.PartyList when i == mandates.ToList().FindIndex(x => x.Source == seat.Source):
                    yield return valid.WithMandateAt(i, seat.WithSeat(seat.RegionId, seat.District, null));
                    break;
            }
        }
    }

    private static IEnumerable<string> FailureShapePlaceholders(string code, string culture) =>
        ValidationMessagesTests.Placeholders(ValidationMessages.GetTemplate(code, CultureInfo.GetCultureInfo(culture)));

    /// <summary>Follows a FluentValidation property path (<c>Senate.Mandates[3].Deputy.BirthDate</c>) through public properties.</summary>
    private static bool Resolves(object subject, string path)
    {
        if (path.Length == 0)
        {
            return false;
        }

        object? current = subject;
        foreach (Match segment in PathSegment().Matches(path))
        {
            if (current is null || current.GetType().GetProperty(segment.Groups["name"].Value) is not { } property)
            {
                return false;
            }

            current = property.GetValue(current);
            if (segment.Groups["index"].Success)
            {
                var index = int.Parse(segment.Groups["index"].Value, CultureInfo.InvariantCulture);
                if (current is not IEnumerable items || items.Cast<object>().ElementAtOrDefault(index) is not { } item)
                {
                    return false;
                }

                current = item;
            }
        }

        return true;
    }

    [GeneratedRegex(@"(?<name>\w+)(\[(?<index>\d+)\])?")]
    private static partial Regex PathSegment();
}

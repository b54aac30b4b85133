using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using FluentValidation;
using FluentValidation.Results;
using Kz.Legislature.History;
using Kz.Legislature.Testing;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

/// <summary>The validators as FluentValidation users know them: rule sets, a descriptor, a dispatching validator, no static caches.</summary>
public sealed class ValidatorConventionsTests
{
    private static LegislativeHistory History => SessionHistory.Current;

    /// <summary>The rule set of each code, as docs/validation-codes.md gives it ("every" for the verdicts shared by all).</summary>
    private static readonly Dictionary<string, string> RuleSetOf = new(StringComparer.Ordinal)
    {
        [ValidationCodes.NullInstance] = "every",
        [ValidationCodes.DateBeforeCoverage] = "every",
        [ValidationCodes.ChamberDoesNotExist] = "every",
        [ValidationCodes.SeatTotal] = ValidationRuleSets.Seats,
        [ValidationCodes.SeatsBySource] = ValidationRuleSets.Seats,
        [ValidationCodes.SeatsPerRegion] = ValidationRuleSets.Regions,
        [ValidationCodes.UnknownRegion] = ValidationRuleSets.Regions,
        [ValidationCodes.MissingRegion] = ValidationRuleSets.Regions,
        [ValidationCodes.DistrictOutOfRange] = ValidationRuleSets.Seats,
        [ValidationCodes.MissingDistrict] = ValidationRuleSets.Seats,
        [ValidationCodes.DuplicateDistrict] = ValidationRuleSets.Seats,
        [ValidationCodes.MissingParty] = ValidationRuleSets.Seats,
        [ValidationCodes.WrongChamber] = ValidationRuleSets.Structure,
        [ValidationCodes.MandateNotActive] = ValidationRuleSets.Structure,
        [ValidationCodes.DuplicateDeputy] = ValidationRuleSets.Structure,
        [ValidationCodes.EmptyComposition] = ValidationRuleSets.Structure,
        [ValidationCodes.ConvocationMismatch] = ValidationRuleSets.Structure,
        [ValidationCodes.TermTooLong] = ValidationRuleSets.Mandates,
        [ValidationCodes.EarlyEndWithoutReason] = ValidationRuleSets.Mandates,
        [ValidationCodes.ChamberNotExistingAtStart] = ValidationRuleSets.Mandates,
        [ValidationCodes.BeyondChamberExistence] = ValidationRuleSets.Mandates,
        [ValidationCodes.BelowMinimumAge] = ValidationRuleSets.Mandates,
        [ValidationCodes.SourceNotAllowed] = ValidationRuleSets.Mandates,
        [ValidationCodes.SameRenewalCohort] = ValidationRuleSets.Regions,
        [ValidationCodes.RegionNotExistingAtStart] = ValidationRuleSets.Mandates,
        [ValidationCodes.StartBeforeChamberFormed] = ValidationRuleSets.Mandates,
        [ValidationCodes.BornAfterStart] = ValidationRuleSets.Mandates,
        [ValidationCodes.ChambersMismatch] = ValidationRuleSets.Structure,
        [ValidationCodes.MemberOfBothChambers] = ValidationRuleSets.Structure,
        [ValidationCodes.ParliamentConvocationMismatch] = ValidationRuleSets.Structure,
        [ValidationCodes.ListQuotaNotMet] = "every",
        [ValidationCodes.NoPartyListSeats] = "every",
        [ValidationCodes.DuplicateCandidate] = "every",
        [ValidationCodes.EmptyList] = "every",
        [ValidationCodes.DecisionNotOnDate] = "every",
        [ValidationCodes.ChamberTakesNoPart] = "every",
        [ValidationCodes.CountsExceedSeats] = "every",
        [ValidationCodes.ResultMismatch] = "every",
        [ValidationCodes.ResultUnknown] = "every",
        [ValidationCodes.DuplicateChamberVote] = "every",
        [ValidationCodes.MissingChamberVote] = "every",
    };

    public static TheoryData<string> RuleSets => new(ValidationRuleSets.All);

    [Fact]
    public void the_catalogue_gives_each_code_the_rule_set_its_rule_runs_in()
    {
        ValidationCodesTests.CatalogueRows().ToDictionary(r => r[0], r => r[2], StringComparer.Ordinal).Should().Equal(RuleSetOf);
    }

    [Fact]
    public void the_rule_set_names_are_the_four_documented_ones()
    {
        ValidationRuleSets.All.Should().Equal("structure", "seats", "regions", "mandates");
    }

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void a_rule_set_runs_exactly_the_rules_of_its_codes_and_the_default_runs_them_all(string ruleSet)
    {
        foreach (var composition in BrokenCompositions())
        {
            var all = Validate(composition).Errors;
            all.Select(f => f.ErrorCode).Distinct().Should().HaveCountGreaterThan(3, "the case breaks rules of several rule sets");

            var selected = new ChamberCompositionValidator(History).Validate(composition, o => o.IncludeRuleSets(ruleSet)).Errors;

            Describe(selected).Should().Equal(Describe(all.Where(f => RuleSetOf[f.ErrorCode] == ruleSet)), $"{composition.Kind} under '{ruleSet}'");
        }
    }

    [Fact]
    public void the_default_rule_set_and_rules_not_in_a_rule_set_run_every_rule_in_the_usual_order()
    {
        foreach (var composition in BrokenCompositions())
        {
            var validator = new ChamberCompositionValidator(History);
            var all = Describe(Validate(composition).Errors);

            Describe(validator.Validate(composition).Errors).Should().Equal(all);
            Describe(validator.Validate(composition, o => o.IncludeRulesNotInRuleSet()).Errors).Should().Equal(all);
            Describe(validator.Validate(composition, o => o.IncludeRuleSets(ValidationRuleSets.All.ToArray())).Errors).Should().Equal(all);
        }
    }

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void the_existence_verdict_belongs_to_every_rule_set(string ruleSet)
    {
        var early = new Senate(Date("1990-01-01"), []);
        var gone = ValidCompositions.SenateOn(Date("2024-01-01"), History).WithDate(Date("2026-07-01"));

        new SenateValidator(History).Validate(early, o => o.IncludeRuleSets(ruleSet)).Errors.Select(f => f.ErrorCode)
            .Should().Contain(ValidationCodes.DateBeforeCoverage);
        new SenateValidator(History).Validate(gone, o => o.IncludeRuleSets(ruleSet)).Errors.Select(f => f.ErrorCode)
            .Should().Contain(ValidationCodes.ChamberDoesNotExist);
        new ParliamentValidator(History).Validate(new Parliament(Date("1990-01-01"), []), o => o.IncludeRuleSets(ruleSet)).Errors
            .Select(f => f.ErrorCode).Should().Equal(ValidationCodes.DateBeforeCoverage);
        new MandateValidator(History).Validate(Mandate().WithTerm(Date("1980-01-01"), null), o => o.IncludeRuleSets(ruleSet))
            .Errors.Select(f => f.ErrorCode).Should().Equal(ValidationCodes.DateBeforeCoverage);
    }

    [Fact]
    public void a_parliament_passes_the_rule_set_selection_on_to_its_chambers()
    {
        var parliament = ValidCompositions.ParliamentOn(Date("2024-01-01"), History);
        var (senate, _) = WithOneSeatMore(parliament.Senate!);
        var broken = new Parliament(parliament.Date, [senate, parliament.Mazhilis!.WithMandate(senate.Mandates[^1].WithChamber(ChamberKind.Mazhilis))]);
        var validator = new ParliamentValidator(History);

        var all = validator.Validate(broken).Errors;
        var seats = validator.Validate(broken, o => o.IncludeRuleSets(ValidationRuleSets.Seats)).Errors;
        var structure = validator.Validate(broken, o => o.IncludeRuleSets(ValidationRuleSets.Structure)).Errors;

        all.Select(f => f.ErrorCode).Should().Contain([ValidationCodes.SeatTotal, ValidationCodes.MemberOfBothChambers]);
        seats.Should().Contain(f => f.ErrorCode == ValidationCodes.SeatTotal && f.PropertyName == "Senate.Mandates");
        seats.Select(f => RuleSetOf[f.ErrorCode]).Should().OnlyContain(s => s == ValidationRuleSets.Seats);
        structure.Select(f => f.ErrorCode).Should().Contain(ValidationCodes.MemberOfBothChambers).And.NotContain(ValidationCodes.SeatTotal);
        structure.Select(f => RuleSetOf[f.ErrorCode]).Should().OnlyContain(s => s == ValidationRuleSets.Structure);
    }

    [Fact]
    public void the_descriptor_lists_the_rules_of_each_rule_set()
    {
        var descriptor = (ValidatorDescriptor<Senate>)new SenateValidator(History).CreateDescriptor();

        var byRuleSet = descriptor.GetRulesByRuleset().ToDictionary(r => r.Name, r => r.Rules.Count(), StringComparer.Ordinal);

        byRuleSet.Keys.Should().Contain(ValidationRuleSets.All).And.Contain("default");
        byRuleSet["default"].Should().Be(byRuleSet.Values.Max(), "every rule is in the default rule set");
        descriptor.GetMembersWithValidators().Select(g => g.Key).Should().Contain(nameof(Senate.Mandates));
    }

    public static TheoryData<string> Kinds => new(Enum.GetNames<ChamberKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void the_composition_validator_gives_exactly_the_failures_of_the_chamber_validator(string kindName)
    {
        var kind = Enum.Parse<ChamberKind>(kindName);
        var dates = DatesFor(kind).Select(row => row.Data).ToList();
        dates.Should().NotBeEmpty();
        var validator = new ChamberCompositionValidator(History, ValidationOptions.AllowingVacancies);
        foreach (var iso in dates)
        {
            var valid = Valid(kind, Date(iso));
            var (broken, _) = WithOneSeatMore(valid);
            foreach (var composition in new[] { valid, broken, WithoutOneSeat(valid) })
            {
                Describe(validator.Validate(composition).Errors).Should().Equal(Describe(Validate(composition, ValidationOptions.AllowingVacancies).Errors), $"{kind} on {iso}");
            }

            Describe(validator.Validate(broken).Errors).Should().NotBeEmpty();
        }
    }

    [Fact]
    public void the_composition_validator_rejects_null_with_a_named_subject()
    {
        var failure = new ChamberCompositionValidator(History).Validate((ChamberComposition)null!).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ValidationCodes.NullInstance);
        failure.ErrorMessage.Should().Be("No chamber composition was given to validate.");
    }

    [Fact]
    public void the_composition_validator_takes_the_options_of_its_chambers()
    {
        var senate = WithoutOneSeat(ValidCompositions.SenateOn(Date("2024-01-01"), History));

        new ChamberCompositionValidator(History).Validate(senate).Errors.Select(f => f.ErrorCode).Should().Contain(ValidationCodes.SeatTotal);
        new ChamberCompositionValidator(History, ValidationOptions.AllowingVacancies).Validate(senate).Errors.Should().BeEmpty();
    }

    [Fact]
    public void no_static_field_of_the_library_holds_a_cache()
    {
        var caches = new[] { typeof(ConditionalWeakTable<,>), typeof(ConcurrentDictionary<,>) };
        var offending = typeof(LegislativeHistory).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly).Select(f => (t, f)))
            .Where(x => x.f.FieldType.IsGenericType && caches.Contains(x.f.FieldType.GetGenericTypeDefinition()))
            .Select(x => $"{x.t.FullName}.{x.f.Name}")
            .ToList();

        offending.Should().BeEmpty();
    }

    [Fact]
    public void two_histories_keep_their_own_answers()
    {
        var a = LegislativeHistory.Load(new MemoryStream(DatasetBytes()), "a.json");
        var b = LegislativeHistory.Load(new MemoryStream(DatasetBytes()), "b.json");
        var date = Date("2024-01-01");

        a.HeldTo(ChamberKind.Senate, date).Should().BeSameAs(a.HeldTo(ChamberKind.Senate, date));
        b.HeldTo(ChamberKind.Senate, date).Should().NotBeSameAs(a.HeldTo(ChamberKind.Senate, date));
        b.HeldTo(ChamberKind.Senate, date).Rules.Should().Be(a.HeldTo(ChamberKind.Senate, date).Rules);
    }

    private static byte[] DatasetBytes()
    {
        using var stream = typeof(LegislativeHistory).Assembly.GetManifestResourceStream("Kz.Legislature.Data.kazakhstan.json")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static Mandate Mandate() => ValidCompositions.SenateOn(Date("2024-01-01"), History).Mandates[0];

    /// <summary>Compositions that break rules of every rule set at once: seats, regions, structure and mandates.</summary>
    private static IEnumerable<ChamberComposition> BrokenCompositions()
    {
        var senate = ValidCompositions.SenateOn(Date("2024-01-01"), History);
        var (withExtra, _) = WithOneSeatMore(senate);
        var regional = withExtra.Mandates.ToList().FindIndex(m => m.RegionId is not null);
        var plain = PlainSeatIndex(withExtra);
        var m = withExtra.Mandates[plain];
        yield return withExtra
            .WithMandateAt(regional, withExtra.Mandates[regional].WithSeat(null, null, null))
            .WithMandateAt(plain, m.WithTerm(m.Start, m.Start.PlusYears(9)))
            .WithMandate(senate.Mandates[0]);

        var mazhilis = ValidCompositions.MazhilisOn(Date("2024-01-01"), History);
        var (withDistrict, _) = WithOneSeatMore(mazhilis);
        yield return withDistrict.WithMandate(withDistrict.Mandates[0].WithChamber(ChamberKind.Senate));
    }

    private static List<string> Describe(IEnumerable<ValidationFailure> failures) =>
        failures.Select(f => $"{f.ErrorCode} {f.PropertyName} {f.Severity}: {f.ErrorMessage}").ToList();
}

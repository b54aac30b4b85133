using Kz.Legislature.History;
using Kz.Legislature.Internal;
using Kz.Legislature.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kz.Legislature.Tests.Model;

/// <summary>
/// The short texts of the model and history records, their argument guards naming the right argument, and the
/// value semantics of the internal list type records compare by.
/// </summary>
public sealed class ModelTextAndGuardTests
{
    private static readonly LocalDate Date = new(2024, 1, 1);

    private static readonly Provenance OneSource = new([new SourceReference(new Uri("https://example.org/a"), "A")], Confidence.High);

    private static Mandate Senator(int i) =>
        new(new Deputy($"d-{i:000}", $"Synthetic {i}"), ChamberKind.Senate, SeatSource.ElectedByMaslikhats, new LocalDate(2023, 1, 25), new LocalDate(2029, 1, 25), regionId: "astana");

    /// <summary>The seat-filling bodies name themselves.</summary>
    [Fact]
    public void seat_filling_bodies_have_their_texts()
    {
        President.Instance.ToString().Should().Be("President");
        AssemblyOfPeople.Instance.ToString().Should().Be("AssemblyOfPeople");
        Electorate.Instance.ToString().Should().Be("Electorate");
        PublicOrganizations.Instance.ToString().Should().Be("PublicOrganizations");
        var maslikhat = new Maslikhat("astana");
        maslikhat.ToString().Should().Be("Maslikhat(astana)");
        maslikhat.Name.English.Should().Be("Maslikhat of astana");
        maslikhat.Name.Russian.Should().Be("Маслихат (astana)");
        maslikhat.Name.Kazakh.Should().Be("Мәслихат (astana)");
        maslikhat.Name.KazakhLatin.Should().Be("Mäslihat (astana)");
    }

    /// <summary>Provenance texts count sources in the singular and plural, and a blank note is no note.</summary>
    [Fact]
    public void provenance_texts_and_blank_notes()
    {
        var a = new SourceReference(new Uri("https://example.org/a"), "A");
        var b = new SourceReference(new Uri("https://example.org/b"), "B");
        a.ToString().Should().Be("A (https://example.org/a)");
        new Provenance([a], Confidence.High).ToString().Should().Be("High, 1 source");
        new Provenance([a, b], Confidence.Low).ToString().Should().Be("Low, 2 sources");
        new Provenance([a], Confidence.High, "   ").Note.Should().BeNull();
        new Provenance([a], Confidence.High, "checked").Note.Should().Be("checked");
        new Dated<string>(new Term(Date, null), "x").ToString().Should().Be($"x {new Term(Date, null)}");
    }

    /// <summary>Null arguments are rejected by name.</summary>
    [Fact]
    public void null_arguments_name_themselves()
    {
        FluentActions.Invoking(() => new SourceReference(null!, "A")).Should().Throw<ArgumentNullException>().WithParameterName("url");
        FluentActions.Invoking(() => new Dated<string>(new Term(Date, null), null!)).Should().Throw<ArgumentNullException>().WithParameterName("value");
        FluentActions.Invoking(() => Term.EndFrom(Date, null!)).Should().Throw<ArgumentNullException>().WithParameterName("length");
        FluentActions.Invoking(() => Term.FromDateInterval(null!)).Should().Throw<ArgumentNullException>().WithParameterName("interval");
        FluentActions.Invoking(() => KzLegislatureServiceCollectionExtensions.AddKzLegislatureValidation(null!)).Should().Throw<ArgumentNullException>().WithParameterName("services");
        FluentActions.Invoking(() => KzLegislatureServiceCollectionExtensions.AddKzLegislatureValidation(null!, LegislativeHistory.Kazakhstan)).Should().Throw<ArgumentNullException>().WithParameterName("services");
        FluentActions.Invoking(() => new ServiceCollection().AddKzLegislatureValidation(null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");
    }

    /// <summary>The composition builders reject null arguments by name, before touching the mandates.</summary>
    [Fact]
    public void composition_builders_name_null_arguments()
    {
        var senate = new Senate(Date, [Senator(1), Senator(2)]);
        Senate none = null!;
        FluentActions.Invoking(() => none.WithMandates([Senator(3)])).Should().Throw<ArgumentNullException>().WithParameterName("composition");
        FluentActions.Invoking(() => senate.WithMandates(null!)).Should().Throw<ArgumentNullException>().WithParameterName("mandates");
        FluentActions.Invoking(() => none.WithoutDeputy("d-001")).Should().Throw<ArgumentNullException>().WithParameterName("composition");
        FluentActions.Invoking(() => senate.WithoutDeputy(null!)).Should().Throw<ArgumentNullException>().WithParameterName("deputyId");
        FluentActions.Invoking(() => none.WithMandatesReplaced(_ => true, m => m)).Should().Throw<ArgumentNullException>().WithParameterName("composition");
        FluentActions.Invoking(() => senate.WithMandatesReplaced(null!, m => m)).Should().Throw<ArgumentNullException>().WithParameterName("predicate");
        FluentActions.Invoking(() => senate.WithMandatesReplaced(_ => true, null!)).Should().Throw<ArgumentNullException>().WithParameterName("replace");
        FluentActions.Invoking(() => none.WithDate(Date)).Should().Throw<ArgumentNullException>().WithParameterName("composition");
        FluentActions.Invoking(() => none.On(Date)).Should().Throw<ArgumentNullException>().WithParameterName("composition");
    }

    /// <summary>A single mandate is counted in the singular.</summary>
    [Fact]
    public void a_composition_text_uses_the_singular_for_one_mandate()
    {
        new Senate(Date, [Senator(1)]).ToString().Should().Be("Senate on 2024-01-01: 1 mandate");
        new Senate(Date, [Senator(1), Senator(2)]).ToString().Should().Be("Senate on 2024-01-01: 2 mandates");
    }

    /// <summary>A parliament without chambers has no chamber to find, and says only its form and date; convocation 0 is rejected.</summary>
    [Fact]
    public void an_empty_parliament_and_a_zero_convocation()
    {
        var empty = new Parliament(Date, []);
        empty.Chamber(ChamberKind.Senate).Should().BeNull();
        empty.ToString().Should().Be("No chambers on 2024-01-01");
        new Parliament(Date, [new Senate(Date, [Senator(1)])]).Chamber(ChamberKind.Mazhilis).Should().BeNull();
        FluentActions.Invoking(() => new Parliament(Date, [], 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("convocation");
        new Parliament(Date, [], 1).Convocation.Should().Be(1);
    }

    /// <summary>A deputy is zero years old on the day of birth, and has no age before it.</summary>
    [Fact]
    public void age_on_the_birth_date_is_zero()
    {
        var deputy = new Deputy("d-1", "Synthetic", new LocalDate(1980, 5, 17));
        deputy.AgeOn(new LocalDate(1980, 5, 17)).Should().Be(0);
        deputy.AgeOn(new LocalDate(1980, 5, 16)).Should().BeNull();
    }

    /// <summary>A new term keeps the end reason when it has an end, and drops it when open-ended.</summary>
    [Fact]
    public void with_term_keeps_the_end_reason_only_for_a_bounded_term()
    {
        var m = new Mandate(new Deputy("d-1", "Synthetic"), ChamberKind.Mazhilis, SeatSource.PartyList, new LocalDate(2021, 1, 15), new LocalDate(2023, 1, 19), MandateEndReason.Dissolution, partyId: "amanat");
        m.WithTerm(new LocalDate(2021, 1, 15), new LocalDate(2022, 1, 1)).EndReason.Should().Be(MandateEndReason.Dissolution);
        m.WithTerm(new LocalDate(2021, 1, 15), null).EndReason.Should().BeNull();
    }

    /// <summary>A term length with a time part is rejected with its reason.</summary>
    [Fact]
    public void a_term_length_with_hours_is_rejected()
    {
        FluentActions.Invoking(() => Term.EndFrom(Date, Period.FromHours(1))).Should().Throw<ArgumentException>()
            .WithParameterName("length").WithMessage("A term length must be whole days, months or years.*");
    }

    /// <summary>Region identifiers and the coverage of its kinds are checked with their reasons.</summary>
    [Fact]
    public void region_arguments_are_checked()
    {
        var period = new Term(new LocalDate(1997, 12, 10), null);
        var name = new LocalizedName("Astana");
        Dated<LocalizedName>[] names = [new(period, name)];
        Region Make(string? qid, IEnumerable<Dated<RegionKind>> kinds) => new("astana", "ocd-division/country:kz/city:astana", qid, period, kinds, names);

        FluentActions.Invoking(() => Make("X1", [new(period, RegionKind.Capital)])).Should().Throw<ArgumentException>()
            .WithParameterName("wikidataId").WithMessage("A Wikidata identifier looks like 'Q1520'.*");
        FluentActions.Invoking(() => Make(null, [])).Should().Throw<ArgumentException>()
            .WithParameterName("kinds").WithMessage("At least one entry is required.*");
        FluentActions.Invoking(() => Make(null, [new(new Term(new LocalDate(1998, 1, 1), null), RegionKind.Capital)])).Should().Throw<ArgumentException>()
            .WithParameterName("kinds").WithMessage("The first entry must start on 1997-12-10, when the region begins.*");
        FluentActions.Invoking(() => Make(null, [new(new Term(new LocalDate(1997, 12, 10), new LocalDate(2000, 1, 1)), RegionKind.Capital)])).Should().Throw<ArgumentException>()
            .WithParameterName("kinds").WithMessage("The last entry must end when the region ends.*");
        Make("Q1520", [new(period, RegionKind.Capital)]).WikidataId.Should().Be("Q1520");
    }

    /// <summary>The history records describe themselves briefly.</summary>
    [Fact]
    public void history_records_have_their_texts()
    {
        var h = SessionHistory.Current;
        new Party("x", new LocalizedName("X party")).ToString().Should().Be("x (X party)");
        h.Instruments.Single(i => i.Id == "constitution-1995").ToString().Should().Be("constitution-1995 (Constitution of the Republic of Kazakhstan (1995))");
        h.Elections.Single(e => e.Id == "mazhilis-2023").ToString().Should().Be("mazhilis-2023 (2023-03-19)");
        h.Elections.Single(e => e.Id == "mazhilis-2023").Results[0].ToString().Should().Be("amanat 62");
        new ElectionResult(null, "independents", null, null, null, null, null).ToString().Should().Be("independents ?");
        h.Sittings[0].ToString().Should().Be($"SupremeCouncil {h.Sittings[0].Period} held to rules-1990");
        var e0 = h.Events[0];
        e0.ToString().Should().Be($"1990-03-25 {e0.Kind}: {e0.Name.English}");
        new ReferendumResult(new LocalDate(1995, 4, 29), null, null, null, null, null, null, null, true, []).ToString().Should().Be("1995-04-29: turnout ?%, yes ?%");
        h.Instruments.Single(i => i.Id == "referendum-2026").Referendum!.ToString().Should().Be("2026-03-15: turnout 73.12%, yes 87.15%");
        FluentActions.Invoking(() => new ElectionResult("amanat", "Amanat", null, null, null, null, null)).Should().Throw<ArgumentException>()
            .WithParameterName("partyId").WithMessage("A result row names either a party or a label.*");
        FluentActions.Invoking(() => new Election("e", ChamberKind.Mazhilis, ElectionKind.Regular, [], null, null, null, null, null, [], [], OneSource)).Should().Throw<ArgumentException>()
            .WithParameterName("dates").WithMessage("An election has at least one voting day.*");
    }

    /// <summary>Roman convocation numbers use every symbol pair.</summary>
    [Theory]
    [InlineData(1994, "MCMXCIV")]
    [InlineData(444, "CDXLIV")]
    [InlineData(3888, "MMMDCCCLXXXVIII")]
    [InlineData(9, "IX")]
    public void convocation_numbers_are_written_in_roman(int number, string roman)
    {
        var c = new Convocation("c", LegislativeBody.Parliament, number, null, null, null, OneSource);
        c.Roman.Should().Be(roman);
        c.ToString().Should().Be($"Parliament {roman}");
    }

    /// <summary>Eligibility texts list only the known requirements; none known reads "unknown".</summary>
    [Fact]
    public void eligibility_texts()
    {
        EligibilityRules.Unknown.ToString().Should().Be("unknown");
        new EligibilityRules(null, null, null, false, 3, null).ToString().Should().Be("3y experience");
        new EligibilityRules(null, null, 2, true, null, true).ToString().Should().Be("2y in region, higher education");
    }

    /// <summary>Renewal, threshold and quota limits hold exactly at their bounds.</summary>
    [Fact]
    public void rule_value_bounds()
    {
        FluentActions.Invoking(() => new RenewalRule(SeatSource.ElectedByMaslikhats, 0, 2, Period.FromYears(3))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator");
        FluentActions.Invoking(() => new RenewalRule(SeatSource.ElectedByMaslikhats, 3, 2, Period.FromYears(3))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator");
        new RenewalRule(SeatSource.ElectedByMaslikhats, 2, 2, Period.FromYears(3)).ToString().Should().Be("2/2 of \"Elected by maslikhat deputies\" every 3 years");

        var term = new Term(Date, null);
        new ElectoralSystem(SeatSource.PartyList, term, 0m, null, null, null, null, OneSource).ThresholdPercent.Should().Be(0m);
        new ElectoralSystem(SeatSource.PartyList, term, 100m, null, null, null, null, OneSource).ThresholdPercent.Should().Be(100m);
        FluentActions.Invoking(() => new ElectoralSystem(SeatSource.PartyList, term, -0.01m, null, null, null, null, OneSource)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("thresholdPercent");

        new ListQuotaRule(term, 100, ["women"], null, true, OneSource).MinimumPercent.Should().Be(100);
        new ListQuotaRule(term, 0, ["women"], null, true, OneSource).MinimumPercent.Should().Be(0);
        FluentActions.Invoking(() => new ListQuotaRule(term, 101, ["women"], null, true, OneSource)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("minimumPercent").WithMessage("A quota is a percentage between 0 and 100; 101 was given.*");
    }

    /// <summary>An electoral system is complete only when threshold, base, method and runner-up rule are all known.</summary>
    [Theory]
    [InlineData(true, true, true, true, true)]
    [InlineData(false, true, true, true, false)]
    [InlineData(true, false, true, true, false)]
    [InlineData(true, true, false, true, false)]
    [InlineData(true, true, true, false, false)]
    public void an_electoral_system_is_complete_only_with_every_parameter(bool threshold, bool @base, bool method, bool runnerUp, bool complete)
    {
        var system = new ElectoralSystem(
            SeatSource.PartyList,
            new Term(Date, null),
            threshold ? 5m : null,
            @base ? ThresholdBase.AllBallots : null,
            method ? AllocationMethod.HareLargestRemainder : null,
            runnerUp ? false : null,
            null,
            OneSource);
        system.IsComplete.Should().Be(complete);
    }

    /// <summary>The internal list compares by content and hashes by content.</summary>
    [Fact]
    public void value_lists_compare_and_hash_by_content()
    {
        var a = ValueList<string>.From(["x", "y"]);
        var b = ValueList<string>.From(["x", "y"]);
        var c = ValueList<string>.From(["x", "z"]);
        a.Equals(b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals(c).Should().BeFalse();
        a.GetHashCode().Should().NotBe(c.GetHashCode());
        a.GetHashCode().Should().NotBe(ValueList<string>.From(["x"]).GetHashCode());
        a.GetHashCode().Should().NotBe(ValueList<string>.Empty.GetHashCode());
        a.ToString().Should().Be("[2 items]");
        ValueList<string>? nothing = null;
        ValueList<string>.From(["x"]).Equals(nothing).Should().BeFalse();
        ValueList<string>.From(["x"]).Equals((object?)nothing).Should().BeFalse();
    }
}

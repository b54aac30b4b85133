using System.Text.Json.Nodes;
using Kz.Legislature.History;
using Kz.Legislature.Tests.History;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;
using NodaTime.Text;

namespace Kz.Legislature.Tests.Validation;

/// <summary>
/// The article a failure cites, for every kind of rule and every constitution, comes from the value that failed in the data:
/// articles are cited only where the data verified them (the 1995 Constitution and its amendments, and Article 95 of the
/// 2026 Constitution on the end of the bicameral Parliament), the list quota cites the law that set it, and the sources are
/// those that state the value, never the instrument's first source.
/// </summary>
public sealed partial class CitationTests
{
    /// <summary>Code, chamber, day whose rules are cited, seat source (for seat-plan codes), and the article cited (empty for none).</summary>
    public static TheoryData<string, ChamberKind, string, SeatSource?, string> Articles => new()
    {
        // The 2026 Constitution ends the Senate and the Mazhilis (Article 95); the Kurultai's own article was not verified.
        { ValidationCodes.ChamberDoesNotExist, ChamberKind.Senate, "2026-08-01", null, "Art. 95" },
        { ValidationCodes.ChambersMismatch, ChamberKind.Mazhilis, "2026-08-01", null, "Art. 95" },
        { ValidationCodes.BeyondChamberExistence, ChamberKind.Senate, "2026-08-01", null, "Art. 95" },
        { ValidationCodes.ChamberDoesNotExist, ChamberKind.Kurultai, "2026-08-01", null, "" },
        { ValidationCodes.ChamberDoesNotExist, ChamberKind.Senate, "1996-01-01", null, "Art. 50(1)" },
        { ValidationCodes.ChambersMismatch, ChamberKind.Senate, "2024-01-01", null, "Art. 50(1)" },
        { ValidationCodes.ChamberDoesNotExist, ChamberKind.Kurultai, "2024-01-01", null, "Art. 50(1)" },
        { ValidationCodes.ChamberDoesNotExist, ChamberKind.Senate, "1994-06-01", null, "" },

        // Composition: Art. 50(2) for the Senate, 50(3) for the Mazhilis, and only under the 1995 family of texts.
        { ValidationCodes.SeatTotal, ChamberKind.Senate, "1996-01-01", null, "Art. 50(2)" },
        { ValidationCodes.SeatsPerRegion, ChamberKind.Senate, "2010-01-01", SeatSource.ElectedByMaslikhats, "Art. 50(2)" },
        { ValidationCodes.SeatsBySource, ChamberKind.Senate, "2024-01-01", SeatSource.AppointedByPresidentOnAssemblyProposal, "Art. 50(2)" },
        { ValidationCodes.SeatTotal, ChamberKind.Mazhilis, "2024-01-01", null, "Art. 50(3)" },
        { ValidationCodes.MissingParty, ChamberKind.Mazhilis, "2010-01-01", null, "Art. 50(3)" },
        { ValidationCodes.DistrictOutOfRange, ChamberKind.Mazhilis, "1996-01-01", null, "Art. 50(3)" },
        { ValidationCodes.UnknownRegion, ChamberKind.Senate, "2000-01-01", SeatSource.ElectedByMaslikhats, "Art. 50(2)" },
        { ValidationCodes.SeatTotal, ChamberKind.Kurultai, "2026-08-01", null, "" },
        { ValidationCodes.SeatTotal, ChamberKind.SupremeCouncil, "1994-06-01", null, "" },
        { ValidationCodes.SeatsBySource, ChamberKind.SupremeCouncil, "1990-06-01", SeatSource.PublicOrganization, "" },

        // Terms: Art. 50(5) since the 1998 amendment; the original 1995 wording was not read.
        { ValidationCodes.TermTooLong, ChamberKind.Senate, "1996-01-01", null, "" },
        { ValidationCodes.TermTooLong, ChamberKind.Senate, "2000-01-01", null, "Art. 50(5)" },
        { ValidationCodes.EarlyEndWithoutReason, ChamberKind.Mazhilis, "2024-01-01", null, "Art. 50(5)" },
        { ValidationCodes.TermTooLong, ChamberKind.Kurultai, "2026-08-01", null, "" },
        { ValidationCodes.SameRenewalCohort, ChamberKind.Senate, "1996-01-01", null, "" },
        { ValidationCodes.SameRenewalCohort, ChamberKind.Senate, "2010-01-01", null, "Art. 51(2)" },

        // Eligibility and membership.
        { ValidationCodes.BelowMinimumAge, ChamberKind.Senate, "1996-01-01", null, "Art. 51(4)" },
        { ValidationCodes.BelowMinimumAge, ChamberKind.Mazhilis, "2024-01-01", null, "Art. 51(4)" },
        { ValidationCodes.BelowMinimumAge, ChamberKind.Kurultai, "2026-08-01", null, "" },
        { ValidationCodes.MemberOfBothChambers, ChamberKind.Senate, "2000-01-01", null, "Art. 50(4)" },
        { ValidationCodes.DuplicateDeputy, ChamberKind.Senate, "2024-01-01", null, "" },
    };

    /// <summary>Each code cites the article the data gives for the value it checks, or none where the data has none.</summary>
    [Theory]
    [MemberData(nameof(Articles))]
    public void a_failure_cites_the_article_of_the_value_it_checks(string code, ChamberKind kind, string day, SeatSource? source, string article)
    {
        var rules = SessionHistory.Current.RulesOn(LocalDatePattern.Iso.Parse(day).Value);

        var citation = Citations.For(code, kind, rules, source);

        citation.Should().NotBeNull();
        citation!.Article.Should().Be(article.Length == 0 ? null : article);
        citation.Sources.Should().NotBeEmpty();
        (citation.Article is not null || citation.Note is not null).Should().BeTrue("a citation without an article says why");
    }

    /// <summary>
    /// A validator's failure carries the citation of the value that failed: a 2024 Senate one seat short cites its
    /// composition, Article 50(2) as amended by the 2022 referendum, with the sources that state the 50 seats; the
    /// referendum's first source (a turnout story) is not among them.
    /// </summary>
    [Fact]
    public void a_validators_failure_carries_the_citation_of_the_value_that_failed()
    {
        var date = new LocalDate(2024, 1, 1);
        var senate = SessionHistory.Current.RulesOn(date).Chamber(ChamberKind.Senate);
        var instrument = SessionHistory.Current.InstrumentInForceOn(date);
        var failure = ChamberCases.Validate(ChamberCases.WithoutOneSeat(ChamberCases.Valid(ChamberKind.Senate, date)))
            .Errors.Single(e => e.ErrorCode == ValidationCodes.SeatTotal);

        var citation = failure.CustomState.Should().BeOfType<Citation>().Which;
        citation.Should().Be(senate.CitationFor(RuleAspect.Composition));
        citation.InstrumentId.Should().Be(instrument.Id);
        citation.Article.Should().Be("Art. 50(2)");
        citation.Sources.Select(s => s.Url).Should().NotContain(instrument.Provenance.Sources[0].Url);
    }

    /// <summary>The list quota cites the law that set it: the 2020 amendments for 2021, law No. 105-VII of 2022 for 2024.</summary>
    [Theory]
    [InlineData("2021-01-01", "election-law-2020")]
    [InlineData("2024-01-01", "election-law-2022-02")]
    public void the_list_quota_cites_the_law_that_set_it(string day, string lawId)
    {
        var history = SessionHistory.Current;
        var rules = history.RulesOn(LocalDatePattern.Iso.Parse(day).Value);
        var quota = rules.Chamber(ChamberKind.Mazhilis).ListQuota!;

        var citation = Citations.For(ValidationCodes.ListQuotaNotMet, ChamberKind.Mazhilis, rules)!;

        citation.Should().Be(quota.Citation);
        citation.InstrumentId.Should().Be(lawId);
        citation.InstrumentName.Should().Be(history.Instruments.Single(i => i.Id == lawId).Name);
    }

    /// <summary>
    /// A custom dataset that gives the quota another law and article is cited as given: no search of instrument names, and
    /// renaming the quota law's title to something without "quota" changes nothing.
    /// </summary>
    [Fact]
    public void the_quota_cites_the_law_its_own_citation_names()
    {
        var history = LegislativeHistoryTests.Load(doc =>
        {
            Instrument(doc, "election-law-2022-02")["names"]!["en"] = "Constitutional Law No. 105-VII";
            var citation = doc["ruleSets"]![5]!["chambers"]![1]!["listQuota"]!["citation"]!;
            citation["instrument"] = "election-law-2022-11";
            citation["article"] = "Art. 89-1";
        });
        var rules = history.RulesOn(new LocalDate(2024, 1, 1));

        var cited = Citations.For(ValidationCodes.ListQuotaNotMet, ChamberKind.Mazhilis, rules)!;

        cited.InstrumentId.Should().Be("election-law-2022-11");
        cited.Article.Should().Be("Art. 89-1");
    }

    /// <summary>Failures that concern no single legal value cite the rule set: its instrument, no article, its own sources.</summary>
    [Fact]
    public void failures_about_no_single_value_cite_the_rule_set()
    {
        var rules = SessionHistory.Current.RulesOn(new LocalDate(2024, 1, 1));

        var citation = Citations.For(ValidationCodes.DuplicateDeputy, ChamberKind.Senate, rules)!;

        citation.Should().Be(rules.RuleSetCitation);
        citation.Article.Should().BeNull();
        citation.Sources.Should().Equal(rules.Provenance.Sources);
        Citations.For(ValidationCodes.DuplicateDeputy, ChamberKind.Senate, null).Should().BeNull();
    }

    /// <summary>Citations give the instrument's name in English, Russian and Kazakh.</summary>
    [Fact]
    public void a_citation_names_its_instrument_in_the_language_asked_for()
    {
        var rules = SessionHistory.Current.RulesOn(new LocalDate(2010, 1, 1));
        var instrument = rules.Instrument;
        var citation = rules.Chamber(ChamberKind.Senate).CitationFor(RuleAspect.MinimumAge)!;

        citation.InstrumentNameIn("ru").Should().Be(instrument.Name.Russian);
        citation.InstrumentNameIn("kk").Should().Be(instrument.Name.Kazakh);
        citation.InstrumentNameIn(System.Globalization.CultureInfo.GetCultureInfo("ru-RU")).Should().Be(instrument.Name.Russian);
        citation.In("ru").Should().Be(instrument.Name.Russian + ", Art. 51(4)");
        citation.ToString().Should().Be(instrument.Name.English + ", Art. 51(4)");
        citation.In(null).Should().Be(citation.ToString());
    }

    private static JsonObject Instrument(JsonObject doc, string id) =>
        doc["instruments"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == id)!.AsObject();
}

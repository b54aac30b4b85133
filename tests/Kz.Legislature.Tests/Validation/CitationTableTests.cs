using System.Text.Json.Nodes;
using Kz.Legislature.History;
using Kz.Legislature.Tests.History;
using Kz.Legislature.Tests.Support;
using Kz.Legislature.Validation;
using NodaTime.Text;

namespace Kz.Legislature.Tests.Validation;

/// <summary>
/// The article a failure cites, for every kind of rule and every constitution: articles are cited only where the text in
/// force has them (the 1995 Constitution and its amendments, and Article 95 of the 2026 Constitution on the end of the
/// bicameral Parliament), and the 30% list quota cites the constitutional law that introduced or extended it.
/// </summary>
public sealed class CitationTableTests
{
    private const string Constitution1993 = "constitution-1993";
    private const string Constitution1995 = "constitution-1995";
    private const string Amendment1998 = "amendment-1998";
    private const string Amendment2007 = "amendment-2007";
    private const string Referendum2022 = "referendum-2022";
    private const string Constitution2026 = "constitution-2026";

    /// <summary>Code, chamber, instrument id of the rule set in force, and the article cited (empty for none).</summary>
    public static TheoryData<string, ChamberKind, string, string> Articles => new()
    {
        // The 2026 Constitution ends the Senate and the Mazhilis (Article 95); it has no article for the Kurultai's existence.
        { ValidationCodes.ChamberDoesNotExist, ChamberKind.Senate, Constitution2026, "Art. 95" },
        { ValidationCodes.ChambersMismatch, ChamberKind.Mazhilis, Constitution2026, "Art. 95" },
        { ValidationCodes.ChamberDoesNotExist, ChamberKind.Kurultai, Constitution2026, "" },
        { ValidationCodes.ChamberDoesNotExist, ChamberKind.Senate, Constitution1995, "Art. 50(1)" },
        { ValidationCodes.ChambersMismatch, ChamberKind.Senate, Referendum2022, "Art. 50(1)" },
        { ValidationCodes.ChamberDoesNotExist, ChamberKind.SupremeCouncil, Constitution1993, "" },

        // Composition: Art. 50(2) for the Senate, 50(3) for the Mazhilis, and only under the 1995 family of texts.
        { ValidationCodes.SeatTotal, ChamberKind.Senate, Constitution1995, "Art. 50(2)" },
        { ValidationCodes.SeatsPerRegion, ChamberKind.Senate, Amendment2007, "Art. 50(2)" },
        { ValidationCodes.SeatsBySource, ChamberKind.Senate, Referendum2022, "Art. 50(2)" },
        { ValidationCodes.SeatTotal, ChamberKind.Mazhilis, Referendum2022, "Art. 50(3)" },
        { ValidationCodes.MissingParty, ChamberKind.Mazhilis, Amendment2007, "Art. 50(3)" },
        { ValidationCodes.DistrictOutOfRange, ChamberKind.Mazhilis, Constitution1995, "Art. 50(3)" },
        { ValidationCodes.UnknownRegion, ChamberKind.Senate, Amendment1998, "Art. 50(2)" },
        { ValidationCodes.SeatTotal, ChamberKind.Senate, Constitution2026, "" },
        { ValidationCodes.SeatTotal, ChamberKind.Kurultai, Constitution2026, "" },
        { ValidationCodes.SeatTotal, ChamberKind.SupremeCouncil, Constitution1993, "" },

        // Terms: Art. 50(5) exists since the 1998 amendment, not in the original 1995 text.
        { ValidationCodes.TermTooLong, ChamberKind.Senate, Constitution1995, "" },
        { ValidationCodes.TermTooLong, ChamberKind.Senate, Amendment1998, "Art. 50(5)" },
        { ValidationCodes.EarlyEndWithoutReason, ChamberKind.Mazhilis, Referendum2022, "Art. 50(5)" },
        { ValidationCodes.TermTooLong, ChamberKind.Kurultai, Constitution2026, "" },
        { ValidationCodes.SameRenewalCohort, ChamberKind.Senate, Constitution1995, "" },
        { ValidationCodes.SameRenewalCohort, ChamberKind.Senate, Amendment2007, "Art. 51(2)" },
        { ValidationCodes.SameRenewalCohort, ChamberKind.Senate, Constitution2026, "" },

        // Eligibility and membership.
        { ValidationCodes.BelowMinimumAge, ChamberKind.Senate, Constitution1995, "Art. 51(4)" },
        { ValidationCodes.BelowMinimumAge, ChamberKind.Mazhilis, Referendum2022, "Art. 51(4)" },
        { ValidationCodes.BelowMinimumAge, ChamberKind.Kurultai, Constitution2026, "" },
        { ValidationCodes.BelowMinimumAge, ChamberKind.SupremeCouncil, Constitution1993, "" },
        { ValidationCodes.MemberOfBothChambers, ChamberKind.Senate, Amendment1998, "Art. 50(4)" },
        { ValidationCodes.MemberOfBothChambers, ChamberKind.Senate, Constitution2026, "" },
        { ValidationCodes.BeyondChamberExistence, ChamberKind.Senate, Constitution2026, "Art. 95" },
        { ValidationCodes.BeyondChamberExistence, ChamberKind.Senate, Referendum2022, "" },
        { ValidationCodes.DuplicateDeputy, ChamberKind.Senate, Referendum2022, "" },
    };

    /// <summary>Each code cites the article of the text in force, or none where that text has no such article.</summary>
    [Theory]
    [MemberData(nameof(Articles))]
    public void a_failure_cites_the_article_of_the_text_in_force(string code, ChamberKind kind, string instrumentId, string article)
    {
        Citations.Article(code, kind, instrumentId).Should().Be(article.Length == 0 ? null : article);
    }

    /// <summary>
    /// A validator's failure carries the instrument of the rule set in force with its first source: a 2024 Senate one
    /// seat short cites Article 50(2) as amended by the referendum of 5 June 2022.
    /// </summary>
    [Fact]
    public void a_validators_failure_carries_the_instrument_in_force_with_its_first_source()
    {
        var date = new LocalDate(2024, 1, 1);
        var instrument = ChamberCases.History.InstrumentInForceOn(date);
        var failure = ChamberCases.Validate(ChamberCases.WithoutOneSeat(ChamberCases.Valid(ChamberKind.Senate, date)))
            .Errors.Single(e => e.ErrorCode == ValidationCodes.SeatTotal);

        failure.CustomState.Should().Be(new Citation(Referendum2022, instrument.Name.English, "Art. 50(2)", instrument.Provenance!.Sources[0].Url));
    }

    /// <summary>
    /// The quota of 2020 (women and youth on party lists) cites the 2020 amendments to the election law; the quota of 2022
    /// (extended to persons with disabilities and to the mandates) cites Constitutional Law No. 105-VII of 7 February 2022,
    /// the latest law on the quota by then, not the 2020 one nor the November 2022 laws that came after. Each cites the
    /// quota's own first source.
    /// </summary>
    [Theory]
    [InlineData("2021-01-01", "election-law-2020")]
    [InlineData("2024-01-01", "election-law-2022-02")]
    public void the_list_quota_cites_the_latest_law_on_the_quota_in_force_when_it_started(string day, string lawId)
    {
        var history = SessionHistory.Current;
        var (quota, rules) = QuotaOn(history, day);

        var citation = Citations.ForQuota(history, quota, rules);

        citation.InstrumentId.Should().Be(lawId);
        citation.InstrumentName.Should().Be(history.Instruments.Single(i => i.Id == lawId).Name.English);
        citation.Article.Should().BeNull();
        citation.Source.Should().Be(quota.Provenance!.Sources[0].Url);
    }

    /// <summary>
    /// A law counts from the first of its dates that the data gives (in force, else signed, else adopted): the 2022 quota
    /// law is still found when the data gives only its adoption or only its entry into force.
    /// </summary>
    [Theory]
    [InlineData("adoptedOn")]
    [InlineData("inForceFrom")]
    public void a_quota_law_is_dated_by_whichever_date_the_data_gives(string property)
    {
        var history = DatasetLoaderTests.Load(doc =>
        {
            var law = Instrument(doc, "election-law-2022-02");
            var signed = law["signedOn"]!.GetValue<string>();
            law.Remove("signedOn");
            law[property] = signed;
        });

        Citations.ForQuota(history, QuotaOn(history, "2024-01-01").Quota, QuotaOn(history, "2024-01-01").Rules).InstrumentId
            .Should().Be("election-law-2022-02");
    }

    /// <summary>
    /// The date in force wins over the signing date: a law signed before the quota started but in force only after it is
    /// not cited.
    /// </summary>
    [Fact]
    public void a_law_in_force_only_after_the_quota_started_is_not_cited()
    {
        var history = DatasetLoaderTests.Load(doc => Instrument(doc, "election-law-2022-02")["inForceFrom"] = "2022-12-01");
        var (quota, rules) = QuotaOn(history, "2024-01-01");

        Citations.ForQuota(history, quota, rules).InstrumentId.Should().Be("election-law-2020");
    }

    /// <summary>
    /// Only constitutional laws that name the quota (in their title or in their list of changes) are candidates: a later
    /// constitutional law on something else, or a decree on the quota, is not cited.
    /// </summary>
    [Fact]
    public void only_constitutional_laws_about_the_quota_are_cited()
    {
        var history = DatasetLoaderTests.Load(doc =>
        {
            // Not about the quota, though a constitutional law in force before the quota started.
            Instrument(doc, "constitutional-law-1999-377")["signedOn"] = "2022-03-01";
            // About the quota, but a decree.
            Instrument(doc, "decree-2022-05-03-887")["names"]!["en"] = "Decree on the quota";
        });
        var (quota, rules) = QuotaOn(history, "2024-01-01");

        Citations.ForQuota(history, quota, rules).InstrumentId.Should().Be("election-law-2022-02");
    }

    /// <summary>A law whose list of changes (not its title) names the quota is a candidate.</summary>
    [Fact]
    public void a_law_whose_changes_name_the_quota_is_cited()
    {
        var history = DatasetLoaderTests.Load(doc =>
        {
            var law = Instrument(doc, "election-law-2022-02");
            law["names"]!["en"] = "Constitutional Law No. 105-VII of 7 February 2022";
            law["legislativeChanges"] = new JsonArray("The 30% Quota now also applies to the mandates.");
        });
        var (quota, rules) = QuotaOn(history, "2024-01-01");

        Citations.ForQuota(history, quota, rules).InstrumentId.Should().Be("election-law-2022-02");
    }

    /// <summary>
    /// With no law on the quota in the data, the quota cites the instrument of the rule set in force, still with the quota's
    /// own source; a law's source is used only when the quota has none of its own.
    /// </summary>
    [Fact]
    public void without_a_law_on_the_quota_the_rule_sets_instrument_is_cited_with_the_quotas_source()
    {
        var history = DatasetLoaderTests.Load(doc =>
        {
            foreach (var id in new[] { "election-law-2020", "election-law-2022-02", "election-law-2022-11" })
            {
                Instrument(doc, id)["kind"] = "law";
            }
        });
        var (quota, rules) = QuotaOn(history, "2024-01-01");

        var citation = Citations.ForQuota(history, quota, rules);

        citation.Should().Be(new Citation(Referendum2022, rules.Instrument.Name.English, null, quota.Provenance!.Sources[0].Url));
    }

    /// <summary>The quota's own source is cited rather than the law's when the two differ.</summary>
    [Fact]
    public void the_quotas_own_source_is_cited_rather_than_the_laws()
    {
        var history = DatasetLoaderTests.Load(doc =>
        {
            var law = Instrument(doc, "election-law-2022-02");
            law["sources"]![0]!["url"] = "https://example.org/law";
        });
        var (quota, rules) = QuotaOn(history, "2024-01-01");

        var citation = Citations.ForQuota(history, quota, rules);

        citation.InstrumentId.Should().Be("election-law-2022-02");
        citation.Source.Should().Be(quota.Provenance!.Sources[0].Url);
        citation.Source!.OriginalString.Should().NotBe("https://example.org/law");
    }

    private static (ListQuotaRule Quota, LegislatureRules Rules) QuotaOn(LegislativeHistory history, string day)
    {
        var rules = history.RulesOn(LocalDatePattern.Iso.Parse(day).Value);
        return (rules.Chamber(ChamberKind.Mazhilis).ListQuota!, rules);
    }

    private static JsonObject Instrument(JsonObject doc, string id) =>
        doc["instruments"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == id)!.AsObject();
}

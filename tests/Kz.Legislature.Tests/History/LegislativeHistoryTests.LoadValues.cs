using System.Text;
using System.Text.Json.Nodes;
using Kz.Legislature.History;
using Kz.Legislature.History.Loading;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

/// <summary>
/// The optional values the dataset reader reads are exposed on the loaded records with their exact values, the
/// numeric and date limits hold exactly at their bounds, and each scalar reader names what it expected.
/// </summary>
public sealed partial class LegislativeHistoryTests
{
    private static JsonObject LoadValuesDocument() => LegislativeHistoryTests.Document();

    private static LegislativeHistory LoadValuesLoad(JsonObject doc) => LegislativeHistoryTests.Load(doc);

    private static LegislativeDataException LoadValuesReject(JsonObject doc) => LoadValuesReject(Encoding.UTF8.GetBytes(doc.ToJsonString()));

    private static LegislativeDataException LoadValuesReject(byte[] bytes)
    {
        var act = () => LegislativeHistory.Load(new MemoryStream(bytes), "custom.json");
        return act.Should().Throw<LegislativeDataException>().Which;
    }

    /// <summary>The 30 August 1995 referendum figures are all read (source: https://www.sudd.ch/event.php?id=kz021995).</summary>
    [Fact]
    public void the_1995_constitutional_referendum_figures_are_read()
    {
        var r = History.Instruments.Single(i => i.Id == "referendum-1995-08").Referendum!;

        r.HeldOn.Should().Be(new LocalDate(1995, 8, 30));
        r.RegisteredVoters.Should().Be(8933225);
        r.BallotsCast.Should().Be(8091715);
        r.TurnoutPercent.Should().Be(90.58m);
        r.YesVotes.Should().Be(7212773);
        r.YesPercent.Should().Be(89.14m);
        r.NoVotes.Should().Be(800839);
        r.InvalidVotes.Should().Be(78103);
        r.Approved.Should().BeTrue();
        r.Alternatives.Should().Equal("yes 90.00% of valid votes (7,212,773 of 8,013,612)");
    }

    /// <summary>Instrument numbers, dates, alternatives and summaries are read (source: https://docslib.org/doc/650924/on-elections-in-the-republic-of-kazakhstan).</summary>
    [Fact]
    public void instrument_numbers_dates_and_summaries_are_read()
    {
        var decree = History.Instruments.Single(i => i.Id == "decree-1995-elections");
        decree.Number.Should().Be("No. 2464");
        decree.SignedOn.Should().Be(new LocalDate(1995, 9, 28));
        decree.AdoptedOn.Should().BeNull();
        decree.Name.Alternatives.Should().Equal("Constitutional Law 'On Elections' of 28 Sep 1995");
        decree.LegislativeChanges.Should().ContainSingle().Which.Should().StartWith("Sets the rules for the 1995 Senate and Mazhilis elections");

        var constitution = History.Instruments.Single(i => i.Id == "constitution-1995");
        constitution.AdoptedOn.Should().Be(new LocalDate(1995, 8, 30));
        constitution.InForceFrom.Should().Be(new LocalDate(1995, 9, 5));
        constitution.Number.Should().BeNull();
        constitution.Referendum.Should().BeNull();
    }

    /// <summary>Alternative spellings of a party are read, in order.</summary>
    [Fact]
    public void party_alternative_names_are_read()
    {
        History.FindParty("ak-zhol")!.Name.Alternatives.Should().Equal("Ak Zhol", "Ак жол", "Ақ жол", "Aq Jol");
    }

    /// <summary>An instrument's in-force alternatives are read as dates.</summary>
    [Fact]
    public void in_force_alternatives_are_read()
    {
        var doc = LoadValuesDocument();
        doc["instruments"]![0]!["inForceFromAlternatives"] = new JsonArray("1978-04-20", "1978-04-21");

        LoadValuesLoad(doc).Instruments[0].InForceFromAlternatives.Should().Equal(new LocalDate(1978, 4, 20), new LocalDate(1978, 4, 21));
    }

    /// <summary>
    /// The 2023 Mazhilis election: the votes for a list or against all, the against-all votes, turnout and the Amanat row with
    /// list and district seats (source: https://astanatimes.com/2023/03/six-parties-elected-to-parliament-according-to-final-results-of-central-election-commission/;
    /// turnout 54.19% = 6,521,860 of 12,035,578 who received a ballot, Interfax via https://dzen.ru/a/ZBc5Gwb85DbBi44U).
    /// </summary>
    [Fact]
    public void election_totals_and_result_rows_are_read()
    {
        var e = History.Elections.Single(x => x.Id == "mazhilis-2023");
        e.SeatsContested.Should().Be(98);
        e.ListOrAgainstAllVotes.Should().Be(6366441);
        e.ListOrAgainstAllVotes.Should().Be(e.Results.Sum(r => r.Votes ?? 0) + e.AgainstAllVotes, "the seven lists and 'against all' add up to it exactly");
        e.BallotsReceived.Should().Be(6521860);
        e.RegisteredVoters.Should().Be(12035578);
        e.TurnoutPercent.Should().Be(54.19m);
        Math.Round(100m * e.BallotsReceived!.Value / e.RegisteredVoters!.Value, 2).Should().Be(e.TurnoutPercent);
        e.AgainstAllVotes.Should().Be(248291);
        e.AgainstAllPercent.Should().Be(3.90m);
        var amanat = e.Results[0];
        amanat.PartyId.Should().Be("amanat");
        amanat.Votes.Should().Be(3431510);
        amanat.Seats.Should().Be(62);
        amanat.ListSeats.Should().Be(40);
        amanat.DistrictSeats.Should().Be(22);
        amanat.VoteSharePercent.Should().Be(53.90m);

        var apk = History.Elections.Single(x => x.Id == "mazhilis-apk-2012").Results[0];
        apk.PartyId.Should().BeNull();
        apk.Label.Should().Be("elected by the Assembly of People of Kazakhstan");
        apk.Seats.Should().Be(9);
    }

    /// <summary>The regions an election was held in are read in order.</summary>
    [Fact]
    public void election_regions_are_read()
    {
        History.Elections.Single(x => x.Id == "senate-2022-new-regions").RegionIds.Should().Equal("abai", "jetisu", "ulytau");
        History.Elections.Single(x => x.Id == "senate-2023").RegionIds.Should().BeEmpty();
    }

    /// <summary>Sittings carry their convocation, start basis and end reason.</summary>
    [Fact]
    public void sitting_convocations_and_end_reasons_are_read()
    {
        var first = History.Sittings[0];
        first.ConvocationId.Should().Be("supreme-council-12");
        first.EndReason.Should().Be(SittingEndReason.SelfDissolution);
        first.StartBasis.Should().Be(SittingStartBasis.Election);
        first.Period.Should().Be(new Term(new LocalDate(1990, 3, 25), new LocalDate(1993, 12, 13)));
        History.Sittings.Single(s => s.Id == "senate-2007-2023").ConvocationId.Should().BeNull();
        History.Sittings.Single(s => s.Id == "mazhilis-viii").EndReason.Should().Be(SittingEndReason.ConstitutionalTermination);
    }

    /// <summary>Convocation dates are read (source: https://caa.gov.kz/en/blog/post/25th-anniversary-kazakhstani-parliamentarism).</summary>
    [Fact]
    public void convocation_dates_are_read()
    {
        var c = History.Convocations.Single(x => x.Id == "parliament-i");
        c.Number.Should().Be(1);
        c.FirstSitting.Should().Be(new LocalDate(1996, 1, 30));
        c.Until.Should().Be(new LocalDate(1999, 12, 1));
        c.ElectedOn.Should().Be(new LocalDate(1995, 12, 9));
        History.Convocations[0].FirstSitting.Should().BeNull();
    }

    /// <summary>The Senate's renewal, eligibility, incompatibilities and the 2009 runner-up rule are read.</summary>
    [Fact]
    public void chamber_rules_details_are_read()
    {
        var senate = History.RulesOn(new LocalDate(1996, 1, 1)).Chamber(ChamberKind.Senate);
        senate.Renewal!.Numerator.Should().Be(1);
        senate.Renewal.Denominator.Should().Be(2);
        senate.Renewal.Source.Should().Be(SeatSource.ElectedByMaslikhats);
        senate.Eligibility.ToString().Should().Be("age 30+, 10y residence, 3y in region, higher education, 5y experience");
        senate.Incompatibilities.Should().HaveCount(5).And.Contain("No one may be a member of both chambers at the same time.");
        var both = senate.IncompatibilityRules.Single(i => i.Kind == IncompatibilityKind.BothChambers);
        both.Text.Should().Be("No one may be a member of both chambers at the same time.");
        both.Citation!.Article.Should().Be("Art. 50(4)");
        senate.IncompatibilityRules.Where(i => i.Kind != IncompatibilityKind.BothChambers).Should().OnlyContain(i => i.Citation!.Article == "Art. 52(3)");

        var mazhilis = History.RulesOn(new LocalDate(1996, 1, 1)).Chamber(ChamberKind.Mazhilis);
        mazhilis.Eligibility.ToString().Should().Be("age 25+, 10y residence");

        History.RulesOn(new LocalDate(2010, 1, 1)).Chamber(ChamberKind.Mazhilis).PartyListSystem!.RunnerUpAdmission.Should().BeTrue();
        History.RulesOn(new LocalDate(2008, 1, 1)).Chamber(ChamberKind.Mazhilis).PartyListSystem!.RunnerUpAdmission.Should().BeFalse();
    }

    /// <summary>An event may refer to any identifier in the dataset, a party's included.</summary>
    [Fact]
    public void an_event_may_relate_to_a_party_and_a_region()
    {
        var doc = LoadValuesDocument();
        doc["events"]![0]!["related"] = new JsonArray("amanat", "akmola", "rules-1990");

        LoadValuesLoad(doc).Events[0].Related.Should().Equal("amanat", "akmola", "rules-1990");
    }

    /// <summary>Events out of date order are rejected at the later-listed, earlier-dated event.</summary>
    [Fact]
    public void unsorted_events_are_rejected_at_the_out_of_order_date()
    {
        var doc = LoadValuesDocument();
        doc["events"]![2]!["date"] = "1991-01-01";

        var ex = LoadValuesReject(doc);
        ex.JsonPath.Should().Be("$.events[2].date");
        ex.Reason.Should().Be("Events must be sorted by date: 1991-01-01 comes after 1991-12-16.");
    }

    /// <summary>A list quota given as an array of dated entries is read like a single entry.</summary>
    [Fact]
    public void a_list_quota_may_be_an_array_of_entries()
    {
        var doc = LoadValuesDocument();
        var chamber = doc["ruleSets"]![4]!["chambers"]![1]!.AsObject();
        var quota = chamber["listQuota"]!.DeepClone();
        chamber["listQuota"] = new JsonArray(quota);

        var rules = LoadValuesLoad(doc).RulesOn(new LocalDate(2021, 1, 1)).Chamber(ChamberKind.Mazhilis);
        rules.ListQuota!.MinimumPercent.Should().Be(30);
        rules.ListQuota.Groups.Should().Equal("women", "youth");
        rules.ListQuota.YouthMaximumAge.Should().Be(29);
    }

    /// <summary>A list quota that starts before its rule set is rejected.</summary>
    [Fact]
    public void a_list_quota_outside_its_rule_set_is_rejected()
    {
        var doc = LoadValuesDocument();
        doc["ruleSets"]![4]!["chambers"]![1]!["listQuota"]!["validFrom"] = "2007-01-01";

        var ex = LoadValuesReject(doc);
        ex.JsonPath.Should().Be("$.ruleSets[4].chambers[1].listQuota");
        ex.Reason.Should().Be("The period [2007-01-01, 2022-02-07) lies outside its rule set's period [2007-05-21, 2022-06-07).");
    }

    /// <summary>Two electoral systems for the same seats must not overlap.</summary>
    [Fact]
    public void overlapping_electoral_systems_are_rejected()
    {
        var doc = LoadValuesDocument();
        doc["ruleSets"]![4]!["chambers"]![1]!["electoralSystems"]![1]!["validFrom"] = "2008-01-01";

        var ex = LoadValuesReject(doc);
        ex.JsonPath.Should().Be("$.ruleSets[4].chambers[1].electoralSystems[1]");
        ex.Reason.Should().Be("Electoral systems for the same seats overlap.");
    }

    /// <summary>A sitting cannot be held to a rule set without its chamber.</summary>
    [Fact]
    public void a_sitting_held_to_a_rule_set_without_its_chamber_is_rejected()
    {
        var doc = LoadValuesDocument();
        doc["sittings"]![0]!["heldToRuleSet"] = "rules-1995";

        var ex = LoadValuesReject(doc);
        ex.JsonPath.Should().Be("$.sittings[0].heldToRuleSet");
        ex.Reason.Should().Be("The rule set 'rules-1995' has no SupremeCouncil, so a SupremeCouncil sitting cannot be held to it.");
    }

    /// <summary>A record the model rejects is reported at the object that holds it, with the model's reason.</summary>
    [Fact]
    public void a_renewal_share_of_zero_is_rejected_at_the_renewal()
    {
        var doc = LoadValuesDocument();
        doc["ruleSets"]![2]!["chambers"]![0]!["renewal"]!["fractionNumerator"] = 0;

        var ex = LoadValuesReject(doc);
        ex.JsonPath.Should().Be("$.ruleSets[2].chambers[0].renewal");
        ex.Reason.Should().StartWith("The renewed share must be a fraction in (0, 1]; 0 was given.");
    }

    /// <summary>A seat count of exactly 10000 is accepted, 10001 is not.</summary>
    [Fact]
    public void the_seat_limit_is_inclusive()
    {
        var doc = LoadValuesDocument();
        doc.AsObject().Remove("compositions"); // a 10,270-seat Supreme Council no longer matches the 1990 composition
        doc["ruleSets"]![0]!["chambers"]![0]!["seatPlan"]![1]!["seats"] = DatasetMapper.MaxSeats;
        LoadValuesLoad(doc).RulesOn(new LocalDate(1991, 1, 1)).Chamber(ChamberKind.SupremeCouncil).StatutorySeats.Should().Be(270 + 10_000);

        doc["ruleSets"]![0]!["chambers"]![0]!["seatPlan"]![1]!["seats"] = DatasetMapper.MaxSeats + 1;
        var ex = LoadValuesReject(doc);
        ex.JsonPath.Should().Be("$.ruleSets[0].chambers[0].seatPlan[1]");
        ex.Reason.Should().Be("A seat count above 10000 is not plausible for a chamber.");
    }

    /// <summary>A per-region count above the limit is rejected too.</summary>
    [Fact]
    public void a_per_region_count_above_the_limit_is_rejected()
    {
        var doc = LoadValuesDocument();
        doc["ruleSets"]![2]!["chambers"]![0]!["seatPlan"]![0]!["perRegion"] = DatasetMapper.MaxSeats + 1;

        var ex = LoadValuesReject(doc);
        ex.JsonPath.Should().Be("$.ruleSets[2].chambers[0].seatPlan[0]");
        ex.Reason.Should().Be("A seat count above 10000 is not plausible for a chamber.");
    }

    /// <summary>A percentage of exactly 100 is accepted, anything above is not.</summary>
    [Fact]
    public void a_percentage_of_exactly_100_is_accepted()
    {
        var doc = LoadValuesDocument();
        doc["instruments"]![5]!["referendum"]!["turnoutPercent"] = "100";
        LoadValuesLoad(doc).Instruments[5].Referendum!.TurnoutPercent.Should().Be(100m);

        doc["instruments"]![5]!["referendum"]!["turnoutPercent"] = "100.01";
        var ex = LoadValuesReject(doc);
        ex.JsonPath.Should().Be("$.instruments[5].referendum.turnoutPercent");
        ex.Reason.Should().Be("Expected a percentage as a decimal string between \"0\" and \"100\", found '100.01'.");
    }

    /// <summary>A count of zero is a valid count; a negative one is not.</summary>
    [Fact]
    public void a_count_of_zero_is_accepted_and_a_negative_one_rejected()
    {
        var doc = LoadValuesDocument();
        doc["instruments"]![5]!["referendum"]!["invalidVotes"] = 0;
        LoadValuesLoad(doc).Instruments[5].Referendum!.InvalidVotes.Should().Be(0);

        doc["instruments"]![5]!["referendum"]!["invalidVotes"] = -1;
        var ex = LoadValuesReject(doc);
        ex.JsonPath.Should().Be("$.instruments[5].referendum.invalidVotes");
        ex.Reason.Should().Be("Expected a non-negative integer, found -1.");
    }

    /// <summary>A dataset verified only on its first day is accepted.</summary>
    [Fact]
    public void verified_through_may_equal_coverage_start()
    {
        var doc = LoadValuesDocument();
        doc["verifiedThrough"] = doc["coverageStart"]!.GetValue<string>();

        var history = LoadValuesLoad(doc);
        history.VerifiedThrough.Should().Be(history.CoverageStart);
    }

    /// <summary>Each scalar reader names what it expected and what it found.</summary>
    [Theory]
    [InlineData("count as text", "$.instruments[5].referendum.registeredVoters", "Expected an integer, found a string.")]
    [InlineData("number as text", "$.convocations[0].number", "Expected an integer, found a string.")]
    [InlineData("fractional number", "$.convocations[0].number", "Expected an integer, found 12.5.")]
    [InlineData("approved as text", "$.instruments[5].referendum.approved", "Expected true or false, found a string.")]
    [InlineData("names as text", "$.parties[0].names", "Expected an object, found a string.")]
    [InlineData("parties as object", "$.parties", "Expected an array, found an object.")]
    [InlineData("version as boolean", "$.dataVersion", "Expected a string, found a boolean.")]
    [InlineData("version as null", "$.dataVersion", "Expected a string, found null.")]
    [InlineData("version blank", "$.dataVersion", "Expected a non-empty string.")]
    [InlineData("majority as text", "$.decisionRules[4].decisions[0].stages[0].majority", "Expected an object, found a string.")]
    [InlineData("readings as text", "$.decisionRules[4].decisions[0].stages[0].readings", "Expected an integer, found a string.")]
    [InlineData("strict as number", "$.decisionRules[4].decisions[0].stages[0].majority.strict", "Expected true or false, found a number.")]
    [InlineData("stages as object", "$.decisionRules[4].decisions[0].stages", "Expected an array, found an object.")]
    [InlineData("citations as array", "$.decisionRules[4].decisions[0].stages[0].citations", "Expected an object, found an array.")]
    [InlineData("decision as text", "$.decisionRules[4].decisions[0]", "Expected an object, found a string.")]
    [InlineData("vacant seats as text", "$.compositions[0].vacantSeats", "Expected an integer, found a string.")]
    [InlineData("row source as number", "$.compositions[0].seats[0].source", "Expected a string, found a number.")]
    [InlineData("rows as object", "$.compositions[0].seats", "Expected an array, found an object.")]
    [InlineData("row as text", "$.compositions[0].seats[0]", "Expected an object, found a string.")]
    [InlineData("birth date as number", "$.people[0].birthDate", "Expected a string, found a number.")]
    [InlineData("person names as text", "$.people[0].names", "Expected an object, found a string.")]
    [InlineData("until as bad date", "$.offices[0].until", "Expected an ISO date (yyyy-MM-dd), found 'soon'.")]
    [InlineData("accession as array", "$.offices[0].accession", "Expected an object, found an array.")]
    [InlineData("citation as text", "$.offices[0].accession.citation", "Expected an object, found a string.")]
    [InlineData("method as number", "$.offices[0].accession.method", "Expected a string, found a number.")]
    public void a_value_of_the_wrong_kind_is_named(string @case, string path, string reason)
    {
        var doc = LoadValuesDocument();
        var stage = doc["decisionRules"]![4]!["decisions"]![0]!["stages"]![0]!;
        switch (@case)
        {
            case "count as text": doc["instruments"]![5]!["referendum"]!["registeredVoters"] = "8933225"; break;
            case "number as text": doc["convocations"]![0]!["number"] = "12"; break;
            case "fractional number": doc["convocations"]![0]!["number"] = 12.5; break;
            case "approved as text": doc["instruments"]![5]!["referendum"]!["approved"] = "yes"; break;
            case "names as text": doc["parties"]![0]!["names"] = "Amanat"; break;
            case "parties as object": doc["parties"] = new JsonObject(); break;
            case "version as boolean": doc["dataVersion"] = true; break;
            case "version as null": doc["dataVersion"] = null; break;
            case "version blank": doc["dataVersion"] = "  "; break;
            case "majority as text": stage["majority"] = "half"; break;
            case "readings as text": stage["readings"] = "two"; break;
            case "strict as number": stage["majority"]!["strict"] = 1; break;
            case "stages as object": doc["decisionRules"]![4]!["decisions"]![0]!["stages"] = new JsonObject(); break;
            case "citations as array": stage["citations"] = new JsonArray(); break;
            case "decision as text": doc["decisionRules"]![4]!["decisions"]![0] = "law"; break;
            case "vacant seats as text": doc["compositions"]![0]!["vacantSeats"] = "0"; break;
            case "row source as number": doc["compositions"]![0]!["seats"]![0]!["source"] = 1; break;
            case "rows as object": doc["compositions"]![0]!["seats"] = new JsonObject(); break;
            case "row as text": doc["compositions"]![0]!["seats"]![0] = "amanat"; break;
            case "birth date as number": doc["people"]![0]!["birthDate"] = 1940; break;
            case "person names as text": doc["people"]![0]!["names"] = "Nazarbayev"; break;
            case "until as bad date": doc["offices"]![0]!["until"] = "soon"; break;
            case "accession as array": doc["offices"]![0]!["accession"] = new JsonArray(); break;
            case "citation as text": doc["offices"]![0]!["accession"]!["citation"] = "constitution"; break;
            case "method as number": doc["offices"]![0]!["accession"]!["method"] = 1; break;
        }

        var ex = LoadValuesReject(doc);
        ex.JsonPath.Should().Be(path);
        ex.Reason.Should().Be(reason);
    }

    /// <summary>Invalid UTF-8 inside a string value is refused before parsing, at the line and position of the bad byte.</summary>
    [Fact]
    public void invalid_utf8_in_a_string_is_rejected()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"dataVersion\": \"2026.X\"}");
        var bad = Array.IndexOf(bytes, (byte)'X');
        bytes[bad] = 0xFF;

        var ex = LoadValuesReject(bytes);
        ex.JsonPath.Should().Be("$");
        ex.Reason.Should().Be("The document is not valid UTF-8: a byte here is not part of any character; save the file as UTF-8.");
        ex.LineNumber.Should().Be(1);
        ex.BytePositionInLine.Should().Be(bad - 2);
    }

    /// <summary>Invalid UTF-8 inside a property name is refused the same way, before any name is decoded.</summary>
    [Fact]
    public void invalid_utf8_in_a_property_name_is_rejected()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"dataX\": \"2026.11\"}");
        var bad = Array.IndexOf(bytes, (byte)'X');
        bytes[bad] = 0xFF;

        var ex = LoadValuesReject(bytes);
        ex.JsonPath.Should().Be("$");
        ex.Reason.Should().StartWith("The document is not valid UTF-8");
        ex.LineNumber.Should().Be(0);
        ex.BytePositionInLine.Should().Be(bad);
    }

    /// <summary>A BOM is skipped: a document that starts with one reads like one without.</summary>
    [Fact]
    public void a_byte_order_mark_is_skipped()
    {
        var json = Encoding.UTF8.GetBytes(LegislativeHistoryTests.EmbeddedJson());
        var withBom = new byte[json.Length + 3];
        withBom[0] = 0xEF;
        withBom[1] = 0xBB;
        withBom[2] = 0xBF;
        json.CopyTo(withBom, 3);

        LegislativeHistory.Load(new MemoryStream(withBom), "bom.json").DataVersion.Should().Be(History.DataVersion);
    }

    /// <summary>Malformed JSON is reported with the parser's reason and its zero-based position shown one-based in the message.</summary>
    [Fact]
    public void malformed_json_is_reported_with_its_one_based_position()
    {
        var ex = LoadValuesReject(Encoding.UTF8.GetBytes("{\"dataVersion\": tru}"));
        ex.Reason.Should().Be("Malformed JSON: 'tru}' is an invalid JSON literal. Expected the literal 'true'.");
        ex.JsonPath.Should().Be("$.dataVersion");
        ex.LineNumber.Should().Be(0);
        ex.BytePositionInLine.Should().Be(19);
        ex.Message.Should().Be("custom.json: $.dataVersion (line 1, position 20): " + ex.Reason);
    }

    /// <summary>A document of exactly the size limit is read; one byte more is rejected before parsing.</summary>
    [Fact]
    public void the_size_limit_is_inclusive()
    {
        var json = Encoding.UTF8.GetBytes(LegislativeHistoryTests.EmbeddedJson());
        var atLimit = new byte[DatasetLoader.MaxBytes];
        json.CopyTo(atLimit, 0);
        Array.Fill(atLimit, (byte)' ', json.Length, atLimit.Length - json.Length);

        LegislativeHistory.Load(new MemoryStream(atLimit), "big.json").DataVersion.Should().Be(History.DataVersion);

        var over = new byte[DatasetLoader.MaxBytes + 1];
        atLimit.CopyTo(over, 0);
        over[^1] = (byte)' ';
        var ex = LoadValuesReject(over);
        ex.JsonPath.Should().Be("$");
        ex.Reason.Should().Be("The document is larger than the limit of 16777216 bytes.");
    }

    /// <summary>The file name is required.</summary>
    [Fact]
    public void a_null_file_name_is_an_argument_error()
    {
        var act = () => LegislativeHistory.Load(new MemoryStream([]), null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("fileName");
    }
}

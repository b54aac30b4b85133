using System.Text;
using System.Text.Json.Nodes;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.History;

/// <summary>The loader rejects every kind of malformed data with its own clear message, naming the file and the JSON path.</summary>
public partial class LegislativeHistoryTests
{
    internal static string EmbeddedJson()
    {
        using var stream = typeof(LegislativeHistory).Assembly.GetManifestResourceStream("Kz.Legislature.Data.kazakhstan.json")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The embedded dataset as a mutable JSON document, to change before loading it.</summary>
    internal static JsonObject Document() => JsonNode.Parse(EmbeddedJson())!.AsObject();

    /// <summary>Loads a (changed) dataset document as the file <c>custom.json</c>.</summary>
    internal static LegislativeHistory Load(JsonObject doc) =>
        LegislativeHistory.Load(new MemoryStream(Encoding.UTF8.GetBytes(doc.ToJsonString())), "custom.json");

    /// <summary>Loads the embedded dataset after <paramref name="change"/> has changed it.</summary>
    internal static LegislativeHistory Load(Action<JsonObject> change)
    {
        var doc = Document();
        change(doc);
        return Load(doc);
    }

    private static LegislativeDataException Reject(string json)
    {
        var act = () => LegislativeHistory.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "custom.json");
        return act.Should().Throw<LegislativeDataException>().Which;
    }

    private static LegislativeDataException Reject(Action<JsonObject> mutate)
    {
        var doc = Document();
        mutate(doc);
        return Reject(doc.ToJsonString());
    }

    [Fact]
    public void The_embedded_dataset_loads_through_the_public_loader()
    {
        var history = LegislativeHistory.Load(new MemoryStream(Encoding.UTF8.GetBytes(EmbeddedJson())), "copy.json");
        history.RulesOn(new LocalDate(2024, 1, 1)).Should().Be(LegislativeHistory.Kazakhstan.RulesOn(new LocalDate(2024, 1, 1)));
    }

    [Fact]
    public void The_dataset_DTOs_hold_no_scalar_of_a_value_type_so_the_first_load_runs_the_serializers_shared_code()
    {
        // A property of a value type (int?, Confidence?, LocalDate?) makes the serializer instantiate its generic metadata
        // and converter code for that type, which the JIT compiles on the first load (docs/performance.md); a Boxed<T>
        // is a class, whose code is shared and precompiled. The raw JSON values (JsonElement) are the only exception.
        var dtos = typeof(LegislativeHistory).Assembly.GetTypes()
            .Where(t => t.IsClass && t.Namespace == typeof(Kz.Legislature.History.Loading.DatasetDto).Namespace && t.Name.EndsWith("Dto", StringComparison.Ordinal))
            .ToList();
        dtos.Should().Contain([typeof(Kz.Legislature.History.Loading.DatasetDto), typeof(Kz.Legislature.History.Loading.ChamberDto), typeof(Kz.Legislature.History.Loading.ElectionDto)]);
        var valueTyped = dtos.SelectMany(t => t.GetProperties()
            .Where(p => p.PropertyType.IsValueType && p.PropertyType != typeof(System.Text.Json.JsonElement) && p.PropertyType != typeof(System.Text.Json.JsonElement?))
            .Select(p => t.Name + "." + p.Name + " (" + p.PropertyType.Name + ")"));
        valueTyped.Should().BeEmpty();
        typeof(Kz.Legislature.History.Loading.ChamberDto).GetProperty("TermYears")!.PropertyType.Should().Be<Kz.Legislature.History.Loading.Boxed<int>>();
    }

    [Fact]
    public void Malformed_json_is_rejected_with_its_line_and_position()
    {
        var ex = Reject("{\n  \"dataVersion\": \"2026.11\",\n  \"coverageStart\": ");
        ex.FileName.Should().Be("custom.json");
        ex.Reason.Should().StartWith("Malformed JSON");
        ex.LineNumber.Should().NotBeNull();
        ex.Message.Should().StartWith("custom.json: ");
    }

    [Fact]
    public void A_missing_required_property_is_named_with_its_path()
    {
        var ex = Reject(d => d["ruleSets"]![0]!.AsObject().Remove("validFrom"));
        ex.JsonPath.Should().Be("$.ruleSets[0]");
        ex.Reason.Should().Be("The required property 'validFrom' is missing.");
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_rejected()
    {
        var ex = Reject(d => d["dataVersion"] = 5);
        ex.JsonPath.Should().Be("$.dataVersion");
        ex.Reason.Should().Be("Expected a string, found a number.");
    }

    [Fact]
    public void An_unknown_region_reference_is_rejected()
    {
        var ex = Reject(d =>
        {
            var election = d["elections"]!.AsArray().First(e => e!["id"]!.GetValue<string>() == "senate-2018-shymkent")!;
            election["regions"]![0] = "atlantis";
        });
        ex.JsonPath.Should().MatchRegex(@"^\$\.elections\[\d+\]\.regions\[0\]$");
        ex.Reason.Should().Be("The region 'atlantis' is not defined in $.regions.");
    }

    [Fact]
    public void An_unknown_rule_set_reference_in_a_sitting_is_rejected()
    {
        var ex = Reject(d => d["sittings"]![0]!["heldToRuleSet"] = "no-such-rules");
        ex.JsonPath.Should().Be("$.sittings[0].heldToRuleSet");
        ex.Reason.Should().Contain("'no-such-rules' is not defined in $.ruleSets");
    }

    [Fact]
    public void Overlapping_rule_sets_are_rejected()
    {
        var ex = Reject(d => d["ruleSets"]![2]!["validFrom"] = d["ruleSets"]![1]!["validFrom"]!.GetValue<string>() is var s ? "1994-01-01" : s);
        ex.JsonPath.Should().Be("$.ruleSets[2].validFrom");
        ex.Reason.Should().StartWith("Rule sets overlap");
    }

    [Fact]
    public void A_gap_between_rule_sets_is_rejected()
    {
        var ex = Reject(d => d["ruleSets"]![1]!["validUntil"] = "1995-01-01");
        ex.JsonPath.Should().Be("$.ruleSets[2].validFrom");
        ex.Reason.Should().StartWith("There is a gap between rule sets");
    }

    [Fact]
    public void Unsorted_rule_sets_are_rejected()
    {
        var ex = Reject(d =>
        {
            var sets = d["ruleSets"]!.AsArray();
            var second = sets[2]!;
            sets.RemoveAt(2);
            sets.Insert(1, second);
        });
        ex.JsonPath.Should().Be("$.ruleSets[2].validFrom");
        ex.Reason.Should().StartWith("Rule sets must be sorted");
    }

    [Fact]
    public void A_negative_seat_count_is_rejected()
    {
        var ex = Reject(d =>
        {
            var plan = d["ruleSets"]![0]!["chambers"]![0]!["seatPlan"]![0]!;
            plan["seats"] = -1;
        });
        ex.JsonPath.Should().Be("$.ruleSets[0].chambers[0].seatPlan[0].seats");
        ex.Reason.Should().Be("Expected a number that is not negative, found -1.");
    }

    [Fact]
    public void A_source_without_an_absolute_url_is_rejected()
    {
        var ex = Reject(d => d["instruments"]![0]!["sources"]![0]!["url"] = "not a url");
        ex.JsonPath.Should().Be("$.instruments[0].sources[0].url");
        ex.Reason.Should().Contain("absolute http(s) address");
    }

    [Fact]
    public void An_entry_without_sources_is_rejected()
    {
        var ex = Reject(d => d["parties"]![0]!["sources"] = new JsonArray());
        ex.JsonPath.Should().Be("$.parties[0].sources");
        ex.Reason.Should().Contain("no fact without a source");
    }

    [Fact]
    public void An_unknown_enum_value_is_rejected_with_the_allowed_values()
    {
        var ex = Reject(d => d["ruleSets"]![0]!["chambers"]![0]!["chamber"] = "house-of-lords");
        ex.JsonPath.Should().Be("$.ruleSets[0].chambers[0].chamber");
        ex.Reason.Should().Be("Unknown value 'house-of-lords'. Expected one of: supremeCouncil, senate, mazhilis, kurultai.");
    }

    [Fact]
    public void An_unknown_property_is_rejected()
    {
        var ex = Reject(d => d["regions"]![0]!["population"] = 1);
        ex.JsonPath.Should().Be("$.regions[0].population");
        ex.Reason.Should().StartWith("Unknown property 'population'");
    }

    [Fact]
    public void A_duplicate_id_is_rejected()
    {
        var ex = Reject(d => d["parties"]![1]!["id"] = d["parties"]![0]!["id"]!.GetValue<string>());
        ex.JsonPath.Should().Be("$.parties[1].id");
        ex.Reason.Should().Contain("is used twice");
    }

    [Fact]
    public void A_duplicate_property_is_rejected_as_malformed()
    {
        var ex = Reject("{\"dataVersion\": \"1\", \"dataVersion\": \"2\"}");
        ex.Reason.Should().StartWith("Malformed JSON");
        ex.Reason.Should().Contain("dataVersion");
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_rejected()
    {
        var ex = Reject(d => d["regions"]![0]!["validUntil"] = "1980-01-01");
        ex.JsonPath.Should().Be("$.regions[0].validUntil");
        ex.Reason.Should().Contain("ends (1980-01-01) on or before it starts");
    }

    [Fact]
    public void A_seat_plan_entry_with_both_seats_and_per_region_is_rejected()
    {
        var ex = Reject(d => d["ruleSets"]![0]!["chambers"]![0]!["seatPlan"]![0]!["perRegion"] = 2);
        ex.JsonPath.Should().Be("$.ruleSets[0].chambers[0].seatPlan[0]");
        ex.Reason.Should().Be("A seat-plan entry has exactly one of 'seats' and 'perRegion'.");
    }

    [Fact]
    public void Overlapping_sittings_of_one_chamber_are_rejected()
    {
        var ex = Reject(d =>
        {
            var sittings = d["sittings"]!.AsArray();
            var second = sittings.First(s => s!["chamber"]!.GetValue<string>() == "mazhilis" && s["until"] is not null && s!["from"]!.GetValue<string>().StartsWith("1999", StringComparison.Ordinal))!;
            second["from"] = "1998-01-01";
        });
        ex.Reason.Should().Contain("overlaps");
    }

    [Fact]
    public void A_bad_date_is_rejected()
    {
        var ex = Reject(d => d["coverageStart"] = "25.03.1990");
        ex.JsonPath.Should().Be("$.coverageStart");
        ex.Reason.Should().Be("Expected an ISO date (yyyy-MM-dd), found '25.03.1990'.");
    }

    [Fact]
    public void A_document_that_is_too_deep_is_rejected()
    {
        var json = new string('[', 100) + new string(']', 100);
        Reject(json).Reason.Should().StartWith("Malformed JSON");
    }

    [Fact]
    public void A_null_stream_is_an_argument_error()
    {
        var act = () => LegislativeHistory.Load(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("json");
    }
}

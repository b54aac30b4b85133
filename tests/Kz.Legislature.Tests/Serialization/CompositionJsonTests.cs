using System.Text;
using System.Text.Json;
using CsCheck;
using Json.Schema;
using Kz.Legislature.History;
using Kz.Legislature.Serialization;

namespace Kz.Legislature.Tests.Serialization;

public sealed partial class CompositionJsonTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(CompositionJson.JsonSchema));

    private static readonly LocalDate Day = new(2024, 1, 1);

    [Fact]
    public void Every_generated_composition_survives_write_then_read_unchanged() =>
        CompositionGenerators.Composition.Sample(
            composition => CompositionJson.Read(CompositionJson.WriteToString(composition)).Should().Be(composition),
            iter: PropertyRuns.Cap(3000));

    [Fact]
    public void Every_generated_composition_survives_a_round_trip_through_a_stream() =>
        CompositionGenerators.Composition.Sample(
            composition =>
            {
                using var stream = new MemoryStream();
                CompositionJson.Write(composition, stream);
                stream.Position = 0;
                CompositionJson.Read(stream, "generated.json").Should().Be(composition);
            },
            iter: PropertyRuns.Cap(1000));

    [Fact]
    public void Every_generated_parliament_survives_write_then_read_unchanged() =>
        CompositionGenerators.Parliament.Sample(
            parliament => CompositionJson.ReadParliament(CompositionJson.WriteToString(parliament)).Should().Be(parliament),
            iter: PropertyRuns.Cap(1000));

    [Fact]
    public void Every_generated_mandate_survives_write_then_read_unchanged() =>
        CompositionGenerators.Mandate.Sample(
            mandate => CompositionJson.ReadMandate(CompositionJson.WriteToString(mandate)).Should().Be(mandate),
            iter: PropertyRuns.Cap(3000));

    [Fact]
    public void Every_written_document_is_valid_against_the_shipped_schema()
    {
        CompositionGenerators.Composition.Sample(c => ShouldMatchSchema(CompositionJson.WriteToString(c)), iter: PropertyRuns.Cap(300));
        CompositionGenerators.Parliament.Sample(p => ShouldMatchSchema(CompositionJson.WriteToString(p)), iter: PropertyRuns.Cap(200));
        CompositionGenerators.Mandate.Sample(m => ShouldMatchSchema(CompositionJson.WriteToString(m)), iter: PropertyRuns.Cap(300));
    }

    [Fact]
    public void The_schema_rejects_what_the_reader_rejects()
    {
        var valid = CompositionJson.WriteToString(SmallSenate());
        SchemaAccepts(valid).Should().BeTrue();
        SchemaAccepts(valid.Replace("\"senate\"", "\"senat\"", StringComparison.Ordinal)).Should().BeFalse();
        SchemaAccepts(valid.Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal)).Should().BeFalse();
        SchemaAccepts(valid.Replace("\"start\"", "\"begin\"", StringComparison.Ordinal)).Should().BeFalse();
    }

    [Fact]
    public void A_written_senate_is_camel_case_with_iso_dates_and_enum_names()
    {
        var json = CompositionJson.WriteToString(SmallSenate());

        json.Should().StartWith("{\n  \"formatVersion\": 1,\n  \"kind\": \"senate\",\n  \"date\": \"2024-01-01\"");
        json.Should().Contain("\"source\": \"electedByMaslikhats\"")
            .And.Contain("\"start\": \"2023-01-25\"")
            .And.Contain("\"endReason\": \"termExpiry\"")
            .And.Contain("\"regionId\": \"astana\"")
            .And.Contain("\"ru\": \"Айгерим\"")
            .And.NotContain("null", "absent values are omitted");
    }

    [Fact]
    public void Writing_the_same_composition_twice_gives_the_same_bytes() =>
        CompositionJson.WriteToString(SmallSenate()).Should().Be(CompositionJson.WriteToString(SmallSenate()));

    [Fact]
    public void A_document_may_start_with_a_byte_order_mark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CompositionJson.WriteToString(SmallSenate()))).ToArray();

        CompositionJson.Read(new MemoryStream(bytes)).Should().Be(SmallSenate());
    }

    [Fact]
    public void Optional_properties_may_be_null_or_absent()
    {
        const string json = """
            {"formatVersion":1,"kind":"mazhilis","date":"2024-01-01","convocation":null,"mandates":[
              {"deputy":{"id":"d","name":{"en":"D","ru":null,"alternatives":null},"birthDate":null},"chamber":"mazhilis","source":"partyList",
               "start":"2023-03-29","end":null,"endReason":null,"regionId":null,"district":null,"partyId":"amanat"}]}
            """;

        var mazhilis = CompositionJson.Read(json);

        mazhilis.Should().Be(new Mazhilis(Day, [new Mandate(new Deputy("d", "D"), ChamberKind.Mazhilis, SeatSource.PartyList, new LocalDate(2023, 3, 29), partyId: "amanat")]));
    }

    [Fact]
    public void A_full_parliament_of_148_mandates_round_trips_and_stays_well_under_the_size_limit()
    {
        var parliament = CompositionGenerators.RealisticParliament(LegislativeHistory.Kazakhstan, new LocalDate(2024, 1, 1));
        var json = CompositionJson.WriteToString(parliament);

        CompositionJson.ReadParliament(json).Should().Be(parliament);
        parliament.Chambers.Sum(c => c.SeatCount).Should().Be(148);
        Encoding.UTF8.GetByteCount(json).Should().BeLessThan(CompositionJson.MaxDocumentBytes / 20);
        ShouldMatchSchema(json);
    }

    [Fact]
    public void Null_arguments_are_rejected_with_argument_null_exception()
    {
        FluentActions.Invoking(() => CompositionJson.Read((Stream)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CompositionJson.Read((string)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CompositionJson.WriteToString((ChamberComposition)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CompositionJson.ReadDocument((string)null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void The_exception_message_names_file_path_and_one_based_position()
    {
        var ex = new LegislatureJsonException("a.json", "$.mandates[0].end", "Bad.", 3, 7);

        ex.Message.Should().Be("a.json: $.mandates[0].end (line 4, position 8): Bad.");
        ex.Reason.Should().Be("Bad.");
    }

    internal static Senate SmallSenate() => new(
        Day,
        [
            new Mandate(
                new Deputy("d-001", new LocalizedName("Aigerim", "Айгерим", "Әйгерім", "Äigerim"), new LocalDate(1970, 5, 17)),
                ChamberKind.Senate,
                SeatSource.ElectedByMaslikhats,
                new LocalDate(2023, 1, 25),
                new LocalDate(2029, 1, 25),
                MandateEndReason.TermExpiry,
                "astana"),
        ],
        8);

    private static bool SchemaAccepts(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid;
    }

    private static void ShouldMatchSchema(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(5)));
    }
}

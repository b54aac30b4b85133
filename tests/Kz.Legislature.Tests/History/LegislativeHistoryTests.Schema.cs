using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Kz.Legislature.History;
using Kz.Legislature.Tests.Conventions;

namespace Kz.Legislature.Tests.History;

/// <summary>The shipped dataset is valid against the shipped schema, and the schema refuses what the reader refuses.</summary>
public partial class LegislativeHistoryTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(PublicApiTests.RepositoryRoot(), "src", "Kz.Legislature", "Data", "kazakhstan.schema.json"))));

    private static EvaluationResults Evaluate(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    private static string Errors(EvaluationResults result) =>
        string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10));

    private static string Changed(Action<JsonObject> change)
    {
        var doc = LegislativeHistoryTests.Document();
        change(doc);
        return doc.ToJsonString();
    }

    [Fact]
    public void The_embedded_dataset_is_valid_against_the_shipped_schema()
    {
        var result = Evaluate(LegislativeHistoryTests.EmbeddedJson());
        result.IsValid.Should().BeTrue(Errors(result));
    }

    public static TheoryData<string> Rejected() => new()
    {
        "an unknown property on an election",
        "the old name of the 2023 election's list-or-against-all count",
        "a seat-count basis that claims to be stated",
        "a seat-count basis without a note",
        "an alternative sitting date that is not a date",
        "an unknown property on a convocation",
        "a source URL that is not ASCII",
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void The_schema_and_the_reader_both_refuse(string what)
    {
        var json = Changed(doc =>
        {
            var election = doc["elections"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == "mazhilis-2023")!.AsObject();
            var senate1995 = doc["ruleSets"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "rules-1995")!["chambers"]![0]!.AsObject();
            var basis = senate1995["seatCountBasis"]![0]!.AsObject();
            switch (what)
            {
                case "an unknown property on an election":
                    election["bogus"] = 1;
                    break;
                case "the old name of the 2023 election's list-or-against-all count":
                    election["ballotsCast"] = election["listOrAgainstAllVotes"]!.DeepClone();
                    election.Remove("listOrAgainstAllVotes");
                    break;
                case "a seat-count basis that claims to be stated":
                    basis["basis"] = "stated";
                    break;
                case "a seat-count basis without a note":
                    basis.Remove("note");
                    break;
                case "an alternative sitting date that is not a date":
                    doc["sittings"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == "mazhilis-ii")!["fromAlternatives"]![0] = "30 Nov 1999";
                    break;
                case "a source URL that is not ASCII":
                    election["sources"]![0]!["url"] = "https://almaty.tv/news/saılaý-2021/1356";
                    break;
                default:
                    doc["convocations"]![0]!["bogus"] = true;
                    break;
            }
        });

        Evaluate(json).IsValid.Should().BeFalse($"the schema must refuse {what}");
        FluentActions.Invoking(() => LegislativeHistory.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "changed.json"))
            .Should().Throw<LegislativeDataException>($"the reader must refuse {what}");
    }
}

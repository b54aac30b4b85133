using System.Text;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.History;

/// <summary>The loader's own reasons for the serializer's errors: a property given twice, a list quota of the wrong kind.</summary>
public partial class LegislativeHistoryTests
{
    private static LegislativeDataException LoadReasonsReject(string json)
    {
        var act = () => LegislativeHistory.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "custom.json");
        var ex = act.Should().Throw<LegislativeDataException>().Which;
        ex.FileName.Should().Be("custom.json");
        return ex;
    }

    [Fact]
    public void A_property_given_twice_is_rejected_as_malformed_json()
    {
        var json = LegislativeHistoryTests.Document().ToJsonString();
        json = "{\"dataVersion\":\"2000.01\"," + json[1..];
        var ex = LoadReasonsReject(json);
        ex.JsonPath.Should().Be("$.dataVersion");
        ex.Reason.Should().Be("Malformed JSON: the property 'dataVersion' is given twice; each property may appear once.");
    }

    [Fact]
    public void A_list_quota_that_is_neither_an_object_nor_an_array_is_rejected()
    {
        var doc = LegislativeHistoryTests.Document();
        doc["ruleSets"]![4]!["chambers"]![1]!["listQuota"] = "thirty percent";
        var ex = LoadReasonsReject(doc.ToJsonString());
        ex.JsonPath.Should().Be("$.ruleSets[4].chambers[1].listQuota");
        ex.Reason.Should().Be("Expected an object or an array of objects, found a string.");
    }
}

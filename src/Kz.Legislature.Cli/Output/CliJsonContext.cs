using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kz.Legislature.Cli.Output;

/// <summary>
/// The source-generated serializer of the tool's JSON documents (the records of JsonDtos.cs): camelCase properties in
/// declaration order, nulls written, no reflection at run time. The layout (indentation, newline, escaping) is the
/// writer's, set in <see cref="Json"/>.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never, WriteIndented = true, NewLine = "\n")]
[JsonSerializable(typeof(RulesJson))]
[JsonSerializable(typeof(AllocateJson))]
[JsonSerializable(typeof(PowersJson))]
[JsonSerializable(typeof(DecideJson))]
[JsonSerializable(typeof(DiffJson))]
[JsonSerializable(typeof(TimelineJson))]
[JsonSerializable(typeof(ValidateJson))]
[JsonSerializable(typeof(ValidateParseErrorJson))]
[JsonSerializable(typeof(WhoJson))]
[JsonSerializable(typeof(ExportJson))]
[JsonSerializable(typeof(ChartJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context the tool writes with: as <see cref="JsonSerializerContext"/>'s defaults, and the writer's relaxed escaping.</summary>
    public static CliJsonContext Output { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

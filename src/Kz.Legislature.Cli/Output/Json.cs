using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kz.Legislature.History;
using NodaTime;

namespace Kz.Legislature.Cli.Output;

/// <summary>
/// Writes the tool's JSON documents: the source-generated records of JsonDtos.cs (<see cref="CliJsonContext"/>) through one
/// <see cref="Utf8JsonWriter"/> (indented by two spaces, "\n" newlines, relaxed escaping), and turns the model's values into
/// their wire form (dates as yyyy-MM-dd, enumerations as camelCase identifiers, texts in the language asked for).
/// </summary>
internal static class Json
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Writes one JSON document followed by a newline.</summary>
    /// <typeparam name="T">The document's record.</typeparam>
    /// <param name="output">Where to write.</param>
    /// <param name="document">The document.</param>
    /// <param name="typeInfo">Its metadata, from <see cref="CliJsonContext.Output"/>.</param>
    public static void Write<T>(TextWriter output, T document, JsonTypeInfo<T> typeInfo)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            JsonSerializer.Serialize(writer, document, typeInfo);
        }

        output.Write(Encoding.UTF8.GetString(stream.GetBuffer(), 0, checked((int)stream.Length)));
        output.Write('\n');
        output.Flush();
    }

    /// <summary>Gets the serializer's contexts of every document.</summary>
    public static CliJsonContext Context => CliJsonContext.Output;

    /// <summary>Gets a date as yyyy-MM-dd, or null.</summary>
    public static string? Date(LocalDate? date) => date is { } d ? DateArgument.Iso(d) : null;

    /// <summary>Gets an enumeration value as its camelCase identifier, or null.</summary>
    public static string? Enum<T>(T? value)
        where T : struct, System.Enum => value is { } v ? Labels.Camel(v) : null;

    /// <summary>Gets a half-open period as <c>{ "from": ..., "until": ... }</c>.</summary>
    public static PeriodJson Period(Term period) => new(Date(period.Start), Date(period.End));

    /// <summary>Gets a list of sources as <c>{ url, title }</c> objects.</summary>
    public static List<SourceJson> Sources(IEnumerable<SourceReference> sources) => [.. sources.Select(s => new SourceJson(s.Url.OriginalString, s.Title))];

    /// <summary>Gets an instrument in <paramref name="lang"/>.</summary>
    public static InstrumentJson Instrument(Instrument instrument, string lang) => new(
        instrument.Id,
        Enum((InstrumentKind?)instrument.Kind),
        instrument.Name.In(lang),
        Labels.ShortName(instrument, lang),
        instrument.Number,
        Date(instrument.AdoptedOn),
        Date(instrument.InForceFrom));

    /// <summary>Gets a citation (or null): the instrument's id and name in <paramref name="lang"/>, the article, the sources that state the value, confidence, verification date and note.</summary>
    public static CitationJson? Citation(Citation? c, string lang) => c is null
        ? null
        : new(
            c.InstrumentId,
            c.InstrumentNameIn(lang),
            c.Article,
            c.In(lang),
            c.Source?.OriginalString,
            Sources(c.Sources),
            Enum((Confidence?)c.Confidence),
            Date(c.VerifiedOn),
            c.Note);

    /// <summary>Gets the citations keyed by aspect (camelCase), for the aspects that have one, in the order given.</summary>
    public static Dictionary<string, CitationJson> Citations(IEnumerable<(RuleAspect Aspect, Citation? Citation)> citations, string lang)
    {
        var result = new Dictionary<string, CitationJson>(StringComparer.Ordinal);
        foreach (var (aspect, c) in citations)
        {
            if (Citation(c, lang) is { } json)
            {
                var key = aspect.ToString();
                result[char.ToLowerInvariant(key[0]) + key[1..]] = json;
            }
        }

        return result;
    }
}

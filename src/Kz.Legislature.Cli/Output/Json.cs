using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kz.Legislature.History;
using NodaTime;

namespace Kz.Legislature.Cli.Output;

/// <summary>Writes the tool's JSON with <see cref="Utf8JsonWriter"/>: indented, camelCase, ISO dates, no reflection.</summary>
internal static class Json
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Writes one JSON document followed by a newline.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="write">Writes the document.</param>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        output.Write(Encoding.UTF8.GetString(stream.GetBuffer(), 0, checked((int)stream.Length)));
        output.Write('\n');
        output.Flush();
    }

    /// <summary>Writes the properties a command's document starts with: <c>command</c>, <c>lang</c>, <c>dataVersion</c> and <c>verifiedThrough</c>.</summary>
    public static void Header(this Utf8JsonWriter w, string command, string lang, LegislativeHistory history)
    {
        w.WriteString("command", command);
        w.WriteString("lang", lang);
        w.WriteString("dataVersion", history.DataVersion);
        w.Date("verifiedThrough", history.VerifiedThrough);
    }

    /// <summary>Writes a date property as yyyy-MM-dd, or null.</summary>
    public static void Date(this Utf8JsonWriter w, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, DateArgument.Iso(d));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>Writes a string property, or null.</summary>
    public static void StringOrNull(this Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>Writes an integer property, or null.</summary>
    public static void NumberOrNull(this Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>Writes a decimal property, or null.</summary>
    public static void NumberOrNull(this Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>Writes a boolean property, or null.</summary>
    public static void BoolOrNull(this Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            w.WriteBoolean(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>Writes an enumeration property as its camelCase identifier, or null.</summary>
    public static void Enum<T>(this Utf8JsonWriter w, string name, T? value)
        where T : struct, System.Enum
    {
        if (value is { } v)
        {
            w.WriteString(name, Labels.Camel(v));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>Writes a half-open period as <c>{ "from": ..., "until": ... }</c>.</summary>
    public static void Period(this Utf8JsonWriter w, string name, Term period)
    {
        w.WriteStartObject(name);
        w.Date("from", period.Start);
        w.Date("until", period.End);
        w.WriteEndObject();
    }

    /// <summary>Writes <c>confidence</c>, <c>sources</c> and <c>note</c> properties.</summary>
    public static void Provenance(this Utf8JsonWriter w, Provenance provenance)
    {
        w.Enum("confidence", (Confidence?)provenance.Confidence);
        w.Sources(provenance.Sources);
        w.StringOrNull("note", provenance.Note);
    }

    /// <summary>Writes a <c>sources</c> array of <c>{ url, title }</c> objects.</summary>
    private static void Sources(this Utf8JsonWriter w, IEnumerable<SourceReference> sources)
    {
        w.WriteStartArray("sources");
        foreach (var s in sources)
        {
            w.WriteStartObject();
            w.WriteString("url", s.Url.OriginalString);
            w.WriteString("title", s.Title);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Writes an instrument object.</summary>
    public static void Instrument(this Utf8JsonWriter w, string name, Instrument instrument, string lang)
    {
        w.WriteStartObject(name);
        w.WriteString("id", instrument.Id);
        w.Enum("kind", (InstrumentKind?)instrument.Kind);
        w.WriteString("name", instrument.Name.In(lang));
        w.WriteString("shortName", Labels.ShortName(instrument, lang));
        w.StringOrNull("number", instrument.Number);
        w.Date("adoptedOn", instrument.AdoptedOn);
        w.Date("inForceFrom", instrument.InForceFrom);
        w.WriteEndObject();
    }

    /// <summary>Writes a citation object (or null): the instrument's id and name in <paramref name="lang"/>, the article, the sources that state the value, confidence, verification date and note.</summary>
    public static void Citation(this Utf8JsonWriter w, string name, Citation? c, string lang)
    {
        if (c is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.StringOrNull("instrumentId", c.InstrumentId);
        w.WriteString("instrument", c.InstrumentNameIn(lang));
        w.StringOrNull("article", c.Article);
        w.WriteString("text", c.In(lang));
        w.StringOrNull("source", c.Source?.OriginalString);
        w.Sources(c.Sources);
        w.Enum("confidence", (Confidence?)c.Confidence);
        w.Date("verifiedOn", c.VerifiedOn);
        w.StringOrNull("note", c.Note);
        w.WriteEndObject();
    }

    /// <summary>Writes an object of citations keyed by aspect (camelCase), for the aspects that have one.</summary>
    public static void Citations(this Utf8JsonWriter w, string name, IEnumerable<(RuleAspect Aspect, Citation? Citation)> citations, string lang)
    {
        w.WriteStartObject(name);
        foreach (var (aspect, c) in citations)
        {
            if (c is not null)
            {
                var key = aspect.ToString();
                w.Citation(char.ToLowerInvariant(key[0]) + key[1..], c, lang);
            }
        }

        w.WriteEndObject();
    }
}

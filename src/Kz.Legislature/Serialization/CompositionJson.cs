using System.Globalization;
using System.Text;
using System.Text.Json;
using Kz.Legislature.Internal;
using Kz.Legislature.Internal.Json;

namespace Kz.Legislature.Serialization;

/// <summary>
/// Reads and writes chamber compositions, parliaments and single mandates in the documented JSON format
/// (docs/json-format.md; JSON Schema <c>composition.schema.json</c>, shipped in the package under <c>content/schemas/</c>).
/// </summary>
/// <remarks>
/// <para>The format is camelCase, dates are ISO-8601 calendar dates (<c>"2024-01-01"</c>), enums are camelCase strings,
/// and every document starts with <c>"formatVersion": 1</c> and a <c>"kind"</c>: <c>senate</c>, <c>mazhilis</c>,
/// <c>kurultai</c>, <c>supremeCouncil</c>, <c>parliament</c> or <c>mandate</c>. Mandate terms are half-open:
/// <c>start</c> is the first day, <c>end</c> the first day the mandate no longer runs.</para>
/// <para>Reading is strict: unknown or duplicate properties, missing required properties, wrong types, bad dates,
/// unknown enum names, trailing content, documents nested deeper than <see cref="MaxDepth"/> or larger than
/// <see cref="MaxDocumentBytes"/>, an unsupported <c>formatVersion</c> and values the model's constructors reject all
/// throw <see cref="LegislatureJsonException"/> with the JSON path and the position. No other exception escapes a read
/// for any input, except <see cref="ArgumentNullException"/> for a null argument and the stream's own I/O errors.
/// Nothing partial is ever returned.</para>
/// <para>Serialization uses System.Text.Json source generation: no reflection at run time, trimming- and AOT-safe.
/// All members are thread-safe.</para>
/// </remarks>
public static class CompositionJson
{
    /// <summary>The format version this library writes and reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>The deepest nesting of objects and arrays accepted (32). Valid documents nest at most 8 deep.</summary>
    public const int MaxDepth = 32;

    /// <summary>The largest document accepted, in bytes (4 MiB, 4,194,304 bytes). A full 148-seat Parliament is about 60 KB.</summary>
    public const int MaxDocumentBytes = 4 * 1024 * 1024;

    private static readonly Lazy<string> SchemaText = new(LoadSchema, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the JSON Schema (draft 2020-12) of the format, the same text the package ships as <c>content/schemas/composition.schema.json</c>.</summary>
    public static string JsonSchema => SchemaText.Value;

    private static CompositionJsonContext Context => CompositionJsonContext.Strict;

    /// <summary>Writes a chamber composition as an indented UTF-8 JSON document.</summary>
    /// <param name="composition">The composition.</param>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A value cannot be written: an enum value is not defined, or a string holds invalid UTF-16.</exception>
    public static void Write(ChamberComposition composition, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(composition);
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, ToDocument(composition), Context.ChamberDocumentDto);
    }

    /// <summary>Writes a parliament (all its chambers) as an indented UTF-8 JSON document.</summary>
    /// <param name="parliament">The parliament.</param>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A value cannot be written: an enum value is not defined, or a string holds invalid UTF-16.</exception>
    public static void Write(Parliament parliament, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(parliament);
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, ToDocument(parliament), Context.ParliamentDocumentDto);
    }

    /// <summary>Writes a single mandate as an indented UTF-8 JSON document of kind <c>mandate</c>.</summary>
    /// <param name="mandate">The mandate.</param>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A value cannot be written: an enum value is not defined, or a string holds invalid UTF-16.</exception>
    public static void Write(Mandate mandate, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(mandate);
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, ToDocument(mandate), Context.MandateDocumentDto);
    }

    /// <summary>Writes a chamber composition to an indented JSON string.</summary>
    /// <param name="composition">The composition.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="composition"/> is null.</exception>
    /// <exception cref="ArgumentException">A value cannot be written: an enum value is not defined, or a string holds invalid UTF-16.</exception>
    public static string WriteToString(ChamberComposition composition)
    {
        ArgumentNullException.ThrowIfNull(composition);
        return JsonSerializer.Serialize(ToDocument(composition), Context.ChamberDocumentDto);
    }

    /// <summary>Writes a parliament to an indented JSON string.</summary>
    /// <param name="parliament">The parliament.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parliament"/> is null.</exception>
    /// <exception cref="ArgumentException">A value cannot be written: an enum value is not defined, or a string holds invalid UTF-16.</exception>
    public static string WriteToString(Parliament parliament)
    {
        ArgumentNullException.ThrowIfNull(parliament);
        return JsonSerializer.Serialize(ToDocument(parliament), Context.ParliamentDocumentDto);
    }

    /// <summary>Writes a single mandate to an indented JSON string.</summary>
    /// <param name="mandate">The mandate.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mandate"/> is null.</exception>
    /// <exception cref="ArgumentException">A value cannot be written: an enum value is not defined, or a string holds invalid UTF-16.</exception>
    public static string WriteToString(Mandate mandate)
    {
        ArgumentNullException.ThrowIfNull(mandate);
        return JsonSerializer.Serialize(ToDocument(mandate), Context.MandateDocumentDto);
    }

    /// <summary>Reads a chamber composition (kind <c>senate</c>, <c>mazhilis</c>, <c>kurultai</c> or <c>supremeCouncil</c>).</summary>
    /// <param name="utf8Json">The UTF-8 JSON document (a leading byte-order mark is allowed); read to its end, left open.</param>
    /// <param name="fileName">A name for the document used in error messages, or <see langword="null"/>.</param>
    /// <returns>The composition: a <see cref="Senate"/>, <see cref="Mazhilis"/>, <see cref="Kurultai"/> or <see cref="SupremeCouncil"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="LegislatureJsonException">The document is not a valid chamber composition; the exception gives the path and position.</exception>
    public static ChamberComposition Read(Stream utf8Json, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Read(ReadAll(utf8Json, fileName), fileName);
    }

    /// <summary>Reads a chamber composition from a JSON string.</summary>
    /// <param name="json">The JSON document.</param>
    /// <param name="fileName">A name for the document used in error messages, or <see langword="null"/>.</param>
    /// <returns>The composition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="LegislatureJsonException">The document is not a valid chamber composition.</exception>
    public static ChamberComposition Read(string json, string? fileName = null) => Read(Encode(json, fileName), fileName);

    /// <summary>Reads a chamber composition from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 JSON document.</param>
    /// <param name="fileName">A name for the document used in error messages, or <see langword="null"/>.</param>
    /// <returns>The composition.</returns>
    /// <exception cref="LegislatureJsonException">The document is not a valid chamber composition.</exception>
    public static ChamberComposition Read(ReadOnlySpan<byte> utf8Json, string? fileName = null)
    {
        var ctx = Prepare(utf8Json, fileName, out var kind);
        if (!ChamberKindNames.TryParseWireName(kind, out _))
        {
            throw ctx.Fail("$.kind", WrongKind(kind, "a chamber composition (senate, mazhilis, kurultai or supremeCouncil)"));
        }

        return ReadChamber(ref ctx);
    }

    /// <summary>Reads a parliament (kind <c>parliament</c>) with its chambers.</summary>
    /// <param name="utf8Json">The UTF-8 JSON document; read to its end, left open.</param>
    /// <param name="fileName">A name for the document used in error messages, or <see langword="null"/>.</param>
    /// <returns>The parliament.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="LegislatureJsonException">The document is not a valid parliament.</exception>
    public static Parliament ReadParliament(Stream utf8Json, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return ReadParliament(ReadAll(utf8Json, fileName), fileName);
    }

    /// <summary>Reads a parliament from a JSON string.</summary>
    /// <param name="json">The JSON document.</param>
    /// <param name="fileName">A name for the document used in error messages, or <see langword="null"/>.</param>
    /// <returns>The parliament.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="LegislatureJsonException">The document is not a valid parliament.</exception>
    public static Parliament ReadParliament(string json, string? fileName = null) => ReadParliament(Encode(json, fileName), fileName);

    /// <summary>Reads a parliament from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 JSON document.</param>
    /// <param name="fileName">A name for the document used in error messages, or <see langword="null"/>.</param>
    /// <returns>The parliament.</returns>
    /// <exception cref="LegislatureJsonException">The document is not a valid parliament.</exception>
    public static Parliament ReadParliament(ReadOnlySpan<byte> utf8Json, string? fileName = null)
    {
        var ctx = Prepare(utf8Json, fileName, out var kind);
        if (kind != "parliament")
        {
            throw ctx.Fail("$.kind", WrongKind(kind, "a parliament"));
        }

        return ReadParliament(ref ctx);
    }

    /// <summary>Reads a chamber composition or a parliament, whichever the document's <c>kind</c> says it is.</summary>
    /// <param name="utf8Json">The UTF-8 JSON document (a leading byte-order mark is allowed); read to its end, left open.</param>
    /// <param name="fileName">A name for the document used in error messages, or <see langword="null"/>.</param>
    /// <returns>The document: a chamber's composition or a parliament.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="LegislatureJsonException">The document is neither a valid chamber composition nor a valid parliament (a single mandate included); the exception gives the path and position.</exception>
    public static CompositionDocument ReadDocument(Stream utf8Json, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return ReadDocument(ReadAll(utf8Json, fileName), fileName);
    }

    /// <summary>Reads a chamber composition or a parliament from a JSON string, whichever the document's <c>kind</c> says it is.</summary>
    /// <param name="json">The JSON document.</param>
    /// <param name="fileName">A name for the document used in error messages, or <see langword="null"/>.</param>
    /// <returns>The document: a chamber's composition or a parliament.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="LegislatureJsonException">The document is neither a valid chamber composition nor a valid parliament.</exception>
    public static CompositionDocument ReadDocument(string json, string? fileName = null) => ReadDocument(Encode(json, fileName), fileName);

    /// <summary>Reads a chamber composition or a parliament from UTF-8 bytes, whichever the document's <c>kind</c> says it is.</summary>
    /// <param name="utf8Json">The UTF-8 JSON document.</param>
    /// <param name="fileName">A name for the document used in error messages, or <see langword="null"/>.</param>
    /// <returns>The document: a chamber's composition or a parliament.</returns>
    /// <exception cref="LegislatureJsonException">The document is neither a valid chamber composition nor a valid parliament.</exception>
    public static CompositionDocument ReadDocument(ReadOnlySpan<byte> utf8Json, string? fileName = null)
    {
        var ctx = Prepare(utf8Json, fileName, out var kind);
        if (kind == "parliament")
        {
            return CompositionDocument.Of(ReadParliament(ref ctx));
        }

        if (!ChamberKindNames.TryParseWireName(kind, out _))
        {
            throw ctx.Fail("$.kind", kind == "mandate" ? NotAComposition : WrongKind(kind, "a chamber composition or a parliament"));
        }

        return CompositionDocument.Of(ReadChamber(ref ctx));
    }

    private static ChamberComposition ReadChamber(ref ReadContext ctx)
    {
        var dto = Deserialize(ref ctx, CompositionJsonContext.Reading.Chamber);
        return Mapper.ToComposition(ref ctx, "$", dto.Kind, dto.Date, dto.Convocation, dto.Mandates);
    }

    private static Parliament ReadParliament(ref ReadContext ctx)
    {
        var dto = Deserialize(ref ctx, CompositionJsonContext.Reading.Parliament);
        var chambers = new List<ChamberComposition>(dto.Chambers.Count);
        for (var i = 0; i < dto.Chambers.Count; i++)
        {
            var path = Mapper.Index("$.chambers", i);
            var chamber = dto.Chambers[i] ?? throw ctx.Fail(path, "A chamber is null; every item of \"chambers\" must be an object.");
            if (!ChamberKindNames.TryParseWireName(chamber.Kind, out _))
            {
                throw ctx.Fail(path + ".kind", WrongKind(chamber.Kind, "a chamber (senate, mazhilis, kurultai or supremeCouncil)"));
            }

            chambers.Add(Mapper.ToComposition(ref ctx, path, chamber.Kind, dto.Date, chamber.Convocation, chamber.Mandates));
        }

        try
        {
            return new Parliament(dto.Date, chambers, dto.Convocation);
        }
        catch (ArgumentException ex)
        {
            throw ctx.Fail(Mapper.PathFor("$", ex.ParamName, "chambers", "convocation"), Mapper.Clean(ex), ex);
        }
    }

    /// <summary>Reads a single mandate (kind <c>mandate</c>).</summary>
    /// <param name="utf8Json">The UTF-8 JSON document; read to its end, left open.</param>
    /// <param name="fileName">A name for the document used in error messages, or <see langword="null"/>.</param>
    /// <returns>The mandate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="LegislatureJsonException">The document is not a valid mandate.</exception>
    public static Mandate ReadMandate(Stream utf8Json, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return ReadMandate(ReadAll(utf8Json, fileName), fileName);
    }

    /// <summary>Reads a single mandate from a JSON string.</summary>
    /// <param name="json">The JSON document.</param>
    /// <param name="fileName">A name for the document used in error messages, or <see langword="null"/>.</param>
    /// <returns>The mandate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="LegislatureJsonException">The document is not a valid mandate.</exception>
    public static Mandate ReadMandate(string json, string? fileName = null) => ReadMandate(Encode(json, fileName), fileName);

    /// <summary>Reads a single mandate from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 JSON document.</param>
    /// <param name="fileName">A name for the document used in error messages, or <see langword="null"/>.</param>
    /// <returns>The mandate.</returns>
    /// <exception cref="LegislatureJsonException">The document is not a valid mandate.</exception>
    public static Mandate ReadMandate(ReadOnlySpan<byte> utf8Json, string? fileName = null)
    {
        var ctx = Prepare(utf8Json, fileName, out var kind);
        if (kind != "mandate")
        {
            throw ctx.Fail("$.kind", WrongKind(kind, "a mandate"));
        }

        var dto = Deserialize(ref ctx, CompositionJsonContext.Reading.Mandate);
        var mandate = dto.Mandate ?? throw ctx.Fail("$.mandate", "The mandate is null; \"mandate\" must be an object.");
        return Mapper.ToMandate(ref ctx, "$.mandate", mandate);
    }

    private static string LoadSchema()
    {
        using var stream = typeof(CompositionJson).Assembly.GetManifestResourceStream("Kz.Legislature.Serialization.composition.schema.json")
            ?? throw new InvalidOperationException("The composition schema is missing from the assembly (a packaging error).");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a document through the shared strict reader (<see cref="StrictInput"/>), refusing more than <paramref name="limit"/> bytes as this format's error.</summary>
    /// <remarks>The public callers check <paramref name="stream"/> for null under their own parameter names.</remarks>
    internal static byte[] ReadAll(Stream stream, string? fileName, int limit = MaxDocumentBytes)
    {
        var bytes = StrictInput.ReadAtMost(stream, limit);
        return bytes.Length > limit ? throw TooLarge(fileName, limit) : bytes;
    }

    internal static byte[] Encode(string json, string? fileName, int limit = MaxDocumentBytes)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (StrictInput.IsOverLimit(json, limit))
        {
            throw TooLarge(fileName, limit);
        }

        return Encoding.UTF8.GetBytes(json);
    }

    internal static LegislatureJsonException TooLarge(string? fileName, int limit) =>
        new(fileName, "$", string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {limit} bytes."));

    /// <summary>Turns an error of the JSON reader (malformed JSON, a duplicate key) into the library's exception.</summary>
    /// <remarks>Used by the look at the document's header (its kind and format version), read with a <see cref="Utf8JsonReader"/>.</remarks>
    internal static LegislatureJsonException FromDocumentException(JsonException ex, string? fileName)
    {
        var path = ex.Path ?? "$";
        var reason = JsonErrorText.DuplicateKey(ex.Message) is { } name
            ? $"The property \"{StrictLocalDateConverter.Truncate(name)}\" is given twice; each property may appear once."
            : JsonKinds.ReaderMessage(ex.Message);
        return new LegislatureJsonException(fileName, path, reason, ex.LineNumber, ex.BytePositionInLine, ex);
    }

    /// <summary>
    /// Turns an error of the source-generated reader into the library's exception. The path, line and position are the
    /// serializer's own. The reason is, by where the error came from: the format's own words, thrown inside the serializer
    /// (<see cref="WireFormatException"/>, from a converter or a strict-object hook); the JSON reader's, for malformed JSON;
    /// or, for a value of the wrong type, what the format expects at the path and what the document holds there. The
    /// serializer's own messages, which name .NET types, are never shown or rewritten.
    /// </summary>
    internal static LegislatureJsonException FromSerializerException(JsonException ex, string? fileName, ReadOnlySpan<byte> json)
    {
        var path = ex.Path ?? "$";
        var reason = ex switch
        {
            WireFormatException own => own.Message,
            { InnerException: JsonException reader } => JsonKinds.ReaderMessage(reader.Message),
            _ => JsonErrorText.WrongValue(path, json, MaxDepth),
        };
        return new LegislatureJsonException(fileName, path, reason, ex.LineNumber, ex.BytePositionInLine, ex);
    }

    /// <summary>Why <see cref="ReadDocument(ReadOnlySpan{byte}, string?)"/> refuses a document of kind <c>mandate</c>, in words that hold for the library and the CLI alike.</summary>
    internal static readonly string NotAComposition =
        $"The document is a single mandate (kind \"mandate\"); expected a chamber composition (kind {ChamberKindNames.WireNames}) or a parliament (kind parliament).";

    private static string WrongKind(string kind, string expected) => kind switch
    {
        _ when ChamberKindNames.TryParseWireName(kind, out _) => $"The document is a {kind} composition, not {expected}; use CompositionJson.Read.",
        "parliament" => $"The document is a parliament, not {expected}; use CompositionJson.ReadParliament.",
        "mandate" => $"The document is a mandate, not {expected}; use CompositionJson.ReadMandate.",
        _ => $"\"{StrictLocalDateConverter.Truncate(kind)}\" is not a known kind; expected one of: {ChamberKindNames.WireNames}, parliament, mandate.",
    };

    private static ReadContext Prepare(ReadOnlySpan<byte> utf8Json, string? fileName, out string kind)
    {
        if (utf8Json.Length > MaxDocumentBytes)
        {
            throw TooLarge(fileName, MaxDocumentBytes);
        }

        var ctx = new ReadContext(StrictInput.WithoutBom(utf8Json), fileName);
        CheckUtf8(ref ctx);
        kind = PeekHeader(ref ctx);
        return ctx;
    }

    /// <summary>Rejects bytes that are not UTF-8 before any string is decoded, in the words and at the position <see cref="StrictInput"/> gives every reader.</summary>
    internal static void CheckUtf8(ref ReadContext ctx)
    {
        if (StrictInput.EncodingProblem(ctx.Json) is var (offset, reason))
        {
            throw ctx.FailAt("$", reason, offset);
        }
    }

    /// <summary>Reads the top-level <c>formatVersion</c> and <c>kind</c> (usually the first two properties) without deserializing.</summary>
    private static string PeekHeader(ref ReadContext ctx)
    {
        var reader = new Utf8JsonReader(ctx.Json, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        string? kind = null;
        var versionSeen = false;
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw ctx.FailAt("$", $"A document must be a JSON object, found {JsonKinds.Describe(reader.TokenType)}.", reader.TokenStartIndex);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("kind"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw ctx.FailAt("$.kind", $"\"kind\" must be a string, found {JsonKinds.Describe(reader.TokenType)}.", reader.TokenStartIndex);
                    }

                    kind = reader.GetString()!;
                }
                else if (reader.ValueTextEquals("formatVersion"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var version))
                    {
                        throw ctx.FailAt("$.formatVersion", $"\"formatVersion\" must be the number {FormatVersion}, found {JsonKinds.Describe(reader.TokenType)}.", reader.TokenStartIndex);
                    }

                    if (version != FormatVersion)
                    {
                        throw ctx.FailAt(
                            "$.formatVersion",
                            string.Create(CultureInfo.InvariantCulture, $"formatVersion {version} is not supported; this library reads formatVersion {FormatVersion}."),
                            reader.TokenStartIndex);
                    }

                    versionSeen = true;
                }
                else
                {
                    reader.Skip();
                }

                if (kind is not null && versionSeen)
                {
                    break;
                }
            }
        }
        catch (JsonException ex)
        {
            throw FromDocumentException(ex, ctx.FileName);
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\uD800") in the kind cannot be read as a string.
            throw ctx.FailAt("$.kind", "\"kind\" is not valid text: " + JsonKinds.InvalidUtf16Detail, reader.TokenStartIndex);
        }

        return kind ?? throw ctx.FailAt("$", $"The document has no \"kind\"; expected one of: {ChamberKindNames.WireNames}, parliament, mandate.", 0);
    }

    private static T Deserialize<T>(ref ReadContext ctx, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(ctx.Json, typeInfo) ?? throw ctx.FailAt("$", "A document must be a JSON object, found null.", 0);
        }
        catch (JsonException ex)
        {
            throw FromSerializerException(ex, ctx.FileName, ctx.Json);
        }
    }

    private static ChamberDocumentDto ToDocument(ChamberComposition c) => new()
    {
        FormatVersion = FormatVersion,
        Kind = c.Kind.WireName(),
        Date = c.Date,
        Convocation = c.Convocation,
        Mandates = [.. c.Mandates.Select(ToDto)],
    };

    private static ParliamentDocumentDto ToDocument(Parliament p) => new()
    {
        FormatVersion = FormatVersion,
        Kind = "parliament",
        Date = p.Date,
        Convocation = p.Convocation,
        Chambers = [.. p.Chambers.Select(c => new NestedChamberDto { Kind = c.Kind.WireName(), Convocation = c.Convocation, Mandates = [.. c.Mandates.Select(ToDto)] })],
    };

    private static MandateDocumentDto ToDocument(Mandate m) => new()
    {
        FormatVersion = FormatVersion,
        Kind = "mandate",
        Mandate = ToDto(m),
    };

    private static MandateDto? ToDto(Mandate m) => new()
    {
        Deputy = new DeputyDto
        {
            Id = m.Deputy.Id,
            Name = new NameDto
            {
                En = m.Deputy.Name.English,
                Ru = m.Deputy.Name.Russian,
                Kk = m.Deputy.Name.Kazakh,
                KkLatn = m.Deputy.Name.KazakhLatin,
                Alternatives = m.Deputy.Name.Alternatives.Count == 0 ? null : [.. m.Deputy.Name.Alternatives],
            },
            BirthDate = m.Deputy.BirthDate,
        },
        Chamber = m.Chamber,
        Source = m.Source,
        Start = m.Start,
        End = m.End,
        EndReason = m.EndReason,
        RegionId = m.RegionId,
        District = m.District,
        PartyId = m.PartyId,
    };

    /// <summary>The document being read, for errors found after parsing: locates a path's line and position.</summary>
    internal ref struct ReadContext(ReadOnlySpan<byte> json, string? fileName)
    {
        public ReadOnlySpan<byte> Json { get; } = json;

        public string? FileName { get; } = fileName;

        public readonly LegislatureJsonException Fail(string path, string reason, Exception? inner = null)
        {
            var position = JsonPositionLocator.Find(Json, path, MaxDepth);
            return new LegislatureJsonException(FileName, path, reason, position?.Line, position?.Position, inner);
        }

        public readonly LegislatureJsonException FailAt(string path, string reason, long tokenStart)
        {
            var (line, position) = JsonPositionLocator.Position(Json, Math.Min(tokenStart, Json.Length));
            return new LegislatureJsonException(FileName, path, reason, line, position);
        }
    }

    /// <summary>Maps the wire shapes to the model, turning constructor rejections into errors at the right path.</summary>
    private static class Mapper
    {
        public static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

        public static string PathFor(string path, string? paramName, params ReadOnlySpan<string> known)
        {
            foreach (var name in known)
            {
                if (name == paramName)
                {
                    return path + "." + name;
                }
            }

            return path;
        }

        public static string Clean(ArgumentException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            return cut >= 0 ? message[..cut] : message;
        }

        public static ChamberComposition ToComposition(ref ReadContext ctx, string path, string kind, LocalDate date, int? convocation, List<MandateDto?> dtos)
        {
            var mandates = new List<Mandate>(dtos.Count);
            for (var i = 0; i < dtos.Count; i++)
            {
                var itemPath = Index(path + ".mandates", i);
                var dto = dtos[i] ?? throw ctx.Fail(itemPath, "A mandate is null; every item of \"mandates\" must be an object.");
                mandates.Add(ToMandate(ref ctx, itemPath, dto));
            }

            try
            {
                ChamberKindNames.TryParseWireName(kind, out var chamber);
                return ChamberComposition.Create(chamber, date, mandates, convocation);
            }
            catch (ArgumentException ex)
            {
                throw ctx.Fail(PathFor(path, ex.ParamName, "date", "mandates", "convocation"), Clean(ex), ex);
            }
        }

        public static Mandate ToMandate(ref ReadContext ctx, string path, MandateDto dto)
        {
            var deputyPath = path + ".deputy";
            LocalizedName name;
            try
            {
                name = new LocalizedName(dto.Deputy.Name.En, dto.Deputy.Name.Ru, dto.Deputy.Name.Kk, dto.Deputy.Name.KkLatn, dto.Deputy.Name.Alternatives);
            }
            catch (ArgumentException ex)
            {
                var namePath = deputyPath + ".name";
                throw ctx.Fail(ex.ParamName == "english" ? namePath + ".en" : PathFor(namePath, ex.ParamName, "alternatives"), Clean(ex), ex);
            }

            Deputy deputy;
            try
            {
                deputy = new Deputy(dto.Deputy.Id, name, dto.Deputy.BirthDate);
            }
            catch (ArgumentException ex)
            {
                throw ctx.Fail(PathFor(deputyPath, ex.ParamName, "id", "birthDate"), Clean(ex), ex);
            }

            try
            {
                return new Mandate(deputy, dto.Chamber, dto.Source, dto.Start, dto.End, dto.EndReason, dto.RegionId, dto.District, dto.PartyId);
            }
            catch (ArgumentException ex)
            {
                throw ctx.Fail(PathFor(path, ex.ParamName, "start", "end", "endReason", "regionId", "district", "partyId"), Clean(ex), ex);
            }
        }
    }
}

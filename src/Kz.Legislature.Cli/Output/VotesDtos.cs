using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Kz.Legislature.Elections;
using Kz.Legislature.Internal;
using Kz.Legislature.Internal.Json;

namespace Kz.Legislature.Cli.Output;

// The wire shapes of the votes JSON of `kzleg allocate` (docs/cli.md): { "seats"?, "allBallots"?, "lists": [ ... ] } or
// just the array. Read strictly through the library's strict-object hook: unknown, repeated, missing and null
// properties are refused from this metadata, and each value's converter says what it accepts.

/// <summary>The votes document: <c>{ "seats"?, "allBallots"?, "lists" }</c>.</summary>
internal sealed class VotesDocumentDto : WireObject
{
    [JsonConverter(typeof(SeatsConverter))]
    public int? Seats { get; set; }

    [JsonConverter(typeof(AllBallotsConverter))]
    public long? AllBallots { get; set; }

    [JsonRequired]
    public List<ListVotesDto?> Lists { get; set; } = null!;
}

/// <summary>One list's votes: <c>{ "list", "votes", "registrationOrder"? }</c>.</summary>
internal sealed class ListVotesDto : WireObject
{
    [JsonRequired]
    [JsonConverter(typeof(ListNameConverter))]
    public string List { get; set; } = null!;

    [JsonRequired]
    [JsonConverter(typeof(VotesConverter))]
    public long Votes { get; set; }

    [JsonConverter(typeof(RegistrationOrderConverter))]
    public int? RegistrationOrder { get; set; }
}

/// <summary>A whole number property in a range; anything else (another kind of value, a fraction, out of range) is refused in the format's words.</summary>
/// <typeparam name="T">The property's type.</typeparam>
internal abstract class WholeNumberConverter<T> : JsonConverter<T>
{
    private readonly long min;
    private readonly long max;
    private readonly bool nullable;
    private readonly string reason;

    protected WholeNumberConverter(string name, long min, long max, bool nullable)
    {
        this.min = min;
        this.max = max;
        this.nullable = nullable;
        reason = string.Create(CultureInfo.InvariantCulture, $"\"{name}\" must be a whole number from {min} to {max}.");
    }

    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <summary>Reads the number, or null where the property may be absent.</summary>
    protected long? ReadNumber(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null && nullable)
        {
            return null;
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) && value >= min && value <= max
            ? value
            : throw new WireFormatException(reason);
    }
}

/// <summary><c>"seats"</c>: 1 to <see cref="AllocationInput.MaxSeats"/>, or null (not given).</summary>
internal sealed class SeatsConverter() : WholeNumberConverter<int?>("seats", 1, AllocationInput.MaxSeats, nullable: true)
{
    /// <inheritdoc/>
    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => (int?)ReadNumber(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options) => throw new NotSupportedException();
}

/// <summary><c>"allBallots"</c>: 0 or more, or null (not given).</summary>
internal sealed class AllBallotsConverter() : WholeNumberConverter<long?>("allBallots", 0, long.MaxValue, nullable: true)
{
    /// <inheritdoc/>
    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadNumber(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options) => throw new NotSupportedException();
}

/// <summary><c>"votes"</c>: 0 or more; never null.</summary>
internal sealed class VotesConverter() : WholeNumberConverter<long>("votes", 0, long.MaxValue, nullable: false)
{
    /// <inheritdoc/>
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadNumber(ref reader)!.Value;

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => throw new NotSupportedException();
}

/// <summary><c>"registrationOrder"</c>: 0 or more, or null (the list's place in the file).</summary>
internal sealed class RegistrationOrderConverter() : WholeNumberConverter<int?>("registrationOrder", 0, int.MaxValue, nullable: true)
{
    /// <inheritdoc/>
    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => (int?)ReadNumber(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options) => throw new NotSupportedException();
}

/// <summary><c>"list"</c>: a string with a non-blank name, trimmed.</summary>
internal sealed class ListNameConverter : JsonConverter<string>
{
    private const string Reason = "\"list\" must be a non-empty string.";

    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new WireFormatException(Reason);
        }

        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new WireFormatException(VotesJsonContext.InvalidText);
        }

        return string.IsNullOrWhiteSpace(text) ? throw new WireFormatException(Reason) : text.Trim();
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => throw new NotSupportedException();
}

/// <summary>The source-generated metadata of the votes JSON, made strict by <see cref="StrictObjects"/>: no reflection at run time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    MaxDepth = StrictInput.MaxDepth)]
[JsonSerializable(typeof(VotesDocumentDto))]
[JsonSerializable(typeof(List<ListVotesDto?>))]
[JsonSerializable(typeof(UnknownProperties.Sink))]
internal sealed partial class VotesJsonContext : JsonSerializerContext
{
    /// <summary>Why a string or property name with an escaped unpaired surrogate is refused.</summary>
    public const string InvalidText = "a string or property name here is not valid text: it has an unpaired surrogate escape such as \\uD800.";

    /// <summary>What a list of votes must be, where the document holds something else.</summary>
    public const string ArrayExpected = "must be an array of { \"list\", \"votes\", \"registrationOrder\" } objects.";

    /// <summary>What one list's votes must be, where the document holds something else.</summary>
    public const string ObjectExpected = "must be an object { \"list\", \"votes\", \"registrationOrder\" }.";

    /// <summary>What each wire object is, in the format's words, for the strict-object messages.</summary>
    private static readonly Dictionary<Type, string> Owners = new()
    {
        [typeof(VotesDocumentDto)] = "votes file",
        [typeof(ListVotesDto)] = "list entry",
    };

    private static readonly Lazy<Readers> StrictReaders = new(CreateReaders, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the strict reading metadata of the two document shapes.</summary>
    public static Readers Reading => StrictReaders.Value;

    /// <summary>What a property's value must be, for the message about a null where none is allowed.</summary>
    private static string Expected(string name) => name switch
    {
        "lists" => "an array of { \"list\", \"votes\", \"registrationOrder\" } objects",
        _ => "a value",
    };

    private static Readers CreateReaders()
    {
        var options = new JsonSerializerOptions(Default.Options) { AllowDuplicateProperties = true, TypeInfoResolver = null };
        options.TypeInfoResolver = new VotesJsonContext(new JsonSerializerOptions(options))
            .WithAddedModifier(StrictObjects.Modifier(Owners, Expected));
        options.MakeReadOnly();
        return new Readers(
            (JsonTypeInfo<VotesDocumentDto>)options.GetTypeInfo(typeof(VotesDocumentDto)),
            (JsonTypeInfo<List<ListVotesDto?>>)options.GetTypeInfo(typeof(List<ListVotesDto?>)));
    }

    /// <summary>The strict metadata of the object document and the bare array.</summary>
    internal sealed record Readers(JsonTypeInfo<VotesDocumentDto> Document, JsonTypeInfo<List<ListVotesDto?>> Array);
}

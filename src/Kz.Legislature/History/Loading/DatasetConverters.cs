using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History.Loading;

/// <summary>
/// A value the dataset reader refuses, thrown inside a converter or a property setter: System.Text.Json adds the JSON
/// path, the line and the position; the message is already the reason.
/// </summary>
internal sealed class DatasetValueException(string reason) : JsonException(reason);

/// <summary>A dataset converter that says what it accepts (for "Expected …, found null.").</summary>
internal interface IDescribedConverter
{
    /// <summary>Gets what the converter accepts, for example "a string".</summary>
    string Expected { get; }
}

/// <summary>The reasons the converters give.</summary>
internal static class DatasetValues
{
    public static DatasetValueException Wrong(string expected, ref Utf8JsonReader reader) =>
        new($"Expected {expected}, found {JsonKinds.Describe(reader.TokenType)}.");

    public static string Raw(ref Utf8JsonReader reader) =>
        System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);

    public static string String(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Wrong("a string", ref reader);
        }

        string s;
        try
        {
            s = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new DatasetValueException(JsonKinds.InvalidUtf16);
        }

        return string.IsNullOrWhiteSpace(s) ? throw new DatasetValueException("Expected a non-empty string.") : s;
    }

    public static int Int(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Wrong("an integer", ref reader);
        }

        return reader.TryGetInt32(out var v) ? v : throw new DatasetValueException($"Expected an integer, found {Raw(ref reader)}.");
    }
}

/// <summary>
/// A value of a value type (a date, a number, true or false, an enum value) held in a class. The dataset's DTOs hold their
/// scalar values this way, so that the serializer's generic code for each property and converter is its shared code for
/// reference types, which the runtime ships precompiled; for a value type (<c>int?</c>, <c>Confidence?</c>, …) every type
/// needs its own copy of that code compiled by the JIT on the first load (about 2,000 methods and 300 ms for the dataset's
/// two dozen value types; see docs/performance.md).
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="value">The value.</param>
internal sealed class Boxed<T>(T value)
    where T : struct
{
    /// <summary>Gets the value.</summary>
    public T Value { get; } = value;

    /// <summary>The value, or <see langword="null"/> for no box.</summary>
    /// <param name="boxed">The box, or <see langword="null"/>.</param>
    public static implicit operator T?(Boxed<T>? boxed) => boxed?.Value;
}

/// <summary>The boxes of <see langword="true"/> and <see langword="false"/>.</summary>
internal static class Boxed
{
    /// <summary>The box of <see langword="true"/>.</summary>
    public static readonly Boxed<bool> True = new(true);

    /// <summary>The box of <see langword="false"/>.</summary>
    public static readonly Boxed<bool> False = new(false);
}

/// <summary>A non-empty string.</summary>
internal sealed class DatasetStringConverter : JsonConverter<string>, IDescribedConverter
{
    public string Expected => "a string";

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => DatasetValues.String(ref reader);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>An ISO date string.</summary>
internal sealed class DatasetDateConverter : JsonConverter<LocalDate>, IDescribedConverter
{
    public string Expected => "an ISO date (yyyy-MM-dd)";

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var s = DatasetValues.String(ref reader);
        var result = NodaTime.Text.LocalDatePattern.Iso.Parse(s);
        return result.Success ? result.Value : throw new DatasetValueException($"Expected an ISO date (yyyy-MM-dd), found '{s}'.");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => writer.WriteStringValue(Preconditions.Iso(value));
}

/// <summary>An ISO date string, as the value of a property (see <see cref="Boxed{T}"/>); <see cref="DatasetDateConverter"/> reads the items of a list of dates.</summary>
internal sealed class DatasetBoxedDateConverter : JsonConverter<Boxed<LocalDate>>, IDescribedConverter
{
    private static readonly DatasetDateConverter Date = new();

    public string Expected => Date.Expected;

    public override Boxed<LocalDate> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(Date.Read(ref reader, typeof(LocalDate), options));

    public override void Write(Utf8JsonWriter writer, Boxed<LocalDate> value, JsonSerializerOptions options) => Date.Write(writer, value.Value, options);
}

/// <summary>true or false.</summary>
internal sealed class DatasetBoolConverter : JsonConverter<Boxed<bool>>, IDescribedConverter
{
    public string Expected => "true or false";

    public override Boxed<bool> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => Boxed.True,
        JsonTokenType.False => Boxed.False,
        _ => throw DatasetValues.Wrong("true or false", ref reader),
    };

    public override void Write(Utf8JsonWriter writer, Boxed<bool> value, JsonSerializerOptions options) => writer.WriteBooleanValue(value.Value);
}

/// <summary>A whole number.</summary>
internal sealed class DatasetIntConverter : JsonConverter<Boxed<int>>, IDescribedConverter
{
    public string Expected => "an integer";

    public override Boxed<int> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(DatasetValues.Int(ref reader));

    public override void Write(Utf8JsonWriter writer, Boxed<int> value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
}

/// <summary>A whole number that is not negative (a count of seats, years or an age).</summary>
internal sealed class NonNegativeIntConverter : JsonConverter<Boxed<int>>, IDescribedConverter
{
    public string Expected => "a number that is not negative";

    public override Boxed<int> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var v = DatasetValues.Int(ref reader);
        return v < 0 ? throw new DatasetValueException($"Expected a number that is not negative, found {v}.") : new(v);
    }

    public override void Write(Utf8JsonWriter writer, Boxed<int> value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
}

/// <summary>A whole number that is not negative, up to 2^63 - 1 (a count of votes or voters).</summary>
internal sealed class DatasetLongConverter : JsonConverter<Boxed<long>>, IDescribedConverter
{
    public string Expected => "a non-negative integer";

    public override Boxed<long> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw DatasetValues.Wrong("an integer", ref reader);
        }

        return reader.TryGetInt64(out var v) && v >= 0 ? new(v) : throw new DatasetValueException($"Expected a non-negative integer, found {DatasetValues.Raw(ref reader)}.");
    }

    public override void Write(Utf8JsonWriter writer, Boxed<long> value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
}

/// <summary>A percentage written as a decimal string from "0" to "100" (a string keeps the published digits exactly).</summary>
internal sealed class DatasetPercentConverter : JsonConverter<Boxed<decimal>>, IDescribedConverter
{
    public string Expected => "a percentage as a decimal string";

    public override Boxed<decimal> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var s = DatasetValues.String(ref reader);
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d <= 100m
            ? new(d)
            : throw new DatasetValueException($"Expected a percentage as a decimal string between \"0\" and \"100\", found '{s}'.");
    }

    public override void Write(Utf8JsonWriter writer, Boxed<decimal> value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value.ToString(CultureInfo.InvariantCulture));
}

/// <summary>An enum value by its camelCase name; anything else is refused with the list of names.</summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class DatasetEnumConverter<T> : JsonConverter<Boxed<T>>, IDescribedConverter
    where T : struct, Enum
{
    private static readonly T[] Values = Enum.GetValues<T>();
    private static readonly string[] Names = new string[Values.Length];
    private static readonly Boxed<T>[] Boxes = Fill(Values, Names);

    public string Expected => "one of: " + string.Join(", ", Names);

    public override Boxed<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var s = DatasetValues.String(ref reader);
        var i = Array.IndexOf(Names, s);
        return i >= 0 ? Boxes[i] : throw new DatasetValueException($"Unknown value '{s}'. Expected one of: {string.Join(", ", Names)}.");
    }

    public override void Write(Utf8JsonWriter writer, Boxed<T> value, JsonSerializerOptions options) => writer.WriteStringValue(Names[Array.IndexOf(Values, value.Value)]);

    // A loop, not LINQ or a lambda: every enum instantiates this class anew, and a query or a lambda over T would be
    // compiled once per enum on the first load.
    private static Boxed<T>[] Fill(T[] values, string[] names)
    {
        var boxes = new Boxed<T>[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            names[i] = JsonNamingPolicy.CamelCase.ConvertName(values[i].ToString());
            boxes[i] = new Boxed<T>(values[i]);
        }

        return boxes;
    }
}

/// <summary>One object, or an array of them (a list quota may be given either way).</summary>
/// <typeparam name="T">The object.</typeparam>
internal sealed class OneOrManyConverter<T> : JsonConverter<List<T?>>
    where T : class
{
    public override List<T?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return [DatasetNested.Read(ref reader, info, string.Empty)];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw DatasetValues.Wrong("an object or an array of objects", ref reader);
        }

        var list = new List<T?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(reader.TokenType == JsonTokenType.Null ? null : DatasetNested.Read(ref reader, info, "[" + list.Count.ToString(CultureInfo.InvariantCulture) + "]"));
        }

        return list;
    }

    public override void Write(Utf8JsonWriter writer, List<T?> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(typeof(List<T?>)));
}

/// <summary>Reads a value inside a converter with the serializer, keeping the path of an error inside it.</summary>
internal static class DatasetNested
{
    /// <summary>
    /// Reads one value with the serializer; an error inside it comes back with a path relative to the value, which is
    /// kept (in <see cref="Exception.Data"/>) for the loader to append to the path of the property being read.
    /// </summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="info">The value's metadata.</param>
    /// <param name="index">The path segment between the property and the value ("[3]" in a list, else empty).</param>
    /// <returns>The value.</returns>
    public static T? Read<T>(ref Utf8JsonReader reader, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, string index)
    {
        try
        {
            return JsonSerializer.Deserialize(ref reader, info);
        }
        catch (JsonException ex) when (ex.Path is { } inner)
        {
            var relocated = new DatasetValueException(ex is DatasetValueException ? ex.Message : DatasetLoader.Strip(ex.Message));
            relocated.Data[DatasetLoader.SuffixKey] = index + inner[1..];
            relocated.Data[DatasetLoader.InnerKey] = ex;
            throw relocated;
        }
    }
}

/// <summary>A value that must be given but may be null: a <see cref="Maybe{T}"/> property that is absent is null, one given as null holds null.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="value">The value, or <see langword="null"/> where the document gives null.</param>
internal sealed class Maybe<T>(T? value)
    where T : class
{
    /// <summary>The value given as null.</summary>
    public static readonly Maybe<T> Null = new(null);

    /// <summary>Gets the value, or <see langword="null"/> where the document gives null.</summary>
    public T? Value { get; } = value;
}

/// <summary>Reads a <see cref="Maybe{T}"/>: null, or the value as its own metadata reads it.</summary>
/// <typeparam name="T">The value's type.</typeparam>
internal sealed class MaybeConverter<T> : JsonConverter<Maybe<T>>
    where T : class
{
    /// <summary>Gets a value indicating whether null is read here (it is a value, not an absence).</summary>
    public override bool HandleNull => true;

    public override Maybe<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null
            ? Maybe<T>.Null
            : new Maybe<T>(DatasetNested.Read(ref reader, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)), string.Empty));

    public override void Write(Utf8JsonWriter writer, Maybe<T> value, JsonSerializerOptions options)
    {
        if (value.Value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Value, options.GetTypeInfo(typeof(T)));
        }
    }
}

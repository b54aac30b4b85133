using System.Globalization;
using System.Text.Json;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>A JSON element with its path, for reading the dataset with precise error messages.</summary>
internal readonly struct Node
{
    private readonly DatasetContext context;

    public Node(DatasetContext context, JsonElement element, string path)
    {
        this.context = context;
        Element = element;
        Path = path;
    }

    public JsonElement Element { get; }

    public string Path { get; }

    public LegislativeDataException Error(string reason) => new(context.FileName, Path, reason);

    public void OnlyProperties(params string[] allowed)
    {
        ExpectKind(JsonValueKind.Object, "an object");
        foreach (var p in EnumerateObjectSafely())
        {
            if (Array.IndexOf(allowed, p.Name) < 0)
            {
                throw new LegislativeDataException(context.FileName, Path + "." + p.Name, $"Unknown property '{p.Name}'. Allowed here: {string.Join(", ", allowed)}.");
            }
        }
    }

    public Node Required(string name)
    {
        ExpectKind(JsonValueKind.Object, "an object");
        if (!Element.TryGetProperty(name, out var value))
        {
            throw Error($"The required property '{name}' is missing.");
        }

        return new Node(context, value, Path + "." + name);
    }

    public Node? Optional(string name)
    {
        ExpectKind(JsonValueKind.Object, "an object");
        return Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new Node(context, value, Path + "." + name)
            : null;
    }

    public IEnumerable<Node> Items()
    {
        ExpectKind(JsonValueKind.Array, "an array");
        var i = 0;
        foreach (var item in Element.EnumerateArray())
        {
            yield return new Node(context, item, Path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
            i++;
        }
    }

    public string String()
    {
        ExpectKind(JsonValueKind.String, "a string");
        string s;
        try
        {
            s = Element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Error("The string is not valid UTF-8.");
        }

        if (string.IsNullOrWhiteSpace(s))
        {
            throw Error("Expected a non-empty string.");
        }

        return s;
    }

    public int Int()
    {
        ExpectKind(JsonValueKind.Number, "an integer");
        if (!Element.TryGetInt32(out var v))
        {
            throw Error($"Expected an integer, found {Element.GetRawText()}.");
        }

        return v;
    }

    public int NonNegativeInt()
    {
        var v = Int();
        return v < 0 ? throw Error($"Expected a number that is not negative, found {v}.") : v;
    }

    public long Long()
    {
        ExpectKind(JsonValueKind.Number, "an integer");
        if (!Element.TryGetInt64(out var v) || v < 0)
        {
            throw Error($"Expected a non-negative integer, found {Element.GetRawText()}.");
        }

        return v;
    }

    public bool Bool()
    {
        if (Element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw Error($"Expected true or false, found {JsonKinds.Describe(Element.ValueKind)}.");
        }

        return Element.GetBoolean();
    }

    public LocalDate Date()
    {
        var s = String();
        var result = NodaTime.Text.LocalDatePattern.Iso.Parse(s);
        return result.Success ? result.Value : throw Error($"Expected an ISO date (yyyy-MM-dd), found '{s}'.");
    }

    public decimal Percent()
    {
        var s = String();
        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) || d > 100m)
        {
            throw Error($"Expected a percentage as a decimal string between \"0\" and \"100\", found '{s}'.");
        }

        return d;
    }

    public T Enum<T>()
        where T : struct, System.Enum
    {
        var s = String();
        foreach (var value in System.Enum.GetValues<T>())
        {
            if (string.Equals(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()), s, StringComparison.Ordinal))
            {
                return value;
            }
        }

        var allowed = string.Join(", ", System.Enum.GetValues<T>().Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString())));
        throw Error($"Unknown value '{s}'. Expected one of: {allowed}.");
    }

    private List<JsonProperty> EnumerateObjectSafely()
    {
        try
        {
            var list = new List<JsonProperty>();
            foreach (var p in Element.EnumerateObject())
            {
                _ = p.Name;
                list.Add(p);
            }

            return list;
        }
        catch (InvalidOperationException)
        {
            throw Error("A property name is not valid UTF-8.");
        }
    }

    private void ExpectKind(JsonValueKind kind, string what)
    {
        if (Element.ValueKind != kind)
        {
            throw Error($"Expected {what}, found {JsonKinds.Describe(Element.ValueKind)}.");
        }
    }
}

/// <summary>The name of the file being read.</summary>
internal sealed class DatasetContext(string fileName)
{
    public string FileName { get; } = fileName;
}

using System.Text.Json;
using System.Text.RegularExpressions;
using Kz.Legislature.Internal;

namespace Kz.Legislature.Serialization;

/// <summary>
/// Turns the serializer's own error messages into reasons a person can act on, in the words of the composition format
/// (docs/json-format.md): what is wrong, and what would be accepted. The serializer's messages name .NET types
/// ("could not be converted to System.Collections.Generic.List`1[...]"), members and reader options; none of that
/// reaches a reason.
/// </summary>
internal static partial class JsonErrorText
{
    /// <summary>What each property of the format accepts, by its name; array items by their array's name and <c>[]</c>.</summary>
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["$"] = "a JSON object (a composition document)",
        ["formatVersion"] = "the number 1",
        ["kind"] = "a string: senate, mazhilis, kurultai, supremeCouncil, parliament or mandate",
        ["date"] = "a date string such as \"2024-01-01\"",
        ["start"] = "a date string such as \"2024-01-01\"",
        ["end"] = "a date string such as \"2024-01-01\"",
        ["birthDate"] = "a date string such as \"1970-05-31\"",
        ["convocation"] = "a whole number (the convocation, 1 or more)",
        ["district"] = "a whole number from 0 to 2147483647 (the district number)",
        ["mandates"] = "an array of mandates (objects)",
        ["mandates[]"] = "a mandate (an object with deputy, chamber, source and start)",
        ["chambers"] = "an array of chambers (objects)",
        ["chambers[]"] = "a chamber (an object with kind and mandates)",
        ["mandate"] = "a mandate (an object with deputy, chamber, source and start)",
        ["deputy"] = "a deputy (an object with id and name)",
        ["name"] = "a name (an object with en, and optionally ru, kk, kkLatn and alternatives)",
        ["alternatives"] = "an array of strings (other spellings of the name)",
        ["alternatives[]"] = "a string (another spelling of the name)",
        ["id"] = "a string (the deputy's identifier)",
        ["en"] = "a string (the name in English)",
        ["ru"] = "a string (the name in Russian)",
        ["kk"] = "a string (the name in Kazakh)",
        ["kkLatn"] = "a string (the name in Kazakh, Latin script)",
        ["regionId"] = "a string (a region id such as \"astana\")",
        ["partyId"] = "a string (a party id such as \"amanat\")",
        ["chamber"] = "a chamber name as a string: senate, mazhilis, kurultai or supremeCouncil",
        ["source"] = "a seat source name as a string",
        ["endReason"] = "an end reason name as a string",
    };

    /// <summary>The objects of the format, by the serializer's name for their wire shape, with the properties each takes.</summary>
    private static readonly Dictionary<string, (string Name, string Properties)> Shapes = new(StringComparer.Ordinal)
    {
        ["ChamberDocumentDto"] = ("composition", "formatVersion, kind, date, convocation, mandates"),
        ["ParliamentDocumentDto"] = ("parliament", "formatVersion, kind, date, convocation, chambers"),
        ["MandateDocumentDto"] = ("mandate document", "formatVersion, kind, mandate"),
        ["NestedChamberDto"] = ("chamber", "kind, convocation, mandates"),
        ["MandateDto"] = ("mandate", "deputy, chamber, source, start, end, endReason, regionId, district, partyId"),
        ["DeputyDto"] = ("deputy", "id, name, birthDate"),
        ["NameDto"] = ("name", "en, ru, kk, kkLatn, alternatives"),
    };

    /// <summary>Gets the reason for a serializer or reader error at <paramref name="path"/> of <paramref name="json"/>.</summary>
    /// <param name="message">The serializer's message, without its path and position.</param>
    /// <param name="path">The JSON path the serializer gives.</param>
    /// <param name="json">The document, to describe the value found at the path; empty when it is not at hand.</param>
    /// <param name="maxDepth">The depth limit the document was read with.</param>
    /// <returns>The reason.</returns>
    public static string Reason(string message, string path, ReadOnlySpan<byte> json, int maxDepth)
    {
        if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            var found = JsonPositionLocator.Describe(json, path, maxDepth);
            if (found is { Undecodable: true })
            {
                return found.Value.Text.StartsWith("an object", StringComparison.Ordinal) ? "A property name of this object is not valid text: " + JsonKinds.InvalidUtf16Detail : JsonKinds.InvalidUtf16;
            }

            var expected = ExpectedAt(path);
            return found is { } f
                ? $"Expected {expected}, found {f.Text}."
                : $"The value is not {expected}.";
        }

        if (UnmappedProperty().Match(message) is { Success: true } unmapped)
        {
            var (owner, properties) = Shape(unmapped.Groups["type"].Value);
            return $"\"{StrictLocalDateConverter.Truncate(unmapped.Groups["name"].Value)}\" is not a property of a {owner}; a {owner} has: {properties}.";
        }

        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            var (owner, properties) = Shape(missing.Groups["type"].Value);
            var names = missing.Groups["names"].Value.Trim().TrimEnd('.');
            return $"The {owner} is missing required properties: {names} (a {owner} has: {properties}).";
        }

        if (NullNotAllowed().IsMatch(message))
        {
            return $"The value must not be null; expected {ExpectedAt(path)}.";
        }

        if (Duplicate().Match(message) is { Success: true } duplicate)
        {
            return $"The property \"{StrictLocalDateConverter.Truncate(duplicate.Groups["name"].Value)}\" is given twice; each property may appear once.";
        }

        return JsonKinds.ReaderMessage(message).Replace("Kz.Legislature.Serialization.", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>What the value at <paramref name="path"/> must be.</summary>
    /// <param name="path">A JSON path such as <c>$.mandates[0].district</c>.</param>
    /// <returns>For example "a whole number from 0 to 2147483647 (the district number)".</returns>
    public static string ExpectedAt(string path)
    {
        if (path == "$")
        {
            return Expected["$"];
        }

        var match = LastSegment().Match(path);
        if (!match.Success)
        {
            return "a value of the documented type (docs/json-format.md)";
        }

        var name = match.Groups["name"].Value;
        return ExpectedFor(match.Groups["index"].Success ? name + "[]" : name);
    }

    private static string ExpectedFor(string name) =>
        Expected.TryGetValue(name, out var expected) ? expected : "a value of the documented type (docs/json-format.md)";

    private static (string Name, string Properties) Shape(string type)
    {
        var key = type[(type.LastIndexOf('.') + 1)..];
        return Shapes.TryGetValue(key, out var shape) ? shape : ("object", "the properties of docs/json-format.md");
    }

    [GeneratedRegex(@"The JSON property '(?<name>.*)' could not be mapped to any \.NET member contained in type '(?<type>[^']*)'", RegexOptions.Singleline, 1000)]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex(@"JSON deserialization for type '(?<type>[^']*)' was missing required properties(?: including)?: (?<names>.*)$", RegexOptions.Singleline, 1000)]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"The (?:property or field|constructor parameter) '[^']*' on type '[^']*' doesn't allow (?:getting|setting)? ?null values", RegexOptions.Singleline, 1000)]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"Duplicate property '(?<name>.*)' encountered", RegexOptions.Singleline, 1000)]
    private static partial Regex Duplicate();

    /// <summary>The last segment of a path: <c>.name</c>, <c>['odd name']</c>, or <c>name[3]</c>.</summary>
    [GeneratedRegex(@"(?:\.(?<name>[A-Za-z0-9_]+)|\['(?<name>[^']*)'\])(?<index>\[\d+\])?$", RegexOptions.None, 1000)]
    private static partial Regex LastSegment();
}

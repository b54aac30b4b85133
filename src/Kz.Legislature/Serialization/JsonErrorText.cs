using System.Text.Json;
using System.Text.RegularExpressions;
using Kz.Legislature.Internal;

namespace Kz.Legislature.Serialization;

/// <summary>
/// What each value of the composition format (docs/json-format.md) must be, in the format's words, for the reason
/// given when a value has the wrong type. The serializer's own messages (which name .NET types) are never read or
/// rewritten: a value of the wrong type is described from its path and the document.
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

    /// <summary>Gets the reason for a value of the wrong type at <paramref name="path"/> of <paramref name="json"/>: what the format expects there, and what was found.</summary>
    /// <param name="path">The JSON path System.Text.Json gives.</param>
    /// <param name="json">The document, to describe the value found at the path; empty when it is not at hand.</param>
    /// <param name="maxDepth">The depth limit the document was read with.</param>
    /// <returns>The reason.</returns>
    public static string WrongValue(string path, ReadOnlySpan<byte> json, int maxDepth)
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

    /// <summary>What the value of a property must be, by the property's name (<c>mandates[]</c> for an item of <c>mandates</c>).</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The description.</returns>
    public static string ExpectedFor(string name) =>
        Expected.TryGetValue(name, out var expected) ? expected : "a value of the documented type (docs/json-format.md)";

    /// <summary>The key System.Text.Json found twice, from its message, or <see langword="null"/>.</summary>
    /// <remarks>The serializer reports a duplicate key only in its message; the Popolo importer and the composition header need the key.</remarks>
    /// <param name="message">The serializer's message.</param>
    /// <returns>The key, or <see langword="null"/>.</returns>
    public static string? DuplicateKey(string message) => Duplicate().Match(message) is { Success: true } m ? m.Groups["name"].Value : null;

    [GeneratedRegex(@"Duplicate property '(?<name>.*)' encountered", RegexOptions.Singleline, 1000)]
    private static partial Regex Duplicate();

    /// <summary>The last segment of a path: <c>.name</c>, <c>['odd name']</c>, or <c>name[3]</c>.</summary>
    [GeneratedRegex(@"(?:\.(?<name>[A-Za-z0-9_]+)|\['(?<name>[^']*)'\])(?<index>\[\d+\])?$", RegexOptions.None, 1000)]
    private static partial Regex LastSegment();
}

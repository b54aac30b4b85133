using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Kz.Legislature.Internal.Json;

/// <summary>
/// The one unknown-property check for the source-generated wire formats: the names an object accepts are read from the
/// serializer's own metadata (<see cref="JsonTypeInfo.Properties"/>), never from a hand-kept list. The check is an
/// extension-data property added by a metadata modifier; the serializer hands it every property it cannot map, and
/// it throws a <see cref="WireFormatException"/> there, so System.Text.Json itself attaches the JSON path and line.
/// </summary>
internal static class UnknownProperties
{
    /// <summary>Makes <paramref name="typeInfo"/> reject any property not in its metadata.</summary>
    /// <param name="typeInfo">An object's metadata, from a modifier.</param>
    /// <param name="owner">What the object is, in the format's words ("mandate").</param>
    public static void Reject(JsonTypeInfo typeInfo, string owner)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var sink = new Sink(owner, Allowed(typeInfo));
        var property = JsonMetadataServices.CreatePropertyInfo(typeInfo.Options, new JsonPropertyInfoValues<Sink>
        {
            IsProperty = true,
            IsPublic = true,
            IsExtensionData = true,
            DeclaringType = typeInfo.Type,
            PropertyName = "UnknownProperties",
            Getter = _ => sink,
            Setter = (_, _) => { },
        });
        property.ShouldSerialize = (_, _) => false;
        typeInfo.Properties.Add(property);
    }

    /// <summary>Lists the property names an object's metadata declares, comma-separated, in declaration order.</summary>
    /// <param name="typeInfo">The object's metadata.</param>
    /// <returns>For example <c>deputy, chamber, source, start</c>.</returns>
    public static string Allowed(JsonTypeInfo typeInfo) =>
        string.Join(", ", typeInfo.Properties.Where(p => !p.IsExtensionData).Select(p => p.Name));

    /// <summary>The extension data of a strict object: accepts nothing, and says what it would have accepted.</summary>
    /// <remarks>Public with a parameterless constructor only because the serializer's metadata for a dictionary needs one; never created by the serializer, since the property always returns its one instance.</remarks>
    [SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "Internal sink, not a collection users see.")]
    internal sealed class Sink : IDictionary<string, JsonElement>
    {
        private readonly string owner;
        private readonly string allowed;

        public Sink()
            : this("object", string.Empty)
        {
        }

        public Sink(string owner, string allowed)
        {
            this.owner = owner;
            this.allowed = allowed;
        }

        public ICollection<string> Keys => [];

        public ICollection<JsonElement> Values => [];

        public int Count => 0;

        public bool IsReadOnly => false;

        public JsonElement this[string key]
        {
            get => throw new KeyNotFoundException();
            set => throw Unknown(key);
        }

        public void Add(string key, JsonElement value) => throw Unknown(key);

        public void Add(KeyValuePair<string, JsonElement> item) => throw Unknown(item.Key);

        public bool ContainsKey(string key) => false;

        public bool Contains(KeyValuePair<string, JsonElement> item) => false;

        public bool Remove(string key) => false;

        public bool Remove(KeyValuePair<string, JsonElement> item) => false;

        public bool TryGetValue(string key, out JsonElement value)
        {
            value = default;
            return false;
        }

        public void Clear()
        {
        }

        public void CopyTo(KeyValuePair<string, JsonElement>[] array, int arrayIndex)
        {
        }

        public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => Enumerable.Empty<KeyValuePair<string, JsonElement>>().GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private WireFormatException Unknown(string key) =>
            new($"\"{WireFormatException.Truncate(key)}\" is not a property of a {owner}; a {owner} has: {allowed}.");
    }
}

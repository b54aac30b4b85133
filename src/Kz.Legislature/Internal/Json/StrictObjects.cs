using System.Text.Json.Serialization.Metadata;

namespace Kz.Legislature.Internal.Json;

/// <summary>
/// The base of a strict wire object: records which of its properties were read, so that a duplicate and a missing
/// required property are found from the serializer's metadata, with no hand-kept lists.
/// </summary>
internal abstract class WireObject
{
    /// <summary>One bit per property of the object's metadata, in order: set once the property has been read.</summary>
    internal ulong Seen;
}

/// <summary>
/// A metadata modifier that makes the objects of a source-generated wire format strict, in the format's own words:
/// an unknown property (<see cref="UnknownProperties"/>), a property given twice, a required property missing, and
/// null where the property's type does not allow it each throw a <see cref="WireFormatException"/> inside the
/// serializer, which attaches the JSON path and line.
/// </summary>
internal static class StrictObjects
{
    /// <summary>Creates the modifier.</summary>
    /// <param name="owners">What each wire type is, in the format's words ("mandate"); types not listed are left as they are.</param>
    /// <param name="expected">What the value of a property must be, by property name, for the message about a null.</param>
    /// <returns>The modifier, for <see cref="JsonTypeInfoResolver.WithAddedModifier"/>.</returns>
    public static Action<JsonTypeInfo> Modifier(IReadOnlyDictionary<Type, string> owners, Func<string, string> expected) => typeInfo =>
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || !owners.TryGetValue(typeInfo.Type, out var owner) || !typeof(WireObject).IsAssignableFrom(typeInfo.Type))
        {
            return;
        }

        var properties = typeInfo.Properties;
        if (properties.Count > 64)
        {
            throw new InvalidOperationException($"A wire object has more than 64 properties: {owner}.");
        }

        var allowed = UnknownProperties.Allowed(typeInfo);
        ulong requiredMask = 0;
        var names = new string[properties.Count];
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var bit = 1UL << i;
            var name = property.Name;
            names[i] = name;
            var required = property.IsRequired;
            var nullable = property.IsSetNullable;
            if (required)
            {
                requiredMask |= bit;
                property.IsRequired = false;
            }

            if (!property.PropertyType.IsValueType)
            {
                property.IsSetNullable = true;
            }

            var set = property.Set ?? throw new InvalidOperationException($"The property {name} of a {owner} cannot be set.");
            var refuseNull = !nullable;
            var nullReason = refuseNull ? $"The value must not be null; expected {expected(name)}." : string.Empty;
            var twice = $"The property \"{WireFormatException.Truncate(name)}\" is given twice; each property may appear once.";
            property.Set = (target, value) =>
            {
                var wire = (WireObject)target;
                if ((wire.Seen & bit) != 0)
                {
                    throw new WireFormatException(twice);
                }

                wire.Seen |= bit;
                if (value is null && refuseNull)
                {
                    throw new WireFormatException(nullReason);
                }

                set(target, value);
            };
        }

        var previous = typeInfo.OnDeserialized;
        typeInfo.OnDeserialized = target =>
        {
            var seen = ((WireObject)target).Seen;
            if ((seen & requiredMask) != requiredMask)
            {
                var missing = new List<string>();
                for (var i = 0; i < names.Length; i++)
                {
                    if ((requiredMask & (1UL << i)) != 0 && (seen & (1UL << i)) == 0)
                    {
                        missing.Add("'" + names[i] + "'");
                    }
                }

                throw new WireFormatException($"The {owner} is missing required properties: {string.Join(", ", missing)} (a {owner} has: {allowed}).");
            }

            previous?.Invoke(target);
        };

        UnknownProperties.Reject(typeInfo, owner);
    };
}

namespace Kz.Legislature.Internal;

/// <summary>
/// The one map between a <see cref="ChamberKind"/> and its names on the wire: the camelCase name of the composition
/// format (<c>supremeCouncil</c>) and the kebab-case slug of Popolo ids and the CLI (<c>supreme-council</c>).
/// </summary>
internal static class ChamberKindNames
{
    private static readonly (ChamberKind Kind, string Wire, string Slug)[] Names =
    [
        (ChamberKind.Senate, "senate", "senate"),
        (ChamberKind.Mazhilis, "mazhilis", "mazhilis"),
        (ChamberKind.Kurultai, "kurultai", "kurultai"),
        (ChamberKind.SupremeCouncil, "supremeCouncil", "supreme-council"),
    ];

    /// <summary>Gets the wire names of every chamber, in order, comma-separated: <c>senate, mazhilis, kurultai, supremeCouncil</c>.</summary>
    public static string WireNames { get; } = string.Join(", ", Names.Select(n => n.Wire));

    /// <summary>Gets the chamber's name in the composition format: <c>senate</c>, <c>mazhilis</c>, <c>kurultai</c> or <c>supremeCouncil</c>.</summary>
    /// <param name="kind">The chamber.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string WireName(this ChamberKind kind) => Find(kind).Wire;

    /// <summary>Gets the chamber's slug: <c>senate</c>, <c>mazhilis</c>, <c>kurultai</c> or <c>supreme-council</c>.</summary>
    /// <param name="kind">The chamber.</param>
    /// <returns>The slug.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string Slug(this ChamberKind kind) => Find(kind).Slug;

    /// <summary>Finds the chamber of a wire name (exactly, case-sensitive).</summary>
    /// <param name="name">The name, for example <c>supremeCouncil</c>.</param>
    /// <param name="kind">The chamber, when found.</param>
    /// <returns>Whether the name is a chamber's.</returns>
    public static bool TryParseWireName(string? name, out ChamberKind kind)
    {
        foreach (var n in Names)
        {
            if (string.Equals(n.Wire, name, StringComparison.Ordinal))
            {
                kind = n.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Finds the chamber of a slug (exactly, case-sensitive).</summary>
    /// <param name="slug">The slug, for example <c>supreme-council</c>.</param>
    /// <param name="kind">The chamber, when found.</param>
    /// <returns>Whether the slug is a chamber's.</returns>
    public static bool TryParseSlug(string? slug, out ChamberKind kind)
    {
        foreach (var n in Names)
        {
            if (string.Equals(n.Slug, slug, StringComparison.Ordinal))
            {
                kind = n.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static (ChamberKind Kind, string Wire, string Slug) Find(ChamberKind kind)
    {
        foreach (var n in Names)
        {
            if (n.Kind == kind)
            {
                return n;
            }
        }

        throw ArgumentErrors.OutOfRange(nameof(kind), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kind} is not a defined chamber."));
    }
}

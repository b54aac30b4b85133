using System.Globalization;

namespace Kz.Legislature.Tests;

/// <summary>
/// How many samples the property tests draw. Each test asks for the count it needs; CsCheck's own <c>CsCheck_Iter</c>
/// environment variable, which sets CsCheck's default count, also caps these counts when it is set. Mutation testing
/// (<c>scripts/mutation.sh</c>) sets a small cap so that every mutant can be run against the whole suite; CI and a plain
/// <c>dotnet test</c> leave it unset and run the full counts.
/// </summary>
internal static class PropertyRuns
{
    private static readonly int? Limit =
        int.TryParse(Environment.GetEnvironmentVariable("CsCheck_Iter"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    /// <summary>Returns <paramref name="wanted"/>, or the <c>CsCheck_Iter</c> cap if that is set and lower.</summary>
    public static int Cap(int wanted) => Limit is { } limit ? Math.Min(wanted, limit) : wanted;
}

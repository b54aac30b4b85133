using System.Globalization;

namespace Kz.Legislature.Tests;

/// <summary>
/// How many samples the property tests draw, and how many days the day-by-day tests check. Each property test asks for the
/// count it needs; CsCheck's own <c>CsCheck_Iter</c> environment variable, which sets CsCheck's default count, also caps
/// these counts when it is set. <c>KZL_FUZZ_ITERATIONS</c> sets the fuzz tests' count. <c>KZL_DAY_STRIDE</c> makes a day-by-day test check every n-th day, besides the days
/// around each change, that it would otherwise check one by one. Mutation testing (<c>scripts/mutation.sh</c>) sets both
/// so that each mutant's tests run in seconds; CI and a plain <c>dotnet test</c> leave them unset and run the full counts.
/// </summary>
internal static class PropertyRuns
{
    private static readonly int? Limit = Positive("CsCheck_Iter");

    /// <summary>Returns <paramref name="wanted"/>, or the <c>CsCheck_Iter</c> cap if that is set and lower.</summary>
    public static int Cap(int wanted) => Limit is { } limit ? Math.Min(wanted, limit) : wanted;

    /// <summary>Every how many days a day-by-day test checks a day on which nothing changes: 1, or <c>KZL_DAY_STRIDE</c> if set.</summary>
    public static int DayStride { get; } = Positive("KZL_DAY_STRIDE") ?? 1;

    /// <summary>How many inputs a fuzz test tries: <paramref name="wanted"/>, or <c>KZL_FUZZ_ITERATIONS</c> if that is set.</summary>
    public static int FuzzIterations(int wanted) => Positive("KZL_FUZZ_ITERATIONS") ?? wanted;

    /// <summary>The environment variable's value if it is a positive integer, otherwise null (unset or not a count).</summary>
    private static int? Positive(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}

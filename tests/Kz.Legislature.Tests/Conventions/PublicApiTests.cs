using Kz.Legislature.History;
using PublicApiGenerator;

namespace Kz.Legislature.Tests.Conventions;

/// <summary>
/// The approved public API is the committed file <c>Kz.Legislature.approved.txt</c>. Any change to the public
/// surface fails this test with a readable diff; to approve a change, run the tests with
/// <c>KZL_ACCEPT_API=1</c> and commit the updated file after review.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void The_public_api_matches_the_approved_file()
    {
        var actual = Normalize(typeof(LegislativeHistory).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        }));
        var approvedPath = Path.Combine(RepositoryRoot(), "tests", "Kz.Legislature.Tests", "Conventions", "Kz.Legislature.approved.txt");
        if (Environment.GetEnvironmentVariable("KZL_ACCEPT_API") == "1")
        {
            File.WriteAllText(approvedPath, actual);
        }

        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : string.Empty;
        if (approved != actual)
        {
            File.WriteAllText(Path.ChangeExtension(approvedPath, ".received.txt"), actual);
        }

        approved.Should().Be(actual, "the public API changed; review this diff and approve it with KZL_ACCEPT_API=1:\n" + Diff(approved, actual));
    }

    /// <summary>Finds the repository root (the folder holding Kz.Legislature.sln) above the test output folder.</summary>
    /// <remarks>Not from CallerFilePath: deterministic CI builds map source paths to "/_/".</remarks>
    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kz.Legislature.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Kz.Legislature.sln was not found above " + AppContext.BaseDirectory);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    private static string Diff(string approved, string actual)
    {
        var a = approved.Split('\n');
        var b = actual.Split('\n');
        var removed = a.Except(b).Select(l => "- " + l);
        var added = b.Except(a).Select(l => "+ " + l);
        return string.Join('\n', removed.Concat(added).Take(200));
    }
}

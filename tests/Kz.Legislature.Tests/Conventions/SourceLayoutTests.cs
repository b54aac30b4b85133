using System.Text.RegularExpressions;

namespace Kz.Legislature.Tests.Conventions;

/// <summary>
/// One public type per file, in a file named after it (a partial type may spread over <c>Name.Concern.cs</c> files), so
/// a reader finds a type where its name says. Internal wire shapes (DTOs) may stay together.
/// </summary>
public partial class SourceLayoutTests
{
    [GeneratedRegex(@"^public\s+(?:(?:sealed|abstract|static|readonly|partial)\s+)*(?:record\s+struct|record|class|struct|enum|interface)\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)", RegexOptions.Multiline)]
    private static partial Regex PublicTopLevelType();

    public static TheoryData<string> LibraryFiles()
    {
        var library = Path.Combine(PublicApiTests.RepositoryRoot(), "src", "Kz.Legislature");
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(library, file).Replace('\\', '/');
            if (!relative.StartsWith("obj/", StringComparison.Ordinal) && !relative.StartsWith("bin/", StringComparison.Ordinal))
            {
                data.Add(relative);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LibraryFiles))]
    public void A_library_file_declares_at_most_one_public_type_and_is_named_after_it(string relativePath)
    {
        var path = Path.Combine(PublicApiTests.RepositoryRoot(), "src", "Kz.Legislature", relativePath);
        var names = PublicTopLevelType().Matches(File.ReadAllText(path)).Select(m => m.Groups["name"].Value).ToList();

        names.Should().HaveCountLessThanOrEqualTo(1, $"{relativePath} declares the public types {string.Join(", ", names)}");
        if (names.Count == 1)
        {
            var stem = Path.GetFileNameWithoutExtension(relativePath);
            (stem == names[0] || stem.StartsWith(names[0] + ".", StringComparison.Ordinal))
                .Should().BeTrue($"{relativePath} declares {names[0]}, so it is named {names[0]}.cs (or {names[0]}.Concern.cs)");
        }
    }
}

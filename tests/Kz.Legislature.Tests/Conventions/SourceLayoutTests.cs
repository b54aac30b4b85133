using System.Text.RegularExpressions;
using Kz.Legislature.Cli;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.Conventions;

/// <summary>
/// One public type per file, in a file named after it (a partial type may spread over <c>Name.Concern.cs</c> files), so
/// a reader finds a type where its name says. Internal wire shapes (DTOs) may stay together. The tests are grouped the
/// same way: by the type they test (docs/quality.md, "Test layout").
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

    /// <summary>Folders of suites that are about no one type (docs/quality.md, "Test layout").</summary>
    private static readonly string[] CrossCuttingFolders = ["Conventions/", "Docs/", "Quality/", "Support/"];

    /// <summary>Suites in a type's folder that are about no one type (docs/quality.md, "Test layout").</summary>
    private static readonly string[] CrossCuttingFiles =
    [
        "Serialization/CompositionJsonFuzzTests.cs",
        "Validation/GlobalLanguageManagerTests.cs",
        "Validation/ValidatorConventionsTests.cs",
    ];

    [GeneratedRegex(@"^(?<type>[A-Z][A-Za-z0-9]*)Tests(?:\.[A-Z][A-Za-z0-9]*)?\.cs$")]
    private static partial Regex TestFileName();

    [GeneratedRegex(@"^\s*\[(?:Fact|Theory)\b", RegexOptions.Multiline)]
    private static partial Regex TestAttribute();

    [GeneratedRegex(@"^(?:public|internal)\s+(?:(?:sealed|static|abstract|partial)\s+)*class\s+(?<name>[A-Za-z_][A-Za-z0-9_]*Tests)\b", RegexOptions.Multiline)]
    private static partial Regex TopLevelTestClass();

    private static string TestsRoot() => Path.Combine(PublicApiTests.RepositoryRoot(), "tests", "Kz.Legislature.Tests");

    public static TheoryData<string> TestFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestsRoot(), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(TestsRoot(), file).Replace('\\', '/');
            if (relative.Contains('/', StringComparison.Ordinal)
                && !relative.StartsWith("obj/", StringComparison.Ordinal) && !relative.StartsWith("bin/", StringComparison.Ordinal)
                && !relative.StartsWith("StrykerOutput/", StringComparison.Ordinal)
                && !CrossCuttingFolders.Any(f => relative.StartsWith(f, StringComparison.Ordinal))
                && !CrossCuttingFiles.Contains(relative, StringComparer.Ordinal))
            {
                data.Add(relative);
            }
        }

        return data;
    }

    /// <summary>
    /// The names a test class may be named after: the library's types (public, or internal such as <c>ValueList</c>,
    /// whose tests sit in the folder of its namespace), the CLI commands, the app and the program.
    /// </summary>
    private static HashSet<string> TestableTypes()
    {
        static string Plain(Type t) => t.Name.Split('`')[0];
        var names = typeof(LegislativeHistory).Assembly.GetTypes()
            .Where(t => !t.IsNested && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false)
                && (t.IsPublic || t.Namespace?.StartsWith("Kz.Legislature", StringComparison.Ordinal) == true))
            .Select(Plain).ToHashSet(StringComparer.Ordinal);
        names.UnionWith(typeof(KzlegApp).Assembly.GetExportedTypes().Where(t => !t.IsNested && t.Name.EndsWith("Command", StringComparison.Ordinal)).Select(Plain));
        names.Add(nameof(KzlegApp));
        names.Add(nameof(Kz.Legislature.Cli.Program));
        return names;
    }

    [Theory]
    [MemberData(nameof(TestFiles))]
    public void A_test_file_is_a_part_of_the_tests_of_the_type_it_is_named_after(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(TestsRoot(), relativePath));
        var fileName = Path.GetFileName(relativePath);
        var classes = TopLevelTestClass().Matches(text).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal).ToList();
        if (!TestAttribute().IsMatch(text))
        {
            classes.Should().BeEmpty($"{relativePath} has no test, so it is support code and declares no test class");
            fileName.Should().NotMatchRegex(@"Tests(\.[A-Za-z0-9]+)?\.cs$", $"{relativePath} has no test, so it is not named like a test file");
            return;
        }

        var name = TestFileName().Match(fileName);
        name.Success.Should().BeTrue($"{relativePath} has tests, so it is named {{Type}}Tests.cs or {{Type}}Tests.{{Concern}}.cs");
        var type = name.Groups["type"].Value;
        TestableTypes().Contains(type).Should().BeTrue($"{relativePath} is named after {type}, which is to be a library type, a CLI command, KzlegApp or Program (or the file is listed as cross-cutting in docs/quality.md and here)");
        classes.Should().Equal([type + "Tests"], $"{relativePath} declares the test class {type}Tests (a part of it, if the type's tests have several concerns) and no other");
    }

    [Fact]
    public void Every_cross_cutting_test_file_listed_exists()
    {
        foreach (var file in CrossCuttingFiles)
        {
            File.Exists(Path.Combine(TestsRoot(), file)).Should().BeTrue($"{file} is listed as a cross-cutting suite");
        }

        foreach (var folder in CrossCuttingFolders)
        {
            Directory.Exists(Path.Combine(TestsRoot(), folder)).Should().BeTrue($"{folder} is listed as a folder of cross-cutting suites");
        }
    }
}

using System.Xml.Linq;
using Kz.Legislature.Tests.Conventions;

namespace Kz.Legislature.Tests.Docs;

/// <summary>docs/getting-started.md stays true to the package it describes.</summary>
public class GettingStartedTests
{
    [Fact]
    public void The_dependency_table_names_exactly_the_packages_the_library_brings()
    {
        var root = PublicApiTests.RepositoryRoot();
        var project = XDocument.Load(Path.Combine(root, "src", "Kz.Legislature", "Kz.Legislature.csproj"));
        var references = project.Descendants("PackageReference")
            .Where(r => (string?)r.Attribute("PrivateAssets") != "all")
            .Select(r => (string)r.Attribute("Include")!)
            .ToList();
        references.Should().NotBeEmpty();

        var page = File.ReadAllText(Path.Combine(root, "docs", "getting-started.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = page.IndexOf("### What the package brings with it", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0);
        var table = page[start..page.IndexOf("\n## ", start, StringComparison.Ordinal)]
            .Split('\n')
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Package", StringComparison.Ordinal))
            .Select(l => l.Split('|')[1].Trim())
            .Select(cell => cell.StartsWith('[') ? cell[1..cell.IndexOf(']', StringComparison.Ordinal)] : cell)
            .ToList();
        table.Should().BeEquivalentTo(references, "the table lists every package a consumer gets, and no other");
    }
}

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

    [Fact]
    public void The_page_names_exactly_the_runtimes_the_package_has_precompiled_images_for()
    {
        var root = PublicApiTests.RepositoryRoot();
        var targets = XDocument.Load(Path.Combine(root, "src", "Kz.Legislature", "ReadyToRun.targets"));
        var rids = targets.Descendants("KzlReadyToRunRuntimeIdentifiers").Single().Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        rids.Should().NotBeEmpty();

        var page = File.ReadAllText(Path.Combine(root, "docs", "getting-started.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = page.IndexOf("(ReadyToRun) for ", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "the page says which runtimes get a precompiled library");
        var list = page[(start + "(ReadyToRun) for ".Length)..page.IndexOf(" (`runtimes/", start, StringComparison.Ordinal)]
            .Replace("\n", " ", StringComparison.Ordinal).Replace(" and ", ", ", StringComparison.Ordinal)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        list.Should().BeEquivalentTo(rids, "the page lists the runtimes of src/Kz.Legislature/ReadyToRun.targets, and no other");
    }
}

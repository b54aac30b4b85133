using Kz.Legislature.DocTests;
using Kz.Legislature.Tests.Conventions;

namespace Kz.Legislature.Tests.Docs;

/// <summary>
/// The markup of the C# samples of README.md, the package README and docs/*.md (docs/quality.md, "Code samples"),
/// and the checker that compares a sample's output with what its page claims. Kz.Legislature.PackageTests compiles
/// and runs every sample against the packed package with that checker.
/// </summary>
public class DocsSamplesTests
{
    [Fact]
    public void Every_sample_follows_the_markup_convention()
    {
        var samples = DocSamples.All(PublicApiTests.RepositoryRoot());
        samples.SelectMany(s => s.Problems).Should().BeEmpty();
        samples.Where(s => s.Name is not null).GroupBy(s => s.Name).Where(g => g.Count() > 1).Select(g => g.Key)
            .Should().BeEmpty("sample names are unique");
    }

    [Fact]
    public void The_readme_and_getting_started_samples_are_programs_that_claim_their_output()
    {
        var samples = DocSamples.All(PublicApiTests.RepositoryRoot());
        foreach (var page in new[] { "README.md", "docs/getting-started.md" })
        {
            var onPage = samples.Where(s => s.File == page).ToList();
            onPage.Should().NotBeEmpty(page);
            onPage.Should().OnlyContain(s => !s.IsFragment, $"every sample of {page} is run as pasted");
            onPage.Should().OnlyContain(s => s.Claims.Count > 0 || s.ExpectedOutput != null, $"every sample of {page} says what it prints");
        }
    }

    [Fact]
    public void No_runnable_sample_writes_to_a_test_framework_or_leaves_out_its_usings()
    {
        var runnable = DocSamples.All(PublicApiTests.RepositoryRoot()).Where(s => !s.IsFragment).ToList();
        runnable.Where(s => s.Code.Contains("output.WriteLine", StringComparison.Ordinal) || s.Code.Contains("ITestOutputHelper", StringComparison.Ordinal))
            .Select(s => s.Where).Should().BeEmpty("a sample is a console program");
        runnable.Where(s => s.Code.Contains("LegislativeHistory", StringComparison.Ordinal) && !s.Code.Contains("using Kz.Legislature.History;", StringComparison.Ordinal))
            .Select(s => s.Where).Should().BeEmpty("a sample shows the usings it needs");
    }

    [Fact]
    public void Parse_reads_names_fragments_claims_and_output_blocks()
    {
        const string page = """
            # Page

            <!-- sample: one -->
            ```csharp
            Console.WriteLine(1 + 1); // 2
            Console.WriteLine("x");
            ```

            <!-- output -->
            ```text
            2
            x
            ```

            A fragment: it uses a variable defined elsewhere.

            <!-- sample: fragment -->
            ```cs
            Console.WriteLine(senate);
            ```

            ```json
            { "csharp": true }
            ```
            """;
        var samples = DocSamples.Parse("docs/x.md", page);
        samples.Should().HaveCount(2);
        samples[0].Should().Match<DocSample>(s => s.Name == "one" && s.Line == 4 && !s.IsFragment && s.Problems.Count == 0);
        samples[0].Claims.Should().Equal((5, "2"));
        samples[0].ExpectedOutput.Should().Equal("2", "x");
        samples[1].Should().Match<DocSample>(s => s.IsFragment && s.Name == null && s.Problems.Count == 0 && s.Line == 18);
    }

    [Fact]
    public void A_fragment_without_a_sentence_saying_so_is_a_markup_problem()
    {
        var samples = DocSamples.Parse("docs/x.md", "Some text.\n\n<!-- sample: fragment -->\n```csharp\nvar x = y;\n```\n");
        samples.Single().Problems.Should().ContainSingle().Which.Should().Contain("docs/x.md:4").And.Contain("fragment");
    }

    [Fact]
    public void A_misspelt_marker_and_an_output_marker_without_a_text_block_are_markup_problems()
    {
        var samples = DocSamples.Parse("docs/x.md", "<!-- sample:Bad -->\n```csharp\nvar x = 1;\n```\n<!-- output -->\n```\n1\n```\n");
        samples.Single().Problems.Should().HaveCount(2);
    }

    [Fact]
    public void Check_accepts_the_claimed_lines_in_order_with_ellipses()
    {
        var sample = DocSamples.Parse("docs/x.md", "```csharp\nConsole.WriteLine(a); // 50\nforeach (var f in e) Console.WriteLine(f); // KZL1002 … 50 seats\n```\n").Single();
        DocSamples.Check(sample, "50\nKZL1001 other\nKZL1002 the Senate has 51 members; the statute provides 50 seats\nKZL1003 more\n").Should().BeEmpty();
    }

    [Theory]
    [InlineData("51\nKZL1002 the statute provides 50 seats\n")]
    [InlineData("KZL1002 the statute provides 50 seats\n50\n")]
    [InlineData("50 \nKZL1002 provides 49 seats\n")]
    public void Check_reports_a_claimed_line_that_was_not_printed(string stdout)
    {
        var sample = DocSamples.Parse("docs/x.md", "```csharp\nConsole.WriteLine(a); // 50\nConsole.WriteLine(f); // KZL1002 … 50 seats\n```\n").Single();
        DocSamples.Check(sample, stdout).Should().NotBeEmpty().And.OnlyContain(p => p.StartsWith("docs/x.md:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a\nb\nc\n", true)]
    [InlineData("a\nb\nc", true)]
    [InlineData("a\nc\n", true)]
    [InlineData("a\nb1\nb2\nc   \n", true)]
    [InlineData("a\nb\n", false)]
    [InlineData("a\nb\nc\nd\n", false)]
    [InlineData("x\nb\nc\n", false)]
    public void Check_compares_an_output_block_line_by_line_with_a_lone_ellipsis_for_any_lines(string stdout, bool matches)
    {
        var sample = DocSamples.Parse("docs/x.md", "```csharp\nConsole.WriteLine(\"a\");\n```\n\n<!-- output -->\n```text\na\n…\nc\n```\n").Single();
        DocSamples.Check(sample, stdout).Should().HaveCount(matches ? 0 : 1);
    }
}

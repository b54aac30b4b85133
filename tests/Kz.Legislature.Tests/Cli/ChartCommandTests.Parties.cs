using System.Globalization;
using System.Xml.Linq;
using Kz.Legislature.Cli.Charts;
using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Cli;

/// <summary>
/// The parties chart (<c>kzleg chart --kind parties</c>): one bar per composition whose segments are the seats, text that
/// stays on the canvas and overlaps no other text in every language, a colour of its own for every party, and the
/// committed copy up to date.
/// </summary>
public partial class ChartCommandTests
{
    private const string PartiesRegenerate = "dotnet run --project src/Kz.Legislature.Cli -- chart --kind parties --out docs/img/parties.svg";

    private static LegislativeHistory PartiesHistory => SessionHistory.Current;

    [Fact]
    public void The_committed_parties_chart_is_what_the_tool_renders_now()
    {
        var path = Path.Combine(CliRunner.RepositoryRoot(), "docs", "img", "parties.svg");
        File.Exists(path).Should().BeTrue($"docs/img/parties.svg should be committed; generate it with: {PartiesRegenerate}");
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        (committed == PartyChart.Render(PartiesHistory, new ChartOptions())).Should().BeTrue($"docs/img/parties.svg is stale; regenerate it with: {PartiesRegenerate}");
    }

    [Fact]
    public void Each_composition_is_one_bar_whose_segments_add_up_to_its_seats()
    {
        var doc = XDocument.Parse(PartyChart.Render(PartiesHistory, new ChartOptions()));
        var bars = doc.Descendants(Ns + "g").Where(g => (string?)g.Attribute("class") == "bar").ToList();
        bars.Select(b => (string)b.Attribute("data-sitting")!).Should().Equal(PartiesHistory.Compositions.Select(c => c.Sitting.Id));
        foreach (var bar in bars)
        {
            var composition = PartiesHistory.Compositions.Single(c => c.Sitting.Id == (string)bar.Attribute("data-sitting")!);
            var rects = bar.Elements(Ns + "rect").ToList();
            var seats = rects.Sum(r => int.Parse(r.Element(Ns + "title")!.Value.Split(": ")[^1], CultureInfo.InvariantCulture));
            seats.Should().Be(composition.Total);
            rects.Sum(r => D(r, "width")).Should().BeApproximately(1200 - 190 - 70, 0.5);
            bar.Elements(Ns + "text").Last().Value.Should().Be(composition.Total.ToString(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void The_VIII_Mazhilis_bar_shows_Amanat_62_and_the_self_nominated_7()
    {
        // CEC final result of 19 Mar 2023: Amanat 40 list + 22 district seats; 7 self-nominated district deputies.
        var doc = XDocument.Parse(PartyChart.Render(PartiesHistory, new ChartOptions()));
        var bar = doc.Descendants(Ns + "g").Single(g => (string?)g.Attribute("data-sitting") == "mazhilis-viii");
        var titles = bar.Elements(Ns + "rect").Select(r => r.Element(Ns + "title")!.Value).ToList();
        titles.Should().Contain("Amanat: 62").And.Contain("self-nominated: 7");
    }

    [Fact]
    public void Every_party_and_group_has_a_colour_of_its_own()
    {
        var colors = PartyChart.AssignColors(PartiesHistory.Compositions);
        colors.Values.Should().OnlyHaveUniqueItems();
        colors["party:amanat"].Should().Be("#0072B2", "the party with the most seats gets the first colour");
    }

    [Theory]
    [InlineData("en", null, null)]
    [InlineData("ru", null, null)]
    [InlineData("kk", null, null)]
    [InlineData("kk", "2007-01-01", null)]
    [InlineData("ru", "1990-03-25", "1996-12-31")]
    [InlineData("en", "2030-01-01", null)]
    public void No_text_overlaps_another_or_leaves_the_canvas(string lang, string? from, string? to)
    {
        var options = new ChartOptions
        {
            Language = lang,
            From = from is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(from).Value,
            To = to is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(to).Value,
        };
        var doc = XDocument.Parse(PartyChart.Render(PartiesHistory, options));
        var width = D(doc.Root!, "width");
        var height = D(doc.Root!, "height");
        var boxes = doc.Descendants(Ns + "text").Select(Box).ToList();
        boxes.Should().NotBeEmpty();
        var problems = new List<string>();
        foreach (var b in boxes.Where(b => b.Left < 0 || b.Top < 0 || b.Right > width || b.Bottom > height))
        {
            problems.Add($"'{b.Text}' leaves the canvas");
        }

        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, c) = (boxes[i], boxes[j]);
                if (a.Left < c.Right && c.Left < a.Right && a.Top < c.Bottom && c.Top < a.Bottom)
                {
                    problems.Add($"'{a.Text}' overlaps '{c.Text}'");
                }
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void The_chart_command_draws_parties_and_refuses_an_unknown_kind()
    {
        var dir = Directory.CreateTempSubdirectory("kzleg-parties-");
        try
        {
            var path = Path.Combine(dir.FullName, "p.svg");
            var ok = CliRunner.Run("chart", "--kind", "parties", "--out", path);
            ok.ExitCode.Should().Be(0, ok.Stderr);
            File.ReadAllText(path).Should().Be(PartyChart.Render(LegislativeHistory.Kazakhstan, new ChartOptions()));

            var bad = CliRunner.Run("chart", "--kind", "pie", "--out", path);
            bad.ExitCode.Should().NotBe(0);
            bad.Stderr.Should().Contain("--kind: 'pie' is not a chart kind").And.Contain("seats").And.Contain("parties");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }


    private static string? PartiesInherited(XElement e, string name) =>
        e.AncestorsAndSelf().Select(a => (string?)a.Attribute(name)).FirstOrDefault(v => v is not null);

    /// <summary>A conservative box: 0.62 em a Latin character, 0.68 em a Cyrillic one, bold 8% wider (as ChartCommandTests).</summary>
    private static (string Text, double Left, double Top, double Right, double Bottom) Box(XElement t)
    {
        var text = string.Concat(t.Nodes().OfType<XText>().Select(n => n.Value));
        var size = double.Parse(PartiesInherited(t, "font-size") ?? "16", CultureInfo.InvariantCulture);
        var bold = PartiesInherited(t, "font-weight") == "bold";
        var w = text.Sum(c => c is >= '\u0400' and <= '\u04FF' ? 0.68 : 0.62) * size * (bold ? 1.08 : 1.0);
        var x = D(t, "x");
        var y = D(t, "y");
        var start = (PartiesInherited(t, "text-anchor") ?? "start") switch { "middle" => -w / 2, "end" => -w, _ => 0 };
        return (text, x + start, y - (0.75 * size), x + start + w, y + (0.2 * size));
    }
}

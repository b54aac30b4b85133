using System.Xml.Linq;
using Kz.Legislature.Cli.Charts;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.Cli;

/// <summary>The SVG chart: deterministic, well-formed, complete, and the committed copy up to date.</summary>
public partial class ChartCommandTests
{
    private const string Regenerate = "dotnet run --project src/Kz.Legislature.Cli -- chart --out docs/img/composition.svg";
    private static readonly LegislativeHistory History = LegislativeHistory.Kazakhstan;

    [Fact]
    public void The_committed_chart_is_what_the_tool_renders_now()
    {
        var path = Path.Combine(CliRunner.RepositoryRoot(), "docs", "img", "composition.svg");
        File.Exists(path).Should().BeTrue($"docs/img/composition.svg should be committed; generate it with: {Regenerate}");
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");

        var rendered = CompositionChart.Render(History, new ChartOptions());

        (committed == rendered).Should().BeTrue($"docs/img/composition.svg is stale; regenerate it with: {Regenerate}");
    }

    [Fact]
    public void Rendering_twice_gives_the_same_bytes_whatever_the_current_culture()
    {
        var first = CompositionChart.Render(History, new ChartOptions { Language = "ru" });
        string second;
        using (new Support.CultureScope("fr-FR"))
        {
            second = CompositionChart.Render(History, new ChartOptions { Language = "ru" });
        }

        second.Should().Be(first);
        first.Should().NotContain(",5\"", "numbers use the invariant culture");
    }

    [Theory]
    [InlineData("en", "Supreme Council", "Senate", "Mazhilis", "Kurultai")]
    [InlineData("ru", "Верховный Совет", "Сенат", "Мажилис", "Курултай")]
    [InlineData("kk", "Жоғарғы Кеңес", "Сенат", "Мәжіліс", "Құрылтай")]
    public void The_chart_is_well_formed_svg_with_a_panel_per_chamber_in_the_chosen_language(string lang, string sc, string senate, string mazhilis, string kurultai)
    {
        var svg = CompositionChart.Render(History, new ChartOptions { Language = lang });
        var doc = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        doc.Root!.Name.Should().Be(ns + "svg");
        doc.Root.Attribute("width")!.Value.Should().Be("1200");
        var ids = doc.Descendants(ns + "g").Select(g => (string?)g.Attribute("id")).ToList();
        ids.Should().Contain(["panel-supremeCouncil", "panel-senate", "panel-mazhilis", "panel-kurultai", "legend", "changes", "x-axis"]);
        var text = string.Join("\n", doc.Descendants(ns + "text").Select(t => t.Value));
        text.Should().Contain(sc).And.Contain(senate).And.Contain(mazhilis).And.Contain(kurultai);
        foreach (SeatSource source in Enum.GetValues<SeatSource>())
        {
            text.Should().Contain(Names.Of(source).In(lang), "the legend names every seat source");
        }

        text.Should().Contain("1996").And.Contain("2024");
    }

    [Fact]
    public void The_chart_marks_and_labels_every_change_of_rule_set()
    {
        var svg = CompositionChart.Render(History, new ChartOptions());
        var doc = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var changes = doc.Descendants(ns + "g").Single(g => (string?)g.Attribute("id") == "changes");
        var labels = changes.Elements(ns + "text").Select(t => t.Nodes().OfType<XText>().Single().Value).ToList();
        labels.Should().Equal("1978 Constitution", "1993 Constitution", "1995 Constitution", "1998 amendments", "2007 amendments", "2022 referendum", "2026 Constitution");
        changes.Elements(ns + "line").Select(l => (string?)l.Attribute("x1")).Distinct().Should().HaveCount(7, "one dashed line per change, broken between the panels");
        changes.Elements(ns + "line").All(l => (string?)l.Attribute("stroke-dasharray") is not null).Should().BeTrue();
    }

    [Fact]
    public void The_seat_steps_match_the_rules_in_force()
    {
        var segments = CompositionChart.Segments(History, History.CoverageStart, History.VerifiedThrough.PlusDays(1));
        segments.First().From.Should().Be(History.CoverageStart);
        segments.Last().Until.Should().Be(History.VerifiedThrough.PlusDays(1));
        segments.Zip(segments.Skip(1)).Should().OnlyContain(p => p.First.Until == p.Second.From, "segments tile the range without gaps");
        segments.Should().Contain(s => s.Rules.TryGetChamber(ChamberKind.Senate) != null && s.Rules.Chamber(ChamberKind.Senate).StatutorySeats == 50);

        var svg = CompositionChart.Render(History, new ChartOptions());
        svg.Should().Contain("Senate · Appointed by the President: 15 (2018-06-19 – 2022-06-06)");
        svg.Should().Contain("Mazhilis · Single-member district: 29 (2022-06-07 – 2026-06-30)");
    }

    [Fact]
    public void An_explicit_end_date_extends_the_chart_and_its_title()
    {
        var svg = CompositionChart.Render(History, new ChartOptions { To = new LocalDate(2030, 12, 31) });
        svg.Should().Contain("1990–2030").And.Contain("Kurultai · Party list: 145 (2026-07-01 – 2030-12-31)");
    }
}

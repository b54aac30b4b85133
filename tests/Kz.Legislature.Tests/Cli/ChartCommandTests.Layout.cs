using System.Globalization;
using System.Xml.Linq;
using Kz.Legislature.Cli.Charts;
using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Cli;

/// <summary>
/// The chart's text reads at any range and in every language: no two texts overlap, none leaves the canvas, and no
/// constitutional-change line runs through a text (unless the text has a white halo). The boxes are estimated from each
/// text's x/y, font size, weight and anchor with a conservative width per character.
/// </summary>
public partial class ChartCommandTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static TheoryData<string, string?, string?> Ranges()
    {
        var data = new TheoryData<string, string?, string?>();
        foreach (var lang in (string[])["en", "ru", "kk"])
        {
            data.Add(lang, null, null);
            data.Add(lang, null, "2100-01-01");
            data.Add(lang, null, "2000-01-01");
            data.Add(lang, "2020-01-01", null);
            data.Add(lang, null, "2026-07-03");
            data.Add(lang, "1995-01-01", "1995-12-31");
            data.Add(lang, null, "1990-03-25");
            data.Add(lang, "2030-01-01", "2200-12-31");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ranges))]
    public void No_text_overlaps_another_leaves_the_canvas_or_is_crossed_by_a_change_line(string lang, string? from, string? to)
    {
        var history = SessionHistory.Current;
        var options = new ChartOptions { Language = lang, From = from is null ? null : Date(from), To = to is null ? null : Date(to) };
        var doc = XDocument.Parse(CompositionChart.Render(history, options));
        var width = double.Parse(doc.Root!.Attribute("width")!.Value, CultureInfo.InvariantCulture);
        var height = double.Parse(doc.Root.Attribute("height")!.Value, CultureInfo.InvariantCulture);
        var boxes = doc.Descendants(Ns + "text").Select(TextBox).Where(b => b.Text.Length > 0).ToList();
        boxes.Should().HaveCountGreaterThan(30);

        var problems = new List<string>();
        foreach (var b in boxes)
        {
            if (b.Left < 0 || b.Top < 0 || b.Right > width || b.Bottom > height)
            {
                problems.Add($"'{b.Text}' leaves the {width}×{height} canvas: {b}");
            }
        }

        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, c) = (boxes[i], boxes[j]);
                if (a.Left < c.Right && c.Left < a.Right && a.Top < c.Bottom && c.Top < a.Bottom)
                {
                    problems.Add($"'{a.Text}' overlaps '{c.Text}': {a} / {c}");
                }
            }
        }

        var lines = doc.Descendants(Ns + "g").Single(g => (string?)g.Attribute("id") == "changes").Elements(Ns + "line")
            .Select(l => (X: D(l, "x1"), Y1: Math.Min(D(l, "y1"), D(l, "y2")), Y2: Math.Max(D(l, "y1"), D(l, "y2")))).ToList();
        lines.Should().NotBeEmpty();
        foreach (var b in boxes.Where(b => !b.Halo))
        {
            foreach (var (x, y1, y2) in lines)
            {
                if (x > b.Left && x < b.Right && y1 < b.Bottom && b.Top < y2)
                {
                    problems.Add($"the change line at x={x} crosses '{b.Text}': {b}");
                }
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void The_width_estimate_is_conservative_for_cyrillic_and_bold()
    {
        // Guards the estimate the layout test relies on: Cyrillic wider than Latin, bold wider than regular.
        Width("Мәжіліс", 12, bold: false).Should().BeGreaterThan(Width("Mazhilis", 12, bold: false) * 7 / 8);
        Width("Senate", 15, bold: true).Should().BeGreaterThan(Width("Senate", 15, bold: false));
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    private static double D(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    /// <summary>The nearest value of an attribute on the element or its ancestors (SVG inheritance).</summary>
    private static string? Inherited(XElement e, string name) =>
        e.AncestorsAndSelf().Select(a => (string?)a.Attribute(name)).FirstOrDefault(v => v is not null);

    /// <summary>A conservative width: 0.62 em a Latin character or digit, 0.68 em a Cyrillic one (DejaVu Sans averages about 0.6 and 0.65); bold 8% wider.</summary>
    private static double Width(string text, double size, bool bold) =>
        text.Sum(c => c is >= '\u0400' and <= '\u04FF' ? 0.68 : 0.62) * size * (bold ? 1.08 : 1.0);

    private static TextBoxInfo TextBox(XElement t)
    {
        var text = string.Concat(t.Nodes().OfType<XText>().Select(n => n.Value));
        var size = double.Parse(Inherited(t, "font-size") ?? "16", CultureInfo.InvariantCulture);
        var bold = Inherited(t, "font-weight") == "bold";
        var anchor = Inherited(t, "text-anchor") ?? "start";
        var w = Width(text, size, bold);
        double x, y;
        var transform = (string?)t.Attribute("transform");
        var rotated = transform is not null && transform.Contains("rotate(-90)", StringComparison.Ordinal);
        if (transform is not null)
        {
            var inner = transform[(transform.IndexOf('(', StringComparison.Ordinal) + 1)..transform.IndexOf(')', StringComparison.Ordinal)].Split(' ', ',');
            x = double.Parse(inner[0], CultureInfo.InvariantCulture);
            y = double.Parse(inner[1], CultureInfo.InvariantCulture);
        }
        else
        {
            x = D(t, "x");
            y = D(t, "y");
        }

        var start = anchor switch { "middle" => -w / 2, "end" => -w, _ => 0 };
        var halo = (string?)t.Attribute("stroke") == "#ffffff";
        return rotated
            ? new TextBoxInfo(text, x - (0.75 * size), y - start - w, x + (0.2 * size), y - start, halo)
            : new TextBoxInfo(text, x + start, y - (0.75 * size), x + start + w, y + (0.2 * size), halo);
    }

    private sealed record TextBoxInfo(string Text, double Left, double Top, double Right, double Bottom, bool Halo)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Left:0.#}, {Top:0.#}]–[{Right:0.#}, {Bottom:0.#}]");
    }
}

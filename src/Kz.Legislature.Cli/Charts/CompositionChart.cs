using System.Globalization;
using System.Text;
using Kz.Legislature.Cli.Output;
using Kz.Legislature.History;
using NodaTime;

namespace Kz.Legislature.Cli.Charts;

/// <summary>
/// Renders the statutory composition of the legislature over time as an SVG: one stacked step chart of seats by
/// source per chamber, on a shared time axis, with the constitutional changes marked and labelled.
/// </summary>
/// <remarks>
/// A pure function of the history and the options: no clock, no randomness, invariant number formatting and a
/// stable order, so the same input always gives the same bytes. The rules are sampled once per segment by walking
/// <see cref="LegislativeHistory.RulesOn"/> from the coverage start along each <see cref="LegislatureRules.Period"/>.
/// </remarks>
internal static class CompositionChart
{
    private const double MarginLeft = 150;
    private const double MarginRight = 40;
    private const double PanelHeight = 130;
    private const double PanelGap = 46;
    private const double FontSize = 13;
    private const string FontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

    /// <summary>The chambers drawn, top to bottom.</summary>
    private static readonly ChamberKind[] Chambers = [ChamberKind.SupremeCouncil, ChamberKind.Senate, ChamberKind.Mazhilis, ChamberKind.Kurultai];

    /// <summary>The stacking order of seat sources (bottom first) and their colours (Okabe–Ito, colour-blind safe).</summary>
    private static readonly (SeatSource Source, string Color)[] Palette =
    [
        (SeatSource.SingleMemberDistrict, "#56B4E9"),
        (SeatSource.PartyList, "#009E73"),
        (SeatSource.ElectedByMaslikhats, "#0072B2"),
        (SeatSource.PublicOrganization, "#999999"),
        (SeatSource.StateList, "#F0E442"),
        (SeatSource.ElectedByAssemblyOfPeople, "#CC79A7"),
        (SeatSource.AppointedByPresident, "#D55E00"),
        (SeatSource.AppointedByPresidentOnAssemblyProposal, "#E69F00"),
    ];

    /// <summary>Renders the chart.</summary>
    /// <param name="history">The history.</param>
    /// <param name="options">The options.</param>
    /// <returns>The SVG document (UTF-8 text, LF line ends, ending in a newline).</returns>
    /// <exception cref="ArgumentException">The end date is before the coverage start, or the width is too small.</exception>
    public static string Render(LegislativeHistory history, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        var lang = options.Language;
        var start = history.CoverageStart;
        var lastDay = options.To ?? history.VerifiedThrough;
        if (lastDay < start)
        {
            throw new ArgumentException($"The chart must end on or after {DateArgument.Iso(start)}.", nameof(options));
        }

        if (options.Width < 600)
        {
            throw new ArgumentException("The chart must be at least 600 pixels wide.", nameof(options));
        }

        var end = lastDay.PlusDays(1); // exclusive
        var segments = Segments(history, start, end);
        var changes = segments
            .Where((s, i) => i == 0 || segments[i - 1].Rules.RuleSetId != s.Rules.RuleSetId)
            .Select(s => (Date: s.From, s.Rules.Instrument))
            .ToList();

        double width = options.Width;
        var plotWidth = width - MarginLeft - MarginRight;
        var totalDays = (double)Period.DaysBetween(start, end);
        double X(LocalDate d) => MarginLeft + (plotWidth * Period.DaysBetween(start, d) / totalDays);

        // Change labels: placed greedily on the first row where they do not overlap the previous label.
        var labelRows = new List<double>();
        var labels = new List<(double X, int Row, string Text, LocalDate Date, bool AnchorEnd)>();
        var right = width - 4;
        foreach (var (date, instrument) in changes)
        {
            var text = Labels.ShortName(instrument, lang);
            var x = X(date);
            var w = TextWidth(text, 12);
            var anchorEnd = x + 3 + w > right;
            var left = anchorEnd ? x - 3 - w : x;
            var row = 0;
            while (row < labelRows.Count && labelRows[row] > left - 6)
            {
                row++;
            }

            if (row == labelRows.Count)
            {
                labelRows.Add(0);
            }

            labelRows[row] = anchorEnd ? x : x + 3 + w;
            labels.Add((x, row, text, date, anchorEnd));
        }

        var titleBlock = 58 + (15 * Wrap(Labels.Format("ChartSubtitle", lang, history.DataVersion, DateArgument.Iso(history.VerifiedThrough)), width - 80, 12).Count);
        var labelBlock = (labelRows.Count * 16) + 8;
        var plotTop = titleBlock + labelBlock + 30;
        var panelsBottom = plotTop + (Chambers.Length * (PanelHeight + PanelGap)) - PanelGap;
        var axisBottom = panelsBottom + 44;
        var legendTop = axisBottom + 16;
        var legendRows = (Palette.Length + 1) / 2;
        var height = legendTop + 26 + (legendRows * 22) + 16;

        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height))
            .Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height)).Append("\" font-family=\"").Append(Esc(FontFamily))
            .Append("\" font-size=\"").Append(N(FontSize)).Append("\" lang=\"").Append(lang).Append("\" role=\"img\" aria-labelledby=\"title desc\">\n");
        var title = Labels.Format("ChartTitle", lang, start.Year.ToString(CultureInfo.InvariantCulture), lastDay.Year.ToString(CultureInfo.InvariantCulture));
        var subtitle = Labels.Format("ChartSubtitle", lang, history.DataVersion, DateArgument.Iso(history.VerifiedThrough));
        svg.Append("<title id=\"title\">").Append(Esc(title)).Append("</title>\n");
        svg.Append("<desc id=\"desc\">").Append(Esc(subtitle)).Append("</desc>\n");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.Append("<text x=\"40\" y=\"28\" font-size=\"19\" font-weight=\"bold\" fill=\"#222222\">").Append(Esc(title)).Append("</text>\n");
        var subtitleLines = Wrap(subtitle, width - 80, 12);
        for (var i = 0; i < subtitleLines.Count; i++)
        {
            svg.Append("<text x=\"40\" y=\"").Append(N(48 + (i * 15))).Append("\" font-size=\"12\" fill=\"#555555\">").Append(Esc(subtitleLines[i])).Append("</text>\n");
        }


        // Year grid and axis.
        svg.Append("<g id=\"years\" stroke=\"#e4e4e4\" stroke-width=\"1\">\n");
        for (var year = start.Year + 1; year <= lastDay.Year; year++)
        {
            var x = X(new LocalDate(year, 1, 1));
            svg.Append("<line x1=\"").Append(N(x)).Append("\" y1=\"").Append(N(plotTop)).Append("\" x2=\"").Append(N(x)).Append("\" y2=\"").Append(N(panelsBottom + 6))
                .Append("\"").Append(year % 5 == 0 ? " stroke=\"#c8c8c8\"" : string.Empty).Append("/>\n");
        }

        svg.Append("</g>\n");
        svg.Append("<g id=\"x-axis\" fill=\"#333333\" font-size=\"12\" text-anchor=\"middle\">\n");
        for (var year = start.Year + 1; year <= lastDay.Year; year++)
        {
            if (year % 2 != 0)
            {
                continue;
            }

            svg.Append("<text x=\"").Append(N(X(new LocalDate(year, 1, 1)))).Append("\" y=\"").Append(N(panelsBottom + 22)).Append("\">")
                .Append(year.ToString(CultureInfo.InvariantCulture)).Append("</text>\n");
        }

        svg.Append("<text x=\"").Append(N(MarginLeft + (plotWidth / 2))).Append("\" y=\"").Append(N(panelsBottom + 40)).Append("\" font-weight=\"bold\">")
            .Append(Esc(Labels.Get("AxisYear", lang))).Append("</text>\n");
        svg.Append("</g>\n");

        // Panels.
        for (var p = 0; p < Chambers.Length; p++)
        {
            var kind = Chambers[p];
            var top = plotTop + (p * (PanelHeight + PanelGap));
            RenderPanel(svg, kind, segments, top, X, lang, end);
        }

        // Constitutional changes: dashed lines across every panel, labelled above.
        svg.Append("<g id=\"changes\">\n");
        foreach (var (x, row, text, date, anchorEnd) in labels)
        {
            var labelY = titleBlock + 12 + (row * 16);
            svg.Append("<line x1=\"").Append(N(x)).Append("\" y1=\"").Append(N(labelY + 3)).Append("\" x2=\"").Append(N(x)).Append("\" y2=\"").Append(N(panelsBottom))
                .Append("\" stroke=\"#333333\" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>\n");
            svg.Append("<text x=\"").Append(N(anchorEnd ? x - 3 : x + 3)).Append("\" y=\"").Append(N(labelY)).Append('"').Append(anchorEnd ? " text-anchor=\"end\"" : string.Empty)
                .Append(" font-size=\"12\" fill=\"#222222\"><title>")
                .Append(Esc(DateArgument.Iso(date))).Append("</title>").Append(Esc(text)).Append("</text>\n");
        }

        svg.Append("</g>\n");

        // Legend.
        svg.Append("<g id=\"legend\" font-size=\"12\" fill=\"#222222\">\n");
        svg.Append("<text x=\"40\" y=\"").Append(N(legendTop + 12)).Append("\" font-weight=\"bold\">").Append(Esc(Labels.Get("Legend", lang))).Append("</text>\n");
        var columnWidth = (width - 80) / 2;
        for (var i = 0; i < Palette.Length; i++)
        {
            var (source, color) = Palette[i];
            var lx = 40 + ((i % 2) * columnWidth);
            var ly = legendTop + 26 + ((i / 2) * 22);
            svg.Append("<rect x=\"").Append(N(lx)).Append("\" y=\"").Append(N(ly)).Append("\" width=\"16\" height=\"14\" fill=\"").Append(color).Append("\"/>\n");
            svg.Append("<text x=\"").Append(N(lx + 22)).Append("\" y=\"").Append(N(ly + 11.5)).Append("\">").Append(Esc(Labels.Name(source, lang))).Append("</text>\n");
        }

        svg.Append("</g>\n");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>Walks the rules from <paramref name="start"/> to <paramref name="end"/> (exclusive), one sample per segment.</summary>
    internal static List<(LocalDate From, LocalDate Until, LegislatureRules Rules)> Segments(LegislativeHistory history, LocalDate start, LocalDate end)
    {
        var result = new List<(LocalDate, LocalDate, LegislatureRules)>();
        var day = start;
        while (day < end)
        {
            var rules = history.RulesOn(day);
            var until = rules.Period.End is { } e && e < end ? e : end;
            result.Add((day, until, rules));
            day = until;
        }

        return result;
    }

    private static void RenderPanel(StringBuilder svg, ChamberKind kind, List<(LocalDate From, LocalDate Until, LegislatureRules Rules)> segments, double top, Func<LocalDate, double> x, string lang, LocalDate end)
    {
        var bottom = top + PanelHeight;
        // Merge neighbouring segments in which this chamber's seat plan is the same (other chambers or systems changed).
        var present = new List<(LocalDate From, LocalDate Until, ChamberRules Chamber)>();
        foreach (var (from, until, rules) in segments)
        {
            if (rules.TryGetChamber(kind) is not { } chamber)
            {
                continue;
            }

            if (present.Count > 0 && present[^1].Until == from && Commands.RulesCommand.SameSeats(present[^1].Chamber, chamber))
            {
                present[^1] = (present[^1].From, until, present[^1].Chamber);
            }
            else
            {
                present.Add((from, until, chamber));
            }
        }

        var isOpenEnded = segments.Count > 0 && segments[^1].Rules.TryGetChamber(kind) is not null && segments[^1].Rules.Period.End is null;
        var max = present.Count == 0 ? 0 : present.Max(s => s.Chamber.StatutorySeats);
        var step = NiceStep(max);
        var yMax = Math.Max(step, Math.Ceiling(max / (double)step) * step);
        double Y(double seats) => bottom - (PanelHeight * seats / yMax);

        var id = Labels.Camel(kind);
        svg.Append("<g id=\"panel-").Append(id).Append("\">\n");
        svg.Append("<text x=\"").Append(N(MarginLeft - 60)).Append("\" y=\"").Append(N(top - 10)).Append("\" font-size=\"15\" font-weight=\"bold\" fill=\"#222222\">")
            .Append(Esc(Labels.Name(kind, lang))).Append("</text>\n");
        var range = present.Count == 0
            ? Labels.Get("PanelNever", lang)
            : isOpenEnded
                ? Labels.Format("PanelFrom", lang, DateArgument.Iso(present[0].From))
                : Labels.Format("PanelRange", lang, DateArgument.Iso(present[0].From), DateArgument.Iso(present[^1].Until));
        svg.Append("<text x=\"").Append(N(x(end))).Append("\" y=\"").Append(N(top - 10)).Append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#555555\">")
            .Append(Esc(range)).Append("</text>\n");

        // Y axis: ticks and labels.
        svg.Append("<g font-size=\"11\" fill=\"#333333\" text-anchor=\"end\">\n");
        for (var v = 0.0; v <= yMax + 0.001; v += step)
        {
            svg.Append("<line x1=\"").Append(N(MarginLeft - 5)).Append("\" y1=\"").Append(N(Y(v))).Append("\" x2=\"").Append(N(MarginLeft)).Append("\" y2=\"").Append(N(Y(v)))
                .Append("\" stroke=\"#333333\"/>\n");
            svg.Append("<text x=\"").Append(N(MarginLeft - 8)).Append("\" y=\"").Append(N(Y(v) + 4)).Append("\">").Append(N(v)).Append("</text>\n");
        }

        svg.Append("<text transform=\"translate(").Append(N(MarginLeft - 44)).Append(' ').Append(N(top + (PanelHeight / 2))).Append(") rotate(-90)\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\">")
            .Append(Esc(Labels.Get("AxisSeats", lang))).Append("</text>\n");
        svg.Append("</g>\n");

        // Stacked steps, one group per source, bottom to top.
        svg.Append("<g shape-rendering=\"crispEdges\">\n");
        foreach (var (from, until, chamber) in present)
        {
            var x0 = x(from);
            var x1 = x(until);
            var level = 0;
            foreach (var (source, color) in Palette)
            {
                var seats = chamber.SeatsFor(source);
                if (seats == 0)
                {
                    continue;
                }

                var yTop = Y(level + seats);
                svg.Append("<rect x=\"").Append(N(x0)).Append("\" y=\"").Append(N(yTop)).Append("\" width=\"").Append(N(Math.Max(x1 - x0, 0.5))).Append("\" height=\"")
                    .Append(N(Y(level) - yTop)).Append("\" fill=\"").Append(color).Append("\"><title>")
                    .Append(Esc(string.Create(CultureInfo.InvariantCulture, $"{Labels.Name(kind, lang)} · {Labels.Name(source, lang)}: {seats} ({DateArgument.Iso(from)} – {DateArgument.Iso(until)})")))
                    .Append("</title></rect>\n");
                level += seats;
            }
        }

        svg.Append("</g>\n");

        // Totals above each step that is wide enough, and always above the last one.
        svg.Append("<g font-size=\"12\" font-weight=\"bold\" fill=\"#222222\">\n");
        int? previous = null;
        for (var i = 0; i < present.Count; i++)
        {
            var (from, until, chamber) = present[i];
            var total = chamber.StatutorySeats;
            var x0 = x(from);
            var x1 = x(until);
            var text = total.ToString(CultureInfo.InvariantCulture);
            var isLast = i == present.Count - 1;
            if (total == previous && !isLast)
            {
                continue;
            }

            previous = total;
            if (x1 - x0 >= TextWidth(text, 12) + 4)
            {
                svg.Append("<text x=\"").Append(N((x0 + x1) / 2)).Append("\" y=\"").Append(N(Y(total) - 4)).Append("\" text-anchor=\"middle\">").Append(text).Append("</text>\n");
            }
            else if (isLast)
            {
                // Too narrow to see (for example a chamber that starts days before the end): say it in words.
                var plan = string.Join(" + ", Palette.Where(p => chamber.SeatsFor(p.Source) > 0).Select(p => string.Create(CultureInfo.InvariantCulture, $"{Labels.Name(p.Source, lang)} {chamber.SeatsFor(p.Source)}")));
                svg.Append("<text x=\"").Append(N(x1 - 6)).Append("\" y=\"").Append(N(Y(total / 2.0) + 4)).Append("\" text-anchor=\"end\">")
                    .Append(Esc(string.Create(CultureInfo.InvariantCulture, $"{text} = {plan}, {Labels.Format("OpenEnded", lang, DateArgument.Iso(from))}")))
                    .Append("</text>\n");
            }
        }

        svg.Append("</g>\n");

        // Frame.
        svg.Append("<line x1=\"").Append(N(MarginLeft)).Append("\" y1=\"").Append(N(bottom)).Append("\" x2=\"").Append(N(x(end))).Append("\" y2=\"").Append(N(bottom))
            .Append("\" stroke=\"#333333\"/>\n");
        svg.Append("<line x1=\"").Append(N(MarginLeft)).Append("\" y1=\"").Append(N(top)).Append("\" x2=\"").Append(N(MarginLeft)).Append("\" y2=\"").Append(N(bottom))
            .Append("\" stroke=\"#333333\"/>\n");
        svg.Append("</g>\n");
    }

    /// <summary>A step of 1, 2 or 5 times a power of ten giving about four ticks.</summary>
    private static int NiceStep(int max)
    {
        if (max <= 0)
        {
            return 1;
        }

        var raw = max / 4.0;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var residual = raw / magnitude;
        var nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        return Math.Max(1, (int)(nice * magnitude));
    }

    /// <summary>Splits <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/> (estimated).</summary>
    private static List<string> Wrap(string text, double maxWidth, double size)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && TextWidth(candidate, size) > maxWidth)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>An estimate of the rendered width of <paramref name="text"/> (average glyph ≈ 0.6 em).</summary>
    private static double TextWidth(string text, double size) => text.Length * size * 0.62;

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Esc(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal);
}

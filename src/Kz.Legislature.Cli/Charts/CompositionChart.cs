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

    /// <summary>Returns the first day drawn: <see cref="ChartOptions.From"/>, or the coverage start.</summary>
    /// <param name="history">The history.</param>
    /// <param name="options">The options.</param>
    /// <returns>The first day drawn.</returns>
    internal static LocalDate FirstDay(LegislativeHistory history, ChartOptions options) => options.From ?? history.CoverageStart;

    /// <summary>
    /// Returns the last day drawn: <see cref="ChartOptions.To"/>, or by default the dataset's VerifiedThrough, extended to the
    /// end of a year so that the rule set in force last (open-ended) takes at least a tenth of the width and can be seen.
    /// </summary>
    /// <param name="history">The history.</param>
    /// <param name="options">The options.</param>
    /// <returns>The last day drawn (inclusive).</returns>
    internal static LocalDate LastDay(LegislativeHistory history, ChartOptions options)
    {
        if (options.To is { } to)
        {
            return to;
        }

        var start = FirstDay(history, options);
        var lastChange = LastRuleSetStart(history);
        var result = history.VerifiedThrough;
        if (lastChange > start)
        {
            var minimum = lastChange.PlusDays((Period.DaysBetween(start, lastChange) / 9) + 1);
            if (minimum > result)
            {
                result = new LocalDate(minimum.Year, 12, 31);
            }
        }

        return result;
    }

    /// <summary>Renders the chart.</summary>
    /// <param name="history">The history.</param>
    /// <param name="options">The options.</param>
    /// <returns>The SVG document (UTF-8 text, LF line ends, ending in a newline).</returns>
    /// <exception cref="ArgumentException">The range is empty or starts before the coverage start, or the width is too small.</exception>
    public static string Render(LegislativeHistory history, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        var lang = options.Language;
        var start = FirstDay(history, options);
        if (start < history.CoverageStart)
        {
            throw new ArgumentException($"The chart must start on or after {DateArgument.Iso(history.CoverageStart)}.", nameof(options));
        }

        var lastDay = LastDay(history, options);
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
        var plotRight = X(end);
        var placed = new List<Box>();

        // Change labels: each on the first row where it overlaps no other label, no other change's line runs through it,
        // and its own line runs through no label below it.
        var labels = new List<(double X, int Row, string Text, LocalDate Date, bool AnchorEnd, double Left, double Right)>();
        foreach (var (date, instrument) in changes)
        {
            var text = Labels.ShortName(instrument, lang);
            var x = X(date);
            var w = TextWidth(text, 12);
            bool Free(int row, double left, double right) => !labels.Any(l =>
                (l.Row == row && l.Left < right + 8 && left < l.Right + 8)
                || (l.Row < row && l.X > left - 4 && l.X < right + 4)
                || (l.Row > row && x > l.Left - 4 && x < l.Right + 4));

            // Right of the line if it fits on the canvas, else left of it, else pushed left from the canvas edge over the top of
            // its own line (which starts below the text); on the first row where one of them is free.
            double[] lefts = x + 3 + w <= width - 4 ? [x + 3, x - 3 - w] : [x - 3 - w, width - 4 - w];
            var rows = labels.Count == 0 ? 0 : labels.Max(l => l.Row) + 1;
            var row = 0;
            var left = lefts[0] >= 4 ? lefts[0] : Math.Max(4, lefts[1]);
            for (; row <= rows; row++)
            {
                var free = lefts.Where(l => l >= 4 && l + w <= width - 4).Cast<double?>().FirstOrDefault(l => Free(row, l!.Value, l.Value + w));
                if (free is { } f)
                {
                    left = f;
                    break;
                }
            }

            var right = left + w;
            var anchorEnd = false;
            labels.Add((x, row, text, date, anchorEnd, left, right));
        }

        var labelRows = labels.Count == 0 ? 0 : labels.Max(l => l.Row) + 1;
        var title = Labels.Format("ChartTitle", lang, start.Year.ToString(CultureInfo.InvariantCulture), lastDay.Year.ToString(CultureInfo.InvariantCulture));
        var subtitle = Labels.Format("ChartSubtitle", lang, history.DataVersion, DateArgument.Iso(history.VerifiedThrough));
        var titleLines = Wrap(title, width - 80, 19, bold: true);
        var subtitleLines = Wrap(subtitle, width - 80, 12);
        var subtitleTop = 28 + ((titleLines.Count - 1) * 24);
        var titleBlock = subtitleTop + 30 + (15 * subtitleLines.Count);
        var labelBlock = (labelRows * 16) + 8;
        var plotTop = titleBlock + labelBlock + 30;
        var panelsBottom = plotTop + (Chambers.Length * (PanelHeight + PanelGap)) - PanelGap;
        var axisBottom = panelsBottom + 44;
        var legendTop = axisBottom + 16;
        var unverifiedFrom = history.VerifiedThrough.PlusDays(1);
        var hasUnverified = unverifiedFrom < end;
        var legendEntries = Palette.Length + (hasUnverified ? 1 : 0);
        var legendRows = (legendEntries + 1) / 2;
        var height = legendTop + 26 + (legendRows * 22) + 16;

        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height))
            .Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height)).Append("\" font-family=\"").Append(Esc(FontFamily))
            .Append("\" font-size=\"").Append(N(FontSize)).Append("\" lang=\"").Append(lang).Append("\" role=\"img\" aria-labelledby=\"title desc\">\n");
        svg.Append("<title id=\"title\">").Append(Esc(title)).Append("</title>\n");
        svg.Append("<desc id=\"desc\">").Append(Esc(subtitle)).Append("</desc>\n");
        if (hasUnverified)
        {
            svg.Append("<defs><pattern id=\"unverified\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\" patternTransform=\"rotate(45)\">")
                .Append("<rect width=\"8\" height=\"8\" fill=\"#ffffff\" fill-opacity=\"0.35\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#666666\" stroke-width=\"2.5\" stroke-opacity=\"0.45\"/></pattern></defs>\n");
        }

        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (var i = 0; i < titleLines.Count; i++)
        {
            svg.Append("<text x=\"40\" y=\"").Append(N(28 + (i * 24))).Append("\" font-size=\"19\" font-weight=\"bold\" fill=\"#222222\">").Append(Esc(titleLines[i])).Append("</text>\n");
        }

        for (var i = 0; i < subtitleLines.Count; i++)
        {
            svg.Append("<text x=\"40\" y=\"").Append(N(subtitleTop + 20 + (i * 15))).Append("\" font-size=\"12\" fill=\"#555555\">").Append(Esc(subtitleLines[i])).Append("</text>\n");
        }

        // Years: a step that leaves room between labels; thin grid lines inside the panels only, so no text is crossed.
        var pxPerYear = plotWidth * 365.25 / totalDays;
        var yearLabelWidth = TextWidth("0000", 12);
        int[] steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 2000, 5000];
        var yearStep = steps.FirstOrDefault(st => st * pxPerYear >= yearLabelWidth + 14, 10000);
        var gridEvery = pxPerYear >= 6 ? 1 : yearStep;
        var years = new List<(int Year, double X)>();
        for (var year = start.Year + 1; year <= lastDay.Year; year++)
        {
            if (year % gridEvery == 0)
            {
                years.Add((year, X(new LocalDate(year, 1, 1))));
            }
        }

        // Axis texts: the axis name left of the year labels, the years, and under them the unverified stretch.
        var axisTitle = Labels.Get("AxisYear", lang);
        var axisTitleBox = Box.Of(MarginLeft - 10, panelsBottom + 22, axisTitle, 12, Anchor.End, bold: true);
        placed.Add(axisTitleBox);
        svg.Append("<g id=\"x-axis\" fill=\"#333333\" font-size=\"12\" text-anchor=\"middle\">\n");
        svg.Append("<text x=\"").Append(N(MarginLeft - 10)).Append("\" y=\"").Append(N(panelsBottom + 22)).Append("\" text-anchor=\"end\" font-weight=\"bold\">")
            .Append(Esc(axisTitle)).Append("</text>\n");
        foreach (var (year, x) in years.Where(y => y.Year % yearStep == 0))
        {
            var text = year.ToString(CultureInfo.InvariantCulture);
            var box = Box.Of(x, panelsBottom + 22, text, 12, Anchor.Middle);
            if (box.Right > width - 4 || placed.Any(b => b.Overlaps(box, 4)))
            {
                continue;
            }

            placed.Add(box);
            svg.Append("<line x1=\"").Append(N(x)).Append("\" y1=\"").Append(N(panelsBottom)).Append("\" x2=\"").Append(N(x)).Append("\" y2=\"").Append(N(panelsBottom + 6))
                .Append("\" stroke=\"#333333\"/>\n");
            svg.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(panelsBottom + 22)).Append("\">").Append(text).Append("</text>\n");
        }

        double unverifiedX = hasUnverified ? X(unverifiedFrom < start ? start : unverifiedFrom) : plotRight;
        if (hasUnverified)
        {
            var text = Labels.Format("Unverified", lang, DateArgument.Iso(history.VerifiedThrough));
            var w = TextWidth(text, 12);
            var cx = Math.Clamp((unverifiedX + plotRight) / 2, MarginLeft + (w / 2), width - 4 - (w / 2));
            var box = Box.Of(cx, panelsBottom + 38, text, 12, Anchor.Middle);
            if (!placed.Any(b => b.Overlaps(box, 2)))
            {
                placed.Add(box);
                svg.Append("<text x=\"").Append(N(cx)).Append("\" y=\"").Append(N(panelsBottom + 38)).Append("\" fill=\"#555555\">").Append(Esc(text)).Append("</text>\n");
            }
        }

        svg.Append("</g>\n");

        // Panels.
        var changeXs = labels.Select(l => l.X).ToList();
        var emptyPanels = Chambers.Select(k => !segments.Any(sg => sg.Rules.TryGetChamber(k) is not null)).ToArray();
        for (var p = 0; p < Chambers.Length; p++)
        {
            var kind = Chambers[p];
            var top = plotTop + (p * (PanelHeight + PanelGap));
            RenderPanel(svg, new Panel(history, kind, segments, top, X, lang, end, plotRight, width, changeXs, years, hasUnverified ? unverifiedX : null, placed));
        }

        // Constitutional changes: labelled at the top, a short dashed lead down to the panels, then dashed across each
        // panel's plot only (never through the titles and captions between panels).
        svg.Append("<g id=\"changes\">\n");
        foreach (var (x, row, text, date, _, left, _) in labels)
        {
            var labelY = titleBlock + 12 + (row * 16);
            var dashed = "\" stroke=\"#333333\" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>\n";
            // The lead is broken where it would run through a label lower down (one that had nowhere else to go).
            var y0 = labelY + 4;
            foreach (var (ky, kTop, kBottom) in labels
                .Where(k => k.Row > row && x > k.Left - 2 && x < k.Right + 2)
                .Select(k => titleBlock + 12 + (k.Row * 16))
                .Select(ky => (ky, ky - 12, ky + 5))
                .OrderBy(k => k.Item1))
            {
                if (kTop > y0)
                {
                    svg.Append("<line x1=\"").Append(N(x)).Append("\" y1=\"").Append(N(y0)).Append("\" x2=\"").Append(N(x)).Append("\" y2=\"").Append(N(kTop)).Append(dashed);
                }

                y0 = kBottom;
            }

            svg.Append("<line x1=\"").Append(N(x)).Append("\" y1=\"").Append(N(y0)).Append("\" x2=\"").Append(N(x)).Append("\" y2=\"").Append(N(plotTop - 34)).Append(dashed);
            for (var p = 0; p < Chambers.Length; p++)
            {
                if (emptyPanels[p])
                {
                    continue; // nothing to mark, and the line would cross the panel's sentence
                }

                var top = plotTop + (p * (PanelHeight + PanelGap));
                svg.Append("<line x1=\"").Append(N(x)).Append("\" y1=\"").Append(N(top)).Append("\" x2=\"").Append(N(x)).Append("\" y2=\"").Append(N(top + PanelHeight)).Append(dashed);
            }

            svg.Append("<text x=\"").Append(N(left)).Append("\" y=\"").Append(N(labelY)).Append('"')
                .Append(" font-size=\"12\" fill=\"#222222\"><title>")
                .Append(Esc(DateArgument.Iso(date))).Append("</title>").Append(Esc(text)).Append("</text>\n");
        }

        svg.Append("</g>\n");

        // Legend.
        svg.Append("<g id=\"legend\" font-size=\"12\" fill=\"#222222\">\n");
        svg.Append("<text x=\"40\" y=\"").Append(N(legendTop + 12)).Append("\" font-weight=\"bold\">").Append(Esc(Labels.Get("Legend", lang))).Append("</text>\n");
        var columnWidth = (width - 80) / 2;
        for (var i = 0; i < legendEntries; i++)
        {
            var lx = 40 + ((i % 2) * columnWidth);
            var ly = legendTop + 26 + ((i / 2) * 22);
            var (fill, name) = i < Palette.Length
                ? (Palette[i].Color, Labels.Name(Palette[i].Source, lang))
                : ("url(#unverified)", Labels.Format("UnverifiedLegend", lang, DateArgument.Iso(history.VerifiedThrough)));
            svg.Append("<rect x=\"").Append(N(lx)).Append("\" y=\"").Append(N(ly)).Append("\" width=\"16\" height=\"14\" fill=\"").Append(fill).Append('"')
                .Append(i < Palette.Length ? string.Empty : " stroke=\"#999999\"").Append("/>\n");
            svg.Append("<text x=\"").Append(N(lx + 22)).Append("\" y=\"").Append(N(ly + 11.5)).Append("\">").Append(Esc(name)).Append("</text>\n");
        }

        svg.Append("</g>\n");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>The first day of the open-ended rule set (the last one the dataset knows).</summary>
    private static LocalDate LastRuleSetStart(LegislativeHistory history)
    {
        var day = history.CoverageStart;
        var ruleSetStart = day;
        string? ruleSet = null;
        while (true)
        {
            var rules = history.RulesOn(day);
            if (rules.RuleSetId != ruleSet)
            {
                ruleSet = rules.RuleSetId;
                ruleSetStart = day;
            }

            if (rules.Period.End is not { } e)
            {
                return ruleSetStart;
            }

            day = e;
        }
    }

    /// <summary>The days on which <paramref name="kind"/> is in the rules over the whole dataset: first day, last day (inclusive) or none if open-ended.</summary>
    private static (LocalDate First, LocalDate? Last)? ChamberSpan(LegislativeHistory history, ChamberKind kind)
    {
        var day = history.CoverageStart;
        LocalDate? first = null;
        LocalDate? last = null;
        while (true)
        {
            var rules = history.RulesOn(day);
            var present = rules.TryGetChamber(kind) is not null;
            if (present)
            {
                first ??= day;
            }

            if (rules.Period.End is not { } e)
            {
                return first is null ? null : (first.Value, present ? null : last);
            }

            if (present)
            {
                last = e.PlusDays(-1);
            }

            day = e;
        }
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

    private static void RenderPanel(StringBuilder svg, Panel panel)
    {
        var (history, kind, segments, top, x, lang, end, plotRight, width, changeXs, years, unverifiedX, placed) = panel;
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

        var max = present.Count == 0 ? 0 : present.Max(s => s.Chamber.StatutorySeats);
        var step = NiceStep(max);
        var yMax = Math.Max(step, Math.Ceiling(max / (double)step) * step);
        while (max > yMax * 0.88)
        {
            yMax += step; // room for the total above the highest step
        }

        double Y(double seats) => bottom - (PanelHeight * seats / yMax);

        var id = Labels.Camel(kind);
        svg.Append("<g id=\"panel-").Append(id).Append("\">\n");
        var name = Labels.Name(kind, lang);
        placed.Add(Box.Of(MarginLeft, top - 12, name, 15, Anchor.Start, bold: true));
        svg.Append("<text x=\"").Append(N(MarginLeft)).Append("\" y=\"").Append(N(top - 12)).Append("\" font-size=\"15\" font-weight=\"bold\" fill=\"#222222\">")
            .Append(Esc(name)).Append("</text>\n");

        // The caption gives the chamber's whole span in the rules (inclusive days), whatever range is drawn.
        var range = ChamberSpan(history, kind) switch
        {
            null => Labels.Get("PanelNever", lang),
            (var first, null) => Labels.Format("PanelFrom", lang, DateArgument.Iso(first)),
            (var first, { } last) => Labels.Format("PanelRange", lang, DateArgument.Iso(first), DateArgument.Iso(last)),
        };
        placed.Add(Box.Of(plotRight, top - 12, range, 12, Anchor.End));
        svg.Append("<text x=\"").Append(N(plotRight)).Append("\" y=\"").Append(N(top - 12)).Append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#555555\">")
            .Append(Esc(range)).Append("</text>\n");

        // Year grid, inside the plot only.
        svg.Append("<g stroke=\"#e4e4e4\" stroke-width=\"1\">\n");
        foreach (var (year, gx) in years)
        {
            svg.Append("<line x1=\"").Append(N(gx)).Append("\" y1=\"").Append(N(top)).Append("\" x2=\"").Append(N(gx)).Append("\" y2=\"").Append(N(bottom))
                .Append('"').Append(year % 5 == 0 ? " stroke=\"#c8c8c8\"" : string.Empty).Append("/>\n");
        }

        svg.Append("</g>\n");

        if (present.Count == 0)
        {
            // Nothing to scale: no axis, a sentence instead.
            var empty = Labels.Get("PanelEmpty", lang);
            var cx = MarginLeft + ((plotRight - MarginLeft) / 2);
            placed.Add(Box.Of(cx, top + (PanelHeight / 2) + 4, empty, 13, Anchor.Middle));
            svg.Append("<text x=\"").Append(N(cx)).Append("\" y=\"").Append(N(top + (PanelHeight / 2) + 4)).Append("\" text-anchor=\"middle\" fill=\"#777777\">")
                .Append(Esc(empty)).Append("</text>\n");
        }
        else
        {
            // Y axis: ticks and labels.
            svg.Append("<g font-size=\"11\" fill=\"#333333\" text-anchor=\"end\">\n");
            for (var v = 0.0; v <= yMax + 0.001; v += step)
            {
                svg.Append("<line x1=\"").Append(N(MarginLeft - 5)).Append("\" y1=\"").Append(N(Y(v))).Append("\" x2=\"").Append(N(MarginLeft)).Append("\" y2=\"").Append(N(Y(v)))
                    .Append("\" stroke=\"#333333\"/>\n");
                svg.Append("<text x=\"").Append(N(MarginLeft - 8)).Append("\" y=\"").Append(N(Y(v) + 4)).Append("\">").Append(N(v)).Append("</text>\n");
            }

            svg.Append("<text transform=\"translate(").Append(N(MarginLeft - 52)).Append(' ').Append(N(top + (PanelHeight / 2))).Append(") rotate(-90)\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\">")
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
                    svg.Append("<rect x=\"").Append(N(x0)).Append("\" y=\"").Append(N(yTop)).Append("\" width=\"").Append(N(Math.Max(x1 - x0, 2))).Append("\" height=\"")
                        .Append(N(Y(level) - yTop)).Append("\" fill=\"").Append(color).Append("\"><title>")
                        .Append(Esc(string.Create(CultureInfo.InvariantCulture, $"{Labels.Name(kind, lang)} · {Labels.Name(source, lang)}: {seats} ({DateArgument.Iso(from)} – {DateArgument.Iso(until.PlusDays(-1))})")))
                        .Append("</title></rect>\n");
                    level += seats;
                }
            }

            svg.Append("</g>\n");
        }

        // The stretch after VerifiedThrough: hatched over the steps.
        if (unverifiedX is { } ux && ux < plotRight)
        {
            svg.Append("<rect x=\"").Append(N(ux)).Append("\" y=\"").Append(N(top)).Append("\" width=\"").Append(N(plotRight - ux)).Append("\" height=\"").Append(N(PanelHeight))
                .Append("\" fill=\"url(#unverified)\"><title>").Append(Esc(Labels.Format("Unverified", lang, DateArgument.Iso(history.VerifiedThrough)))).Append("</title></rect>\n");
        }

        // Totals above each step where they fit: centred over the step (or lifted a line), kept inside the plot, never over
        // another text.
        svg.Append("<g font-size=\"12\" font-weight=\"bold\" fill=\"#222222\" text-anchor=\"middle\">\n");
        int? previous = null;
        for (var i = 0; i < present.Count; i++)
        {
            var (from, until, chamber) = present[i];
            var total = chamber.StatutorySeats;
            if (total == previous)
            {
                continue;
            }

            previous = total;
            var x0 = x(from);
            var x1 = x(until);
            var text = total.ToString(CultureInfo.InvariantCulture);
            var w = TextWidth(text, 12, bold: true);
            // Over the middle of the step (across a line with a halo rather than beside the step, where it would be read as
            // another step's); a total with no room there is left out (the band's tooltip still gives it).
            var middle = (x0 + x1) / 2;
            var options = from crossing in new[] { false, true } from dy in new[] { 0.0, -15.0 } select (crossing, dy, c: middle);
            foreach (var (crossing, dy, c) in options)
            {
                var cx = Math.Clamp(c, MarginLeft + 2 + (w / 2), plotRight - 2 - (w / 2));
                var ty = Y(total) - 4 + dy;
                var box = Box.Of(cx, ty, text, 12, Anchor.Middle, bold: true);
                if (box.Top < top + 1 || placed.Any(b => b.Overlaps(box, 2)) || (!crossing && changeXs.Any(cxl => cxl > box.Left - 2 && cxl < box.Right + 2)))
                {
                    continue;
                }

                // A white halo keeps a total readable where it has to sit over a change line.
                placed.Add(box);
                svg.Append("<text x=\"").Append(N(cx)).Append("\" y=\"").Append(N(ty)).Append("\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">").Append(text).Append("</text>\n");
                break;
            }
        }

        svg.Append("</g>\n");

        // Frame.
        svg.Append("<line x1=\"").Append(N(MarginLeft)).Append("\" y1=\"").Append(N(bottom)).Append("\" x2=\"").Append(N(plotRight)).Append("\" y2=\"").Append(N(bottom))
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
    internal static List<string> Wrap(string text, double maxWidth, double size, bool bold = false)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && TextWidth(candidate, size, bold) > maxWidth)
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

    /// <summary>
    /// A conservative estimate of the rendered width of <paramref name="text"/>: 0.64 em a character, 0.7 em for Cyrillic
    /// (DejaVu Sans, the widest of the listed fonts, averages about 0.6 and 0.65), 8% more in bold.
    /// </summary>
    internal static double TextWidth(string text, double size, bool bold = false) =>
        text.Sum(c => c is >= '\u0400' and <= '\u04FF' ? 0.7 : 0.64) * size * (bold ? 1.08 : 1.0);

    /// <summary>A coordinate with at most one decimal, culture-invariant.</summary>
    internal static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Escapes text for an SVG attribute or element.</summary>
    internal static string Esc(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>How a text is anchored at its x.</summary>
    private enum Anchor
    {
        Start,
        Middle,
        End,
    }

    /// <summary>What one panel is drawn from.</summary>
    private sealed record Panel(
        LegislativeHistory History,
        ChamberKind Kind,
        List<(LocalDate From, LocalDate Until, LegislatureRules Rules)> Segments,
        double Top,
        Func<LocalDate, double> X,
        string Lang,
        LocalDate End,
        double PlotRight,
        double Width,
        List<double> ChangeXs,
        List<(int Year, double X)> Years,
        double? UnverifiedX,
        List<Box> Placed);

    /// <summary>The estimated box of a text.</summary>
    private readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public static Box Of(double x, double y, string text, double size, Anchor anchor, bool bold = false)
        {
            var w = TextWidth(text, size, bold);
            var left = anchor switch
            {
                Anchor.Start => x,
                Anchor.Middle => x - (w / 2),
                _ => x - w,
            };
            return new Box(left, y - (0.8 * size), left + w, y + (0.25 * size));
        }

        public bool Overlaps(Box other, double pad) =>
            Left < other.Right + pad && other.Left < Right + pad && Top < other.Bottom + pad && other.Top < Bottom + pad;
    }
}

using System.Globalization;
using System.Text;
using Kz.Legislature.Cli.Output;
using Kz.Legislature.History;
using NodaTime;

namespace Kz.Legislature.Cli.Charts;

/// <summary>
/// Renders the party composition of each convocation at its formation as an SVG: one horizontal bar per sitting,
/// grouped by chamber, each divided by party (or group) in proportion to its seats, with the seat numbers inside the
/// segments that have room, the total at the end, and a legend. Seats whose holder is not known are hatched.
/// </summary>
/// <remarks>
/// A pure function of the history and the options (no clock, invariant formatting, stable order): the same input gives
/// the same bytes. A composition is drawn when its sitting starts within [<see cref="ChartOptions.From"/>,
/// <see cref="ChartOptions.To"/>].
/// </remarks>
internal static class PartyChart
{
    private const double MarginLeft = 190;
    private const double MarginRight = 70;
    private const double BarHeight = 24;
    private const double BarGap = 8;
    private const double GroupGap = 40;
    private const string FontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

    /// <summary>The chambers drawn, top to bottom.</summary>
    private static readonly ChamberKind[] Chambers = [ChamberKind.SupremeCouncil, ChamberKind.Mazhilis, ChamberKind.Senate, ChamberKind.Kurultai];

    /// <summary>
    /// Colours given to parties and groups, the most seats first (Okabe–Ito, then Tol's muted, then CARTO Prism): enough
    /// for every party and group of the embedded data to have its own.
    /// </summary>
    private static readonly string[] Palette =
    [
        "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#882255",
        "#44AA99", "#117733", "#999933", "#AA4499", "#332288", "#DDCC77", "#88CCEE", "#661100",
        "#5F4690", "#1D6996", "#73AF48", "#EDAD08", "#94346E", "#E17C05", "#0F8554", "#6F4070",
    ];

    private const string IndependentColor = "#BBBBBB";
    private const string SelfNominatedColor = "#8C8C8C";
    private const string UnknownFill = "url(#unknown)";
    private const string VacantColor = "#FFFFFF";

    /// <summary>Renders the chart.</summary>
    /// <param name="history">The history.</param>
    /// <param name="options">The options (language, range, width).</param>
    /// <returns>The SVG document (UTF-8 text, LF line ends, ending in a newline).</returns>
    /// <exception cref="ArgumentException">The width is below 600 pixels.</exception>
    public static string Render(LegislativeHistory history, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Width < 600)
        {
            throw new ArgumentException("The chart must be at least 600 pixels wide.", nameof(options));
        }

        var lang = options.Language;
        var from = options.From ?? history.CoverageStart;
        var to = options.To ?? LocalDate.MaxIsoValue;
        var compositions = history.Compositions.Where(c => c.AsOf >= from && c.AsOf <= to).ToList();
        double width = options.Width;
        var barLeft = MarginLeft;
        var barRight = width - MarginRight;
        var barWidth = barRight - barLeft;

        var colors = AssignColors(history.Compositions);
        var title = PeopleLabels.Get("PartiesChartTitle", lang);
        var subtitle = PeopleLabels.Format("PartiesChartSubtitle", lang, history.DataVersion, DateArgument.Iso(history.VerifiedThrough));
        var titleLines = Wrap(title, width - 80, 19, bold: true);
        var subtitleLines = Wrap(subtitle, width - 80, 12);
        double y = 28 + ((titleLines.Count - 1) * 24) + 8 + (15 * subtitleLines.Count) + 24;

        var body = new StringBuilder();
        if (compositions.Count == 0)
        {
            y += 10;
            body.Append("<text x=\"40\" y=\"").Append(N(y)).Append("\" fill=\"#555555\">").Append(Esc(PeopleLabels.Get("NoCompositions", lang))).Append("</text>\n");
            y += 20;
        }

        var legend = new List<(string Key, List<string> Names, string Fill)>();
        foreach (var kind in Chambers)
        {
            var group = compositions.Where(c => c.Chamber == kind).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            y += 8;
            body.Append("<text x=\"40\" y=\"").Append(N(y)).Append("\" font-size=\"15\" font-weight=\"bold\" fill=\"#222222\">").Append(Esc(Labels.Name(kind, lang))).Append("</text>\n");
            y += 12;
            foreach (var c in group)
            {
                var top = y;
                var mid = top + (BarHeight / 2) + 4.5;
                body.Append("<g class=\"bar\" data-sitting=\"").Append(Esc(c.Sitting.Id)).Append("\">\n");
                body.Append("<text x=\"").Append(N(barLeft - 10)).Append("\" y=\"").Append(N(mid)).Append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#222222\">")
                    .Append(Esc(RowLabel(history, c))).Append("</text>\n");
                var x = barLeft;
                var segments = Segments(c, lang, colors);
                foreach (var (key, name, fill, seats) in segments)
                {
                    var w = barWidth * seats / c.Total;
                    body.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(top)).Append("\" width=\"").Append(N(w)).Append("\" height=\"").Append(N(BarHeight))
                        .Append("\" fill=\"").Append(fill).Append("\" stroke=\"#ffffff\" stroke-width=\"1\"><title>")
                        .Append(Esc(string.Create(CultureInfo.InvariantCulture, $"{name}: {seats}"))).Append("</title></rect>\n");
                    var text = seats.ToString(CultureInfo.InvariantCulture);
                    if (CompositionChart.TextWidth(text, 12, bold: true) + 6 <= w)
                    {
                        var ink = fill == UnknownFill || IsLight(fill) ? "#222222" : "#ffffff";
                        body.Append("<text x=\"").Append(N(x + (w / 2))).Append("\" y=\"").Append(N(mid - 0.5)).Append("\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\" fill=\"")
                            .Append(ink).Append("\">").Append(text).Append("</text>\n");
                    }

                    var seen = legend.FindIndex(l => l.Key == key);
                    if (seen < 0)
                    {
                        legend.Add((key, [name], fill));
                    }
                    else if (!legend[seen].Names.Contains(name, StringComparer.Ordinal))
                    {
                        // A party renamed between convocations (Otan, Nur Otan, Amanat) keeps one colour and lists its names in order.
                        legend[seen].Names.Add(name);
                    }

                    x += w;
                }

                body.Append("<text x=\"").Append(N(barRight + 8)).Append("\" y=\"").Append(N(mid)).Append("\" font-size=\"13\" font-weight=\"bold\" fill=\"#222222\">")
                    .Append(c.Total.ToString(CultureInfo.InvariantCulture)).Append("</text>\n");
                body.Append("</g>\n");
                y += BarHeight + BarGap;
            }

            y += GroupGap - BarGap;
        }

        // Legend: swatches and names in rows that wrap at the canvas width.
        var legendSvg = new StringBuilder();
        var lx = 40.0;
        var ly = y;
        foreach (var (_, names, fill) in legend)
        {
            var name = string.Join(" / ", names);
            var w = 14 + 6 + CompositionChart.TextWidth(name, 12) + 18;
            if (lx + w > width - 20 && lx > 40)
            {
                lx = 40;
                ly += 22;
            }

            legendSvg.Append("<rect x=\"").Append(N(lx)).Append("\" y=\"").Append(N(ly - 11)).Append("\" width=\"14\" height=\"14\" fill=\"").Append(fill)
                .Append("\" stroke=\"#666666\" stroke-width=\"0.5\"/>\n");
            legendSvg.Append("<text x=\"").Append(N(lx + 20)).Append("\" y=\"").Append(N(ly)).Append("\">").Append(Esc(name)).Append("</text>\n");
            lx += w;
        }

        var height = ly + 24;
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height))
            .Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height)).Append("\" font-family=\"").Append(Esc(FontFamily))
            .Append("\" font-size=\"13\" lang=\"").Append(lang).Append("\" role=\"img\" aria-labelledby=\"title desc\">\n");
        svg.Append("<title id=\"title\">").Append(Esc(title)).Append("</title>\n");
        svg.Append("<desc id=\"desc\">").Append(Esc(subtitle)).Append("</desc>\n");
        svg.Append("<defs><pattern id=\"unknown\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\" patternTransform=\"rotate(45)\">")
            .Append("<rect width=\"8\" height=\"8\" fill=\"#eeeeee\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#9a9a9a\" stroke-width=\"2.5\"/></pattern></defs>\n");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (var i = 0; i < titleLines.Count; i++)
        {
            svg.Append("<text x=\"40\" y=\"").Append(N(28 + (i * 24))).Append("\" font-size=\"19\" font-weight=\"bold\" fill=\"#222222\">").Append(Esc(titleLines[i])).Append("</text>\n");
        }

        var subtitleTop = 28 + ((titleLines.Count - 1) * 24) + 22;
        for (var i = 0; i < subtitleLines.Count; i++)
        {
            svg.Append("<text x=\"40\" y=\"").Append(N(subtitleTop + (i * 15))).Append("\" font-size=\"12\" fill=\"#555555\">").Append(Esc(subtitleLines[i])).Append("</text>\n");
        }

        svg.Append("<g id=\"bars\">\n").Append(body).Append("</g>\n");
        svg.Append("<g id=\"legend\" font-size=\"12\" fill=\"#222222\">\n").Append(legendSvg).Append("</g>\n");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>The label left of a bar: the convocation in Roman numerals (where the sitting has one) and the first day.</summary>
    private static string RowLabel(LegislativeHistory history, PartyComposition c)
    {
        var convocation = c.Sitting.ConvocationId is { } id ? history.Convocations.FirstOrDefault(v => v.Id == id) : null;
        var day = DateArgument.Iso(c.AsOf);
        return convocation is null ? day : $"{PeopleLabels.Roman(convocation.Number)} · {day}";
    }

    /// <summary>The segments of one bar: the rows merged by holder (a party's list and district seats together), then the vacant seats.</summary>
    private static List<(string Key, string Name, string Fill, int Seats)> Segments(PartyComposition c, string lang, Dictionary<string, string> colors)
    {
        var list = c.Seats
            .GroupBy(Key, StringComparer.Ordinal)
            .Select(g => (g.Key, PeopleLabels.HolderName(g.First(), lang), Fill(g.First(), colors), g.Sum(r => r.Seats)))
            .ToList();
        if (c.VacantSeats > 0)
        {
            list.Add(("vacant", PeopleLabels.Get("Vacant", lang), VacantColor, c.VacantSeats));
        }

        return list;
    }

    private static string Key(CompositionSeats row) => row.Holder switch
    {
        SeatHolderKind.Party => "party:" + row.Party!.Id,
        SeatHolderKind.Group => "group:" + (row.Source == SeatSource.ElectedByAssemblyOfPeople ? "assembly" : row.Label),
        _ => row.Holder.ToString(),
    };

    private static string Fill(CompositionSeats row, Dictionary<string, string> colors) => row.Holder switch
    {
        SeatHolderKind.Independent => IndependentColor,
        SeatHolderKind.SelfNominated => SelfNominatedColor,
        SeatHolderKind.Unknown => UnknownFill,
        _ => colors[Key(row)],
    };

    /// <summary>
    /// Gives each party and group of the whole history a colour, the most seats over all compositions first (ties in the
    /// order they first appear), so that a party keeps its colour at any range and the largest get the clearest colours.
    /// </summary>
    internal static Dictionary<string, string> AssignColors(IEnumerable<PartyComposition> all)
    {
        var keys = all.SelectMany(c => c.Seats).Where(r => r.Holder is SeatHolderKind.Party or SeatHolderKind.Group)
            .Select((r, i) => (Key: Key(r), r.Seats, Order: i))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(x => x.Seats)).ThenBy(g => g.Min(x => x.Order))
            .Select(g => g.Key);
        var colors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            colors[key] = Palette[colors.Count % Palette.Length];
        }

        return colors;
    }

    /// <summary>Whether dark text reads better than white on <paramref name="hex"/> (relative luminance above 0.4).</summary>
    private static bool IsLight(string hex)
    {
        if (hex.Length != 7 || hex[0] != '#')
        {
            return true;
        }

        static double Channel(string h, int i)
        {
            var c = int.Parse(h.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var l = (0.2126 * Channel(hex, 1)) + (0.7152 * Channel(hex, 3)) + (0.0722 * Channel(hex, 5));
        return l > 0.4;
    }

    private static List<string> Wrap(string text, double maxWidth, double size, bool bold = false) => CompositionChart.Wrap(text, maxWidth, size, bold);

    private static string N(double value) => CompositionChart.N(value);

    private static string Esc(string text) => CompositionChart.Esc(text);
}

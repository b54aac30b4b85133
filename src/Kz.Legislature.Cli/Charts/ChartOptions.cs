using NodaTime;

namespace Kz.Legislature.Cli.Charts;

/// <summary>Options for <see cref="CompositionChart.Render"/>.</summary>
internal sealed record ChartOptions
{
    /// <summary>Gets the language of the text: en, ru or kk.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Gets the first day drawn; <see langword="null"/> for the dataset's coverage start.</summary>
    public LocalDate? From { get; init; }

    /// <summary>
    /// Gets the last day drawn (the chart ends at the start of the next day); <see langword="null"/> for the dataset's
    /// VerifiedThrough, extended to the end of a year so that the last rule set takes at least a tenth of the width.
    /// </summary>
    public LocalDate? To { get; init; }

    /// <summary>Gets the width of the picture in pixels.</summary>
    public int Width { get; init; } = 1200;
}

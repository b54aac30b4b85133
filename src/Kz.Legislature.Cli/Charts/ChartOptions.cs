using NodaTime;

namespace Kz.Legislature.Cli.Charts;

/// <summary>Options for <see cref="CompositionChart.Render"/>.</summary>
internal sealed record ChartOptions
{
    /// <summary>Gets the language of the text: en, ru or kk.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Gets the last day drawn (the chart ends at the start of the next day); <see langword="null"/> for the dataset's VerifiedThrough.</summary>
    public LocalDate? To { get; init; }

    /// <summary>Gets the width of the picture in pixels.</summary>
    public int Width { get; init; } = 1200;
}

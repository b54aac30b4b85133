namespace Kz.Legislature.Tests.Support;

/// <summary>Made-up values for the tests of small records, where only the shape matters.</summary>
internal static class Synthetic
{
    /// <summary>A provenance with one made-up source.</summary>
    public static readonly Provenance OneSource = new([new SourceReference(new Uri("https://example.org/a"), "A")], Confidence.High);

    /// <summary>A made-up senator <c>d-00i</c> elected for Astana, 25 January 2023 to 25 January 2029.</summary>
    public static Mandate Senator(int i) =>
        new(new Deputy($"d-{i:000}", $"Synthetic {i}"), ChamberKind.Senate, SeatSource.ElectedByMaslikhats, new LocalDate(2023, 1, 25), new LocalDate(2029, 1, 25), regionId: "astana");
}

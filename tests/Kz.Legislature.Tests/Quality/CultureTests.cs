using System.Text;
using Kz.Legislature.Elections;
using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Quality;

/// <summary>
/// The library behaves identically under the invariant, en-US, ru-RU, kk-KZ and tr-TR cultures (tr-TR has the
/// dotted/dotless i; ru-RU and kk-KZ use a comma as the decimal separator).
/// </summary>
public class CultureTests
{
    public static TheoryData<string> Cultures => new() { string.Empty, "en-US", "ru-RU", "kk-KZ", "tr-TR" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Loading_the_dataset_and_answering_questions_does_not_depend_on_the_culture(string culture)
    {
        using var _ = new CultureScope(culture);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(History.LegislativeHistoryTests.EmbeddedJson()));
        var history = LegislativeHistory.Load(stream, "kazakhstan.json");
        var rules = history.RulesOn(new LocalDate(2024, 1, 1));
        rules.ToString().Should().Be("[2022-06-08, 2026-07-01) Bicameral: Senate 50, Mazhilis 98");
        rules.Chamber(ChamberKind.Mazhilis).PartyListSystem!.ToString().Should().Be("Hare quota, largest remainders; 5% of all ballots");
        history.Elections.Single(e => e.Id == "mazhilis-2023").Results[0].VoteSharePercent.Should().Be(53.90m);
        new Term(new LocalDate(2023, 1, 25), null).ToString().Should().Be("[2023-01-25, …)");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Allocation_and_its_explanation_do_not_depend_on_the_culture(string culture)
    {
        string Explain()
        {
            var election = SessionHistory.Current.Elections.Single(e => e.Id == "mazhilis-2023");
            return ElectionLaw.Replay(SessionHistory.Current, election)!.Explain();
        }

        var invariant = Explain();
        using var _ = new CultureScope(culture);
        Explain().Should().Be(invariant);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Names_parse_case_insensitively_whatever_the_culture(string culture)
    {
        using var _ = new CultureScope(culture);
        Names.TryParseChamber("MAJILIS", out var kind).Should().BeTrue();
        kind.Should().Be(ChamberKind.Mazhilis);
        Names.TryParseChamber("kurultai", out kind).Should().BeTrue();
        kind.Should().Be(ChamberKind.Kurultai);
    }
}

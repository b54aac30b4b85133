using System.Text.RegularExpressions;
using Kz.Legislature.Cli.Output;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.Cli;

/// <summary>The tool's own en/ru/kk labels.</summary>
public partial class KzlegAppTests
{
    [Fact]
    public void Every_label_exists_in_every_language_with_the_same_placeholders()
    {
        foreach (var key in Labels.Keys)
        {
            var en = Labels.Get(key, "en");
            foreach (var lang in Labels.Languages)
            {
                var text = Labels.Get(key, lang);
                text.Should().NotBeNullOrWhiteSpace(key);
                Placeholders(text).Should().BeEquivalentTo(Placeholders(en), $"{key} in {lang}");
            }
        }
    }

    [Fact]
    public void The_one_label_lookup_picks_the_language_and_fills_placeholders_invariantly()
    {
        var table = new Dictionary<string, (string En, string Ru, string Kk)>(StringComparer.Ordinal)
        {
            ["Seats"] = ("{0} seats of {1:0.0}", "{0} мест из {1:0.0}", "{1:0.0} ішінен {0} орын"),
        };
        table.Get("Seats", "en").Should().Be("{0} seats of {1:0.0}");
        table.Get("Seats", "ru").Should().Be("{0} мест из {1:0.0}");
        table.Get("Seats", "kk").Should().Be("{1:0.0} ішінен {0} орын");
        table.Format("Seats", "ru", [98, 2.5m]).Should().Be("98 мест из 2.5");
        table.Format("Seats", "kk", [98, 2.5m]).Should().Be("2.5 ішінен 98 орын");
        var missing = () => table.Get("Nope", "en");
        missing.Should().Throw<KeyNotFoundException>();

        // The three tables of the tool answer through it.
        Labels.Get("Total", "ru").Should().NotBe(Labels.Get("Total", "en"));
        PeopleLabels.Get("Vacant", "kk").Should().Be("бос");
        ProcedureLabels.Keys.Should().OnlyContain(k => ProcedureLabels.Get(k, "kk").Length > 0);
    }

    [Fact]
    public void Every_enumeration_value_shown_has_a_label()
    {
        var keys = Labels.Keys.ToHashSet(StringComparer.Ordinal);
        keys.Should().Contain(Enum.GetValues<LegislativeEventKind>().Select(k => "EventKind." + k));
        keys.Should().Contain(Enum.GetValues<ChangeKind>().Select(k => "Change." + k));
        keys.Should().Contain(Enum.GetValues<NoSittingReason>().Select(k => "Reason." + k));
        keys.Should().Contain(Enum.GetValues<AllocationMethod>().Select(k => "Method." + k));
        keys.Should().Contain(Enum.GetValues<ThresholdBase>().Select(k => "Base." + k));
        keys.Should().Contain(Enum.GetValues<TiePolicy>().Select(k => "Tie." + k));
        keys.Should().Contain(Enum.GetValues<Confidence>().Select(k => "Confidence." + k));
        keys.Should().Contain(Enum.GetValues<SittingStartBasis>().Select(k => "SinceBasis." + k));
    }

    [Theory]
    [InlineData(1, "1 год")]
    [InlineData(3, "3 года")]
    [InlineData(5, "5 лет")]
    [InlineData(11, "11 лет")]
    [InlineData(21, "21 год")]
    public void Russian_years_take_the_right_plural(int years, string expected) => Labels.Years(years, "ru").Should().Be(expected);

    [Theory]
    [InlineData(50, "50 мест")]
    [InlineData(42, "42 места")]
    [InlineData(41, "41 место")]
    [InlineData(112, "112 мест")]
    public void Russian_seats_take_the_right_plural(int seats, string expected) => Labels.Seats(seats, "ru").Should().Be(expected);

    [Fact]
    public void Instruments_get_short_names_from_their_year()
    {
        var history = LegislativeHistory.Kazakhstan;
        Labels.ShortName(history.Instruments.Single(i => i.Id == "constitution-1978"), "en").Should().Be("1978 Constitution");
        Labels.ShortName(history.Instruments.Single(i => i.Id == "amendment-2007"), "ru").Should().Be("Поправки 2007 г.");
        Labels.ShortName(history.Instruments.Single(i => i.Id == "constitution-2026"), "kk").Should().Be("2026 ж. Конституция");
    }

    private static List<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}

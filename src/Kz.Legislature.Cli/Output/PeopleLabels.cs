using Kz.Legislature.History;

namespace Kz.Legislature.Cli.Output;

/// <summary>
/// The tool's words for presiding officers and party compositions (<c>kzleg who</c>, the parties chart, chair events in
/// the timeline) in English, Russian and Kazakh. Party names come from the dataset (<see cref="LocalizedName.In"/>).
/// </summary>
internal static class PeopleLabels
{
    private static readonly Dictionary<string, (string En, string Ru, string Kk)> Table = new(StringComparer.Ordinal)
    {
        ["PartiesChartTitle"] = ("Party composition of each convocation at its formation", "Партийный состав каждого созыва при его формировании", "Әр шақырылымның жасақталған кездегі партиялық құрамы"),
        ["PartiesChartSubtitle"] = ("Share of the seats by party, as the elections that formed each chamber filled them; the number in a bar is seats. Hatched: affiliation not known. Dataset {0}, verified through {1}.", "Доля мест по партиям по итогам выборов, сформировавших палату; число в полосе — места. Штриховка: принадлежность неизвестна. Набор данных {0}, проверен по {1}.", "Палатаны жасақтаған сайлау қорытындысы бойынша партиялардың орын үлесі; жолақтағы сан — орындар. Штрихталған: тиесілілігі белгісіз. Деректер жинағы {0}, {1} дейін тексерілген."),
        ["Independents"] = ("independents", "независимые", "тәуелсіздер"),
        ["SelfNominated"] = ("self-nominated", "самовыдвиженцы", "өзін-өзі ұсынғандар"),
        ["AffiliationUnknown"] = ("affiliation not known", "принадлежность неизвестна", "тиесілілігі белгісіз"),
        ["Vacant"] = ("vacant", "вакантно", "бос"),
        ["NoCompositions"] = ("The dataset has no party composition in this range.", "В наборе данных нет партийного состава за этот период.", "Деректер жинағында бұл кезеңге партиялық құрам жоқ."),
        ["Who"] = ("Who sat and presided on {0}", "Кто заседал и председательствовал {0}", "{0} күні кім жұмыс істеді және төрағалық етті"),
        ["CompositionAtFormation"] = ("Composition at formation ({0})", "Состав при формировании ({0})", "Жасақталған кездегі құрамы ({0})"),
        ["NoComposition"] = ("Composition at formation: not in the data", "Состав при формировании: в данных отсутствует", "Жасақталған кездегі құрамы: деректерде жоқ"),
        ["HowFilled"] = ("How filled", "Способ", "Тәсілі"),
        ["SourceUnknown"] = ("not known", "неизвестно", "белгісіз"),
        ["Holder"] = ("Party or group", "Партия или группа", "Партия немесе топ"),
        ["ChairReason.Vacant"] = ("the post of chair was vacant on this day", "в этот день пост председателя был вакантен", "бұл күні төраға лауазымы бос болды"),
        ["ChairReason.Unknown"] = ("not known: the data does not say who presided on this day", "неизвестно: данные не говорят, кто председательствовал в этот день", "белгісіз: бұл күні кім төрағалық еткенін деректер көрсетпейді"),
        ["ChairReason.NoSuchChamber"] = ("the constitution in force provides for no such chamber", "действующая конституция не предусматривает такой палаты", "қолданыстағы конституция мұндай палатаны көздемейді"),
        ["ChairReason.NotSitting"] = ("the chamber did not sit on this day", "в этот день палата не заседала", "бұл күні палата жұмыс істемеді"),
        ["ChairReason.BeforeCoverage"] = ("the day is before the data starts", "дата раньше начала данных", "күн деректер басталғанға дейін"),
        ["Role.Chair"] = ("Chair", "Председатель", "Төраға"),
        ["Role.DeputyChair"] = ("Deputy chair", "Заместитель председателя", "Төрағаның орынбасары"),
        ["Role.ActingChair"] = ("Acting chair", "Исполняющий обязанности председателя", "Төрағаның міндетін атқарушы"),
        ["ChairSince"] = ("{0} (since {1})", "{0} (с {1})", "{0} ({1} бастап)"),
        ["NotSittingChairs"] = ("No chamber sat: {0}", "Ни одна палата не заседала: {0}", "Бірде-бір палата жұмыс істемеді: {0}"),
        ["EventKind.ChairTakesOffice"] = ("Chair", "Председатель", "Төраға"),
        ["EventKind.ChairLeavesOffice"] = ("Chair", "Председатель", "Төраға"),
        ["ChairTakesOffice"] = ("{0} takes office as {1} of the {2}", "{0}: начало полномочий ({1}, {2})", "{0}: өкілеттігінің басталуы ({2}, {1})"),
        ["ChairLeavesOffice"] = ("{0} is no longer {1} of the {2} (last day in office {3})", "{0}: полномочия прекращены ({1}, {2}; последний день {3})", "{0}: өкілеттігі тоқтады ({2}, {1}; соңғы күні {3})"),
    };

    /// <summary>Gets the text of <paramref name="key"/> in <paramref name="lang"/> (en, ru or kk).</summary>
    /// <param name="key">The key.</param>
    /// <param name="lang">The language.</param>
    /// <returns>The text.</returns>
    public static string Get(string key, string lang) => Table.Get(key, lang);

    /// <summary>Formats the text of <paramref name="key"/> with invariant culture.</summary>
    /// <param name="key">The key.</param>
    /// <param name="lang">The language.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The text.</returns>
    public static string Format(string key, string lang, params object?[] args) => Table.Format(key, lang, args);

    /// <summary>Gets the keys, for the tests that check every key in every language.</summary>
    public static IEnumerable<string> Keys => Table.Keys;

    /// <summary>Gets the name of a composition row's holder in <paramref name="lang"/>.</summary>
    /// <param name="row">The row.</param>
    /// <param name="lang">The language.</param>
    /// <returns>The party's name, the group's label (as published, in English), or the holder kind in words.</returns>
    public static string HolderName(CompositionSeats row, string lang) => row.Holder switch
    {
        SeatHolderKind.Party => row.PartyName!.In(lang),
        SeatHolderKind.Independent => Get("Independents", lang),
        SeatHolderKind.SelfNominated => Get("SelfNominated", lang),
        SeatHolderKind.Unknown => Get("AffiliationUnknown", lang),
        _ => GroupName(row, lang),
    };

    /// <summary>The Assembly's deputies are named by their seat source (localized by the library); other groups by their label.</summary>
    private static string GroupName(CompositionSeats row, string lang) =>
        row.Source == SeatSource.ElectedByAssemblyOfPeople ? Labels.Name(SeatSource.ElectedByAssemblyOfPeople, lang) : row.Label ?? row.HolderName;

    /// <summary>Writes a number in Roman numerals (convocations are numbered so).</summary>
    /// <param name="number">A number from 1.</param>
    /// <returns>For example <c>VIII</c>.</returns>
    public static string Roman(int number)
    {
        (int Value, string Text)[] table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var sb = new System.Text.StringBuilder();
        foreach (var (value, text) in table)
        {
            while (number >= value)
            {
                sb.Append(text);
                number -= value;
            }
        }

        return sb.ToString();
    }
}

using System.Globalization;
using Kz.Legislature.Procedure;

namespace Kz.Legislature.Cli.Output;

/// <summary>
/// The words of <c>kzleg powers</c> and <c>kzleg decide</c> in English, Russian and Kazakh: decision kinds, subjects,
/// bodies, majorities and their bases, and the sentences of a decision's explanation. Kept apart from
/// <see cref="Labels"/> so that the procedure commands add no line to the shared table.
/// </summary>
internal static class ProcedureLabels
{
    private static readonly Dictionary<string, (string En, string Ru, string Kk)> Table = new(StringComparer.Ordinal)
    {
        // headings and columns
        ["PowersOn"] = ("What the legislature decides, and by what majority, on {0}", "Решения законодательного органа и необходимое большинство на {0}", "{0} күнгі заң шығарушы органның шешімдері және қажетті көпшілік"),
        ["RulesOf"] = ("Rules {0} ({1}), in force {2}", "Правила {0} ({1}), действуют {2}", "{0} ережелері ({1}), қолданылу кезеңі {2}"),
        ["NoDecisions"] = ("The data records no decisions for the rules in force on {0}.", "Для правил, действующих на {0}, решения в данных не записаны.", "{0} күні қолданыстағы ережелер үшін деректерде шешімдер жоқ."),
        ["NoLegislature"] = ("The constitution in force on {0} provides for no legislature, so it takes no decisions.", "Конституция, действующая на {0}, не предусматривает законодательного органа, поэтому решений нет.", "{0} күні қолданыстағы конституция заң шығарушы органды көздемейді, сондықтан шешімдер жоқ."),
        ["Decision"] = ("Decision", "Решение", "Шешім"),
        ["Body"] = ("Body", "Орган", "Орган"),
        ["Majority"] = ("Majority", "Большинство", "Көпшілік"),
        ["Quorum"] = ("Quorum", "Кворум", "Кворум"),
        ["Readings"] = ("Readings", "Чтения", "Оқылымдар"),
        ["Article"] = ("Article", "Статья", "Бап"),
        ["NotKnown"] = ("not known", "неизвестно", "белгісіз"),
        ["NotAVote"] = ("not a vote", "без голосования", "дауыс берусіз"),
        ["ArticleNotVerified"] = ("{0} (article not verified)", "{0} (статья не проверена)", "{0} (бабы тексерілмеген)"),
        ["OfSeats"] = ("{0} of {1} seats", "{0} из {1} мест", "{1} орынның {0}"),
        ["DecideHeading"] = ("{0} on {1}", "{0} на {1}", "{1} күнгі {0}"),
        ["Stage"] = ("Stage {0}: {1}", "Этап {0}: {1}", "{0}-кезең: {1}"),
        ["Votes"] = ("{0} yes, {1} no, {2} abstained", "за {0}, против {1}, воздержались {2}", "жақтағаны {0}, қарсысы {1}, қалыс қалғаны {2}"),
        ["VotesPresent"] = ("{0} yes, {1} no, {2} abstained, {3} present", "за {0}, против {1}, воздержались {2}, присутствовали {3}", "жақтағаны {0}, қарсысы {1}, қалыс қалғаны {2}, қатысқаны {3}"),
        ["Needs"] = ("needs {0} ({1}): {2} yes", "требуется {0} ({1}): {2} голосов за", "қажет: {0} ({1}), яғни {2} жақтаған дауыс"),
        ["NeedsUnknown"] = ("the majority needed is not known", "необходимое большинство неизвестно", "қажетті көпшілік белгісіз"),
        ["QuorumOf"] = ("quorum {0} present", "кворум {0} присутствующих", "кворум: {0} депутат қатысуы керек"),
        ["StagePassed"] = ("passes", "принято", "қабылданды"),
        ["StageFailed"] = ("fails", "не принято", "қабылданбады"),
        ["StageUnknown"] = ("outcome not known", "исход неизвестен", "нәтижесі белгісіз"),
        ["LaterStagesSkipped"] = ("Stage {0} failed, so the later stages do not take place.", "Этап {0} не пройден, поэтому следующие этапы не проводятся.", "{0}-кезең өтпеді, сондықтан келесі кезеңдер өткізілмейді."),
        ["Result"] = ("Result", "Итог", "Нәтиже"),
        ["Passed"] = ("passed", "принято", "қабылданды"),
        ["NotPassed"] = ("not passed", "не принято", "қабылданбады"),
        ["UnknownResult"] = ("not known: the data does not know a rule this vote needs", "неизвестно: в данных нет правила, нужного для этого голосования", "белгісіз: деректерде бұл дауыс беруге қажетті ереже жоқ"),
        ["SeatsNote"] = ("\"The total number of deputies\" counts the statutory seats of the chamber sitting on {0}: {1}.", "«Общее число депутатов» — это установленное число мест палаты, заседавшей {0}: {1}.", "«Депутаттардың жалпы саны» — {0} күні жұмыс істеген палатаның заңмен белгіленген орын саны: {1}."),

        // bodies and counting
        ["Body.JointSitting"] = ("Joint sitting of the chambers", "Совместное заседание палат", "Палаталардың бірлескен отырысы"),
        ["Counting.EachChamber"] = ("each chamber's own majority", "большинство каждой из палат", "әр палатаның өз көпшілігі"),
        ["Counting.JointTotal"] = ("the joint total of both chambers", "общее число депутатов обеих палат", "екі палатаның жалпы саны"),
        ["Counting.Unknown"] = ("how the votes count is not known", "порядок подсчёта голосов неизвестен", "дауыстарды санау тәртібі белгісіз"),

        // majorities
        ["AtLeast"] = ("at least {0}/{1} of {2}", "не менее {0}/{1} от {2}", "{2} кемінде {0}/{1}"),
        ["MoreThan"] = ("more than {0}/{1} of {2}", "более {0}/{1} от {2}", "{2} {0}/{1} бөлігінен астамы"),
        ["Base.TotalDeputies"] = ("the total number of deputies", "общего числа депутатов", "депутаттардың жалпы санының"),
        ["Base.Present"] = ("the deputies present", "присутствующих депутатов", "қатысып отырған депутаттардың"),
        ["Base.VotesCast"] = ("the votes cast", "поданных голосов", "берілген дауыстардың"),

        // decision kinds
        ["Kind.Law"] = ("Law", "Закон", "Заң"),
        ["Kind.ConstitutionalLaw"] = ("Constitutional law", "Конституционный закон", "Конституциялық заң"),
        ["Kind.ConstitutionalAmendment"] = ("Amendment of the Constitution", "Изменения и дополнения в Конституцию", "Конституцияға өзгерістер мен толықтырулар"),
        ["Kind.VetoOverride"] = ("Overriding the President's objections", "Преодоление возражений Президента", "Президенттің қарсылығын еңсеру"),
        ["Kind.DelegationOfPowers"] = ("Delegation of legislative powers to the President", "Делегирование законодательных полномочий Президенту", "Президентке заң шығару өкілеттігін беру"),
        ["Kind.NoConfidence"] = ("No confidence in the Government", "Выражение недоверия Правительству", "Үкіметке сенімсіздік білдіру"),
        ["Kind.ConsentToAppointment"] = ("Consent to an appointment", "Согласие на назначение", "Тағайындауға келісім"),
        ["Kind.RemovalOfPresident"] = ("Early removal of the President", "Досрочное освобождение Президента от должности", "Президентті мерзімінен бұрын қызметтен босату"),
        ["Kind.ElectionOfChair"] = ("Election of the chair", "Избрание председателя", "Төрағаны сайлау"),
        ["Kind.LegislativeInitiative"] = ("Legislative initiative", "Право законодательной инициативы", "Заң шығару бастамасы құқығы"),

        // subjects
        ["Subject.None"] = ("general rule", "общее правило", "жалпы ереже"),
        ["Subject.Budget"] = ("the republican budget", "республиканский бюджет", "республикалық бюджет"),
        ["Subject.Taxes"] = ("taxes", "налоги", "салықтар"),
        ["Subject.TreatyRatification"] = ("ratification of a treaty", "ратификация международного договора", "халықаралық шартты бекіту"),
        ["Subject.TreatyDenunciation"] = ("denunciation of a treaty", "денонсация международного договора", "халықаралық шарттың күшін жою"),
        ["Subject.Amnesty"] = ("amnesty", "амнистия", "рақымшылық"),
        ["Subject.PrimeMinister"] = ("Prime Minister", "Премьер-Министр", "Премьер-Министр"),
        ["Subject.VicePresident"] = ("Vice-President", "Вице-президент", "Вице-президент"),
        ["Subject.SupremeCourt"] = ("chair and judges of the Supreme Court", "Председатель и судьи Верховного Суда", "Жоғарғы Сот Төрағасы мен судьялары"),
        ["Subject.NationalBank"] = ("chair of the National Bank", "Председатель Национального Банка", "Ұлттық Банк Төрағасы"),
        ["Subject.ProsecutorGeneral"] = ("Prosecutor General", "Генеральный Прокурор", "Бас Прокурор"),
        ["Subject.NationalSecurityCommittee"] = ("chair of the National Security Committee", "Председатель Комитета национальной безопасности", "Ұлттық қауіпсіздік комитетінің Төрағасы"),
        ["Subject.ChairOfSenate"] = ("chair of the Senate", "Председатель Сената", "Сенат Төрағасы"),
        ["Subject.ChairOfMazhilis"] = ("chair of the Mazhilis", "Председатель Мажилиса", "Мәжіліс Төрағасы"),
        ["Subject.ChairOfKurultai"] = ("chair of the Kurultai", "Председатель Курултая", "Құрылтай Төрағасы"),
    };

    /// <summary>Gets every key (for tests).</summary>
    public static IEnumerable<string> Keys => Table.Keys;

    /// <summary>Gets a label in a language.</summary>
    /// <param name="key">The key.</param>
    /// <param name="lang">en, ru or kk.</param>
    /// <returns>The label.</returns>
    /// <exception cref="KeyNotFoundException">The key is not in the table (a bug).</exception>
    public static string Get(string key, string lang) => Table.Get(key, lang);

    /// <summary>Gets a label with its placeholders filled (invariant formatting).</summary>
    /// <param name="key">The key.</param>
    /// <param name="lang">en, ru or kk.</param>
    /// <param name="args">The values.</param>
    /// <returns>The label.</returns>
    public static string Format(string key, string lang, params object?[] args) => Table.Format(key, lang, args);

    /// <summary>A decision kind in words.</summary>
    public static string Kind(DecisionKind kind, string lang) => Get("Kind." + kind, lang);

    /// <summary>A decision's kind with its subjects: "Law (the republican budget)".</summary>
    public static string Decision(DecisionRule decision, string lang) =>
        decision.Subjects.Count == 0
            ? Kind(decision.Kind, lang)
            : $"{Kind(decision.Kind, lang)} ({string.Join(", ", decision.Subjects.Select(s => Get("Subject." + s, lang)))})";

    /// <summary>The body of a stage in words (a chamber's name, or the joint sitting and how its votes count).</summary>
    public static string Body(DecisionStage stage, string lang) => stage.Body switch
    {
        StageBody.JointSitting => Get("Body.JointSitting", lang) + ": " + Get("Counting." + (stage.Counting?.ToString() ?? "Unknown"), lang),
        _ => Labels.Name(stage.Chambers[0], lang),
    };

    /// <summary>A majority in words, or "not known".</summary>
    public static string Majority(Majority? majority, string lang) => majority is null
        ? Get("NotKnown", lang)
        : Format(majority.Strict ? "MoreThan" : "AtLeast", lang, majority.Numerator, majority.Denominator, Get("Base." + majority.Base, lang));

    /// <summary>A citation's instrument and article in words, or "not known".</summary>
    public static string Article(Citation? citation, string lang) => citation switch
    {
        null => Get("NotKnown", lang),
        { Article: null } c => Format("ArticleNotVerified", lang, c.InstrumentNameIn(lang)),
        { } c => c.In(lang),
    };
}

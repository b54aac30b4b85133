using System.Globalization;
using Kz.Legislature.History;

namespace Kz.Legislature.Cli.Output;

/// <summary>
/// The tool's own words (headings, labels, enumeration values) in English, Russian and Kazakh. Names of chambers,
/// seat sources and forms come from the library's <see cref="Names"/>.
/// </summary>
internal static class Labels
{
    /// <summary>The supported languages, in the order they are documented.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "ru", "kk"];

    private static readonly Dictionary<string, (string En, string Ru, string Kk)> Table = new(StringComparer.Ordinal)
    {
        // rules
        ["RulesOn"] = ("Rules in force on {0}", "Правила, действующие на {0}", "{0} күні қолданыста болған ережелер"),
        ["Instrument"] = ("Instrument in force", "Действующий акт", "Қолданыстағы акт"),
        ["Form"] = ("Form", "Форма", "Нысаны"),
        ["PeriodInForce"] = ("Period in force", "Период действия", "Қолданылу кезеңі"),
        ["HalfOpen"] = ("{0} to {1} (the end day excluded)", "с {0} по {1} (последний день не включается)", "{0} бастап {1} дейін (соңғы күн кірмейді)"),
        ["OpenEnded"] = ("from {0}", "с {0}", "{0} бастап"),
        ["Sitting"] = ("Legislature sitting", "Заседающий состав", "Жұмыс істеп тұрған құрам"),
        ["SittingYes"] = ("yes", "да", "иә"),
        ["SittingNo"] = ("no", "нет", "жоқ"),
        ["SittingUnknown"] = ("unknown", "неизвестно", "белгісіз"),
        ["Since"] = ("since {0}", "с {0}", "{0} бастап"),
        ["SinceBasis.FirstSitting"] = ("first sitting", "первое заседание", "алғашқы отырыс"),
        ["SinceBasis.Election"] = ("election day", "день выборов", "сайлау күні"),
        ["SinceBasis.Registration"] = ("registration", "регистрация депутатов", "депутаттарды тіркеу"),
        ["SinceBasis.RuleChange"] = ("change of rules", "смена правил", "ережелердің өзгеруі"),
        ["ConvocationOf"] = ("{0}, convocation {1}", "{0}, созыв {1}", "{0}, {1} шақырылым"),
        ["HeldTo"] = ("held to {0} seats under transitional provisions (rule set {1}), not the {2} in force", "по переходным положениям состав по правилам {1}: {0} мест, а не {2} по действующим", "өтпелі ережелер бойынша құрамы {1} ережесімен: {0} орын, қолданыстағы {2} емес"),
        ["NextElection"] = ("Next election", "Следующие выборы", "Келесі сайлау"),
        ["Reason"] = ("Why none sat", "Почему не заседал", "Неге жұмыс істемеді"),
        ["Explanation"] = ("Explanation", "Пояснение", "Түсіндірме"),
        ["Seats"] = ("Seats", "Места", "Орындар"),
        ["SeatSource"] = ("How the seats are filled", "Способ формирования", "Жасақталу тәсілі"),
        ["Total"] = ("Total", "Всего", "Барлығы"),
        ["PerRegion"] = ("{0} per region × {1} regions", "по {0} от каждого из {1} регионов", "{1} өңірдің әрқайсысынан {0}"),
        ["SeatCount"] = ("Seat count", "Число мест", "Орын саны"),
        ["SeatCountBasis.DerivedFromRegions"] = ("derived from the regions in existence, not stated by any source; {0} confidence", "вычислено по числу существовавших регионов, ни один источник его не называет; достоверность: {0}", "сол кездегі өңірлер санынан есептелген, ешбір дереккөзде көрсетілмеген; сенімділік: {0}"),
        ["SeatCountBasis.InferredFromElection"] = ("carried back from a later election's formula, not stated by any source for these dates; {0} confidence", "перенесено из формулы более поздних выборов, ни один источник не называет его для этих дат; достоверность: {0}", "кейінгі сайлау формуласынан алынған, бұл күндерге ешбір дереккөзде көрсетілмеген; сенімділік: {0}"),
        ["Term"] = ("Term", "Срок полномочий", "Өкілеттік мерзімі"),
        ["Renewal"] = ("Renewal", "Обновление", "Жаңару"),
        ["RenewalRule"] = ("{0}/{1} of the seats ({2}) every {3}", "{0}/{1} мест ({2}) каждые {3}", "әр {3} сайын орындардың {0}/{1} бөлігі ({2})"),
        ["NoRenewal"] = ("whole chamber elected at once", "вся палата избирается одновременно", "бүкіл палата бір мезгілде сайланады"),
        ["Eligibility"] = ("Eligibility", "Требования к депутатам", "Депутаттарға қойылатын талаптар"),
        ["MinimumAge"] = ("Minimum age", "Минимальный возраст", "Ең төменгі жас"),
        ["AgeValue"] = ("{0} years", "{0} лет", "{0} жас"),
        ["Residence"] = ("Residence in Kazakhstan", "Проживание в Казахстане", "Қазақстанда тұру"),
        ["RegionResidence"] = ("Residence in the region", "Проживание в регионе", "Өңірде тұру"),
        ["HigherEducation"] = ("Higher education", "Высшее образование", "Жоғары білім"),
        ["WorkExperience"] = ("Work experience", "Стаж работы", "Еңбек өтілі"),
        ["Citizenship"] = ("Citizenship", "Гражданство", "Азаматтық"),
        ["Required"] = ("required", "требуется", "талап етіледі"),
        ["NotRequired"] = ("not required", "не требуется", "талап етілмейді"),
        ["Incompatibilities"] = ("Incompatible with", "Несовместимо с", "Сыйыспайды"),
        ["ElectoralSystem"] = ("Party-list system", "Система по партийным спискам", "Партиялық тізімдер жүйесі"),
        ["Threshold"] = ("Threshold", "Барьер", "Өту шегі"),
        ["ThresholdOf"] = ("{0}% of {1}", "{0}% от {1}", "{1}: {0}%"),
        ["Method"] = ("Allocation method", "Метод распределения", "Бөлу әдісі"),
        ["RunnerUp"] = ("Runner-up list admitted when only one passes", "Допуск второй партии, если барьер прошла одна", "Шектен бір ғана партия өтсе, екіншісі жіберіледі"),
        ["TiePolicy"] = ("Tie for the last seat", "Равенство за последний мандат", "Соңғы мандатқа тең дауыс"),
        ["ListQuota"] = ("List quota", "Квота в списках", "Тізімдегі квота"),
        ["QuotaRule"] = ("at least {0}% {1}", "не менее {0}%: {1}", "кемінде {0}%: {1}"),
        ["QuotaSeats"] = ("also binds the seats won", "распространяется и на мандаты", "мандаттарға да қолданылады"),
        ["Group.women"] = ("women", "женщины", "әйелдер"),
        ["Group.youth"] = ("youth", "молодёжь", "жастар"),
        ["Group.disabilities"] = ("persons with disabilities", "лица с инвалидностью", "мүгедектігі бар адамдар"),
        ["Sources"] = ("Sources", "Источники", "Дереккөздер"),
        ["Confidence"] = ("Confidence", "Достоверность", "Сенімділік"),
        ["Note"] = ("Note", "Примечание", "Ескертпе"),
        ["Unknown"] = ("not known", "неизвестно", "белгісіз"),
        ["Yes"] = ("yes", "да", "иә"),
        ["No"] = ("no", "нет", "жоқ"),
        ["None"] = ("none", "нет", "жоқ"),
        ["NoChambers"] = ("The constitution in force provides for no legislature.", "Действующая конституция не предусматривает законодательного органа.", "Қолданыстағы конституция заң шығарушы органды көздемейді."),
        ["Dataset"] = ("Dataset {0}, verified through {1}", "Набор данных {0}, проверен по {1}", "Деректер жинағы {0}, {1} дейін тексерілген"),
        ["BeyondVerified"] = ("Beyond {0} the data is not verified: the rules shown are the last known.", "После {0} данные не проверены: показаны последние известные правила.", "{0} кейін деректер тексерілмеген: соңғы белгілі ережелер көрсетілген."),
        ["Confidence.High"] = ("high", "высокая", "жоғары"),
        ["Confidence.Medium"] = ("medium", "средняя", "орташа"),
        ["Confidence.Low"] = ("low", "низкая", "төмен"),
        ["Reason.SelfDissolved"] = ("the last legislature dissolved itself and its successor had not been elected", "прежний состав самораспустился, а новый ещё не избран", "алдыңғы құрам өзін-өзі таратты, жаңасы әлі сайланбаған"),
        ["Reason.Dissolved"] = ("the last legislature was dissolved and its successor had not sat yet", "прежний состав распущен, а новый ещё не собрался", "алдыңғы құрам таратылды, жаңасы әлі жиналмаған"),
        ["Reason.NotYetFormed"] = ("the legislature the constitution provides for had not sat yet", "предусмотренный конституцией орган ещё не собрался", "Конституцияда көзделген орган әлі жиналмаған"),
        ["Reason.Terminated"] = ("the previous chambers' powers were ended by the constitution and their successor had not been elected", "полномочия прежних палат прекращены конституцией, а новый состав ещё не избран", "бұрынғы палаталардың өкілеттігін Конституция тоқтатты, жаңа құрам әлі сайланбаған"),
        ["Reason.NoneProvided"] = ("the constitution in force provides for no legislature", "действующая конституция не предусматривает законодательного органа", "қолданыстағы конституция заң шығарушы органды көздемейді"),
        ["Reason.Unknown"] = ("the data is verified through {0} and does not say whether a legislature sat", "данные проверены по {0} и не говорят, заседал ли орган", "деректер {0} дейін тексерілген, орган жұмыс істеді ме — белгісіз"),
        ["Base.ValidListVotes"] = ("valid votes for party lists", "действительных голосов за списки", "тізімдерге берілген жарамды дауыстар"),
        ["Base.AllBallots"] = ("all ballots cast", "всех поданных бюллетеней", "барлық берілген бюллетеньдер"),
        ["Method.HareLargestRemainder"] = ("Hare quota, largest remainders", "квота Хэйра, наибольшие остатки", "Хэйр квотасы, ең үлкен қалдықтар"),
        ["Method.DroopLargestRemainder"] = ("Droop quota, largest remainders", "квота Друпа, наибольшие остатки", "Друп квотасы, ең үлкен қалдықтар"),
        ["Method.DHondt"] = ("D'Hondt", "метод д’Ондта", "д’Ондт әдісі"),
        ["Method.SainteLague"] = ("Sainte-Laguë", "метод Сент-Лагю", "Сент-Лагю әдісі"),
        ["Method.ModifiedSainteLague"] = ("modified Sainte-Laguë", "модифицированный метод Сент-Лагю", "түрлендірілген Сент-Лагю әдісі"),
        ["Tie.EarlierRegistrationWins"] = ("the list registered earlier wins", "побеждает список, зарегистрированный раньше", "ертерек тіркелген тізім жеңеді"),
        ["Tie.ReportUndecidable"] = ("reported as undecidable", "признаётся неразрешимым", "шешілмейтін деп танылады"),

        // timeline
        ["Timeline"] = ("Timeline", "Хронология", "Хронология"),
        ["TimelineRange"] = ("Timeline, {0} to {1} (both days included)", "Хронология с {0} по {1} (оба дня включительно)", "Хронология, {0} – {1} (екі күн де кіреді)"),
        ["Date"] = ("Date", "Дата", "Күні"),
        ["Kind"] = ("Kind", "Вид", "Түрі"),
        ["Event"] = ("Event", "Событие", "Оқиға"),
        ["TimelineFrom"] = ("Timeline from {0} (the day included)", "Хронология с {0} (включительно)", "Хронология: {0} және одан кейін"),
        ["TimelineUntil"] = ("Timeline up to {0} (the day included)", "Хронология по {0} (включительно)", "Хронология: {0} және одан бұрын"),
        ["EventsSpan"] = ("The data has events from {0} to {1}; it is verified through {2}.", "События в данных — с {0} по {1}; данные проверены по {2}.", "Деректердегі оқиғалар: {0} – {1}; деректер тексерілген соңғы күн: {2}."),
        ["SourcesHint"] = ("Sources, their URLs and notes: kzleg rules --on {0} --sources", "Источники, их адреса и примечания: kzleg rules --on {0} --sources", "Дереккөздер, олардың сілтемелері мен ескертпелер: kzleg rules --on {0} --sources"),
        ["NoEvents"] = ("No events in this range.", "В этом промежутке событий нет.", "Бұл аралықта оқиға жоқ."),
        ["EventKind.Election"] = ("Election", "Выборы", "Сайлау"),
        ["EventKind.SenateElection"] = ("Senate election", "Выборы в Сенат", "Сенат сайлауы"),
        ["EventKind.Referendum"] = ("Referendum", "Референдум", "Референдум"),
        ["EventKind.InstrumentAdopted"] = ("Adopted", "Принятие акта", "Актінің қабылдануы"),
        ["EventKind.InstrumentInForce"] = ("In force", "Вступление в силу", "Күшіне енуі"),
        ["EventKind.CourtRuling"] = ("Court ruling", "Решение суда", "Сот шешімі"),
        ["EventKind.Dissolution"] = ("Dissolution", "Роспуск", "Тарату"),
        ["EventKind.SelfDissolution"] = ("Self-dissolution", "Самороспуск", "Өзін-өзі тарату"),
        ["EventKind.FirstSitting"] = ("First sitting", "Первое заседание", "Алғашқы отырыс"),
        ["EventKind.ElectionCalled"] = ("Election called", "Назначение выборов", "Сайлауды тағайындау"),
        ["EventKind.RegionChange"] = ("Regions", "Изменение регионов", "Өңірлердің өзгеруі"),
        ["EventKind.Termination"] = ("Powers ended", "Прекращение полномочий", "Өкілеттіктің тоқтатылуы"),
        ["EventKind.Other"] = ("Other", "Прочее", "Басқа"),

        // diff
        ["DiffTitle"] = ("Changes between {0} and {1}", "Изменения между {0} и {1}", "{0} мен {1} аралығындағы өзгерістер"),
        ["Chamber"] = ("Chamber", "Палата", "Палата"),
        ["What"] = ("What changed", "Что изменилось", "Не өзгерді"),
        ["Before"] = ("Before", "Было", "Бұрын"),
        ["After"] = ("After", "Стало", "Кейін"),
        ["NoChanges"] = ("The rules of the legislature are the same on both dates.", "Правила законодательного органа на обе даты одинаковы.", "Екі күнде де заң шығарушы органның ережелері бірдей."),
        ["WholeLegislature"] = ("Legislature", "Законодательный орган", "Заң шығарушы орган"),
        ["Change.Instrument"] = ("Instrument in force", "Действующий акт", "Қолданыстағы акт"),
        ["Change.Form"] = ("Form", "Форма", "Нысаны"),
        ["Change.ChamberAdded"] = ("Chamber created", "Палата учреждена", "Палата құрылды"),
        ["Change.ChamberRemoved"] = ("Chamber abolished", "Палата упразднена", "Палата таратылды"),
        ["Change.StatutorySeats"] = ("Seats", "Число мест", "Орын саны"),
        ["Change.SeatsBySource"] = ("Seats: {0}", "Места: {0}", "Орындар: {0}"),
        ["Change.TermLength"] = ("Term", "Срок полномочий", "Өкілеттік мерзімі"),
        ["Change.Renewal"] = ("Renewal", "Обновление", "Жаңару"),
        ["Change.MinimumAge"] = ("Minimum age", "Минимальный возраст", "Ең төменгі жас"),
        ["Change.ElectoralSystem"] = ("Party-list system", "Система по партийным спискам", "Партиялық тізімдер жүйесі"),
        ["Change.ListQuota"] = ("List quota", "Квота в списках", "Тізімдегі квота"),

        // allocate
        ["List"] = ("List", "Список", "Тізім"),
        ["Votes"] = ("Votes", "Голоса", "Дауыстар"),
        ["Share"] = ("Share", "Доля", "Үлесі"),
        ["ThresholdPassed"] = ("Passed the threshold", "Прошёл барьер", "Шектен өтті"),
        ["RunnerUpAdmitted"] = ("admitted as runner-up", "допущен как второй", "екінші ретінде жіберілді"),
        ["LawSource"] = ("Rules applied", "Применённые правила", "Қолданылған ережелер"),
        ["LawFromData"] = ("the law in force on the date, from the dataset", "закон, действовавший в этот день, по набору данных", "сол күні қолданыста болған заң, деректер жинағы бойынша"),
        ["LawOverridden"] = ("the law in force, with {0} given on the command line", "действовавший закон, но {0} заданы в командной строке", "қолданыстағы заң, бірақ {0} командалық жолда берілген"),
        ["Undecided"] = ("{0} seat(s) undecided: a tie the law in force does not resolve.", "Не распределено мест: {0} — ничья, которую действующий закон не разрешает.", "Бөлінбеген орын: {0} — қолданыстағы заң шешпейтін тең дауыс."),

        // validate
        ["Valid"] = ("{0}: a valid {1} on {2}", "{0}: {1} на {2} — без ошибок", "{0}: {2} күнгі {1} — қатесіз"),
        ["Invalid"] = ("{0}: {1} on {2} is invalid ({3}, {4})", "{0}: {1} на {2} — не прошёл проверку: ошибок: {3}, предупреждений: {4}", "{0}: {2} күнгі {1} — тексеруден өтпеді: қате саны: {3}, ескерту саны: {4}"),
        ["Parliament"] = ("Parliament", "Парламент", "Парламент"),
        ["Code"] = ("Code", "Код", "Код"),
        ["Property"] = ("Where", "Где", "Қай жерде"),
        ["Message"] = ("Message", "Сообщение", "Хабарлама"),
        ["Citation"] = ("Citation", "Норма", "Норма"),
        ["Citations"] = ("Where stated", "Где установлено", "Қай жерде белгіленген"),
        ["VerifiedOn"] = ("verified {0}", "проверено {0}", "{0} тексерілді"),
        ["ArticleUnknown"] = ("article not verified", "статья не проверена", "бап тексерілмеген"),
        ["Aspect.Existence"] = ("Existence of the chamber", "Существование палаты", "Палатаның болуы"),
        ["Aspect.Composition"] = ("Composition", "Состав", "Құрамы"),
        ["Aspect.TermLength"] = ("Term", "Срок полномочий", "Өкілеттік мерзімі"),
        ["Aspect.Renewal"] = ("Renewal", "Обновление", "Жаңару"),
        ["Aspect.MinimumAge"] = ("Minimum age", "Минимальный возраст", "Ең төменгі жас"),
        ["Aspect.ResidenceYears"] = ("Residence", "Проживание", "Тұру"),
        ["Aspect.RegionResidenceYears"] = ("Residence in the region", "Проживание в регионе", "Өңірде тұру"),
        ["Aspect.HigherEducation"] = ("Higher education", "Высшее образование", "Жоғары білім"),
        ["Aspect.WorkExperienceYears"] = ("Work experience", "Стаж работы", "Еңбек өтілі"),
        ["Aspect.Citizenship"] = ("Citizenship", "Гражданство", "Азаматтық"),
        ["Aspect.Threshold"] = ("Threshold", "Барьер", "Шек"),
        ["Aspect.ThresholdBase"] = ("Threshold base", "База барьера", "Шектің негізі"),
        ["Aspect.Method"] = ("Allocation method", "Метод распределения", "Бөлу әдісі"),
        ["Aspect.RunnerUpAdmission"] = ("Runner-up rule", "Правило второй партии", "Екінші партия ережесі"),
        ["Aspect.TiePolicy"] = ("Tie rule", "Правило равенства голосов", "Тең дауыс ережесі"),
        ["Aspect.ListQuota"] = ("List quota", "Квота в списках", "Тізімдегі квота"),
        ["Aspect.Form"] = ("Form of the legislature", "Форма законодательного органа", "Заң шығарушы органның нысаны"),

        // chart
        ["ChartTitle"] = ("Kazakhstan's legislature: statutory seats by how they are filled, {0}–{1}", "Законодательный орган Казахстана: число мест по способу формирования, {0}–{1}", "Қазақстанның заң шығарушы органы: жасақталу тәсілі бойынша орын саны, {0}–{1}"),
        ["ChartSubtitle"] = ("Seats set by the rules in force on each day, not the seats actually filled. Dashed lines: constitutional changes. Data {0}, verified through {1}.", "Число мест по правилам, действовавшим в каждый день, а не фактически занятые места. Пунктир: конституционные изменения. Данные {0}, проверены по {1}.", "Әр күні қолданыста болған ережелер бойынша орын саны, нақты толтырылған орындар емес. Үзік сызықтар: конституциялық өзгерістер. Деректер {0}, {1} дейін тексерілген."),
        ["AxisYear"] = ("Year", "Год", "Жыл"),
        ["AxisSeats"] = ("Seats", "Мест", "Орын"),
        ["Legend"] = ("How the seats are filled", "Способ формирования мест", "Орындардың жасақталу тәсілі"),
        ["PanelRange"] = ("in the rules {0} – {1}", "по правилам {0} – {1}", "ережелер бойынша {0} – {1}"),
        ["PanelFrom"] = ("in the rules from {0}", "по правилам с {0}", "ережелер бойынша {0} бастап"),
        ["PanelNever"] = ("not in the rules in this range", "в этом промежутке не предусмотрена", "бұл аралықта көзделмеген"),
        ["PanelEmpty"] = ("no seats in this range", "в этом промежутке мест нет", "бұл аралықта орын жоқ"),
        ["Unverified"] = ("not verified after {0}", "не проверено после {0}", "{0} кейін тексерілмеген"),
        ["UnverifiedLegend"] = ("Not verified after {0}: the rules as known on that day", "Не проверено после {0}: правила, известные на этот день", "{0} кейін тексерілмеген: сол күні белгілі ережелер"),
        ["Short.Constitution"] = ("{0} Constitution", "Конституция {0} г.", "{0} ж. Конституция"),
        ["Short.AmendmentLaw"] = ("{0} amendments", "Поправки {0} г.", "{0} ж. түзетулер"),
        ["Short.Referendum"] = ("{0} referendum", "Референдум {0} г.", "{0} ж. референдум"),
        ["ChartWritten"] = ("Wrote {0} ({1} bytes).", "Записан файл {0} ({1} байт).", "{0} файлы жазылды ({1} байт)."),
    };

    /// <summary>Returns whether <paramref name="language"/> is supported.</summary>
    /// <param name="language">A language code.</param>
    /// <returns><see langword="true"/> for en, ru and kk (any case).</returns>
    public static bool IsSupported(string? language) =>
        language is not null && Languages.Contains(language.Trim().ToLowerInvariant());

    /// <summary>Returns the lower-case language code.</summary>
    /// <param name="language">A supported language code.</param>
    /// <returns>en, ru or kk.</returns>
    public static string Normalize(string language) => language.Trim().ToLowerInvariant();

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

    /// <summary>Formats a number of years in a language, with the right plural.</summary>
    /// <param name="years">The number of years.</param>
    /// <param name="lang">en, ru or kk.</param>
    /// <returns>For example "6 years", "6 лет", "4 года", "6 жыл".</returns>
    public static string Years(int years, string lang)
    {
        var n = years.ToString(CultureInfo.InvariantCulture);
        return lang switch
        {
            "ru" => n + " " + RussianPlural(years, "год", "года", "лет"),
            "kk" => n + " жыл",
            _ => n + (years == 1 ? " year" : " years"),
        };
    }

    private static string RussianPlural(int n, string one, string few, string many)
    {
        var mod100 = n % 100;
        var mod10 = n % 10;
        if (mod100 is >= 11 and <= 14)
        {
            return many;
        }

        return mod10 switch
        {
            1 => one,
            >= 2 and <= 4 => few,
            _ => many,
        };
    }

    /// <summary>A count with its English noun in the singular or plural ("1 error", "2 errors"); in ru and kk the number alone, for templates that put it after a colon.</summary>
    /// <param name="count">The count.</param>
    /// <param name="lang">en, ru or kk.</param>
    /// <param name="one">The English noun for one.</param>
    /// <param name="many">The English noun for any other count.</param>
    /// <returns>The text.</returns>
    public static string Counted(int count, string lang, string one, string many) =>
        lang == "en" ? count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many) : count.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number of seats in a language, with the right plural.</summary>
    /// <param name="seats">The number of seats.</param>
    /// <param name="lang">en, ru or kk.</param>
    /// <returns>For example "1 seat", "50 seats", "50 мест".</returns>
    public static string Seats(int seats, string lang)
    {
        var n = seats.ToString(CultureInfo.InvariantCulture);
        return lang switch
        {
            "ru" => n + " " + RussianPlural(seats, "место", "места", "мест"),
            "kk" => n + " орын",
            _ => n + (seats == 1 ? " seat" : " seats"),
        };
    }

    /// <summary>Formats a NodaTime period (years, months) in a language.</summary>
    /// <param name="period">The period.</param>
    /// <param name="lang">en, ru or kk.</param>
    /// <returns>For example "6 years".</returns>
    public static string Period(NodaTime.Period period, string lang) =>
        period.Months == 0 && period.Days == 0 ? Years(period.Years, lang) : period.ToString();

    /// <summary>Gets the name of a chamber in a language.</summary>
    /// <param name="kind">The chamber.</param>
    /// <param name="lang">en, ru or kk.</param>
    /// <returns>The name.</returns>
    public static string Name(ChamberKind kind, string lang) => Names.Of(kind).In(lang);

    /// <summary>Gets the name of a seat source in a language.</summary>
    /// <param name="source">The source.</param>
    /// <param name="lang">en, ru or kk.</param>
    /// <returns>The name.</returns>
    public static string Name(SeatSource source, string lang) => Names.Of(source).In(lang);

    /// <summary>Gets the name of a form in a language.</summary>
    /// <param name="form">The form.</param>
    /// <param name="lang">en, ru or kk.</param>
    /// <returns>The name.</returns>
    public static string Name(LegislatureForm form, string lang) => Names.Of(form).In(lang);

    /// <summary>Gets a citation as text in a language: the instrument's name and the article (or that it was not verified), the first source that states the value, and when it was verified.</summary>
    /// <param name="citation">The citation.</param>
    /// <param name="lang">en, ru or kk.</param>
    /// <returns>One to three lines.</returns>
    public static string CitationText(Citation citation, string lang) => CitationText(citation, lang, withSource: true);

    /// <summary>A citation in words, with its source URL on the next line when <paramref name="withSource"/>.</summary>
    /// <param name="citation">The citation.</param>
    /// <param name="lang">en, ru or kk.</param>
    /// <param name="withSource">Whether to add the URL of the source that states the value.</param>
    /// <returns>The text.</returns>
    public static string CitationText(Citation citation, string lang, bool withSource)
    {
        var text = citation.Article is null ? $"{citation.InstrumentNameIn(lang)} ({Get("ArticleUnknown", lang)})" : citation.In(lang);
        if (withSource && citation.Source is { } url)
        {
            text += "\n" + url.OriginalString;
        }

        if (citation.VerifiedOn is { } v)
        {
            text += "\n" + Format("VerifiedOn", lang, v.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }

        return text;
    }

    /// <summary>Gets a short name for an instrument, such as "1995 Constitution", in a language.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="lang">en, ru or kk.</param>
    /// <returns>The short name; the full name for kinds without a short form.</returns>
    public static string ShortName(Instrument instrument, string lang)
    {
        var key = instrument.Kind switch
        {
            InstrumentKind.Constitution => "Short.Constitution",
            InstrumentKind.AmendmentLaw => "Short.AmendmentLaw",
            InstrumentKind.Referendum => "Short.Referendum",
            _ => null,
        };
        var year = YearOf(instrument);
        return key is null || year is null ? instrument.Name.In(lang) : Format(key, lang, year.Value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Gets the year an instrument is known by: adopted, signed or in force, else the year in its English name.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <returns>The year, or <see langword="null"/>.</returns>
    public static int? YearOf(Instrument instrument)
    {
        if ((instrument.AdoptedOn ?? instrument.SignedOn ?? instrument.InForceFrom) is { } d)
        {
            return d.Year;
        }

        var name = instrument.Name.English;
        for (var i = 0; i + 4 <= name.Length; i++)
        {
            if ((i == 0 || !char.IsAsciiDigit(name[i - 1])) && (i + 4 == name.Length || !char.IsAsciiDigit(name[i + 4]))
                && int.TryParse(name.AsSpan(i, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
            {
                return year;
            }
        }

        return null;
    }

    /// <summary>Converts an enumeration value to the camelCase identifier used in JSON.</summary>
    /// <typeparam name="T">The enumeration type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>electedByMaslikhats</c>.</returns>
    public static string Camel<T>(T value)
        where T : struct, Enum
    {
        var s = value.ToString();
        return string.Concat(char.ToLowerInvariant(s[0]).ToString(), s[1..]);
    }
}

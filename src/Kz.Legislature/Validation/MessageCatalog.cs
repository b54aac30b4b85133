using System.Collections.Frozen;
using FluentValidation;
using FluentValidation.Resources;

namespace Kz.Legislature.Validation;

/// <summary>One code's severity and its message template in English, Russian and Kazakh (Cyrillic).</summary>
internal sealed record MessageEntry(string Code, Severity Severity, string English, string Russian, string Kazakh);

/// <summary>
/// The message templates of every code, in en, ru and kk, with identical placeholders. The code is the localization key
/// of a private <see cref="LanguageManager"/> (never the global one).
/// </summary>
internal static class MessageCatalog
{
    private static readonly MessageEntry[] Entries =
    [
        new(ValidationCodes.NullInstance, Severity.Error,
            "No {Subject} was given to validate.",
            "Не передан объект для проверки ({Subject}).",
            "Тексеруге нысан берілмеді ({Subject})."),
        new(ValidationCodes.DateBeforeCoverage, Severity.Error,
            "The date {Date} is before {CoverageStart}, the earliest date the legislative history covers.",
            "Дата {Date} предшествует {CoverageStart} — самой ранней дате, которую охватывает история законодательного органа.",
            "{Date} күні {CoverageStart} күнінен бұрын: заң шығарушы орган тарихы осы күннен басталады."),
        new(ValidationCodes.ChamberDoesNotExist, Severity.Error,
            "The {Chamber} does not exist on {Date}: it is neither sitting nor provided for by {Instrument}.",
            "Палаты «{Chamber}» на {Date} не существует: она не заседает и не предусмотрена актом «{Instrument}».",
            "{Date} күні «{Chamber}» жоқ: ол отырыс өткізбейді және «{Instrument}» актісінде көзделмеген."),
        new(ValidationCodes.SeatTotal, Severity.Error,
            "The {Chamber} on {Date} has {Actual} members; the statute provides {Expected} seats.",
            "В составе палаты «{Chamber}» на {Date} депутатов: {Actual}; по закону мест: {Expected}.",
            "{Date} күнгі «{Chamber}» құрамында {Actual} депутат бар; заң бойынша орын саны: {Expected}."),
        new(ValidationCodes.SeatsBySource, Severity.Error,
            "Seats filled as \"{Source}\" in the {Chamber} on {Date}: {Actual}; the seat plan provides {Expected}.",
            "В палате «{Chamber}» на {Date} мест, заполненных способом «{Source}»: {Actual}; по закону таких мест: {Expected}.",
            "{Date} күнгі «{Chamber}» палатасында «{Source}» тәсілімен толтырылған {Actual} орын бар; заң бойынша мұндай орын саны: {Expected}."),
        new(ValidationCodes.SeatsPerRegion, Severity.Error,
            "Seats filled as \"{Source}\" for region {Region} in the {Chamber} on {Date}: {Actual}; each region has {Expected}.",
            "У региона {Region} в палате «{Chamber}» на {Date} мест вида «{Source}»: {Actual}; каждому региону положено: {Expected}.",
            "{Date} күні «{Chamber}» палатасында {Region} өңірінің «{Source}» түріндегі {Actual} орны бар; әр өңірге {Expected} орын тиесілі."),
        new(ValidationCodes.UnknownRegion, Severity.Error,
            "The mandate of {Deputy} names region \"{Region}\", which does not exist on {Date}.",
            "В мандате {Deputy} указан регион «{Region}», которого не существует на {Date}.",
            "{Deputy} мандатында {Date} күні жоқ «{Region}» өңірі көрсетілген."),
        new(ValidationCodes.MissingRegion, Severity.Error,
            "The mandate of {Deputy} is filled as \"{Source}\" but names no region.",
            "Мандат {Deputy} заполнен способом «{Source}», но регион не указан.",
            "{Deputy} мандаты «{Source}» тәсілімен толтырылған, бірақ өңір көрсетілмеген."),
        new(ValidationCodes.DistrictOutOfRange, Severity.Error,
            "The mandate of {Deputy} names single-member district {District}, outside 1 to {Expected}.",
            "В мандате {Deputy} указан одномандатный округ № {District} вне диапазона от 1 до {Expected}.",
            "{Deputy} мандатында 1 мен {Expected} аралығынан тыс № {District} бірмандатты округ көрсетілген."),
        new(ValidationCodes.MissingDistrict, Severity.Error,
            "The single-member district mandate of {Deputy} names no district number.",
            "В мандате {Deputy} по одномандатному округу не указан номер округа.",
            "{Deputy} бірмандатты округ мандатында округ нөмірі көрсетілмеген."),
        new(ValidationCodes.DuplicateDistrict, Severity.Error,
            "Single-member district {District} is held by {Count} deputies ({Deputies}); each district elects one.",
            "Одномандатный округ № {District} представляют депутаты ({Count}): {Deputies}; каждый округ избирает одного.",
            "№ {District} бірмандатты округтан {Count} депутат бар ({Deputies}); әр округ бір депутат сайлайды."),
        new(ValidationCodes.MissingParty, Severity.Error,
            "The party-list mandate of {Deputy} names no party.",
            "В мандате {Deputy} по партийному списку не указана партия.",
            "{Deputy} партиялық тізім бойынша мандатында партия көрсетілмеген."),
        new(ValidationCodes.WrongChamber, Severity.Error,
            "The mandate of {Deputy} is a {MandateChamber} mandate, not a {Chamber} one.",
            "Мандат {Deputy} относится к палате «{MandateChamber}», а не «{Chamber}».",
            "{Deputy} мандаты «{Chamber}» емес, «{MandateChamber}» палатасына тиесілі."),
        new(ValidationCodes.MandateNotActive, Severity.Error,
            "The mandate of {Deputy} ({Term}) does not run on {Date}.",
            "Мандат {Deputy} ({Term}) не действует на {Date}.",
            "{Deputy} мандаты ({Term}) {Date} күні қолданыста емес."),
        new(ValidationCodes.DuplicateDeputy, Severity.Error,
            "{Deputy} holds {Count} seats in the {Chamber}; a person holds at most one.",
            "{Deputy} занимает в палате «{Chamber}» мест: {Count}; одно лицо может занимать только одно место.",
            "{Deputy} «{Chamber}» палатасында {Count} орын иеленеді; бір адам тек бір орын иелене алады."),
        new(ValidationCodes.EmptyComposition, Severity.Warning,
            "The {Chamber} on {Date} has no members.",
            "В составе палаты «{Chamber}» на {Date} нет ни одного депутата.",
            "{Date} күнгі «{Chamber}» құрамында бірде-бір депутат жоқ."),
        new(ValidationCodes.ConvocationMismatch, Severity.Error,
            "The {Chamber} on {Date} is given as convocation {Actual}; the chamber sitting that day is convocation {Expected}.",
            "Для палаты «{Chamber}» на {Date} указан созыв {Actual}; в этот день заседал созыв {Expected}.",
            "{Date} күнгі «{Chamber}» үшін {Actual} шақырылым көрсетілген; сол күні {Expected} шақырылым отырыс өткізді."),
        new(ValidationCodes.TermTooLong, Severity.Error,
            "The mandate of {Deputy} runs from {Start} to {End}, beyond {TermEnd}: the {Chamber} term of office is {TermYears} years.",
            "Мандат {Deputy} действует с {Start} по {End}, дольше {TermEnd}: срок полномочий палаты «{Chamber}» в годах: {TermYears}.",
            "{Deputy} мандаты {Start} бастап {End} дейін созылады, бұл {TermEnd} күнінен кеш: «{Chamber}» депутатының өкілеттік мерзімі {TermYears} жыл."),
        new(ValidationCodes.EarlyEndWithoutReason, Severity.Error,
            "The mandate of {Deputy} ends on {End}, before its regular end on {TermEnd}, but no reason is given.",
            "Мандат {Deputy} прекращается {End}, раньше срока ({TermEnd}), но причина не указана.",
            "{Deputy} мандаты {End} күні, мерзімінен ({TermEnd}) бұрын тоқтайды, бірақ себебі көрсетілмеген."),
        new(ValidationCodes.ChamberNotExistingAtStart, Severity.Error,
            "The mandate of {Deputy} starts on {Start}, when the {Chamber} did not exist.",
            "Мандат {Deputy} начинается {Start}, когда палаты «{Chamber}» не существовало.",
            "{Deputy} мандаты {Start} күні басталады, ол кезде «{Chamber}» болған жоқ."),
        new(ValidationCodes.BeyondChamberExistence, Severity.Error,
            "The mandate of {Deputy} runs to {End}, but the powers of the {Chamber} ended on {Cutoff}: the mandate must end that day by constitutional termination.",
            "Мандат {Deputy} действует до {End}, но полномочия палаты «{Chamber}» прекращены {Cutoff}: мандат должен прекратиться в этот день в силу Конституции.",
            "{Deputy} мандаты {End} дейін созылады, бірақ «{Chamber}» өкілеттігі {Cutoff} күні тоқтатылды: мандат сол күні Конституция бойынша тоқтауы тиіс."),
        new(ValidationCodes.BelowMinimumAge, Severity.Error,
            "{Deputy} was {Age} on {Start}, when the mandate started; a member of the {Chamber} must be at least {MinimumAge}.",
            "На {Start}, в день начала мандата, возраст {Deputy} — {Age}; депутат палаты «{Chamber}» должен быть не моложе {MinimumAge}.",
            "Мандат басталған {Start} күні {Deputy} {Age} жаста болды; «{Chamber}» депутаты кемінде {MinimumAge} жаста болуы тиіс."),
        new(ValidationCodes.SourceNotAllowed, Severity.Error,
            "The mandate of {Deputy} starts on {Start} and is filled as \"{Source}\", which the {Chamber} had no seats for on that day.",
            "Мандат {Deputy} начинается {Start} и заполнен способом «{Source}», но в этот день в палате «{Chamber}» таких мест не было.",
            "{Deputy} мандаты {Start} күні басталады және «{Source}» тәсілімен толтырылған, бірақ ол күні «{Chamber}» палатасында мұндай орын болған жоқ."),
        new(ValidationCodes.SameRenewalCohort, Severity.Warning,
            "Both elected senators of region {Region} ({Deputies}) belong to the same renewal cohort; half of the elected senators are renewed every {Interval} years, so their terms should end at different renewals.",
            "Оба избранных сенатора региона {Region} ({Deputies}) относятся к одной очереди обновления; половина избираемых сенаторов переизбирается раз в {Interval} г., поэтому их сроки должны истекать в разные очереди.",
            "{Region} өңірінің екі сайланған сенаторы да ({Deputies}) жаңарудың бір кезегіне жатады; сайланатын сенаторлардың жартысы әр {Interval} жыл сайын қайта сайланады, сондықтан олардың мерзімдері әртүрлі кезекте аяқталуы тиіс."),
        new(ValidationCodes.RegionNotExistingAtStart, Severity.Error,
            "The mandate of {Deputy} for region {Region} starts on {Start}, when the region did not exist (it exists over {RegionPeriod}).",
            "Мандат {Deputy} от региона {Region} начинается {Start}, когда этого региона не существовало (он существует в период {RegionPeriod}).",
            "{Deputy} мандаты {Region} өңірінен {Start} күні басталады, ол кезде бұл өңір болған жоқ (ол {RegionPeriod} кезеңінде бар)."),
        new(ValidationCodes.StartBeforeChamberFormed, Severity.Error,
            "The mandate of {Deputy} starts on {Start}, before the {Chamber} was formed on {Formed} (its first election or sitting under the rules then in force).",
            "Мандат {Deputy} начинается {Start}, до формирования палаты «{Chamber}» {Formed} (её первых выборов или первого заседания по действовавшим тогда правилам).",
            "{Deputy} мандаты {Start} күні, «{Chamber}» {Formed} күні құрылғанға дейін басталады (сол кездегі ережелер бойынша оның алғашқы сайлауы не отырысы)."),
        new(ValidationCodes.BornAfterStart, Severity.Error,
            "The birth date of {Deputy}, {BirthDate}, is after {Start}, the day the mandate started.",
            "Дата рождения {Deputy} ({BirthDate}) позже {Start} — дня начала мандата.",
            "{Deputy} туған күні ({BirthDate}) мандат басталған {Start} күнінен кейін."),
        new(ValidationCodes.ChambersMismatch, Severity.Error,
            "The legislature on {Date} is given with the chambers: {Actual}; the chambers sitting or provided for that day are: {Expected}.",
            "Законодательный орган на {Date} задан с палатами: {Actual}; в этот день заседали или были предусмотрены палаты: {Expected}.",
            "{Date} күнгі заң шығарушы орган мына палаталармен берілген: {Actual}; сол күні отырыс өткізген немесе көзделген палаталар: {Expected}."),
        new(ValidationCodes.MemberOfBothChambers, Severity.Error,
            "{Deputy} sits in more than one chamber ({Chambers}); no one may be a member of both chambers.",
            "{Deputy} состоит более чем в одной палате ({Chambers}); никто не может быть одновременно членом обеих палат.",
            "{Deputy} бірнеше палатаның мүшесі ({Chambers}); ешкім бір мезгілде екі палатаның мүшесі бола алмайды."),
        new(ValidationCodes.ParliamentConvocationMismatch, Severity.Error,
            "The legislature on {Date} is given as convocation {Actual}; the convocation sitting that day is {Expected}.",
            "Для законодательного органа на {Date} указан созыв {Actual}; в этот день заседал созыв {Expected}.",
            "{Date} күнгі заң шығарушы орган үшін {Actual} шақырылым көрсетілген; сол күні {Expected} шақырылым отырыс өткізді."),
        new(ValidationCodes.ListQuotaNotMet, Severity.Error,
            "The list of {Party} has {Qualifying} of {Total} candidates who are {Groups}; at least {Required} ({Percent}%) are required.",
            "В списке партии {Party} кандидатов из числа групп «{Groups}»: {Qualifying} из {Total}; требуется не менее {Required} ({Percent}%).",
            "{Party} партиясының тізіміндегі {Total} кандидаттың {Qualifying} «{Groups}» топтарына жатады; кемінде {Required} ({Percent}%) қажет."),
        new(ValidationCodes.NoPartyListSeats, Severity.Error,
            "The {Chamber} has no party-list seats on {Date}.",
            "В палате «{Chamber}» на {Date} нет мест, избираемых по партийным спискам.",
            "{Date} күні «{Chamber}» палатасында партиялық тізім бойынша сайланатын орын жоқ."),
        new(ValidationCodes.DuplicateCandidate, Severity.Error,
            "Candidate {Candidate} appears {Count} times on the list.",
            "Кандидат {Candidate} включён в список несколько раз: {Count}.",
            "{Candidate} кандидаты тізімде {Count} рет кездеседі."),
        new(ValidationCodes.EmptyList, Severity.Error,
            "The list of {Party} has no candidates.",
            "В списке партии {Party} нет кандидатов.",
            "{Party} партиясының тізімінде кандидат жоқ."),
        new(ValidationCodes.DecisionNotOnDate, Severity.Error,
            "There is no {Decision} decision on {Date} under {Instrument}; the decisions are: {Decisions}.",
            "Решения «{Decision}» на {Date} по акту «{Instrument}» нет; предусмотрены решения: {Decisions}.",
            "{Date} күні «{Instrument}» бойынша «{Decision}» шешімі жоқ; көзделген шешімдер: {Decisions}."),
        new(ValidationCodes.ChamberTakesNoPart, Severity.Error,
            "The {Chamber} takes no part in the {Decision} decision on {Date}; the chambers that vote are: {Chambers}.",
            "Палата «{Chamber}» не участвует в решении «{Decision}» на {Date}; голосуют палаты: {Chambers}.",
            "{Date} күні «{Chamber}» «{Decision}» шешіміне қатыспайды; дауыс беретін палаталар: {Chambers}."),
        new(ValidationCodes.CountsExceedSeats, Severity.Error,
            "The {Chamber} on {Date} has {Actual} deputies present or voting, but {Expected} seats.",
            "В палате «{Chamber}» на {Date} присутствуют или голосуют депутатов: {Actual}, а мест в ней: {Expected}.",
            "{Date} күні «{Chamber}» палатасында {Actual} депутат қатысады немесе дауыс береді, ал орын саны: {Expected}."),
        new(ValidationCodes.ResultMismatch, Severity.Error,
            "The division on {Date} claims the {Decision} decision {Claimed}, but the counts give {Computed}: the {Chamber} had {Yes} yes of {Required} required.",
            "Голосование {Date} указывает, что решение «{Decision}» {Claimed}, но по подсчёту оно {Computed}: в палате «{Chamber}» «за» {Yes} при необходимых {Required}.",
            "{Date} күнгі дауыс беру «{Decision}» шешімі {Claimed} дейді, бірақ есеп бойынша ол {Computed}: «{Chamber}» палатасында {Required} қажет болғанда «иә» {Yes}."),
        new(ValidationCodes.ResultUnknown, Severity.Warning,
            "The result of the {Decision} decision on {Date} cannot be checked: the data does not know the majority of the {Chamber}.",
            "Результат решения «{Decision}» на {Date} проверить нельзя: в данных нет требуемого большинства для палаты «{Chamber}».",
            "{Date} күнгі «{Decision}» шешімінің нәтижесін тексеру мүмкін емес: деректерде «{Chamber}» үшін қажетті көпшілік жоқ."),
        new(ValidationCodes.DuplicateChamberVote, Severity.Error,
            "The counts of the {Chamber} are given {Count} times; give them once.",
            "Итоги голосования палаты «{Chamber}» указаны {Count} раз(а); укажите их один раз.",
            "«{Chamber}» палатасының дауыс беру қорытындысы {Count} рет берілген; оны бір рет беріңіз."),
        new(ValidationCodes.MissingChamberVote, Severity.Error,
            "The {Decision} decision on {Date} needs the counts of the {Chamber}, which are missing.",
            "Для решения «{Decision}» на {Date} нужны итоги голосования палаты «{Chamber}», но их нет.",
            "{Date} күнгі «{Decision}» шешіміне «{Chamber}» палатасының дауыс беру қорытындысы қажет, бірақ ол жоқ."),
    ];

    private static readonly FrozenDictionary<string, MessageEntry> ByCode = Entries.ToFrozenDictionary(e => e.Code, StringComparer.Ordinal);

    public static IReadOnlyList<string> Codes { get; } = Array.AsReadOnly(Entries.Select(e => e.Code).Order(StringComparer.Ordinal).ToArray());

    public static IReadOnlyList<MessageEntry> All => Entries;

    /// <summary>Gets the private language manager holding every template under its code (never mutated after construction).</summary>
    public static LanguageManager Languages { get; } = new KzLegislatureLanguageManager(Entries);

    public static MessageEntry Get(string code) => ByCode[code];

    public static Severity SeverityOf(string code) => ByCode[code].Severity;

    private sealed class KzLegislatureLanguageManager : LanguageManager
    {
        public KzLegislatureLanguageManager(IEnumerable<MessageEntry> entries)
        {
            foreach (var e in entries)
            {
                AddTranslation("en", e.Code, e.English);
                AddTranslation("ru", e.Code, e.Russian);
                AddTranslation("kk", e.Code, e.Kazakh);
            }
        }
    }
}

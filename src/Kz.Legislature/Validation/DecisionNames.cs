using Kz.Legislature.Procedure;

namespace Kz.Legislature.Validation;

/// <summary>
/// The names of the decisions and results in the validation messages, in English, Russian and Kazakh: in the language of
/// the rest of the message (the validator's <see cref="Localizer"/>).
/// </summary>
internal static class DecisionNames
{
    public static string Of(DecisionKind kind, DecisionSubject subject, Localizer loc)
    {
        var lang = loc.Language;
        var ru = lang == "ru";
        var kk = lang == "kk";
        var name = kind switch
        {
            DecisionKind.Law => ru ? "закон" : kk ? "заң" : "law",
            DecisionKind.ConstitutionalLaw => ru ? "конституционный закон" : kk ? "конституциялық заң" : "constitutional law",
            DecisionKind.ConstitutionalAmendment => ru ? "изменение Конституции" : kk ? "Конституцияға өзгеріс" : "constitutional amendment",
            DecisionKind.VetoOverride => ru ? "преодоление возражений Президента" : kk ? "Президенттің қарсылығын еңсеру" : "override of the President's objections",
            DecisionKind.DelegationOfPowers => ru ? "делегирование законодательных полномочий" : kk ? "заң шығару өкілеттігін беру" : "delegation of legislative powers",
            DecisionKind.NoConfidence => ru ? "вотум недоверия Правительству" : kk ? "Үкіметке сенімсіздік білдіру" : "no confidence in the Government",
            DecisionKind.ConsentToAppointment => ru ? "согласие на назначение" : kk ? "тағайындауға келісім" : "consent to an appointment",
            DecisionKind.RemovalOfPresident => ru ? "досрочное освобождение Президента" : kk ? "Президентті мерзімінен бұрын босату" : "early removal of the President",
            DecisionKind.ElectionOfChair => ru ? "избрание председателя" : kk ? "төрағаны сайлау" : "election of the chair",
            DecisionKind.LegislativeInitiative => ru ? "законодательная инициатива" : kk ? "заң шығару бастамасы" : "legislative initiative",
            _ => kind.ToString(),
        };
        return subject == DecisionSubject.None ? name : $"{name} ({subject})";
    }

    public static string Result(bool passed, Localizer loc)
    {
        var lang = loc.Language;
        return lang == "ru" ? (passed ? "принято" : "не принято")
            : lang == "kk" ? (passed ? "қабылданды" : "қабылданбады")
            : passed ? "passed" : "not passed";
    }
}

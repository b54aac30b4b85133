using Kz.Legislature.Validation;
using static Kz.Legislature.Tests.Validation.ChamberCases;

namespace Kz.Legislature.Tests.Validation;

/// <summary>
/// Every chamber validator applies the mandate rules to each of its mandates and reports a failure under the mandate's
/// index, for each kind of chamber: the unicameral Supreme Council, both chambers of the Parliament and the Kurultai.
/// </summary>
public sealed partial class ChamberValidatorTests
{
    /// <summary>Chamber, date of the composition, and the rule broken by the first mandate.</summary>
    public static TheoryData<ChamberKind, string, string> Cases => new()
    {
        // The XII Supreme Soviet was elected in March 1990; a mandate from before the dataset's coverage cannot be checked.
        { ChamberKind.SupremeCouncil, "1994-06-01", ValidationCodes.DateBeforeCoverage },
        { ChamberKind.Senate, "2024-01-01", ValidationCodes.BelowMinimumAge },
        { ChamberKind.Mazhilis, "2024-01-01", ValidationCodes.BelowMinimumAge },
        { ChamberKind.Kurultai, "2026-11-01", ValidationCodes.BelowMinimumAge },
        { ChamberKind.Mazhilis, "2010-06-01", ValidationCodes.TermTooLong },
        { ChamberKind.Kurultai, "2026-11-01", ValidationCodes.TermTooLong },
    };

    /// <summary>The mandate's failure is reported under <c>Mandates[0]</c> with the property it concerns.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void a_chamber_reports_the_mandate_rules_its_mandates_break(ChamberKind kind, string day, string code)
    {
        var valid = Valid(kind, Date(day));
        var first = valid.Mandates[0];
        var broken = code switch
        {
            ValidationCodes.DateBeforeCoverage => first.WithTerm(new LocalDate(1990, 3, 1), first.End),
            ValidationCodes.BelowMinimumAge => first.WithDeputy(new Deputy(first.Deputy.Id, "Young Deputy", first.Start.PlusYears(-20))),
            _ => first.WithTerm(first.Start, first.Start.PlusYears(8)),
        };
        var composition = valid.Rebuild(valid.Date, [broken, .. valid.Mandates.Skip(1)], valid.Convocation);

        var failure = Validate(composition).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(code);
        failure.PropertyName.Should().Be(code switch
        {
            ValidationCodes.DateBeforeCoverage => "Mandates[0].Start",
            ValidationCodes.BelowMinimumAge => "Mandates[0].Deputy.BirthDate",
            _ => "Mandates[0].End",
        });
    }
}

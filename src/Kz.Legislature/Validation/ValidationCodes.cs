namespace Kz.Legislature.Validation;

/// <summary>
/// The stable error codes the validators report in <see cref="FluentValidation.Results.ValidationFailure.ErrorCode"/>:
/// <c>KZL</c> and four digits. A code is never reused or renamed. <c>0xxx</c>: the input and its date;
/// <c>1xxx</c>: a chamber's composition; <c>2xxx</c>: mandates, terms and eligibility; <c>3xxx</c>: the legislature as
/// a whole; <c>4xxx</c>: party lists; <c>5xxx</c>: divisions (recorded votes). <c>docs/validation-codes.md</c> describes each code with its citation and an example.
/// </summary>
public static class ValidationCodes
{
    /// <summary>KZL0001: nothing was given to validate (a <see langword="null"/> instance).</summary>
    public const string NullInstance = "KZL0001";

    /// <summary>KZL0002: a date is before the earliest date the history covers (including <c>default(LocalDate)</c>).</summary>
    public const string DateBeforeCoverage = "KZL0002";

    /// <summary>KZL1001: the chamber neither sits nor exists under the constitution in force on the date.</summary>
    public const string ChamberDoesNotExist = "KZL1001";

    /// <summary>KZL1002: the number of members differs from the statutory number of seats (exceeds it, when vacancies are allowed).</summary>
    public const string SeatTotal = "KZL1002";

    /// <summary>KZL1003: the seats of one source differ from the seat plan (exceed it, when vacancies are allowed); a source outside the plan has 0 seats.</summary>
    public const string SeatsBySource = "KZL1003";

    /// <summary>KZL1004: a region in existence on the date has another number of region-by-region seats than the plan (2 maslikhat-elected senators).</summary>
    public const string SeatsPerRegion = "KZL1004";

    /// <summary>KZL1005: a region-by-region mandate names a region that does not exist on the date.</summary>
    public const string UnknownRegion = "KZL1005";

    /// <summary>KZL1006: a region-by-region mandate (a maslikhat-elected senator) names no region.</summary>
    public const string MissingRegion = "KZL1006";

    /// <summary>KZL1007: a single-member district number is outside 1 to the number of district seats.</summary>
    public const string DistrictOutOfRange = "KZL1007";

    /// <summary>KZL1008: a single-member district mandate names no district number.</summary>
    public const string MissingDistrict = "KZL1008";

    /// <summary>KZL1009: two or more mandates name the same single-member district.</summary>
    public const string DuplicateDistrict = "KZL1009";

    /// <summary>KZL1010: a party-list mandate names no party.</summary>
    public const string MissingParty = "KZL1010";

    /// <summary>KZL1011: a mandate belongs to another chamber than the composition.</summary>
    public const string WrongChamber = "KZL1011";

    /// <summary>KZL1012: a mandate does not run on the composition's date.</summary>
    public const string MandateNotActive = "KZL1012";

    /// <summary>KZL1013: one person (deputy identifier) holds more than one seat in the chamber.</summary>
    public const string DuplicateDeputy = "KZL1013";

    /// <summary>KZL1014 (warning): the composition has no members.</summary>
    public const string EmptyComposition = "KZL1014";

    /// <summary>KZL1015: the composition's convocation differs from the convocation sitting on the date.</summary>
    public const string ConvocationMismatch = "KZL1015";

    /// <summary>KZL2001: a mandate ends after its regular term (start + the chamber's term of office).</summary>
    public const string TermTooLong = "KZL2001";

    /// <summary>KZL2002: a mandate ends before its regular term without a stated reason.</summary>
    public const string EarlyEndWithoutReason = "KZL2002";

    /// <summary>KZL2003: a mandate starts on a day its chamber did not exist.</summary>
    public const string ChamberNotExistingAtStart = "KZL2003";

    /// <summary>
    /// KZL2004: a mandate ends after the day its chamber's powers ended (1 July 2026 for the Senate and the Mazhilis) for a stated reason
    /// (resignation, death, …), or its scheduled end (no reason, or term expiry) runs past that day and it is seen on or after that day; or
    /// it ends that very day early for another reason than constitutional termination. Seen on an earlier day, a scheduled end past the
    /// chamber's end is lawful (the end is history then) and is not reported.
    /// </summary>
    public const string BeyondChamberExistence = "KZL2004";

    /// <summary>KZL2005: the deputy was younger than the chamber's minimum age when the mandate started.</summary>
    public const string BelowMinimumAge = "KZL2005";

    /// <summary>KZL2006: the chamber had no seats of the mandate's source on the day the mandate started.</summary>
    public const string SourceNotAllowed = "KZL2006";

    /// <summary>KZL2007 (warning): both elected senators of a region belong to the same renewal cohort.</summary>
    public const string SameRenewalCohort = "KZL2007";

    /// <summary>KZL2008: a mandate names a region that did not exist on the mandate's first day (a senator for a region not yet created, or already abolished).</summary>
    public const string RegionNotExistingAtStart = "KZL2008";

    /// <summary>KZL2009: a mandate starts before its chamber was formed (its first election or first sitting) under the rules in force on the mandate's first day.</summary>
    public const string StartBeforeChamberFormed = "KZL2009";

    /// <summary>KZL2010: the deputy's birth date is after the day the mandate started.</summary>
    public const string BornAfterStart = "KZL2010";

    /// <summary>KZL3001: the chambers given differ from those sitting (or, when none sat, provided for) on the date.</summary>
    public const string ChambersMismatch = "KZL3001";

    /// <summary>KZL3002: one person sits in both chambers.</summary>
    public const string MemberOfBothChambers = "KZL3002";

    /// <summary>KZL3003: the legislature's convocation differs from the convocation sitting on the date.</summary>
    public const string ParliamentConvocationMismatch = "KZL3003";

    /// <summary>KZL4001: women, young people and persons with disabilities make up less of the list than the quota requires.</summary>
    public const string ListQuotaNotMet = "KZL4001";

    /// <summary>KZL4002: the chamber has no party-list seats on the list's date.</summary>
    public const string NoPartyListSeats = "KZL4002";

    /// <summary>KZL4003: a candidate appears more than once on a list.</summary>
    public const string DuplicateCandidate = "KZL4003";

    /// <summary>KZL4004: a list has no candidates.</summary>
    public const string EmptyList = "KZL4004";

    /// <summary>KZL5001: the legislature takes no such decision (kind and subject) under the rules of the division's date.</summary>
    public const string DecisionNotOnDate = "KZL5001";

    /// <summary>KZL5002: a chamber voted that takes no part in the decision.</summary>
    public const string ChamberTakesNoPart = "KZL5002";

    /// <summary>KZL5003: more deputies are present or voting in a chamber than it has seats on the date.</summary>
    public const string CountsExceedSeats = "KZL5003";

    /// <summary>KZL5004: the claimed result differs from the one computed from the counts under the rules of the date.</summary>
    public const string ResultMismatch = "KZL5004";

    /// <summary>KZL5005 (warning): the data does not know a rule the result depends on, so the claimed result cannot be checked.</summary>
    public const string ResultUnknown = "KZL5005";

    /// <summary>KZL5006: a chamber's counts are given more than once.</summary>
    public const string DuplicateChamberVote = "KZL5006";

    /// <summary>KZL5007: a chamber that must vote on the decision has no counts.</summary>
    public const string MissingChamberVote = "KZL5007";

    /// <summary>Gets every code, in ascending order.</summary>
    public static IReadOnlyList<string> All { get; } = MessageCatalog.Codes;
}

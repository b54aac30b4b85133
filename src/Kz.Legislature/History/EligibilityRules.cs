using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>Who may hold a seat: age, residence, citizenship, education and experience, as far as the sources give them.</summary>
/// <remarks>Every value is <see langword="null"/> where no source gives it.</remarks>
public sealed record EligibilityRules
{
    /// <summary>Creates eligibility rules.</summary>
    /// <param name="minimumAge">The minimum age in years on the day the mandate starts, or <see langword="null"/>.</param>
    /// <param name="residenceYears">Years of permanent residence in Kazakhstan required, or <see langword="null"/>.</param>
    /// <param name="regionResidenceYears">Years of residence in the region required (senators), or <see langword="null"/>.</param>
    /// <param name="higherEducation">Whether higher education is required, or <see langword="null"/>.</param>
    /// <param name="workExperienceYears">Years of work experience required, or <see langword="null"/>.</param>
    /// <param name="citizenship">Whether citizenship is required, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative.</exception>
    internal EligibilityRules(int? minimumAge, int? residenceYears, int? regionResidenceYears, bool? higherEducation, int? workExperienceYears, bool? citizenship)
    {
        MinimumAge = minimumAge is { } a ? Preconditions.NonNegative(a, nameof(minimumAge)) : null;
        ResidenceYears = residenceYears is { } r ? Preconditions.NonNegative(r, nameof(residenceYears)) : null;
        RegionResidenceYears = regionResidenceYears is { } rr ? Preconditions.NonNegative(rr, nameof(regionResidenceYears)) : null;
        HigherEducation = higherEducation;
        WorkExperienceYears = workExperienceYears is { } w ? Preconditions.NonNegative(w, nameof(workExperienceYears)) : null;
        Citizenship = citizenship;
    }

    /// <summary>Gets eligibility rules with nothing known.</summary>
    public static EligibilityRules Unknown { get; } = new(null, null, null, null, null, null);

    /// <summary>Gets the minimum age, or <see langword="null"/>.</summary>
    public int? MinimumAge { get; }

    /// <summary>Gets the years of permanent residence required, or <see langword="null"/>.</summary>
    public int? ResidenceYears { get; }

    /// <summary>Gets the years of residence in the region required, or <see langword="null"/>.</summary>
    public int? RegionResidenceYears { get; }

    /// <summary>Gets whether higher education is required, or <see langword="null"/>.</summary>
    public bool? HigherEducation { get; }

    /// <summary>Gets the years of work experience required, or <see langword="null"/>.</summary>
    public int? WorkExperienceYears { get; }

    /// <summary>Gets whether citizenship is required, or <see langword="null"/>.</summary>
    public bool? Citizenship { get; }

    /// <summary>Returns the known requirements.</summary>
    /// <returns>For example <c>age 30+, 10y residence, 3y in region, higher education, 5y experience</c>.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        if (MinimumAge is { } a)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"age {a}+"));
        }

        if (ResidenceYears is { } r)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{r}y residence"));
        }

        if (RegionResidenceYears is { } rr)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{rr}y in region"));
        }

        if (HigherEducation == true)
        {
            parts.Add("higher education");
        }

        if (WorkExperienceYears is { } w)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{w}y experience"));
        }

        return parts.Count == 0 ? "unknown" : string.Join(", ", parts);
    }
}

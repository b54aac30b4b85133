using System.Globalization;

namespace Kz.Legislature.Elections;

/// <summary>The rules of a party-list seat allocation: method, threshold, threshold base, runner-up rule and tie policy.</summary>
/// <remarks>Immutable, with value equality.</remarks>
public sealed record AllocationOptions
{
    /// <summary>Creates allocation rules.</summary>
    /// <param name="method">The allocation method.</param>
    /// <param name="threshold">The electoral threshold (use <see cref="Threshold.None"/> for none).</param>
    /// <param name="thresholdBase">What the threshold is measured against.</param>
    /// <param name="runnerUpAdmission">
    /// Whether, when exactly one list passes the threshold, the list with the next most votes is admitted too
    /// (Kazakhstan's rule from the 2009 amendments until 2022).
    /// </param>
    /// <param name="tiePolicy">How a tie for the last seat(s) is resolved.</param>
    /// <exception cref="ArgumentNullException"><paramref name="threshold"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/>, <paramref name="thresholdBase"/> or <paramref name="tiePolicy"/> is not a defined value.</exception>
    public AllocationOptions(
        AllocationMethod method,
        Threshold threshold,
        ThresholdBase thresholdBase,
        bool runnerUpAdmission,
        TiePolicy tiePolicy)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        if (!Enum.IsDefined(method))
        {
            throw Internal.ArgumentErrors.OutOfRange(nameof(method), string.Create(CultureInfo.InvariantCulture, $"{(int)method} is not an allocation method; use one of {string.Join(", ", Enum.GetNames<AllocationMethod>())}."));
        }

        if (!Enum.IsDefined(thresholdBase))
        {
            throw Internal.ArgumentErrors.OutOfRange(nameof(thresholdBase), string.Create(CultureInfo.InvariantCulture, $"{(int)thresholdBase} is not a threshold base; use one of {string.Join(", ", Enum.GetNames<ThresholdBase>())}."));
        }

        if (!Enum.IsDefined(tiePolicy))
        {
            throw Internal.ArgumentErrors.OutOfRange(nameof(tiePolicy), string.Create(CultureInfo.InvariantCulture, $"{(int)tiePolicy} is not a tie policy; use one of {string.Join(", ", Enum.GetNames<TiePolicy>())}."));
        }

        Method = method;
        Threshold = threshold;
        ThresholdBase = thresholdBase;
        RunnerUpAdmission = runnerUpAdmission;
        TiePolicy = tiePolicy;
    }

    /// <summary>
    /// The rules of the 2023 Mazhilis election: Hare quota with largest remainders, a 5 % threshold of all ballots
    /// (including invalid ballots and votes "against all"), no runner-up admission, and ties won by the list registered earlier.
    /// </summary>
    public static AllocationOptions Kazakhstan2023 { get; } = new(
        AllocationMethod.HareLargestRemainder,
        Threshold.Percent(5),
        ThresholdBase.AllBallots,
        runnerUpAdmission: false,
        TiePolicy.EarlierRegistrationWins);

    /// <summary>The allocation method.</summary>
    public AllocationMethod Method { get; }

    /// <summary>The electoral threshold.</summary>
    public Threshold Threshold { get; }

    /// <summary>What the threshold is measured against.</summary>
    public ThresholdBase ThresholdBase { get; }

    /// <summary>Whether a runner-up list is admitted when exactly one list passes the threshold.</summary>
    public bool RunnerUpAdmission { get; }

    /// <summary>How a tie for the last seat(s) is resolved.</summary>
    public TiePolicy TiePolicy { get; }

    /// <summary>A short, culture-invariant description, for example <c>"Hare quota, largest remainders; 5% of all ballots; ties go to the list registered earlier"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Internal.EnglishNames.Of(Method)}; {Threshold} of {Internal.EnglishNames.Of(ThresholdBase)}{(RunnerUpAdmission ? "; runner-up admitted" : string.Empty)}; {Internal.EnglishNames.Of(TiePolicy)}");
}

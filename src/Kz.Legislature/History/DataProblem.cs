using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>One problem found in a dataset: where it is and what is wrong (see <see cref="LegislativeDataException.Problems"/>).</summary>
public sealed record DataProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="jsonPath">The JSON path of the offending value, for example <c>$.sittings[3].heldToRuleSet</c>.</param>
    /// <param name="reason">What is wrong, and what would be accepted.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DataProblem(string jsonPath, string reason)
    {
        JsonPath = Preconditions.NotNull(jsonPath, nameof(jsonPath));
        Reason = Preconditions.NotNull(reason, nameof(reason));
    }

    /// <summary>Gets the JSON path of the offending value.</summary>
    public string JsonPath { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Reason { get; }

    /// <summary>Returns the path and the reason.</summary>
    /// <returns>For example <c>$.sittings[3].heldToRuleSet: The rule set 'x' is not defined in $.ruleSets.</c>.</returns>
    public override string ToString() => $"{JsonPath}: {Reason}";
}

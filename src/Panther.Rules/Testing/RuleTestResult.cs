namespace Panther.Rules.Testing;

/// <summary>The outcome of one unit test of a rule.</summary>
/// <param name="RuleId">The rule id.</param>
/// <param name="TestName">The test's name.</param>
/// <param name="Passed">Whether the test passed.</param>
/// <param name="Detail">Why it failed, or for a match the alert title and dedup string.</param>
public sealed record RuleTestResult(string RuleId, string TestName, bool Passed, string Detail)
{
    /// <summary>Gets what the test expected.</summary>
    public bool Expected { get; init; }

    /// <summary>Gets whether the rule matched; null when it failed with an error.</summary>
    public bool? Matched { get; init; }
}

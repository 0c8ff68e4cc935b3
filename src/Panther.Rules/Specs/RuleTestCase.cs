namespace Panther.Rules.Specs;

/// <summary>One unit test of a rule from its spec's <c>Tests</c> list.</summary>
/// <param name="Name">The test's name.</param>
/// <param name="ExpectedResult">Whether the rule should match the event.</param>
/// <param name="LogJson">The test event as JSON, exactly as the spec wrote it (no schema validation).</param>
public sealed record RuleTestCase(string Name, bool ExpectedResult, string LogJson)
{
    /// <summary>Gets the log type the test names with <c>p_log_type</c>, if any.</summary>
    public string? LogType { get; init; }

    /// <summary>Gets the spec's <c>Mocks</c>, kept as JSON, for runtimes that support mocking; otherwise
    /// null.</summary>
    public string? MocksJson { get; init; }
}

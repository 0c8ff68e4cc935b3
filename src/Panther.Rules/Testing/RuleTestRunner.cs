using Panther.Rules.Evaluation;

namespace Panther.Rules.Testing;

/// <summary>
/// Runs the unit tests of a rule spec (<c>Tests</c>) against the rule's body. A test's <c>Log</c> is handed to the
/// rule as written, without schema validation. A test passes when the rule returns the expected result and none of
/// its functions fails; for a match, every alert function runs, as it would in production.
/// </summary>
/// <remarks>A test's <c>Mocks</c> are not applied: no runtime supports mocking yet.</remarks>
public static class RuleTestRunner
{
    /// <summary>Runs every test of a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>One result per test, in spec order.</returns>
    public static IReadOnlyList<RuleTestResult> Run(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var results = new List<RuleTestResult>(rule.Spec.Tests.Count);
        foreach (var test in rule.Spec.Tests)
        {
            var logType = test.LogType ?? (rule.Spec.LogTypes.Count > 0 ? rule.Spec.LogTypes[0] : "");
            RuleEvent evt;
            try
            {
                evt = RuleEvent.FromJson(test.LogJson, logType);
            }
            catch (FormatException ex)
            {
                results.Add(new RuleTestResult(rule.Id, test.Name, false, $"the test's Log is not JSON: {ex.Message}")
                {
                    Expected = test.ExpectedResult,
                });
                continue;
            }

            results.Add(Judge(rule, test.Name, test.ExpectedResult, RuleEvaluator.Evaluate(rule, evt)));
        }

        return results;
    }

    private static string Describe(RuleResult match) =>
        $"{SeverityText.ToUpperName(match.Severity)}; title: {match.Title}; dedup: {match.DedupKey}";

    private static RuleTestResult Judge(RuleDefinition rule, string name, bool expected, RuleResult? result)
    {
        if (result is { Error: { } error })
        {
            return new RuleTestResult(rule.Id, name, false, $"rule error in {error.Function}: {error.Message}")
            {
                Expected = expected,
            };
        }

        var matched = result is not null;
        var detail = matched == expected
            ? matched ? Describe(result!) : ""
            : $"expected {(expected ? "a match" : "no match")}, got {(matched ? "a match" : "no match")}";
        return new RuleTestResult(rule.Id, name, matched == expected, detail)
        {
            Expected = expected,
            Matched = matched,
        };
    }
}

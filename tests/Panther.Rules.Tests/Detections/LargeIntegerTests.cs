using Panther.Rules.Detections;

namespace Panther.Rules.Tests.Detections;

/// <summary>Regression: whole numbers above 2^53 were compared as doubles, so neighbours were equal.</summary>
public sealed class LargeIntegerTests
{
    [Theory]
    [InlineData("Equals", "9007199254740993", """{"a": 9007199254740992}""", false)]
    [InlineData("Equals", "9007199254740993", """{"a": 9007199254740993}""", true)]
    [InlineData("Equals", "9007199254740993", """{"a": "9007199254740993"}""", true)]
    [InlineData("IsGreaterThan", "9007199254740992", """{"a": 9007199254740993}""", true)]
    [InlineData("IsLessThanOrEqual", "9223372036854775806", """{"a": 9223372036854775807}""", false)]
    [InlineData("Equals", "5", """{"a": 5.0}""", true)]
    public void Whole_numbers_compare_exactly(string condition, string value, string json, bool expected)
    {
        var spec = Panther.Rules.Specs.RuleSpecReader.Read($"""
            AnalysisType: rule
            RuleID: Big
            LogTypes: [A.B]
            Detection:
              - Key: a
                Condition: {condition}
                Value: {value}
            """, "big.yml", out _)!;
        var rule = SimpleDetectionCompiler.Compile(spec);

        Assert.Equal(expected, rule.Matches(RuleEvent.FromJson(json)));
    }
}
